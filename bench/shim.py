"""A folder that makes another checkout importable as `talentflow`: print its path.

The repository keeps its folders `pipeline/` and `models/`; the import package is
`talentflow` with `talentflow.models` (pyproject's package-dir). So a frozen copy of
the code (`git archive`, a mutated copy) cannot be put first with
`PYTHONPATH=COPY` as before the layout: this builds `talentflow/` out of symlinks
to COPY/pipeline/* plus `talentflow/models` -> COPY/models, and prints the folder
to put on PYTHONPATH:

    PYTHONPATH=$(python3 bench/shim.py /tmp/frozen) .venv/bin/python bench/instructions.py talentflow 2

Every module resolves its own file through the symlinks (`Path(__file__).resolve()`),
so data and pyproject.toml are read from COPY.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from pathlib import Path


def shim(code: Path) -> Path:
    code = code.resolve()
    if not (code / "pipeline" / "__init__.py").is_file() or not (code / "models").is_dir():
        sys.exit(f"error: {code}: no pipeline/__init__.py and models/ (not a talentflow checkout)")
    folder = Path(tempfile.gettempdir()) / f"talentflow-shim-{hashlib.sha1(str(code).encode()).hexdigest()[:12]}"
    package = folder / "talentflow"
    package.mkdir(parents=True, exist_ok=True)
    wanted = {entry.name: entry for entry in (code / "pipeline").iterdir() if entry.name != "__pycache__"}
    wanted["models"] = code / "models"
    for link in package.iterdir():
        if link.name not in wanted or not link.is_symlink() or link.resolve() != wanted[link.name].resolve():
            link.unlink()
    for name, target in wanted.items():
        if not (package / name).is_symlink():
            (package / name).symlink_to(target)
    return folder


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 bench/shim.py CHECKOUT")
    print(shim(Path(sys.argv[1])))
