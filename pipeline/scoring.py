"""The evaluator's former home: `from pipeline.scoring import evaluate` keeps working.

The code lives in `pipeline/evaluation/` (reading inputs, folding names, scoring,
rendering); see its package docstring.
"""

from pipeline.evaluation import *  # noqa: F403
from pipeline.evaluation import __all__  # noqa: F401
