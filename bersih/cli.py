"""`bersih`: clean scraped pages into validated JSON, from the command line.

Commands that need Prefect import it only when they run, so `bersih clean` and
`bersih schema` stay fast and work without a Prefect home.
"""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="bersih: strip boilerplate from scraped pages into clean, validated JSON.")
console = Console(stderr=True, soft_wrap=True)  # no hard wraps: messages stay greppable


@app.command()
def run(raw: Path = typer.Argument(Path("raw"), help="Folder of scraped pages (.txt, .html, .jsonl, .warc)."),
        out: Path = typer.Option(Path("clean"), "--out", "-o", help="Folder for the clean JSON."),
        batch_size: Optional[int] = typer.Option(None, help="Files per Prefect task (default: 250, or 1000 "
                                                 "with --runner dask; see flows/runners.py)."),
        max_bytes: int = typer.Option(20 * 1024 * 1024, help="Reject files larger than this many bytes."),
        runner: str = typer.Option("default", help="Where the cleaning runs: 'default' (threads in this "
                                   "process) or 'dask' (a local Dask cluster, or the one at --address)."),
        address: Optional[str] = typer.Option(None, help="Dask scheduler to use with --runner dask, e.g. tcp://HOST:8786."),
        near_duplicate_threshold: float = typer.Option(
            0.7, help="Mark a document as a duplicate of an earlier one at least this similar (Jaccard "
            "of the word 5-grams of their prose, 0.5-1; a copy cut short also counts when 0.8 of it, and "
            "at least this share, is in the other); 0 turns near duplicates off. Exact duplicates are "
            "always marked."),
        rules: list[Path] = typer.Option([], "--rules", help="Your own rules file (TOML, as in "
                                          "pipeline/rules/); repeat for several. Also read from $BERSIH_RULES."),
        ) -> None:
    """Clean RAW into OUT with a one-off run of the ingest flow."""
    _use_rules(rules)
    if not raw.is_dir():
        console.print(f"[red]error:[/] raw folder {raw} does not exist; create it and put scraped pages in it")
        raise typer.Exit(2)
    from pipeline.dedup import check_threshold

    try:
        check_threshold(near_duplicate_threshold)
        from flows.runners import default_batch_size, ingest_with_runner

        flow = ingest_with_runner(runner, address)
        batch_size = default_batch_size(runner) if batch_size is None else batch_size
    except (ValueError, ImportError) as error:
        console.print(f"[red]error:[/] {error}")
        raise typer.Exit(2)

    with _progress_bar(raw) as _:
        state = flow(raw=str(raw), out=str(out), batch_size=batch_size, max_bytes=max_bytes,
                     near_duplicate_threshold=near_duplicate_threshold, return_state=True)
    if not state.is_completed():
        console.print(f"[red]run failed:[/] {state.message}")
        raise typer.Exit(1)
    _print_summary(state.result())


@contextmanager
def _progress_bar(raw: Path):
    """A bar over the raw folder's files, advanced as the flow commits each batch."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from flows.ingest import BATCH_LISTENERS
    from pipeline.read import discover

    total = sum(1 for _ in discover(raw))
    columns = (TextColumn("cleaning {task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console) as progress:
        bar = progress.add_task(raw.resolve().name, total=total)

        def advance(files: int) -> None:
            progress.advance(bar, files)

        BATCH_LISTENERS.append(advance)
        try:
            yield progress
        finally:
            BATCH_LISTENERS.remove(advance)


def _print_summary(summary: dict) -> None:
    table = Table(title=f"bersih run {summary['run_id']}")
    for column in ("seen", "written", "unchanged", "duplicates", "rejected"):
        table.add_column(column, justify="right")
    table.add_row(*(str(summary[c]) for c in ("seen", "written", "unchanged", "duplicates", "rejected")))
    console.print(table)
    if summary["removed_by_reason"]:
        removed = Table(title="removed lines by reason")
        removed.add_column("reason")
        removed.add_column("lines", justify="right")
        for reason, count in summary["removed_by_reason"].items():
            removed.add_row(reason, str(count))
        console.print(removed)
    if summary["rejected"]:
        console.print(f"[yellow]{summary['rejected']} input(s) rejected:[/] see {summary['out']}/_rejected/")


def _use_rules(paths: list[Path]) -> None:
    """Add the user's rules files for this command (and every task it starts), checked first so
    a bad file stops here with the file and entry named, not halfway through a run."""
    import os

    from pipeline.rules import USER_RULES_ENV, RulesError, default_rules

    if paths:
        known = [p for p in os.environ.get(USER_RULES_ENV, "").split(os.pathsep) if p]
        os.environ[USER_RULES_ENV] = os.pathsep.join(known + [str(p.resolve()) for p in paths])
    try:
        default_rules()
    except RulesError as error:
        console.print(f"[red]error in rules:[/] {error}")
        raise typer.Exit(2)

@app.command()
def clean(file: Path = typer.Argument(..., help="One scraped page (.txt or .html)."),
          explain: bool = typer.Option(False, "--explain", help="Show every line, kept or removed, with its reason."),
          rules: list[Path] = typer.Option([], "--rules", help="Your own rules file (TOML, as in "
                                          "pipeline/rules/); repeat for several. Also read from $BERSIH_RULES."),
          ) -> None:
    """Clean one file with the library alone (no Prefect) and print its JSON."""
    _use_rules(rules)
    from pipeline.models import Rejection
    from pipeline.process import process
    from pipeline.read import read_input

    if not file.is_file():
        console.print(f"[red]error:[/] {file} is not a file")
        raise typer.Exit(2)
    failed = False
    for raw in read_input(file.parent, file):
        outcome = raw if isinstance(raw, Rejection) else process(raw)
        if isinstance(outcome, Rejection):
            failed = True
            console.print(f"[red]rejected[/] {outcome.source} ({outcome.reason}): {outcome.message}")
            continue
        if explain:
            _explain(raw)
        else:
            sys.stdout.write(outcome.model_dump_json(indent=1) + "\n")
    if failed:
        raise typer.Exit(1)


def _explain(raw) -> None:
    from pipeline.process import explain

    for verdict in explain(raw):
        mark = "[green]KEEP[/]" if verdict.keep else f"[red]DROP[/] [dim]{verdict.reason:<16}[/]"
        console.print(f"{mark} {verdict.text}", markup=True, highlight=False, soft_wrap=True)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a clean document."""
    from pipeline.schema import clean_document_schema

    sys.stdout.write(clean_document_schema())


@app.command()
def status(out: Path = typer.Option(Path("clean"), "--out", "-o", help="Output folder of earlier runs."),
           raw: Path = typer.Option(Path("raw"), "--raw", help="Raw folder whose inputs should all be accounted for."),
           runs: int = typer.Option(10, help="How many recent runs to show."),
           ) -> None:
    """Show the last runs and any input under RAW that no run has accounted for (exit 1 if any)."""
    from pipeline.report import recent_runs, unaccounted_inputs

    summaries = recent_runs(out, runs)
    table = Table(title=f"last {len(summaries)} run(s) in {out}/_runs")
    for column in ("run", "finished", "seen", "written", "unchanged", "duplicates", "rejected", "inputs log"):
        # Ids and times never wrap: people copy them; the inputs log path may fold.
        table.add_column(column, justify="left" if column in ("run", "finished", "inputs log") else "right",
                         no_wrap=column in ("run", "finished"), overflow="fold")
    for s in summaries:
        table.add_row(s.run_id, f"{s.finished_at:%Y-%m-%d %H:%M:%S}", *(str(n) for n in (
            s.seen, s.written, s.unchanged, s.duplicates, s.rejected)), s.inputs_log or "-")
    console.print(table if summaries else f"no runs recorded in {out}/_runs yet: run `bersih run {raw} --out {out}`")
    if not raw.is_dir():
        console.print(f"[red]error:[/] raw folder {raw} does not exist; pass the folder the runs read with --raw")
        raise typer.Exit(2)
    missing = 0
    for source in unaccounted_inputs(raw, out):
        missing += 1
        if missing <= 50:
            sys.stdout.write(f"unaccounted: {source!r}\n" if "\n" in source else f"unaccounted: {source}\n")
    if missing:
        console.print(f"[yellow]{missing} input(s) under {raw} not accounted for[/] (no output, no rejection, "
                      f"not in the ledger): run `bersih run {raw} --out {out}` to process them")
        raise typer.Exit(1)
    console.print(f"every input under {raw} is accounted for")


@app.command()
def server(host: str = typer.Option("127.0.0.1", help="Address to listen on; only this machine by default."),
           port: int = typer.Option(4200, help="Port of the UI and the API."),
           database_url: Optional[str] = typer.Option(
               None, "--database-url", envvar="PREFECT_API_DATABASE_CONNECTION_URL",
               help="Database of the server, e.g. postgresql+asyncpg://USER:PW@HOST:5432/DB; "
                    "default SQLite under .prefect/."),
           ) -> None:
    """Start the Prefect server and its UI, where scheduled runs are created and watched."""
    import os

    from flows.server import describe_database, is_loopback, server_command, server_environment, ui_url

    env = server_environment(host, port, database_url)
    url = ui_url(host, port)
    console.print(f"Prefect UI: [bold]{url}[/]   API: {url}/api   state: {describe_database(env)}")
    console.print(f"Point runs at it with PREFECT_API_URL={url}/api; stop with Ctrl-C.")
    if not is_loopback(host):
        console.print(f"[yellow]warning:[/] listening on {host}: the UI and API have no login; "
                      "anyone who reaches this address can run and delete flows")
    command = server_command(host, port)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(command[0], command, env)  # the server gets this process's signals directly


@app.command()
def serve(raw: Path = typer.Argument(Path("raw"), help="Folder the scrapers drop pages into."),
          out: Path = typer.Option(Path("clean"), "--out", "-o", help="Folder for the clean JSON."),
          cron: Optional[str] = typer.Option(None, help='Cron schedule in UTC, e.g. "*/15 * * * *".'),
          interval: Optional[float] = typer.Option(None, help="Run every this many seconds."),
          name: Optional[str] = typer.Option(None, help="Deployment name (default: RAW's folder name); "
                                                        "trigger a run with `prefect deployment run 'ingest/NAME'`."),
          ) -> None:
    """Run the ingest flow on a schedule on the Prefect server, until stopped (the schedule stays on)."""
    if (cron is None) == (interval is None):
        console.print('[red]error:[/] give exactly one schedule: --cron "*/15 * * * *" or --interval SECONDS')
        raise typer.Exit(2)
    if interval is not None and interval <= 0:
        console.print("[red]error:[/] --interval must be a positive number of seconds")
        raise typer.Exit(2)
    if cron is not None:
        from prefect.client.schemas.schedules import CronSchedule
        from pydantic import ValidationError

        try:
            CronSchedule(cron=cron)
        except ValidationError:
            console.print(f'[red]error:[/] {cron!r} is not a cron expression; try "*/15 * * * *" (every 15 minutes)')
            raise typer.Exit(2)
    if not raw.is_dir():
        console.print(f"[red]error:[/] raw folder {raw} does not exist; create it and put scraped pages in it")
        raise typer.Exit(2)
    from flows.serve import NoServerError, serve_ingest, server_api_url

    try:
        api = server_api_url()
    except NoServerError as error:
        console.print(f"[red]error:[/] {error}")
        raise typer.Exit(2)
    name = name or raw.resolve().name
    console.print(f"serving ingest/{name} on {api}: {raw} -> {out}, "
                  + (f"cron {cron!r} (UTC)" if cron else f"every {interval:g} s"))
    serve_ingest(raw, out, name=name, cron=cron, interval=interval)


@app.command(name="eval")
def evaluate_command(
        raw: Path = typer.Option(..., "--raw", help="Folder of raw pages <id>.txt."),
        gold: Path = typer.Option(..., "--gold", help="Gold labels: <id>.json (line-labelled) or <id>.txt (gold body)."),
        per_doc: bool = typer.Option(True, "--per-doc/--summary", help="Show a line per document."),
        ) -> None:
    """Score the cleaner against your own labelled pages: shingle P/R/F1, lines lost and leaked."""
    from pipeline.evaluate import evaluate, format_report

    for folder, what in ((raw, "raw"), (gold, "gold")):
        if not folder.is_dir():
            console.print(f"[red]error:[/] --{what} {folder} is not a folder")
            raise typer.Exit(2)
    try:
        report = evaluate(raw, gold)
    except ValueError as error:
        console.print(f"[red]error:[/] {error}")
        raise typer.Exit(2)
    sys.stdout.write(format_report(report, per_doc=per_doc) + "\n")


def main() -> None:  # console script entry point
    app()
