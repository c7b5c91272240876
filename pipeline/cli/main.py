"""The `talentflow` command: a thin layer over the Python API.

Only this layer prints or exits (this module, output.py for what extract writes
and says, flows_commands.py). Exit codes: 0 every input processed, 1 some
failed (the rest still written), 2 usage errors.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
import time
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from talentflow.cli import flows_commands as cli_flows
from talentflow.cli.output import (
    ProgressBar,
    _copy_to_stdout,
    _fail,
    _report_failures,
    _report_named_skips,
    _report_skipped,
    _side_table,
    _usage,
    output_format,
    write_table,
)

# click's exception classes, wherever this typer takes click from (its own copy since 0.20).
_click_errors = sys.modules[typer.BadParameter.__module__]
_NoArgsIsHelp = getattr(_click_errors, "NoArgsIsHelpError", ())


def _flags_shown_as_flags(params: list) -> list:
    """`--resume`, not `--resume <bool>`: a flag takes no value, so help shows no type for it."""
    for param in params:
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
    return params


class Command(typer.core.TyperCommand):
    def get_params(self, ctx):  # type: ignore[no-untyped-def]
        return _flags_shown_as_flags(super().get_params(ctx))


class Commands(typer.core.TyperGroup):
    """Every usage error in one style, typer's and click's own included.

    click would print `Usage: … Try --help … Error: No such option: --foo`
    in a box; a script reads one line, `error: no such option: --foo`, on
    stderr, exit 2, as for the errors the commands raise themselves.
    """

    def get_params(self, ctx):  # type: ignore[no-untyped-def]
        return _flags_shown_as_flags(super().get_params(ctx))

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):  # type: ignore[override]
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _NoArgsIsHelp as err:
            typer.echo(err.ctx.get_help() if err.ctx else str(err), err=True)
            code = 2
        except _click_errors.UsageError as err:
            message = err.format_message()
            typer.echo(f"error: {message[:1].lower() + message[1:]}", err=True)
            code = 2
        except _click_errors.ClickException as err:  # a bad file argument and the like: click's own, still one line
            typer.echo(f"error: {err.format_message()}", err=True)
            code = err.exit_code
        except typer.Abort:
            typer.echo("error: aborted", err=True)
            code = 1
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=Commands,
    add_completion=False,
    no_args_is_help=True,
    help="Chinese tech news → career-move records.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def version() -> str:
    """The installed distribution's version, or pyproject.toml's in a source checkout never installed."""
    from importlib.metadata import PackageNotFoundError, version as installed

    try:
        return installed("talentflow")
    except PackageNotFoundError:
        import tomllib

        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"talentflow {version()}")
        raise typer.Exit(0)


@app.callback()
def _root(
    show_version: Annotated[
        bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Chinese tech news → career-move records."""


class Engine(str, Enum):
    processes = "processes"
    dask = "dask"


@app.command(cls=Command)
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (recursive).")],
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            help="Records file; its extension picks the format: .csv (UTF-8 with BOM), .jsonl, "
            ".parquet (talentflow[parquet]), .xlsx (talentflow[excel]); - writes CSV to stdout.",
        ),
    ],
    meta: Annotated[Optional[Path], typer.Option("--meta", help="JSONL or CSV: doc, published, url, title.")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", min=1, help="Worker processes (default: CPU count).")] = None,
    include: Annotated[list[str], typer.Option("--include", help="Only files matching this glob.")] = [],  # noqa: B006
    exclude: Annotated[list[str], typer.Option("--exclude", help="Skip files matching this glob.")] = [],  # noqa: B006
    resume: Annotated[
        bool, typer.Option("--resume", help="Reuse OUT.manifest.jsonl: process only files not done yet.")
    ] = False,
    engine: Annotated[
        Engine, typer.Option("--engine", help="processes: a pool on this machine; dask: a Dask cluster.")
    ] = Engine.processes,
    scheduler: Annotated[
        Optional[str],
        typer.Option("--scheduler", help="With --engine dask: scheduler address (tcp://host:8786); default: a local cluster."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Name every skipped file and every failure.")] = False,
) -> None:
    """Extract career moves from articles into OUT.csv (or .jsonl, .parquet, .xlsx; - for CSV on stdout)."""
    import pandas as pd

    from talentflow.batch import run_batch
    from talentflow.batch.outputs import OutputConflict, OutputDenied, check_outputs, derived_outputs
    from talentflow.batch.export import to_file_frame, write_csv
    from talentflow.batch.errors import InputError, shown
    from talentflow.batch.sink import OutputError

    cli_flows.check_article_paths(paths)
    if meta is not None and not meta.is_file():
        _usage(f"--meta {shown(meta)}: no such file")
    if scheduler and engine is not Engine.dask:
        _usage("--scheduler needs --engine dask")
    to_stdout = str(output) == "-"
    if to_stdout and resume:
        _usage("--resume needs a file to resume: -o - has no manifest beside it")
    if not to_stdout:
        # An input named as the output is refused as such, before its extension is judged.
        try:
            check_outputs([output], [*paths, meta])
        except OutputConflict as err:
            _usage(str(err))
        except OutputDenied as err:
            _fail(str(err))
    kind = output_format(output)
    started = time.perf_counter()
    console = Console(stderr=True)
    spool = tempfile.TemporaryDirectory(prefix="talentflow-") if to_stdout else nullcontext(None)
    with spool as folder:
        # CSV (a file, or stdout through a file beside nothing) streams through the sink; other formats collect the frame.
        records_csv = Path(folder) / "records.csv" if to_stdout else output if kind == ".csv" else None
        written = derived_outputs(output)
        side = {} if to_stdout else written
        try:
            with ProgressBar(console) if console.is_terminal and not quiet else nullcontext() as bar:
                result = run_batch(
                    paths,
                    meta=meta,
                    workers=workers or os.cpu_count() or 1,
                    include=include,
                    exclude=exclude,
                    manifest=side.get("manifest"),
                    resume=resume,
                    engine=engine.value,
                    scheduler=scheduler,
                    progress=bar,
                    output=records_csv,
                    also_writes=[path for path in (side.get("errors"), side.get("skipped")) if path is not None]
                    + ([output] if records_csv is None else []),
                )
            if records_csv is None:
                # The file's form ("" for absent, plain numbers), as the CSV holds it.
                write_table(to_file_frame(result.frame).infer_objects(), output, kind)
            if side:
                _side_table(result.failures_frame, written["errors"], write_csv)
                _side_table(pd.DataFrame(result.skipped, columns=["path", "reason"]), written["skipped"], write_csv)
        except (InputError, OutputConflict) as err:
            _usage(str(err))
        except ImportError as err:  # --engine dask without the `dask` extra
            _usage(str(err))
        except (OutputError, OutputDenied) as err:  # disk full, permissions: the environment, not the command
            _fail(str(err))
        except OSError as err:
            if engine is Engine.dask and scheduler:
                _usage(f"--scheduler {scheduler}: {err}")  # the Dask scheduler cannot be reached
            _fail(f"{shown(err.filename) if err.filename else output}: {err.strerror or err}")
        if to_stdout:
            _copy_to_stdout(records_csv)
    _report_named_skips(paths, result.skipped, verbose=verbose)
    _report_failures(result.failures, written["errors"] if side else None, verbose=verbose or to_stdout)
    _report_skipped(result.skipped, written["skipped"] if side else None, verbose=verbose, quiet=quiet)
    if not quiet:
        elapsed = time.perf_counter() - started
        resumed = f" ({result.resumed} from the manifest)" if result.resumed else ""
        count = len(result.failures)
        errors = f"; {count} error{'s' if count > 1 else ''} → {written['errors']}" if count and side else ""
        typer.echo(
            f"{result.processed} processed, {len(result.skipped)} skipped, {result.failed} failed{resumed}{errors}; "
            f"{result.records} records from {result.docs} articles "
            f"→ {'stdout' if to_stdout else output} ({elapsed:.1f} s)",
            err=True,
        )
    raise typer.Exit(1 if result.failures else 0)


class By(str, Enum):
    rule = "rule"


@app.command(cls=Command)
def evaluate(
    predictions: Annotated[Path, typer.Argument(help="Predicted records (CSV or JSONL).")],
    gold: Annotated[Path, typer.Option("--gold", help="Gold records per ANNOTATION.md (JSONL or CSV).")],
    errors: Annotated[bool, typer.Option("--errors", help="List every false positive and negative.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    by: Annotated[
        Optional[By], typer.Option("--by", help="rule: precision per rule id (needs a `rules` column).")
    ] = None,
    docs: Annotated[
        Optional[Path],
        typer.Option("--docs", help="Score only these documents: one id a line, or a TSV `doc<TAB>part`."),
    ] = None,
    part: Annotated[
        Optional[str], typer.Option("--part", help="With a --docs TSV: only the rows whose part is this.")
    ] = None,
    only_gold_docs: Annotated[
        bool, typer.Option("--only-gold-docs", help="Drop predictions for documents the gold has no record for.")
    ] = False,
    only_pred_docs: Annotated[
        bool, typer.Option("--only-pred-docs", help="Drop gold records of documents with no prediction.")
    ] = False,
    aliases: Annotated[
        Optional[Path],
        typer.Option("--aliases", help="Alias table (one organization a line, names tab-separated); default corpus/aliases.tsv."),
    ] = None,
) -> None:
    """Score predicted records against gold: fact P/R/F1, role/time/status accuracy."""
    from talentflow.evaluation import (
        DEFAULT_ALIASES,
        AliasTableError,
        ScoringError,
        evaluate as score,
        read_doc_list,
        render_by_rule,
        render_report,
    )

    for option, path in (("", predictions), ("--gold ", gold), ("--docs ", docs), ("--aliases ", aliases)):
        if path is not None and not path.is_file():
            _usage(f"{option}{path}: no such file")
    if part is not None and docs is None:
        _usage("--part needs --docs")
    try:
        selected = read_doc_list(docs, part=part) if docs is not None else None
        report = score(
            predictions,
            gold,
            aliases=aliases if aliases is not None else DEFAULT_ALIASES,
            docs=selected,
            only_gold_docs=only_gold_docs,
            only_pred_docs=only_pred_docs,
        )
    except (ScoringError, AliasTableError) as err:
        _usage(str(err))
    if by is By.rule and report.by_rule is None:
        _usage(f"{predictions}: no `rules` column, so no rule ids to score (--by rule needs the rules of each record)")
    _warn_coverage(
        report.gold_only_docs,
        "gold document(s) have no prediction",
        "their facts count as misses; --only-pred-docs drops them",
    )
    _warn_coverage(
        report.pred_only_docs,
        "document(s) with predictions have no gold record",
        "their facts count as false positives; --only-gold-docs drops them",
    )
    if as_json:
        typer.echo(json.dumps(report.to_dict(errors=errors), ensure_ascii=False, indent=2))
        return
    typer.echo(render_report(report, errors=errors))
    if by is By.rule:
        typer.echo(render_by_rule(report))


def _warn_coverage(docs: list[str], what: str, consequence: str) -> None:
    """A mismatch between the documents of gold and predictions, said once on stderr:
    often a run on another folder, or a gold for a part of it."""
    if docs:
        shown = ", ".join(docs[:5]) + (f", … ({len(docs) - 5} more)" if len(docs) > 5 else "")
        typer.echo(f"warning: {len(docs)} {what} ({shown}); {consequence}", err=True)


# Cross-article commands (issue 7) live in cli_flows.py.
app.command("aggregate", cls=Command)(cli_flows.aggregate)
app.command("report", cls=Command)(cli_flows.report)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # dask.distributed logs every worker start and stop at INFO; the progress
    # bar and the summary say what a user needs. Inherited by local workers.
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    app(prog_name="talentflow")


if __name__ == "__main__":
    sys.exit(main())
