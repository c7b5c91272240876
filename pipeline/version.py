"""The package's version, found without importing spaCy (`talentflow.__version__` stays cheap)."""

from __future__ import annotations

from pathlib import Path


def talentflow_version() -> str:
    """The installed distribution's version; in a source tree not installed, pyproject.toml's."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("talentflow")
    except PackageNotFoundError:
        import tomllib

        pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
        try:
            return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0+unknown"
