"""The build benchmark: one table of throughput, memory, incremental rebuild and query times.

    bench/run            # 1,000 releases for throughput, a cached 10,000-release corpus
    bench/run --quick    # the same measures on small corpora, in well under a minute

Every build runs the real CLI (``python -m kg build``) in a subprocess; peak memory is sampled
over the whole process tree (workers included), as summed RSS, and for the cached builds as summed PSS too
(``run_measured``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

import psutil
from rich.console import Console
from rich.table import Table

from bench.make_corpus import write_corpus

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
TRIPLES = "(triples)"  # the first line query_times prints: the loaded graph's size


class Measured(NamedTuple):
    seconds: float  # wall
    peak_rss: int  # bytes: the largest sum of the process tree's resident sets
    peak_pss: int | None  # bytes: the largest sum of its proportional sets, when sampled
    err: str  # its standard error


PSS_EVERY = 1.0  # seconds between samples of PSS: reading it walks a process's pages (16 ms a GB)


def run_measured(args: list[str], cwd: Path, pss: bool = False) -> Measured:
    """Wall seconds, peak memory (whole process tree) and standard error of one command.

    The summed RSS counts a page that forked processes share once per process (a renderer forked from a
    1 GB build "has" 1 GB at once). With ``pss``, the summed PSS is sampled too, which counts each page once,
    split among its sharers: what the tree holds. It costs a few per cent of a core, so the throughput
    builds, whose workers share little, are measured without it."""
    # The files the previous command wrote (a 10,000-release build writes over a gigabyte) are
    # flushed first: their write-back would otherwise slow this command down, not the one that wrote them.
    os.sync()
    start = time.perf_counter()
    proc = psutil.Popen(args, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak_rss, peak_pss, pss_at = 0, 0 if pss else None, start
    while proc.poll() is None:
        try:
            tree = [p for p in (proc, *proc.children(recursive=True)) if p.is_running()]
            peak_rss = max(peak_rss, sum(p.memory_info().rss for p in tree))
            if peak_pss is not None and time.perf_counter() >= pss_at:
                peak_pss = max(peak_pss, sum(p.memory_full_info().pss for p in tree))
                pss_at = time.perf_counter() + PSS_EVERY
        except psutil.Error:
            pass
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    out, err = proc.communicate()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"bench: {' '.join(args)} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    return Measured(elapsed, peak_rss, peak_pss, err.decode())


def clone_corpus(corpus: Path, cache: Path, count: int, out: Path, jobs: int = 1) -> None:
    """A cached corpus of ``count`` releases in ``out``, made from ``corpus`` (whose extractions are in
    ``cache``) without running the model again: every release, then copies of it re-dated to earlier
    years, until there are ``count``. A copy keeps the text and its offsets (only the year's digits
    change), so its cached extraction is the original's with the same years changed.

    Parsing 10,000 releases with the model alone takes over 15 minutes on 2 cores; this makes a
    realistic cached archive (real extractions, real graph size) for the incremental measures.
    ``jobs`` processes make the copies of different years; the corpus is the one a single process makes."""
    from kg.ingest import ingest
    from kg.pipeline import extract_all

    global _CLONING
    out.mkdir(parents=True, exist_ok=True)
    sources = sorted(corpus.glob("*.txt"))
    originals = ingest([str(p) for p in sources]).releases
    extractions, _, _, _ = extract_all(originals, cache_dir=cache)
    by_file = {Path(ex.release.files[0]).name: ex for ex in extractions}
    made: list[Path] = []
    years, last = 0, count // max(1, len(sources)) + 3
    _CLONING = (sources, by_file, cache, out)
    try:
        forked = jobs > 1 and "fork" in multiprocessing.get_all_start_methods()
        with multiprocessing.get_context("fork").Pool(jobs) if forked else contextlib.nullcontext() as pool:
            while len(made) < count and years < last:
                # As many years as the copies still wanted fill (a year's copies skip the undated releases and
                # the 29 Februaries): a year more at a time after the first round.
                batch = range(years, min(last, years + max(1, (count - len(made)) // max(1, len(sources)))))
                for names in pool.map(_clone_year, batch) if pool else map(_clone_year, batch):
                    made += names
                years = batch.stop
    finally:
        _CLONING = None
    # The first ``count`` copies in (year, file) order are kept: those a single process would have stopped at.
    for surplus in made[count:]:
        surplus.unlink()


_CLONING: tuple | None = None  # what forked cloners read (inherited, not sent to them)


def _clone_year(back: int) -> list[Path]:
    """The copies of every release of ``_CLONING``'s corpus re-dated ``back`` years earlier (``clone_corpus``)."""
    from kg.ingest import ingest
    from kg.model import Extraction, from_dict, to_dict
    from kg.nlp import default_model
    from kg.pipeline import ExtractionCache

    assert _CLONING is not None
    sources, by_file, cache, out = _CLONING
    target = ExtractionCache(cache, default_model())
    made = []
    for source in sources:
        extraction = by_file[source.name]
        text = source.read_text(encoding="utf-8")
        name = out / (source.name if not back else f"{source.stem}-{back}y.txt")
        date = extraction.release.date
        if back and date is None:
            continue  # nothing to re-date
        year, new_year = (str(date.year), str(date.year - back)) if back else ("", "")
        try:
            copy = from_dict(Extraction, _replace_strings(to_dict(extraction), year, new_year)) if back else extraction
        except ValueError:
            continue  # a 29 February the earlier year does not have
        name.write_text(text.replace(year, new_year) if back else text, encoding="utf-8")
        (copy.release,) = ingest([str(name)]).releases
        target.put(copy)
        made.append(name)
    return made


def _replace_strings(value, old: str, new: str):  # noqa: ANN001, ANN202 - JSON-shaped data
    if isinstance(value, str):
        return value.replace(old, new)
    if isinstance(value, list):
        return [_replace_strings(v, old, new) for v in value]
    if isinstance(value, dict):
        return {k: _replace_strings(v, old, new) for k, v in value.items()}
    return value


def kg_build(corpus: Path, out: Path, jobs: int, cache: Path | None, pss: bool = False) -> Measured:
    """``kg build --timings``: seconds, peak memory and (for ``err``) the stage timings it printed."""
    args = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--jobs", str(jobs), "--timings"]
    args += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    measured = run_measured(args, cwd=out.parent, pss=pss)
    lines = measured.err.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("kg build timings"))
    return measured._replace(err="\n".join(lines[first:]))


def memory(measured: Measured) -> str:
    if measured.peak_pss is None:
        return f"peak RSS {measured.peak_rss / 2**20:.0f} MiB"
    return f"peak RSS {measured.peak_rss / 2**20:.0f} MiB summed, {measured.peak_pss / 2**20:.0f} MiB PSS"


def memory_figures(measured: Measured) -> dict[str, int | None]:
    return {"peak_rss": measured.peak_rss, "peak_pss": measured.peak_pss}


ADDED = 3  # releases added one by one to the cached corpus, each timed (one with --quick: a smoke run)

RAW_SPACY = """
import sys, time
from kg.ingest import ingest
from kg.nlp import default_model
import spacy
releases = ingest([sys.argv[1]]).releases
nlp = spacy.load(default_model())
for _ in nlp.pipe((r.text for r in releases), n_process=int(sys.argv[2]), batch_size=16):
    pass
"""


def raw_spacy(corpus: Path, jobs: int, cwd: Path) -> Measured:
    """Plain spaCy on the same texts, same model, same processes: reading, loading and parsing."""
    return run_measured([sys.executable, "-c", RAW_SPACY, str(corpus), str(jobs)], cwd=cwd)


def query_times(graph: Path, engine: str, repeat: int) -> None:
    """Print one JSON line per queries/*.rq: its median milliseconds (the graph loaded once), the rows
    written as CSV as `kg query --format csv` writes them with that engine."""
    from rdflib import Literal

    from kg.query import format_result, load_graph, load_oxigraph, oxigraph_output, run

    if engine == "oxigraph":
        source = load_oxigraph(graph)

        def answer(text: str, params: dict) -> str:
            return oxigraph_output(source, text, "csv", params)
    else:
        source = load_graph(graph)

        def answer(text: str, params: dict) -> str:
            return format_result(run(source, text, params), "csv")

    print(json.dumps([TRIPLES, len(source)]), flush=True)  # counted here: loading the graph again takes a minute
    for rq in sorted((ROOT / "queries").glob("*.rq")):
        text = rq.read_text(encoding="utf-8")
        # The parametrized queries (person.rq, evidence.rq) are asked about one generated name.
        wanted = {"name": "Anna Novak", "role": "Director"}
        params = {k: Literal(wanted[k]) for k in re.findall(r"--param (\w+)=", text) if k in wanted}
        samples = []
        for _ in range(repeat):
            start = time.perf_counter()
            answer(text, params)
            samples.append((time.perf_counter() - start) * 1000)
        print(json.dumps([rq.name, statistics.median(samples)]), flush=True)


def timed_queries(graph: Path, engine: str, repeat: int, budget: float) -> dict[str, float]:
    """``query_times`` in a child process stopped after ``budget`` seconds: rdflib can take
    minutes on one query of a big graph, and the queries it did not reach are left out."""
    args = [sys.executable, "-m", "bench", "--time-queries", str(graph), engine, str(repeat)]
    proc = subprocess.Popen(args, env=ENV, stdout=subprocess.PIPE, text=True)
    times: dict[str, float] = {}
    deadline = time.monotonic() + budget
    try:
        import selectors

        selector = selectors.DefaultSelector()
        selector.register(proc.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
                break
            line = proc.stdout.readline()
            if not line:
                break
            name, value = json.loads(line)
            times[name] = value
    finally:
        proc.kill()
        proc.wait()
    return times


def host_speed() -> float:
    """Millions of pure-Python loop steps per second (best of three): the same machine kind runs this
    benchmark at different speeds on different days, and its seconds and milliseconds scale with this."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for i in range(2_000_000):
            total += i
        best = min(best, time.perf_counter() - start)
    return 2 / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small corpora (CI): 16 and 40 releases")
    parser.add_argument("--releases", type=int, help="releases for the throughput builds (default 1000)")
    parser.add_argument("--big", type=int, help="releases in the cached corpus (default 10000)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--time-queries", nargs=3, metavar=("GRAPH", "ENGINE", "REPEAT"), help=argparse.SUPPRESS)
    # rdflib takes minutes to parse a 10,000-release graph: a longer wait only makes the benchmark longer.
    parser.add_argument("--rdflib-budget", type=float, default=60, help="seconds for all rdflib queries (60)")
    args = parser.parse_args()
    if args.time_queries:
        graph, engine, repeat = args.time_queries
        query_times(Path(graph), engine, int(repeat))
        return
    n = args.releases or (16 if args.quick else 1000)
    big = args.big or (40 if args.quick else 10_000)
    cores = len(os.sched_getaffinity(0))
    console = Console(width=120)
    rows: list[tuple[str, str]] = []
    figures: dict[str, object] = {"cores": cores, "releases": n, "big": big, "host_speed": host_speed()}
    rows.append(("host speed (pure-Python loop)", f"{figures['host_speed']:.1f} M steps/s (timings scale with it)"))

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "corpus"
        write_corpus(n, corpus)
        for jobs in (1, 2):
            out = tmp / f"out-{jobs}"
            out.mkdir()
            # A first build: everything is extracted, and the cache is written as a user's first build writes it.
            built = kg_build(corpus, out, jobs, cache=tmp / f"cache-{jobs}")
            seconds = built.seconds
            if jobs == 1:
                profile = built.err  # where a one-process build spends its time
            raw_seconds = raw_spacy(corpus, jobs, tmp).seconds
            figures[f"build_jobs{jobs}"] = {"seconds": seconds, "releases_per_s": n / seconds, **memory_figures(built),
                                            "raw_spacy_seconds": raw_seconds, "ratio_to_raw": raw_seconds / seconds}
            rows.append((f"full build, --jobs {jobs}", f"{n / seconds:.2f} releases/s ({seconds:.1f} s, "
                         f"{memory(built)})"))
            rows.append((f"raw spaCy nlp.pipe, {jobs} process(es)", f"{n / raw_seconds:.2f} releases/s; our build is "
                         f"{raw_seconds / seconds:.2f} x its throughput"))
        speedup = figures["build_jobs1"]["seconds"] / figures["build_jobs2"]["seconds"]  # type: ignore[index]
        figures["jobs2_speedup"] = speedup
        rows.append(("--jobs 2 / --jobs 1", f"{speedup:.2f} x"))

        # Incremental: a cached archive (see clone_corpus), built once, then with one release more.
        cache = tmp / "cache-2"
        big_corpus = tmp / "big"
        start = time.perf_counter()
        clone_corpus(corpus, cache, big, big_corpus, jobs=cores)
        rows.append((f"cached corpus of {big:,} releases made from the {n:,} parsed",
                     f"{time.perf_counter() - start:.1f} s (not a build: see bench/__main__.py clone_corpus)"))
        out = tmp / "out-big"
        out.mkdir()
        built = kg_build(big_corpus, out, cores, cache, pss=True)
        figures["big_cached_build"] = {"seconds": built.seconds, **memory_figures(built)}
        rows.append((f"build of {big:,} cached releases", f"{built.seconds:.1f} s, {memory(built)}"))
        # One new release at a time, three times (the median: one build on a shared machine can be slow).
        added = []
        count = 1 if args.quick else ADDED
        for extra in write_corpus(n + count, tmp / "plus-one")[-count:]:
            (big_corpus / f"extra-{extra.name}").write_bytes(extra.read_bytes())
            added.append(kg_build(big_corpus, out, cores, cache, pss=True))
        runs = [m.seconds for m in added]
        most = Measured(0, max(m.peak_rss for m in added), max(m.peak_pss or 0 for m in added), "")
        figures["add_one"] = {"seconds": statistics.median(runs), **memory_figures(most), "runs": runs}
        rows.append((f"rebuild after adding 1 release to {big:,} cached (median of {count})",
                     f"{statistics.median(runs):.1f} s ({', '.join(f'{s:.1f}' for s in runs)}), {memory(most)}"))

        graph = out / "graph.ttl"
        oxi = timed_queries(graph, "oxigraph", 5, budget=600)
        rdf = timed_queries(graph, "rdflib", 1 if big > 1000 or args.quick else 5, budget=args.rdflib_budget)
        if TRIPLES in oxi:
            triples = int(oxi.pop(TRIPLES))
        else:  # the child did not get as far as loading it
            from kg.query import load_oxigraph

            triples = len(load_oxigraph(graph))
        rdf.pop(TRIPLES, None)
        figures["turtle_bytes"], figures["triples"] = graph.stat().st_size, triples
        rows.append(("Turtle size, triples", f"{graph.stat().st_size / 2**20:.1f} MiB, {triples:,} triples"))
        figures["queries_ms"] = {name: {"oxigraph": oxi[name], "rdflib": rdf.get(name)} for name in oxi}
        for name in oxi:
            rdflib_ms = f"{rdf[name]:.0f} ms" if name in rdf else f"not reached in {args.rdflib_budget:.0f} s"
            timing = f"oxigraph {oxi[name]:.0f} ms (median of 5, rows written as CSV), rdflib {rdflib_ms}"
            rows.append((f"query {name}", timing))

    table = Table(title=f"kg bench ({cores} cores; {n} releases, {big:,} cached)", show_header=False)
    for label, value in rows:
        table.add_row(label, value)
    console.print(table)
    console.print(f"Where the time of the --jobs 1 build of {n:,} releases went:", highlight=False)
    console.print(profile, highlight=False, markup=False)
    figures["jobs1_timings"] = profile
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
