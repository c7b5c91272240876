"""The `talentflow` command: a thin layer over the Python API.

Only this module prints or exits. Exit codes: 0 every input processed, 1 some
failed (the rest still written), 2 usage errors.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Chinese tech news → career-move records.")


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (recursive).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="CSV to write (UTF-8 with BOM).")],
    meta: Annotated[Optional[Path], typer.Option("--meta", help="JSONL or CSV: doc, published, url, title.")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", min=1, help="Worker processes (default: CPU count).")] = None,
    include: Annotated[list[str], typer.Option("--include", help="Only files matching this glob.")] = [],  # noqa: B006
    exclude: Annotated[list[str], typer.Option("--exclude", help="Skip files matching this glob.")] = [],  # noqa: B006
    resume: Annotated[
        bool, typer.Option("--resume", help="Reuse OUT.manifest.jsonl: process only files not done yet.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
) -> None:
    """Extract career moves from articles into OUT.csv."""
    from pipeline.batch import run_batch
    from pipeline.export import write_csv
    from pipeline.readers import InputError

    for path in paths:
        if not path.exists():
            _usage(f"{path}: no such file or folder")
    if meta is not None and not meta.is_file():
        _usage(f"--meta {meta}: no such file")
    started = time.perf_counter()
    try:
        result = run_batch(
            paths,
            meta=meta,
            workers=workers or os.cpu_count() or 1,
            include=include,
            exclude=exclude,
            manifest=output.with_name(output.stem + ".manifest.jsonl"),
            resume=resume,
        )
    except InputError as err:
        _usage(str(err))
    write_csv(result.frame, output)
    errors_path = output.with_name(output.stem + ".errors.csv")
    if result.failures:
        write_csv(result.failures_frame, errors_path)
    elif errors_path.exists():
        errors_path.unlink()
    for failure in result.failures:
        typer.echo(f"failed: {failure.path} [{failure.doc}] {failure.stage}: {failure.message}", err=True)
    if not quiet:
        elapsed = time.perf_counter() - started
        resumed = f" ({result.resumed} from the manifest)" if result.resumed else ""
        typer.echo(
            f"{result.processed} processed, {len(result.skipped)} skipped, {result.failed} failed{resumed}; "
            f"{len(result.frame)} records from {result.frame['doc'].nunique() if len(result.frame) else 0} articles "
            f"→ {output} ({elapsed:.1f} s)",
            err=True,
        )
    raise typer.Exit(1 if result.failures else 0)


@app.command()
def evaluate(
    predictions: Annotated[Path, typer.Argument(help="Predicted records (CSV or JSONL).")],
    gold: Annotated[Path, typer.Option("--gold", help="Gold records per ANNOTATION.md (JSONL or CSV).")],
    errors: Annotated[bool, typer.Option("--errors", help="List every false positive and negative.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Score predicted records against gold: fact P/R/F1, role/time/status accuracy."""
    from pipeline.scoring import GoldFormatError, PredictionFormatError, evaluate as score, render_report

    for path in (predictions, gold):
        if not path.is_file():
            _usage(f"{path}: no such file")
    try:
        report = score(predictions, gold)
    except (GoldFormatError, PredictionFormatError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    if as_json:
        typer.echo(json.dumps(report.to_dict(errors=errors), ensure_ascii=False, indent=2))
    else:
        typer.echo(render_report(report, errors=errors))


def _usage(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app(prog_name="talentflow")


if __name__ == "__main__":
    sys.exit(main())
