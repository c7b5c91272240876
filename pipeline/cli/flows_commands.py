"""The `aggregate` and `report` commands, registered on `talentflow.cli.main.app`.

Kept apart from cli.py so each command's options sit beside its code; like
cli.py, this is the command-line layer, the only other place that prints or
exits. Exit codes as for `extract`: 0 done, 1 some inputs failed, 2 usage errors.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer


# What `aggregate -o FOLDER` writes there (AggregateResult.write).
AGGREGATE_FILES = ("moves.csv", "people.csv", "flows.csv")


def _usage(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def _fail(message: str) -> None:
    """An environment error (disk full, no permission): one line naming the path, exit 1."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def check_article_paths(paths: list[Path]) -> None:
    """Each path given exists; a file given by name is one talentflow reads (a PDF or a CSV is a usage error)."""
    from talentflow.batch.articles import SUPPORTED_SUFFIXES
    from talentflow.batch.errors import shown

    for path in paths:
        if not os.path.lexists(path):
            _usage(f"{shown(path)}: no such file or folder")
        if path.is_file() and path.suffix.lower() not in SUPPORTED_SUFFIXES:
            kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
            _usage(f"{shown(path)}: not an article file ({kinds}); give the articles or their folder")


def _check_outputs(outputs, inputs) -> None:
    """Every output checked before any input is read: an input is never overwritten (see batch.outputs)."""
    from talentflow.batch.outputs import OutputConflict, OutputDenied, check_outputs

    try:
        check_outputs(outputs, inputs)
    except OutputConflict as err:
        _usage(str(err))
    except OutputDenied as err:
        _fail(str(err))


def aggregate(
    records: Annotated[Path, typer.Argument(help="Records CSV written by `talentflow extract`.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for moves.csv, people.csv, flows.csv.")],
    meta: Annotated[
        Optional[Path], typer.Option("--meta", help="JSONL or CSV with doc, published: orders the reports.")
    ] = None,
) -> None:
    """Merge the records of many articles into moves, people's timelines and flows."""
    from talentflow.analysis.flows import AggregateError, aggregate as merge
    from talentflow.batch.export import CsvFormatError, read_csv
    from talentflow.batch.errors import InputError
    from talentflow.batch.meta import load_meta

    if not records.is_file():
        _usage(f"{records}: no such file")
    if meta is not None and not meta.is_file():
        _usage(f"--meta {meta}: no such file")
    if output.exists() and not output.is_dir():
        _usage(f"{output}: -o names the folder for moves.csv, people.csv and flows.csv, not a file")
    # `aggregate news/moves.csv -o news` would replace the records by the merged moves.csv.
    _check_outputs([output / name for name in AGGREGATE_FILES], [records, meta])
    try:
        published = {doc: fields.get("published", "") for doc, fields in load_meta(meta).items()} if meta else None
        result = merge(read_csv(records), published=published)
    except (AggregateError, InputError, CsvFormatError) as err:
        message = str(err)
        _usage(message if message.startswith(str(records)) or isinstance(err, InputError) else f"{records}: {message}")
    except OSError as err:
        _fail(f"{err.filename or records}: cannot read: {err.strerror or err}")
    try:
        written = result.write(output)
    except OSError as err:
        _fail(f"{err.filename or output}: cannot write: {err.strerror or err}")
    typer.echo(
        f"{len(result.records)} records → {len(result.moves)} moves of {result.moves['person'].nunique()} people; "
        f"{len(result.pairs)} organization pairs → {', '.join(str(path) for path in written)}",
        err=True,
    )


def report(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (recursive).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")],
    gold: Annotated[Optional[Path], typer.Option("--gold", help="Gold records: adds the evaluation.")] = None,
    meta: Annotated[Optional[Path], typer.Option("--meta", help="JSONL or CSV: doc, published, url, title.")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", min=1, help="Worker processes (default: CPU count).")] = None,
    title: Annotated[str, typer.Option("--title", help="The page's title.")] = "talentflow report",
    include: Annotated[list[str], typer.Option("--include", help="Only files matching this glob.")] = [],  # noqa: B006
    exclude: Annotated[list[str], typer.Option("--exclude", help="Skip files matching this glob.")] = [],  # noqa: B006
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
) -> None:
    """Extract, aggregate and render one self-contained HTML report."""
    from contextlib import nullcontext

    from rich.console import Console

    from talentflow.cli.main import ProgressBar  # here, not at the top: cli.py imports this module
    from talentflow.batch.errors import InputError
    from talentflow.analysis.report import build_report, write_report
    from talentflow.evaluation.scoring import GoldFormatError

    check_article_paths(paths)
    for option, path in (("--meta", meta), ("--gold", gold)):
        if path is not None and not path.is_file():
            _usage(f"{option} {path}: no such file")
    _check_outputs([output], [*paths, meta, gold])
    console = Console(stderr=True)
    try:
        # The same bar as extract's: 900 files take a while, and extraction is most of it.
        with ProgressBar(console, "report") if console.is_terminal and not quiet else nullcontext() as bar:
            built = build_report(
                paths,
                meta=meta,
                gold=gold,
                workers=workers or os.cpu_count() or 1,
                title=title,
                include=include,
                exclude=exclude,
                progress=bar,
            )
    except (InputError, GoldFormatError) as err:
        _usage(str(err))
    except OSError as err:
        _fail(f"{err.filename or output}: {err.strerror or err}")
    try:
        write_report(built, output)
    except OSError as err:
        _fail(f"{output}: cannot write: {err.strerror or err}")
    for failure in built.batch.failures:
        typer.echo(f"failed: {failure.path} [{failure.doc}] {failure.stage}: {failure.message}", err=True)
    summary = built.summary
    if quiet:
        raise typer.Exit(1 if summary.failures else 0)
    scored = f"; fact F1 {built.evaluation.overall.f1:.3f}" if built.evaluation is not None else ""
    typer.echo(
        f"{summary.articles} articles, {summary.records} records → {summary.moves} moves of {summary.people} people, "
        f"{summary.organizations} organizations, {summary.failures} failures{scored} → {Path(output)}",
        err=True,
    )
    raise typer.Exit(1 if summary.failures else 0)
