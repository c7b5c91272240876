"""spaCy's command line is imported only when used (pipeline/cli/lazy_spacy.py).

Each check runs in a fresh interpreter: the stand-ins work only before spaCy is imported.
"""

from __future__ import annotations

import subprocess
import sys


def run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_building_the_pipeline_does_not_import_spacys_command_line() -> None:
    out = run(
        "import sys; from talentflow.api import build_nlp; build_nlp(); "
        "print(sorted(m for m in ('spacy.cli.download', 'weasel', 'requests', 'httpx') if m in sys.modules))"
    )
    assert out == "[]"


def test_spacy_cli_is_the_real_package_once_used() -> None:
    out = run(
        "import talentflow.api, spacy, spacy.cli, sys; "
        "print(callable(spacy.cli.download), sys.modules['spacy.cli'] is spacy.cli, 'weasel' in sys.modules)"
    )
    assert out == "True True True"


def test_spacy_info_still_works() -> None:
    out = run("import talentflow.api, spacy; print(spacy.__version__ in spacy.info(markdown=True))")
    assert out == "True"


def test_from_import_of_a_command() -> None:
    assert run("import talentflow.api; from spacy.cli import download; print(callable(download))") == "True"


def test_nothing_is_replaced_once_spacy_is_imported() -> None:
    out = run(
        "import spacy, sys; from talentflow.cli import lazy_spacy as lazy_spacy_cli; real = sys.modules['spacy.cli']; "
        "lazy_spacy_cli.install(); print(sys.modules['spacy.cli'] is real)"
    )
    assert out == "True"
