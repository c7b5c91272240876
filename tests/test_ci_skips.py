"""CI fails on a skipped test unless the skip is one a bare clone cannot help (tests/conftest.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
INNER = '''
import pytest

def test_runs():
    assert True

@pytest.mark.skipif(True, reason="../shared/realdev is not in this clone")
def test_needs_shared():
    pass

def test_needs_chromium():
    pytest.skip("Chromium is not installed")

def test_needs_a_module():
    pytest.importorskip("no_such_module_anywhere")

@pytest.mark.xfail(reason="a known gap", strict=True)
def test_known_gap():
    assert False
'''


def _run(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess:
    shutil.copy(HERE / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_inner.py").write_text(INNER, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "CI"}
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rsf", str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )


def test_outside_ci_a_skip_is_listed_with_its_reason(tmp_path):
    done = _run(tmp_path, None)
    assert done.returncode == 0, done.stdout
    assert "1 passed, 3 skipped, 1 xfailed" in done.stdout
    assert "could not import 'no_such_module_anywhere'" in done.stdout  # -rs lists the reason


@pytest.mark.parametrize("ci", ["true", "1"])
def test_in_ci_only_the_allowed_skips_pass(tmp_path, ci):
    done = _run(tmp_path, ci)
    assert done.returncode == 1, done.stdout
    assert "1 failed, 1 passed, 2 skipped, 1 xfailed" in done.stdout
    assert "FAILED test_inner.py::test_needs_a_module" in done.stdout
    assert "skipped under CI, which must run this test" in done.stdout


def test_ci_run_sets_ci_and_runs_make_test():
    script = (HERE.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "CI=" in script and "make test" in script
