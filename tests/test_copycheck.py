"""Real-news text we did not write never goes into the repository.

`../shared/tools/copycheck.py` compares every tracked file with the real articles
in `../shared` (realdev and seeds) and lists each copied run of 20+ characters;
this test holds it on every submission. Without `../shared` (a clone on its own)
there is nothing to compare against, and the test says so.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
COPYCHECK = SHARED / "tools" / "copycheck.py"


@pytest.mark.skipif(not COPYCHECK.exists(), reason="../shared/tools/copycheck.py is not beside this clone")
def test_no_real_news_text_is_copied_into_the_repository():
    # sys.executable has opencc, so traditional-script copies are folded and found too.
    done = subprocess.run(
        [sys.executable, str(COPYCHECK), "--shared", str(SHARED)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
