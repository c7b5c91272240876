"""The evaluator's former home: `from talentflow.evaluation.scoring import evaluate` keeps working.

The code lives in `pipeline/evaluation/` (reading inputs, folding names, scoring,
rendering); see its package docstring.
"""

from talentflow.evaluation import *  # noqa: F403
from talentflow.evaluation import __all__  # noqa: F401
