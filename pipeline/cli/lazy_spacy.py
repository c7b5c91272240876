"""spaCy without its command line until someone asks for it.

`import spacy` runs `from .cli.info import info`, which imports every spaCy
command and with them typer, weasel, requests and httpx: about a third of
spaCy's import time (0.3 of ~1.0 CPU s here), none of it used by a pipeline.
spaCy merged a lazy CLI import once (explosion/spaCy#12962) and has an open
pull request to bring it back (#13721).

`install()` puts a stand-in for `spacy.cli` in `sys.modules` before spaCy is
imported. The stand-in keeps the package's real `__path__`, so its submodules
import as usual; touching anything else on it (`spacy.cli.download`,
`spacy.info()`) imports the real package, and from then on it is the real one.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

_CLI, _INFO = "spacy.cli", "spacy.cli.info"


class _StandIn(types.ModuleType):
    """`spacy.cli`: anything asked of it is the real package's."""

    def __getattr__(self, name: str) -> Any:
        _no_dunder(name)
        return getattr(_real(_CLI), name)


class _InfoStandIn(types.ModuleType):
    """`spacy.cli.info`: spaCy's own `from .cli.info import info` gets a deferring `info`."""

    def __getattr__(self, name: str) -> Any:
        _no_dunder(name)
        if name != "info":
            return getattr(_real(_INFO), name)
        # Asked while spaCy's __init__ runs: `spacy.cli` is bound as an import would bind it.
        spacy = sys.modules.get("spacy")
        if spacy is not None and "cli" not in vars(spacy):
            spacy.cli = sys.modules[_CLI]
        return _info


def _no_dunder(name: str) -> None:
    # The import system and repr() probe optional dunders such as `__file__`;
    # a probe is no use of the CLI and must not load it.
    if name.startswith("__") and name.endswith("__"):
        raise AttributeError(name)


def _real(name: str) -> types.ModuleType:
    """The real module, replacing both stand-ins (and the `spacy.cli` attribute)."""
    for stand_in in (_INFO, _CLI):
        if isinstance(sys.modules.get(stand_in), (_StandIn, _InfoStandIn)):
            del sys.modules[stand_in]
    cli = importlib.import_module(_CLI)
    spacy = sys.modules.get("spacy")
    if spacy is not None:
        spacy.cli = cli
    return importlib.import_module(name)


def _info(*args: Any, **kwargs: Any) -> Any:
    return _real(_INFO).info(*args, **kwargs)


def install() -> None:
    """Stand-ins for `spacy.cli` and `spacy.cli.info`, when spaCy is not imported yet."""
    if "spacy" in sys.modules or _CLI in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return
    cli = _StandIn(_CLI)
    cli.__path__ = [f"{location}/cli" for location in spec.submodule_search_locations]
    sys.modules[_CLI], sys.modules[_INFO] = cli, _InfoStandIn(_INFO)
