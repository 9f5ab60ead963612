"""The ``kg`` command line: build the graph, query it.

Exit codes: 0 success; 1 finished but some inputs were skipped; 2 usage or input error;
3 the endpoint failed (nothing or only part loaded); 130 interrupted.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import NoReturn

import click
from rdflib import Graph
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table
from rich.text import Text

from kg import __version__
from kg.eval import eval_command
from kg.files import Data, remove_stale_temps, write_all_atomic, write_atomic
from kg.fragments import (
    CachedParts,
    EvidenceLacking,
    GraphParts,
    cached_parts,
    graph_parts,
    has_parts,
    trig_chunks,
    turtle_chunks,
    turtle_text,
)
from kg.ingest import DEFAULT_MAX_BYTES, ingest
from kg.model import KnowledgeBase
from kg.pipeline import (
    DEFAULT_CACHE,
    TEXT_LIMIT,
    CacheStats,
    WarmWorker,
    build_knowledge_base,
    default_jobs,
    gc_paused,
)
from kg.query import (
    ENGINES,
    FORMATS,
    QueryError,
    format_result,
    load_graph,
    load_oxigraph,
    open_store,
    oxigraph_output,
    parse_params,
    run,
    run_oxigraph,
)
from kg.rdf import DEFAULT_BASE, ONTOLOGY_FILE, build_dataset
from kg.serialize import FORMATS as GRAPH_FORMATS
from kg.serialize import serialize
from kg.store import (
    PASSWORD_ENV,
    TOKEN_ENV,
    USER_ENV,
    Http,
    StoreError,
    endpoint_urls,
    load_store,
    push_to_endpoint,
    query_endpoint,
    redact,
    serve_command,
    wait_until_listening,
)
from kg.timings import report as timings_report
from kg.timings import stage
from kg.validate import CONFORMS, validate
from kg.viz import VizError
from kg.viz.build_page import PAGE_RELEASES, PageInBackground, build_page, drawn_releases
from kg.viz.styles import COLOR_BY, DEFAULT_MAX_NODES, STYLES

# pyshacl checks about 10,000 triples a second here: beyond this, validation would dominate the build.
VALIDATE_LIMIT = 200_000

EXIT_SKIPPED = 1
EXIT_USAGE = 2
EXIT_ENDPOINT = 3

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
      kg viz --focus "Valiant Richey"   # redraw output/graph.html around one person
      kg stats                          # the most central people, organizations and States
    """


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=str))
@click.option("--out", "out_dir", default="output", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for graph.<format>, ontology.ttl and graph.html.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of the graph's entities.")
@click.option("--model", default=None, help="spaCy model to use (default: en_core_web_sm, else its PyPI re-upload).")
@click.option("--jobs", default=None, type=click.IntRange(min=1),
              help="Processes for the extractors (default: the machine's cores).")
@click.option("--cache-dir", default=DEFAULT_CACHE, show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Extraction cache: unchanged releases are not parsed again.")
@click.option("--no-cache", is_flag=True, help="Extract every release again (the cache is neither read nor written).")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, type=click.IntRange(min=1),
              help="Skip input files larger than this many bytes (raise it for a bigger file).")
@click.option("--format", "fmt", default="ttl", show_default=True, type=click.Choice(GRAPH_FORMATS),
              help="Graph file format (graph.<format>); trig keeps each release's statements in its own named graph.")
@click.option("--validate/--no-validate", "check", default=None,
              help="Check the graph against the SHACL shapes (kg/shapes.ttl) before writing anything "
                   f"[default: on for graphs up to {VALIDATE_LIMIT:,} triples, where pyshacl takes seconds].")
@click.option("--timings", is_flag=True, help="Print the seconds each stage took (model, each extractor, RDF...).")
def build(inputs: tuple[str, ...], out_dir: Path, base: str, model: str | None, jobs: int | None,
          cache_dir: Path, no_cache: bool, max_bytes: int, fmt: str, check: bool, timings: bool) -> None:
    """Read press releases and write the graph (Turtle by default) and an HTML network.

    The graph imports the kg: ontology, which is written beside it as ontology.ttl. If SHACL
    validation finds violations, nothing is written and the exit code is 2.

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
      kg build --format trig --no-validate
      kg build --timings                # where the time goes
    """
    started = time.perf_counter()
    # The model loads in a worker while the files and the cache are read (a cached archive's rebuild).
    warm = WarmWorker.for_build(model, jobs or default_jobs(), None if no_cache else cache_dir)
    try:
        with gc_paused(), stage("ingest"):
            result = ingest(list(inputs) or ["seeds"], max_bytes=max_bytes, exclude=[out_dir],
                            cache_dir=None if no_cache else cache_dir)
    except BaseException:
        if warm is not None:
            warm.stop()
        raise
    for skipped in result.skipped:
        warn(f"skipped {skipped.file}: {skipped.reason}")
    for release in result.undated:
        warn(f"no date found in {', '.join(release.files)}: kept with the date unknown "
             "(a dateline such as 'VIENNA, 6 July 2015 –' or a '- Date:' section gives it one)")
    for release in result.releases:
        if len(release.text) > TEXT_LIMIT:
            warn(f"{', '.join(release.files)} is {len(release.text):,} characters long: facts are read from the "
                 f"first {TEXT_LIMIT:,} only (the graph keeps the whole text)")
    if not result.releases:
        if warm is not None:
            warm.stop()
        fail("no press release could be read from the inputs: check the paths (see `kg build --help`)")

    stats = CacheStats()
    fingerprints: dict[str, str] = {}
    with Progress(*Progress.get_default_columns(), console=err_console, transient=True,
                  disable=len(result.releases) < 50 or not err_console.is_terminal) as bar:
        task = bar.add_task("extracting", total=len(result.releases))
        # A release whose graph part is cached is read without most of its evidence (the part holds it), unless
        # the page draws it or the format is written from the whole knowledge base.
        looked: list[CachedParts] = []

        def parts_cached(kb: KnowledgeBase, prints: dict[str, str]) -> set[str]:
            looked[:] = [cached_parts(kb, prints, base=base, cache_dir=cache_dir)]
            return looked[0].present

        kb = build_knowledge_base(result.releases, model=model, jobs=jobs or default_jobs(),
                                  cache_dir=None if no_cache else cache_dir, stats=stats,
                                  progress=lambda n: bar.advance(task, n),
                                  fingerprints=None if no_cache else fingerprints,  # only a cache uses them
                                  warm=warm, whole=drawn_releases(result.releases),
                                  parts_cached=parts_cached if not no_cache and fmt in {"ttl", "trig"}
                                  and has_parts(cache_dir) else None)
        if looked and looked[0].kb is not kb:
            looked.clear()  # asked of a knowledge base resolved again since: let it go
    # With several jobs, the page is drawn by another process meanwhile (it needs the knowledge base only). Its
    # process is a daemon: an error below that ends the build ends it too.
    page_job = PageInBackground.start(kb, base, None if no_cache else cache_dir, jobs or default_jobs())
    with gc_paused(), stage("rdf"):
        try:
            parts = graph_parts(kb, base, None if no_cache else cache_dir, jobs=jobs or default_jobs(),
                                fingerprints=fingerprints, looked=looked[0] if looked else None)
        except EvidenceLacking:
            # A cached graph part went missing meanwhile: read every release whole.
            if page_job is not None:
                page_job.stop()  # drawing the knowledge base made again below instead
                page_job = None
            kb = build_knowledge_base(result.releases, model=model, jobs=jobs or default_jobs(), cache_dir=cache_dir,
                                      stats=stats, fingerprints=fingerprints)
            parts = graph_parts(kb, base, cache_dir, jobs=jobs or default_jobs(), fingerprints=fingerprints)
    if fmt == "ttl":
        graph_data: Data = turtle_chunks(parts)
    elif fmt == "trig":
        graph_data = trig_chunks(parts)
    else:  # N-Triples and JSON-LD are written from an in-memory rdflib graph
        graph_data = serialize(build_dataset(kb, base=base), fmt)
    if check is None:
        check = parts.triples <= VALIDATE_LIMIT
        if not check:
            warn(f"SHACL validation skipped: the graph has {parts.triples:,} triples, over {VALIDATE_LIMIT:,} "
                 "(pyshacl would take minutes; --validate runs it anyway)")
    if check:
        # What is checked is the Turtle about to be written, read back.
        turtle = turtle_text(parts)
        if fmt == "ttl":
            graph_data = turtle
        with stage("validation"):
            conforms, report = validate(Graph().parse(data=turtle, format="turtle"))
        if not conforms:
            # Before any write: the previous outputs stay as they were.
            err_console.print(report, highlight=False, markup=False, soft_wrap=True)
            fail(f"the graph does not conform to the SHACL shapes; {out_dir} was left unchanged "
                 "(fix the data, or use --no-validate to write it anyway)")
        if report != CONFORMS:  # warnings only
            err_console.print(report, highlight=False, markup=False, soft_wrap=True)
    graph_file = out_dir / f"graph.{fmt}"
    with gc_paused(), stage("page"):
        page = page_job.result() if page_job is not None else build_page(kb, base, None if no_cache else cache_dir)
    outputs = {graph_file: graph_data, out_dir / "ontology.ttl": ONTOLOGY_FILE.read_bytes(),
               out_dir / "graph.html": page}
    drawn_part = len(kb.releases) > PAGE_RELEASES
    # Freed one by one, an archive's records take most of a second: the process ends instead (``main``).
    _RETAINED[:] = [kb, parts, result]
    try:
        remove_stale_temps(out_dir, {path.name for path in outputs})  # left by a killed build
        with gc_paused(), stage("write"):
            write_all_atomic(outputs)
    except OSError as err:
        fail(f"cannot write the outputs in {out_dir}: {err.strerror or err} (check --out; old outputs are unchanged)")
    if drawn_part:
        warn(f"graph.html draws the newest {PAGE_RELEASES:,} of {len(result.releases):,} releases "
             "(`kg viz` draws any part of graph.ttl)")

    _print_summary(result, stats, parts, graph_file)
    if timings:
        for line in timings_report(time.perf_counter() - started):
            err_console.print(line, highlight=False, markup=False, soft_wrap=True)
    sys.exit(EXIT_SKIPPED if result.skipped else 0)


def _print_summary(result, stats: CacheStats, parts: GraphParts, graph_file: Path) -> None:  # noqa: ANN001
    console = Console()
    table = Table(title="kg build", show_header=False)
    table.add_row("files read", str(result.files_read))
    table.add_row("releases", str(len(result.releases)))
    table.add_row("merged duplicates", str(result.merged))
    table.add_row("skipped files", str(len(result.skipped)))
    table.add_row("undated releases", str(len(result.undated)))
    table.add_row("extracted / from cache", f"{stats.misses} / {stats.hits}")
    table.add_row("triples", str(parts.triples))
    for kind, count in sorted(parts.types.items()):
        table.add_row(f"  {kind}", str(count))
    console.print(table)
    if result.skipped:
        skipped = Table(title="skipped files")
        skipped.add_column("file")
        skipped.add_column("reason")
        for item in result.skipped:
            skipped.add_row(Text(item.file), Text(item.reason))
        console.print(skipped)
    out_dir = graph_file.parent
    console.print(Text(f"wrote {graph_file}, {out_dir / 'ontology.ttl'} and {out_dir / 'graph.html'}"))


@cli.command()
@click.argument("query_file", type=click.Path(path_type=Path))
@click.option("--graph", "graph_path", default="output/graph.ttl", show_default=True, type=click.Path(path_type=Path),
              help="Turtle file to query.")
@click.option("--store", "store_dir", default=None, type=click.Path(path_type=Path),
              help="Query this store (made by `kg load --store`) instead of the Turtle file.")
@click.option("--endpoint", default=None, metavar="URL",
              help="Query this SPARQL endpoint instead (e.g. http://127.0.0.1:7878/query from `kg serve`).")
@click.option("--engine", default="oxigraph", show_default=True, type=click.Choice(ENGINES),
              help="Engine for --graph; both give the same rows. --store always uses Oxigraph.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (text, or an IRI written <...>); repeatable.")
@click.option("--format", "fmt", default="table", show_default=True, type=click.Choice(FORMATS),
              help="Output: a table, CSV, TSV or SPARQL 1.1 results JSON.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds to wait for --endpoint.")
def query(query_file: Path, graph_path: Path, store_dir: Path | None, endpoint: str | None, engine: str,
          params: tuple[str, ...], fmt: str, timeout: float) -> None:
    """Run the SPARQL query in QUERY_FILE on the built graph, a store or an endpoint.

    \b
    Examples:
      kg query queries/releases.rq
      kg query queries/people_roles.rq --format csv > roles.csv
      kg query queries/person.rq --param name="Yury Fedotov"
      kg query queries/people.rq --store output/store
      kg query queries/people.rq --endpoint http://127.0.0.1:7878/query
    """
    if store_dir is not None and endpoint is not None:
        fail("--store and --endpoint both given: query one source at a time")
    if store_dir is not None and engine == "rdflib":
        fail("--engine rdflib reads Turtle files only: drop --engine for --store, or query --graph")
    try:
        text = query_file.read_text(encoding="utf-8")
    except OSError as err:
        fail(f"cannot read query file {query_file}: {err.strerror or err}")
    name = query_file.name
    try:
        bindings = parse_params(params)
        if endpoint is not None:
            http = Http(timeout=timeout, log=warn)
            result = query_endpoint(endpoint, text, bindings, http, query_name=name)
        elif engine == "rdflib":
            result = run(load_graph(graph_path), text, bindings, query_name=name)
        else:
            union = store_dir is not None  # a store loaded by `kg load` keeps each release in its own graph
            store = open_store(store_dir) if union else load_oxigraph(graph_path)
            if fmt != "table":
                # Oxigraph writes big results far faster than rows of Python terms can be made.
                click.echo(oxigraph_output(store, text, fmt, bindings, query_name=name, union=union), nl=False)
                return
            result = run_oxigraph(store, text, bindings, query_name=name, union=union)
    except QueryError as err:
        fail(str(err))
    if fmt == "table":
        table = Table(*result.variables)
        for row in result.rows:
            table.add_row(*(Text("" if t is None else str(t)) for t in row))  # text, not rich markup
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
    from kg.viz import project, render  # networkx and pyvis: loaded by the commands that draw

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
    from kg.viz import analyse, centrality_order, project

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


@cli.command()
@click.option("--graph", "graph_path", default="output/graph.ttl", show_default=True, type=click.Path(path_type=Path),
              help="Turtle file to load.")
@click.option("--store", "store_dir", default=None, type=click.Path(path_type=Path),
              help="Persistent Oxigraph store folder (the default target: output/store).")
@click.option("--endpoint", default=None, metavar="URL",
              help="SPARQL 1.1 Graph Store Protocol URL to push to (e.g. http://127.0.0.1:7878/store). "
                   f"Credentials from ${USER_ENV}/${PASSWORD_ENV} or ${TOKEN_ENV}.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds to wait for each request to --endpoint.")
@click.option("--retries", default=3, show_default=True, type=click.IntRange(min=0, max=10),
              help="Retries of a timed-out or failed (5xx) request, with exponential backoff.")
def load(graph_path: Path, store_dir: Path | None, endpoint: str | None, timeout: float, retries: int) -> None:
    """Load the graph into a local store or push it to a SPARQL endpoint.

    Each release goes into its own named graph, shared entities into one more; loading again
    replaces those graphs, so nothing is duplicated and an interrupted push completes on re-run.

    \b
    Examples:
      kg load --store output/store
      kg load --endpoint http://127.0.0.1:7878/store
      KG_ENDPOINT_USER=admin KG_ENDPOINT_PASSWORD=... kg load --endpoint https://fuseki.example/ds/data
    """
    if store_dir is not None and endpoint is not None:
        fail("--store and --endpoint both given: load one target at a time")
    if endpoint is None:
        store_dir = store_dir or Path("output/store")
        try:
            counts = load_store(graph_path, store_dir)
        except StoreError as err:
            fail(str(err))
        click.echo(f"loaded {sum(counts.values())} triples in {len(counts)} graphs into {store_dir}")
        return
    http = Http(timeout=timeout, retries=retries, log=warn)
    try:
        report = push_to_endpoint(graph_path, endpoint, http)
    except StoreError as err:
        fail(str(err))
    if report.error is None:
        click.echo(f"loaded {report.triples} triples in {len(report.loaded)} graphs into {redact(endpoint)}")
        return
    err_console.print(f"[bold red]Error:[/] {escape(report.error)}", highlight=False, soft_wrap=True)
    pending = report.failed + report.not_tried
    if not report.loaded:
        err_console.print("nothing was loaded", highlight=False)
        sys.exit(EXIT_ENDPOINT)
    err_console.print(
        f"partial load: {len(report.loaded)} of {len(report.loaded) + len(pending)} graphs loaded; "
        "run the same command again to complete it", highlight=False, soft_wrap=True)
    for name in report.loaded:
        err_console.print(f"  loaded      {name}", highlight=False, soft_wrap=True)
    for name in pending:
        err_console.print(f"  not loaded  {name}", highlight=False, soft_wrap=True)
    sys.exit(EXIT_ENDPOINT)


@cli.command()
@click.option("--store", "store_dir", default="output/store", show_default=True, type=click.Path(path_type=Path),
              help="Store folder to serve (made by `kg load --store`).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(min=1, max=65535))
@click.option("--bind", default="127.0.0.1", show_default=True, help="Address to listen on.")
def serve(store_dir: Path, port: int, bind: str) -> None:
    """Serve the store as a SPARQL endpoint (query, update, Graph Store Protocol) until Ctrl-C.

    \b
    Examples:
      kg load --store output/store && kg serve
      kg query queries/people.rq --endpoint http://127.0.0.1:7878/query
    """
    if not store_dir.is_dir():
        fail(f"store {store_dir} does not exist: run `kg load --store {store_dir}` first")
    try:
        command = serve_command(store_dir, port, bind)
    except StoreError as err:
        fail(str(err))
    query_url, store_url = endpoint_urls(port, bind)
    process = subprocess.Popen(command)
    # SIGTERM (e.g. from a service manager) unwinds like Ctrl-C, so the server below is stopped too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        wait_until_listening(bind, port, process)
        click.echo(f"SPARQL endpoint: {query_url}")
        click.echo(f"Graph Store Protocol: {store_url}")
        click.echo("Press Ctrl-C to stop.")
        sys.exit(process.wait())
    except StoreError as err:
        process.kill()
        fail(f"{err}: is port {port} already in use? try --port")
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=10)


cli.add_command(eval_command, "eval")


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
    _end(code)


_RETAINED: list[object] = []  # a build's records, left for the end of the process to reclaim


def _end(code: int | str | None) -> NoReturn:
    """``sys.exit(code)`` without freeing every object first: the system takes a process's memory
    back at once, while Python frees a 10,000-release build's millions of records one by one."""
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        pass  # a closed pipe (`kg query ... | head`): nothing more can be said on it
    os._exit(code or 0)
