"""The career-move record: one person changing affiliation with one organization."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Status = Literal["done", "announced", "reported"]

# ANNOTATION.md fixes these names and this order; CSV writers put them first.
MOVE_COLUMNS: tuple[str, ...] = (
    "doc",
    "person",
    "from_org",
    "to_org",
    "role",
    "time",
    "status",
    "evidence",
)

_TIME_PATTERN = r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$"


class CareerMove(BaseModel):
    """One record as ANNOTATION.md defines it. Absent values are empty strings."""

    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")

    doc: str = Field(min_length=1)
    person: str = Field(min_length=1)
    from_org: str = ""
    to_org: str = ""
    role: str = ""
    time: str = Field(default="", pattern=_TIME_PATTERN)
    status: Status = "done"
    evidence: str = ""

    @model_validator(mode="after")
    def _needs_an_org(self) -> CareerMove:
        # ANNOTATION.md: "At least one of from_org, to_org is set."
        if not (self.from_org or self.to_org):
            raise ValueError(f"record for {self.person!r} in {self.doc!r} names no organization")
        return self

    @property
    def is_move(self) -> bool:
        return bool(self.from_org and self.to_org)


class LocatedMove(CareerMove):
    """A record plus where the extractor found it; the extra CSV columns."""

    trigger: str = ""
    start: int = Field(default=0, ge=0)
    end: int = Field(default=0, ge=0)
    # The ids of the rules that decided the record, space-separated in the order
    # they did (`join:加入 subject:pronoun org:after-verb role:none time:clause
    # status:done`): a misfire is found by reading the output, not the code.
    rules: str = ""
    # How likely the record is right (0–1), from the measured precision of its rules
    # (pipeline/relations/confidence.py): keep records above a threshold for fewer, surer ones.
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)

    def record(self) -> CareerMove:
        """The plain record, without provenance."""
        return CareerMove(**{name: getattr(self, name) for name in MOVE_COLUMNS})
