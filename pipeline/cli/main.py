"""The `talentflow` command: a thin layer over the Python API.

Only this module prints or exits. Exit codes: 0 every input processed, 1 some
failed (the rest still written), 2 usage errors.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from talentflow.cli import flows_commands as cli_flows

if TYPE_CHECKING:
    from talentflow.batch import FileResult



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


# `-o` by extension: the extra a format needs beyond the default install (module, extra).
OUTPUT_FORMATS: dict[str, tuple[str, str] | None] = {
    ".csv": None,
    ".jsonl": None,
    ".parquet": ("pyarrow", "parquet"),
    ".xlsx": ("openpyxl", "excel"),
}


def output_format(output: Path) -> str:
    """`.csv`, `.jsonl`, `.parquet` or `.xlsx` from the name (`-`: CSV on stdout); else a usage error.

    Checked before any input is read: a 20-minute run must not end in `No module named 'openpyxl'`.
    """
    from importlib.util import find_spec

    if str(output) == "-":
        return ".csv"
    kind = output.suffix.lower()
    if kind not in OUTPUT_FORMATS:
        kinds = ", ".join(OUTPUT_FORMATS)
        _usage(f"{output}: cannot tell the output format from {kind or 'a name without extension'}: give {kinds}, or - for CSV on stdout")
    needs = OUTPUT_FORMATS[kind]
    if needs is not None and find_spec(needs[0]) is None:
        _usage(f"{output}: writing {kind} needs {needs[0]}: install talentflow[{needs[1]}]")
    return kind


def write_table(frame, output: Path, kind: str) -> None:
    """The records as JSON lines, Parquet or Excel, appearing whole at `output` (see export.atomic_write)."""
    import pandas as pd

    from talentflow.batch.export import atomic_write, neutralize, temp_prefix

    if kind == ".jsonl":
        with atomic_write(output, encoding="utf-8") as handle:
            for row in frame.to_dict("records"):
                handle.write(json.dumps({key: _json_value(value) for key, value in row.items()}, ensure_ascii=False) + "\n")
        return
    if kind == ".xlsx":
        # openpyxl stores a string starting with `=` as a formula: the CSV's guard applies.
        frame = frame.copy()
        for column in frame.columns:
            if not pd.api.types.is_numeric_dtype(frame[column]):
                frame[column] = frame[column].map(lambda cell: neutralize(cell) if isinstance(cell, str) else cell)
    output.parent.mkdir(parents=True, exist_ok=True)
    temp = output.with_name(temp_prefix(output) + "tmp" + kind)
    try:
        if kind == ".parquet":
            frame.to_parquet(temp, index=False)
        else:
            frame.to_excel(temp, index=False)
        os.replace(temp, output)
    finally:
        temp.unlink(missing_ok=True)


def _json_value(value):
    """A frame cell as JSON: numpy scalars as Python numbers, a missing value (pd.NA, NaN) as null."""
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def _copy_to_stdout(path: Path) -> None:
    """`-o -`: the CSV's bytes on stdout, without the BOM a spreadsheet needs but a pipe does not."""
    out = sys.stdout.buffer
    with open(path, "rb") as handle:
        head = handle.read(3)
        out.write(head if head != b"\xef\xbb\xbf" else b"")
        shutil.copyfileobj(handle, out)
    out.flush()


def _report_named_skips(paths: list[Path], skipped, *, verbose: bool) -> None:
    """A file named on the command line and then skipped says why, even without --verbose
    (`extract a.txt a.txt`, or one matched by --exclude): the user asked for it by name."""
    from talentflow.batch.errors import shown

    if verbose:
        return  # --verbose names every skipped file already
    named = {shown(str(path)) for path in paths if not path.is_dir()}
    for path, reason in skipped:
        if path in named:
            typer.echo(f"skipped: {path}: {reason}", err=True)


def _side_table(frame, path: Path, write_csv) -> None:
    """OUT.errors.csv / OUT.skipped.csv: written when there is something to list, else removed."""
    from talentflow.batch.sink import OutputError

    try:
        if len(frame):
            write_csv(frame, path)
        else:
            path.unlink(missing_ok=True)
    except OSError as err:
        raise OutputError(f"{path}: cannot write: {err.strerror or err}") from err


# Failures alike (same stage and message, e.g. 4,000 files lost with one dead
# worker) are named this many times, then counted: the errors CSV has them all.
SHOWN_ALIKE = 3


def _report_failures(failures, errors_path: Path | None, *, verbose: bool) -> None:
    alike: Counter = Counter()
    for failure in failures:
        key = (failure.stage, failure.message)
        alike[key] += 1
        if verbose or alike[key] <= SHOWN_ALIKE:
            typer.echo(f"failed: {failure.path} [{failure.doc}] {failure.stage}: {failure.message}", err=True)
    for (stage, message), count in alike.items():
        if not verbose and count > SHOWN_ALIKE:
            typer.echo(f"failed: … {count - SHOWN_ALIKE} more with {stage}: {message} (all in {errors_path})", err=True)


def skip_kind(reason: str) -> str:
    """The reason without its particulars: `duplicate doc id 'a' (also a.md)` → `duplicate doc id`."""
    kind = reason.split(" (", 1)[0].split(":", 1)[0]
    return "duplicate doc id" if kind.startswith("duplicate doc id") else kind


def _report_skipped(skipped, skipped_path: Path | None, *, verbose: bool, quiet: bool) -> None:
    if verbose:
        for path, reason in skipped:
            typer.echo(f"skipped: {path}: {reason}", err=True)
    if skipped and not quiet:
        kinds = Counter(skip_kind(reason) for _path, reason in skipped)
        listed = ", ".join(f"{count} {kind}" for kind, count in kinds.most_common())
        typer.echo(f"skipped: {listed}" + (f" (all in {skipped_path})" if skipped_path else ""), err=True)


def _fail(message: str) -> None:
    """An environment error (disk full, no permission): one line naming the path, exit 1."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


class ProgressBar:
    """Files done/total, articles/s, ETA and failures so far; for a terminal only."""

    def __init__(self, console: Console, label: str = "extract") -> None:
        self._bar = Progress(
            TextColumn(label),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files · {task.fields[rate]:.1f} articles/s · ETA"),
            TimeRemainingColumn(),
            TextColumn("· {task.fields[failed]} failed"),
            console=console,
        )
        self._task = self._bar.add_task(label, total=None, rate=0.0, failed=0)
        self._articles = 0
        self._failed = 0
        # The clock starts at the first finished file: building the pipeline is not throughput.
        self._started: float | None = None

    def __enter__(self) -> ProgressBar:
        self._bar.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._bar.stop()

    def __call__(self, result: FileResult, total: int) -> None:
        # Files taken from a manifest cost nothing: they count as done, not in the rate.
        now = time.perf_counter()
        if self._started is None:
            self._started = now
        elif not result.resumed:
            self._articles += result.articles
        self._failed += result.status == "failed"
        rate = self._articles / (now - self._started) if now > self._started else 0.0
        self._bar.update(self._task, total=total, advance=1, rate=rate, failed=self._failed)


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


def _usage(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


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
