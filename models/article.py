"""One input article, as read from disk or given by a notebook user."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class Article(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    doc: str = Field(min_length=1)
    text: str
    published: dt.date | None = None
    source: str = ""
    url: str = ""
    title: str = ""
