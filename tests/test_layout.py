"""The package's layout: one import name, subpackages by layer, short modules.

The repository keeps its folders (`pipeline/`, `models/`); what is installed is
`talentflow` (engine) and `talentflow.models` (schemas), so a user's own `models`
package never collides with ours (README "Architecture").
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PIPELINE = ROOT / "pipeline"

# Modules longer than MAX_LINES, each with the reason it is allowed for now. A
# module split below the limit must leave this list (the last test checks it).
MAX_LINES = 400
KNOWN_LONG = {
}

# Layers, lowest first: a module imports from its own layer or lower ones only.
LAYERS = {
    "text": 0,
    "resources": 1,
    "components": 2,
    "relations": 3,
    "api": 4,
    "version": 0,
    "batch": 4,
    "evaluation": 4,
    "analysis": 5,
    "cli": 6,
}
# Imports against the order, each with its reason.
UPWARD = {
    ("components/factories.py", "relations"): "registers every stage's factory with spaCy, the relation stage's too",
    ("text/timex.py", "resources"): "the time words (`去年`, `上周`, `至今`) are rules of data/patterns.toml; "
    "resources/patterns.py imports nothing of talentflow, so no cycle",
}
TOP_MODULES = {"__init__.py", "api.py", "version.py"}
# Modules that read data files when imported (module-level word lists), each with the
# files. None does: word lists are read on first use (functools.cache), and the test
# fails on any module that reads one at import.
READ_AT_IMPORT: dict[str, set[str]] = {}


def installed_mapping() -> dict[str, str]:
    """Import name -> folder, for the installed distribution (editable or not)."""
    # The installed one, in site-packages: with the checkout on sys.path (python -m
    # pytest puts it there), a build's talentflow.egg-info there would be found first.
    found = list(importlib.metadata.Distribution.discover(name="talentflow", path=[sysconfig.get_paths()["purelib"]]))
    assert found, "talentflow is not installed in this environment"
    dist = found[0]
    files = [Path(str(f)) for f in dist.files or []]
    finders = [f for f in files if f.name.startswith("__editable__") and f.suffix == ".py"]
    if finders:
        # An editable install (PEP 660) maps import names to folders in its finder module.
        source = Path(dist.locate_file(finders[0])).read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and getattr(target, "id", "") == "MAPPING":
                return ast.literal_eval(node.value)
        pytest.fail(f"no MAPPING in {finders[0]}")
    tops = {f.parts[0] for f in files if f.suffix == ".py" and not f.parts[0].endswith((".dist-info", ".data")) and ".." not in f.parts}
    return {top: str(dist.locate_file(top)) for top in tops}


def test_the_installed_distribution_provides_talentflow_only():
    mapping = installed_mapping()
    assert "talentflow" in mapping
    assert all(name == "talentflow" or name.startswith("talentflow.") for name in mapping), mapping
    assert not {"pipeline", "models"} & set(mapping)


def test_outside_the_checkout_talentflow_imports_and_pipeline_models_do_not(tmp_path):
    # -I: no current folder, no PYTHONPATH on sys.path, so the checkout cannot shadow.
    code = (
        "import importlib.util, talentflow\n"
        "from talentflow.models import LocatedMove\n"
        "print(talentflow.__version__, LocatedMove.__module__,"
        " importlib.util.find_spec('pipeline'), importlib.util.find_spec('models'))"
    )
    done = subprocess.run([sys.executable, "-I", "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    version, module, pipeline, models = done.stdout.split()
    assert version[0].isdigit() and module == "talentflow.models.records"
    assert (pipeline, models) == ("None", "None")


def test_pyproject_lists_every_folder_as_a_package():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert setuptools["package-dir"] == {"talentflow": "pipeline", "talentflow.models": "models"}
    folders = ["talentflow"] + [
        "talentflow." + p.relative_to(PIPELINE).as_posix().replace("/", ".")
        for p in sorted(PIPELINE.rglob("*"))
        if p.is_dir() and "__pycache__" not in p.parts
    ]
    folders += ["talentflow.models"] + [
        "talentflow.models." + p.relative_to(ROOT / "models").as_posix().replace("/", ".")
        for p in sorted((ROOT / "models").rglob("*"))
        if p.is_dir() and "__pycache__" not in p.parts
    ]
    assert sorted(setuptools["packages"]) == sorted(folders)


def test_no_flat_module_beside_the_layers():
    flat = sorted(p.name for p in PIPELINE.glob("*.py") if p.name not in TOP_MODULES)
    assert flat == [], f"put {flat} in a layer's subpackage (README Architecture)"


def modules() -> list[Path]:
    return sorted(p for p in PIPELINE.rglob("*.py") if "__pycache__" not in p.parts and p.parent.name != "data")


def layer(path: Path) -> str:
    return path.relative_to(PIPELINE).parts[0].removesuffix(".py")


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("talentflow."):
            names.add(node.module.split(".")[1])
            if node.module == "talentflow":
                names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(a.name.split(".")[1] for a in node.names if a.name.startswith("talentflow."))
    return names


def test_each_layer_imports_only_from_lower_layers():
    upward = []
    for path in modules():
        if path.name == "__init__.py" and path.parent == PIPELINE:
            continue  # the package's lazy API names every layer
        own = layer(path)
        for other in imported(path):
            allowed = (path.relative_to(PIPELINE).as_posix(), other) in UPWARD
            if other in LAYERS and own in LAYERS and LAYERS[other] > LAYERS[own] and not allowed:
                upward.append(f"{path.relative_to(PIPELINE)} imports talentflow.{other}")
    assert upward == []


def test_modules_stay_short():
    long = {
        path.relative_to(PIPELINE).as_posix(): n
        for path in modules()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert sorted(set(long) - set(KNOWN_LONG)) == [], {k: v for k, v in long.items() if k not in KNOWN_LONG}
    # An exception split below the limit, or moved, leaves the list: it stays a list of real cases.
    assert sorted(set(KNOWN_LONG) - set(long)) == []


def test_importing_every_module_reads_no_data_file():
    # Data is read on first use (functools caches), so `import talentflow` and the
    # CLI's start stay cheap and a broken data file fails where it is used.
    code = """
import builtins, importlib, io, json, pkgutil
from pathlib import Path
import talentflow
data = Path(talentflow.__file__).resolve().parent / "data"
reads, current = {}, [None]
real_open = io.open
def spy(file, *args, **kwargs):
    path = Path(str(file)).resolve()
    if path.parent == data:
        reads.setdefault(current[0], set()).add(path.name)
    return real_open(file, *args, **kwargs)
builtins.open = io.open = spy
for info in pkgutil.walk_packages(talentflow.__path__, "talentflow."):
    if not info.name.startswith("talentflow.data"):
        current[0] = info.name
        importlib.import_module(info.name)
print(json.dumps({module: sorted(files) for module, files in reads.items()}))
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    reads = {module: set(files) for module, files in json.loads(done.stdout.splitlines()[-1]).items()}
    assert reads == READ_AT_IMPORT
