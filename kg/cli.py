"""The ``kg`` command line: build the graph, query it.

Exit codes: 0 success; 1 finished but some inputs were skipped; 2 usage or input error;
130 interrupted.
"""

from __future__ import annotations

import signal
import sys
from collections import Counter
from pathlib import Path

import click
from rdflib import RDF
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from kg import __version__
from kg.files import remove_stale_temps, write_all_atomic
from kg.ingest import DEFAULT_MAX_BYTES, ingest
from kg.pipeline import build_knowledge_base
from kg.query import FORMATS, QueryError, format_result, load_graph, run
from kg.rdf import DEFAULT_BASE, build_graph, to_turtle
from kg.viz import project, render

EXIT_SKIPPED = 1
EXIT_USAGE = 2

err_console = Console(stderr=True)


def warn(message: str) -> None:
    """One warning line on stderr, never wrapped, so each problem is one greppable line."""
    err_console.print(f"[yellow]warning:[/] {escape(message)}", highlight=False, soft_wrap=True)


def fail(message: str, code: int = EXIT_USAGE) -> None:
    """One clear line on stderr, then exit non-zero."""
    err_console.print(f"[bold red]Error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build a knowledge graph of OSCE press releases and query it.

    \b
    Examples:
      kg build                          # seeds/ -> output/graph.ttl, output/graph.html
      kg query queries/people_roles.rq  # ask the built graph a question
    """


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=str))
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for graph.ttl and graph.html.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of the graph's entities.")
@click.option("--model", default=None, help="spaCy model to use (default: en_core_web_sm, else its PyPI re-upload).")
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(min=1), help="Processes for the extractors.")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, type=click.IntRange(min=1),
              help="Skip input files larger than this many bytes (raise it for a bigger file).")
def build(inputs: tuple[str, ...], out_dir: Path, base: str, model: str | None, jobs: int, max_bytes: int) -> None:
    """Read press releases and write the graph as Turtle and as an HTML network.

    INPUTS are files, folders or glob patterns (default: seeds/). Text pages scraped from the
    OSCE site, plain "title line then body" copies and saved HTML pages are all accepted, in
    UTF-8, UTF-16 or Windows-1252.

    A file that cannot be read (empty, binary, unreadable, too big, a broken link) is skipped
    with a warning and the build goes on; the exit code is then 1. A release with no
    recognisable date is kept with the date unknown (id "undated-...") and a warning.
    Outputs are replaced only when the build has finished, so an interrupted build leaves the
    previous ones intact.

    \b
    Examples:
      kg build
      kg build seeds/ more/*.html --out /tmp/graph
    """
    result = ingest(list(inputs) or ["seeds"], max_bytes=max_bytes, exclude=[out_dir])
    for skipped in result.skipped:
        warn(f"skipped {skipped.file}: {skipped.reason}")
    for release in result.undated:
        warn(f"no date found in {', '.join(release.files)}: kept with the date unknown "
             "(a dateline such as 'VIENNA, 6 July 2015 –' or a '- Date:' section gives it one)")
    if not result.releases:
        fail("no press release could be read from the inputs: check the paths (see `kg build --help`)")

    kb = build_knowledge_base(result.releases, model=model, jobs=jobs)
    graph = build_graph(kb, base=base)
    outputs = {out_dir / "graph.ttl": to_turtle(graph), out_dir / "graph.html": render(project(graph))}
    try:
        remove_stale_temps(out_dir, {path.name for path in outputs})  # left by a killed build
        write_all_atomic(outputs)
    except OSError as err:
        fail(f"cannot write the outputs in {out_dir}: {err.strerror or err} (check --out; old outputs are unchanged)")

    _print_summary(result, graph, out_dir)
    sys.exit(EXIT_SKIPPED if result.skipped else 0)


def _print_summary(result, graph, out_dir: Path) -> None:  # noqa: ANN001 - internal
    console = Console()
    table = Table(title="kg build", show_header=False)
    table.add_row("files read", str(result.files_read))
    table.add_row("releases", str(len(result.releases)))
    table.add_row("merged duplicates", str(result.merged))
    table.add_row("skipped files", str(len(result.skipped)))
    table.add_row("undated releases", str(len(result.undated)))
    table.add_row("triples", str(len(graph)))
    kinds = Counter(graph.qname(t) for t in graph.objects(None, RDF.type))
    for kind, count in sorted(kinds.items()):
        table.add_row(f"  {kind}", str(count))
    console.print(table)
    if result.skipped:
        skipped = Table(title="skipped files")
        skipped.add_column("file")
        skipped.add_column("reason")
        for item in result.skipped:
            skipped.add_row(Text(item.file), Text(item.reason))
        console.print(skipped)
    console.print(Text(f"wrote {out_dir / 'graph.ttl'} and {out_dir / 'graph.html'}"))


@cli.command()
@click.argument("query_file", type=click.Path(path_type=Path))
@click.option("--graph", "graph_path", default="output/graph.ttl", show_default=True, type=click.Path(path_type=Path),
              help="Turtle file to query.")
@click.option("--format", "fmt", default="table", show_default=True, type=click.Choice(FORMATS),
              help="Output: a table, CSV, TSV or SPARQL 1.1 results JSON.")
def query(query_file: Path, graph_path: Path, fmt: str) -> None:
    """Run the SPARQL query in QUERY_FILE on the built graph.

    \b
    Examples:
      kg query queries/releases.rq
      kg query queries/people_roles.rq --format csv > roles.csv
    """
    try:
        text = query_file.read_text(encoding="utf-8")
    except OSError as err:
        fail(f"cannot read query file {query_file}: {err.strerror or err}")
    try:
        result = run(load_graph(graph_path), text)
    except QueryError as err:
        fail(str(err))
    if fmt == "table":
        table = Table(*result.variables)
        for row in result.rows:
            table.add_row(*(Text("" if t is None else str(t)) for t in row))  # text, not rich markup
        Console().print(table)
    else:
        click.echo(format_result(result, fmt), nl=False)


INTERRUPTED = "Interrupted: stopped before finishing (nothing half-written is left); run the command again."


def main() -> None:
    # Not standalone: click would turn Ctrl-C into "Aborted!" and exit code 1.
    try:
        result = cli.main(standalone_mode=False)
        code: int | str | None = result if isinstance(result, int) else 0
    except SystemExit as done:
        code = done.code
    except (click.exceptions.Abort, KeyboardInterrupt):
        print(INTERRUPTED, file=sys.stderr)
        code = 130
    except click.ClickException as err:
        err.show()
        code = err.exit_code
    # The work is over: a Ctrl-C while the interpreter shuts down must not replace the exit
    # code with "killed by SIGINT".
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.exit(code)
