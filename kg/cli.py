"""The ``kg`` command line: build the graph, query it.

Exit codes: 0 success; 1 finished but some inputs were skipped; 2 usage or input error;
130 interrupted.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click
from rdflib import RDF
from rich.console import Console
from rich.table import Table

from kg import __version__
from kg.eval import eval_command
from kg.files import write_atomic
from kg.ingest import DEFAULT_MAX_BYTES, ingest
from kg.pipeline import build_knowledge_base
from kg.query import FORMATS, QueryError, format_result, load_graph, run
from kg.rdf import DEFAULT_BASE, ONTOLOGY_FILE, build_dataset, union
from kg.serialize import FORMATS as GRAPH_FORMATS
from kg.serialize import serialize
from kg.validate import CONFORMS, validate
from kg.viz import COLOR_BY, DEFAULT_MAX_NODES, STYLES, VizError, analyse, centrality_order, project, render

EXIT_SKIPPED = 1
EXIT_USAGE = 2

err_console = Console(stderr=True)


def fail(message: str, code: int = EXIT_USAGE) -> None:
    """One clear line on stderr, then exit non-zero."""
    err_console.print(f"[bold red]Error:[/] {message}", highlight=False, soft_wrap=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build a knowledge graph of OSCE press releases and query it.

    \b
    Examples:
      kg build                          # seeds/ -> output/graph.ttl, output/graph.html
      kg query queries/people_roles.rq  # ask the built graph a question
      kg viz --focus "Valiant Richey"   # redraw output/graph.html around one person
      kg stats                          # the most central people, organizations and States
    """


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=str))
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for graph.<format>, ontology.ttl and graph.html.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of the graph's entities.")
@click.option("--model", default=None, help="spaCy model to use (default: en_core_web_sm, else its PyPI re-upload).")
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(min=1), help="Processes for the extractors.")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, type=click.IntRange(min=1),
              help="Skip input files larger than this.")
@click.option("--format", "fmt", default="ttl", show_default=True, type=click.Choice(GRAPH_FORMATS),
              help="Graph file format (graph.<format>); trig keeps each release's statements in its own named graph.")
@click.option("--validate/--no-validate", "check", default=True, show_default=True,
              help="Check the graph against the SHACL shapes (kg/shapes.ttl) before writing anything.")
def build(inputs: tuple[str, ...], out_dir: Path, base: str, model: str | None, jobs: int, max_bytes: int,
          fmt: str, check: bool) -> None:
    """Read press releases and write the graph (Turtle by default) and an HTML network.

    The graph imports the kg: ontology, which is written beside it as ontology.ttl. If SHACL
    validation finds violations, nothing is written and the exit code is 2.

    INPUTS are files, folders or glob patterns (default: seeds/). Text pages scraped from the
    OSCE site, plain "title line then body" copies and saved HTML pages are all accepted.

    \b
    Examples:
      kg build
      kg build seeds/ more/*.html --out /tmp/graph
      kg build --format trig --no-validate
    """
    result = ingest(list(inputs) or ["seeds"], max_bytes=max_bytes)
    for skipped in result.skipped:
        err_console.print(f"[yellow]warning:[/] skipped {skipped.file}: {skipped.reason}", highlight=False)
    if not result.releases:
        fail("no press release could be read from the inputs: check the paths (see `kg build --help`)")

    kb = build_knowledge_base(result.releases, model=model, jobs=jobs)
    dataset = build_dataset(kb, base=base)
    graph = union(dataset)
    if check:
        conforms, report = validate(graph)
        if not conforms:
            # Before any write: the previous outputs stay as they were.
            err_console.print(report, highlight=False, markup=False, soft_wrap=True)
            fail(f"the graph does not conform to the SHACL shapes; {out_dir} was left unchanged "
                 "(fix the data, or use --no-validate to write it anyway)")
        if report != CONFORMS:  # warnings only
            err_console.print(report, highlight=False, markup=False, soft_wrap=True)
    graph_file = out_dir / f"graph.{fmt}"
    write_atomic(graph_file, serialize(dataset, fmt))
    write_atomic(out_dir / "ontology.ttl", ONTOLOGY_FILE.read_bytes())
    write_atomic(out_dir / "graph.html", render(project(graph)))

    _print_summary(result, graph, graph_file)
    sys.exit(EXIT_SKIPPED if result.skipped else 0)


def _print_summary(result, graph, graph_file: Path) -> None:  # noqa: ANN001 - internal
    console = Console()
    table = Table(title="kg build", show_header=False)
    table.add_row("files read", str(result.files_read))
    table.add_row("releases", str(len(result.releases)))
    table.add_row("merged duplicates", str(result.merged))
    table.add_row("skipped files", str(len(result.skipped)))
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
            skipped.add_row(item.file, item.reason)
        console.print(skipped)
    out_dir = graph_file.parent
    console.print(f"wrote {graph_file}, {out_dir / 'ontology.ttl'} and {out_dir / 'graph.html'}", highlight=False)


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
            table.add_row(*("" if t is None else str(t) for t in row))
        Console().print(table)
    else:
        click.echo(format_result(result, fmt), nl=False)


@cli.command()
@click.option("--graph", "graph_path", default="output/graph.ttl", show_default=True, type=click.Path(path_type=Path),
              help="Turtle file written by kg build.")
@click.option("--out", "out_path", default="output/graph.html", show_default=True, type=click.Path(path_type=Path),
              help="HTML page to write.")
@click.option("--color-by", default="kind", show_default=True, type=click.Choice(COLOR_BY),
              help="Colour nodes by their kind or by their community (Louvain).")
@click.option("--max-nodes", default=DEFAULT_MAX_NODES, show_default=True, type=click.IntRange(min=1),
              help="Draw at most this many nodes, the most central first; the page says how many were left out.")
@click.option("--focus", default=None, metavar="NAME",
              help="Draw only the neighbourhood of the entity with this name (or a name containing it).")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(min=0),
              help="With --focus: how many steps away from the entity to draw.")
@click.option("--date", default=None, metavar="YYYY-MM-DD",
              help="Build date shown in the title bar (default: the newest release date in the graph).")
def viz(graph_path: Path, out_path: Path, color_by: str, max_nodes: int, focus: str | None, depth: int,
        date: str | None) -> None:
    """Draw the built graph as an interactive network page that works offline.

    The page has a legend with a checkbox per kind, a search box, a filter menu, tooltips with
    roles, releases, evidence and quotes, and neighbourhood highlighting on click.

    \b
    Examples:
      kg viz
      kg viz --color-by community --max-nodes 150
      kg viz --focus "Valiant Richey" --depth 2 --out richey.html
    """
    try:
        graph = load_graph(graph_path)
        html = render(project(graph), color_by=color_by, max_nodes=max_nodes, focus=focus, depth=depth, date=date)
    except (QueryError, VizError) as err:
        fail(str(err))
    write_atomic(out_path, html)
    click.echo(f"wrote {out_path} ({len(html.encode('utf-8'))} bytes)")


@cli.command()
@click.option("--graph", "graph_path", default="output/graph.ttl", show_default=True, type=click.Path(path_type=Path),
              help="Turtle file written by kg build.")
@click.option("--top", default=10, show_default=True, type=click.IntRange(min=1), help="Rows per table.")
def stats(graph_path: Path, top: int) -> None:
    """Print the most central people, organizations and States of the built graph.

    Centrality is computed on the same network the page draws: betweenness (how often an entity lies
    on the shortest paths between others), then degree.

    \b
    Examples:
      kg stats
      kg stats --graph /tmp/graph/graph.ttl --top 5
    """
    try:
        net = project(load_graph(graph_path))
    except QueryError as err:
        fail(str(err))
    analyse(net)
    console = Console()
    counts = Counter(kind for _, kind in net.nodes(data="kind"))
    summary = ", ".join(f"{style.name}: {counts[kind]}" for kind, style in STYLES.items() if counts[kind])
    console.print(f"{net.number_of_nodes()} entities ({summary or 'none'}), {net.number_of_edges()} relations",
                  highlight=False)
    order = centrality_order(net)
    for title, kinds in (("People", {"person"}), ("Organizations", {"organization"}),
                         ("States", {"state", "partner"})):
        table = Table("#", "name", "betweenness", "degree", "links", "releases", "community", title=title)
        rows = [n for n in order if net.nodes[n]["kind"] in kinds][:top]
        for rank, node in enumerate(rows, 1):
            data = net.nodes[node]
            name = data["name"] + (" (Partner)" if data["kind"] == "partner" else "")
            neighbours = set(net.predecessors(node)) | set(net.successors(node))
            table.add_row(str(rank), name, f"{data['betweenness']:.3f}", f"{data['degree']:.3f}",
                          str(len(neighbours)), str(len(data["facts"].releases)), str(data["community"]))
        if not rows:
            table.add_row("", f"(no {title.lower()} in the graph yet)", "", "", "", "", "")
        console.print(table)


cli.add_command(eval_command, "eval")


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        err_console.print("Interrupted.")
        sys.exit(130)
