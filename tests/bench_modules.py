"""Load a script of bench/ as a module, for the tests of the benches (they are scripts, not
a package: `bench/probes.py` runs as `python bench/probes.py`)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench"


def load_bench(script: str) -> ModuleType:
    """bench/<script>.py as a fresh module named `<script>_bench`; registered in sys.modules,
    where dataclasses look their module up."""
    spec = importlib.util.spec_from_file_location(f"{script}_bench", BENCH / f"{script}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
