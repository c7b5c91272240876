"""The evaluation report as plain text for a terminal (CJK characters take two columns)."""

from __future__ import annotations

import unicodedata

from talentflow.models import EvalReport, FactScore


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text
    )


def _pad(text: str, width: int, *, right: bool = False) -> str:
    fill = " " * max(width - _width(text), 0)
    return fill + text if right else text + fill


def _row(label: str, label_width: int, cells: list[str], widths: list[int]) -> str:
    """A label padded on the right, then cells right-aligned (numbers line up)."""
    return _pad(label, label_width) + "".join(_pad(cell, width, right=True) for cell, width in zip(cells, widths))


_SCORE_HEADER = ["tp", "fp", "fn", "precision", "recall", "f1"]
_SCORE_WIDTHS = [6, 6, 6, 11, 8, 8]


def _score_table(title: str, rows: list[tuple[str, FactScore]]) -> list[str]:
    label_width = max([_width(title)] + [_width(label) for label, _ in rows])
    lines = [_row(title, label_width, _SCORE_HEADER, _SCORE_WIDTHS)]
    for label, score in rows:
        cells = [str(score.tp), str(score.fp), str(score.fn)]
        cells += [f"{score.precision:.4f}", f"{score.recall:.4f}", f"{score.f1:.4f}"]
        lines.append(_row(label, label_width, cells, _SCORE_WIDTHS))
    return lines


def _one_line(text: str) -> str:
    return " ".join(text.split())


def render_report(report: EvalReport, *, errors: bool = False) -> str:
    """The report as plain text: fact scores, attribute accuracies, per-doc rows and,
    with `errors`, one line per FP/FN: error, doc, person, kind, org, evidence."""
    lines = _score_table("facts", [("overall", report.overall)] + list(report.by_kind.items()))
    lines.append("")
    attribute_widths = [10, 9, 7]
    lines.append(_row("attribute", 9, ["accuracy", "correct", "total"], attribute_widths))
    for name, score in (("role", report.role), ("time", report.time), ("status", report.status)):
        lines.append(_row(name, 9, [f"{score.accuracy:.4f}", str(score.correct), str(score.total)], attribute_widths))
    if report.curve is not None:
        lines.append("")
        lines.extend(render_curve(report, thresholds=SHOWN_THRESHOLDS).rstrip("\n").split("\n"))
    lines.append("")
    lines.extend(_score_table("doc", list(report.by_doc.items())))
    if errors:
        lines.append("")
        lines.append(f"errors ({len(report.errors)})")
        rows = [[error.error.upper(), error.doc, error.person, error.kind, error.org] for error in report.errors]
        widths = [max((_width(row[index]) for row in rows), default=0) for index in range(5)]
        for row, error in zip(rows, report.errors):
            cells = "  ".join(_pad(cell, width) for cell, width in zip(row, widths))
            # The rules that made a false positive (or a near miss of a false negative) beside it.
            rules = f"  [{error.rules}]" if error.rules else ""
            lines.append(f"{cells}  | {_one_line(error.evidence)}{rules}".rstrip())
    return "\n".join(lines) + "\n"


# The thresholds the text report shows; `--json` gives every step of the curve.
SHOWN_THRESHOLDS: tuple[float, ...] = (0.5, 0.7, 0.8, 0.9)
_CURVE_HEADER = ["records", "precision", "recall", "f1"]
_CURVE_WIDTHS = [8, 10, 8, 8]


def render_curve(report: EvalReport, *, thresholds: tuple[float, ...] | None = None) -> str:
    """Precision and recall of the records kept at confidence thresholds."""
    if report.curve is None:
        raise ValueError("the report has no confidence curve: the predictions have no `confidence` column")
    lines = [_row("confidence", 10, _CURVE_HEADER, _CURVE_WIDTHS)]
    for point in report.curve:
        if thresholds is not None and not any(abs(point.threshold - shown) < 1e-9 for shown in thresholds):
            continue
        score = point.score
        cells = [str(point.records), f"{score.precision:.4f}", f"{score.recall:.4f}", f"{score.f1:.4f}"]
        lines.append(_row(f">= {point.threshold:.2f}", 10, cells, _CURVE_WIDTHS))
    return "\n".join(lines) + "\n"


_RULE_HEADER = ["facts", "tp", "fp", "optional", "precision"]
_RULE_WIDTHS = [7, 6, 6, 10, 11]


def render_by_rule(report: EvalReport) -> str:
    """One row per rule id: the predicted facts it took part in, how many were right
    and wrong, its precision; the rule with the most false positives first."""
    if report.by_rule is None:
        raise ValueError("the report has no per-rule counts: the predictions have no `rules` column")
    rows = list(report.by_rule.items())
    label_width = max([_width("rule")] + [_width(rule) for rule, _ in rows])
    lines = [_row("rule", label_width, _RULE_HEADER, _RULE_WIDTHS)]
    for rule, score in rows:
        cells = [str(score.facts), str(score.tp), str(score.fp), str(score.optional), f"{score.precision:.4f}"]
        lines.append(_row(rule, label_width, cells, _RULE_WIDTHS))
    return "\n".join(lines) + "\n"
