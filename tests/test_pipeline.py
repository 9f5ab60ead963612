"""The extraction cache and --jobs: same graph whatever the route, nothing trusted that is damaged."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
import re
from pathlib import Path

import pytest

from bench.make_corpus import write_corpus
from kg.extract import EXTRACTORS
from kg.model import Release, newest
from kg.nlp import default_model
from kg.pipeline import fit_to_length
from kg.rdf import DEFAULT_BASE
from kg.resolve import resolve
from kg.viz import build_page as page_module
from kg.viz.build_page import PageInBackground, build_page

from .conftest import SEEDS, run_kg


def summary(stdout: str) -> dict[str, str]:
    return {row.split("│")[1].strip(): row.split("│")[2].strip() for row in stdout.splitlines() if row.count("│") == 3}


def test_second_build_reads_the_cache_and_writes_the_same_graph(tmp_path):
    cache = tmp_path / "cache"
    first = run_kg("build", str(SEEDS), "--out", str(tmp_path / "a"), "--cache-dir", str(cache), check=True)
    assert summary(first.stdout)["extracted / from cache"] == "4 / 0"
    second = run_kg("build", str(SEEDS), "--out", str(tmp_path / "b"), "--cache-dir", str(cache), check=True)
    assert summary(second.stdout)["extracted / from cache"] == "0 / 4"
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()

    # A damaged entry (a build killed mid-write, a bad disk) is detected and recomputed.
    entries = sorted(cache.glob("v*/*/*.pickle"))  # the extractions (graph-*/ holds rendered graph parts)
    assert len(entries) == 4
    entries[0].write_bytes(entries[0].read_bytes()[:100])
    entries[1].write_bytes(pickle.dumps({"not": "an entry"}))
    third = run_kg("build", str(SEEDS), "--out", str(tmp_path / "c"), "--cache-dir", str(cache), check=True)
    assert summary(third.stdout)["extracted / from cache"] == "2 / 2"
    assert (tmp_path / "c" / "graph.ttl").read_bytes() == (tmp_path / "a" / "graph.ttl").read_bytes()

    no_cache = run_kg("build", str(SEEDS), "--out", str(tmp_path / "d"), "--cache-dir", str(cache), "--no-cache",
                      check=True)
    assert summary(no_cache.stdout)["extracted / from cache"] == "4 / 0"


def test_a_changed_release_is_extracted_again(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for seed in sorted(SEEDS.glob("00[234]_*.txt")):
        (inputs / seed.name).write_bytes(seed.read_bytes())
    cache = tmp_path / "cache"
    run_kg("build", str(inputs), "--out", str(tmp_path / "a"), "--cache-dir", str(cache), check=True)
    changed = inputs / "003_e5d3f000ac43fdea.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Valiant Richey", "Valiant Richie"),
                       encoding="utf-8")
    # With two jobs, a worker process extracts the changed release while the build loads the other two.
    proc = run_kg("build", str(inputs), "--out", str(tmp_path / "b"), "--cache-dir", str(cache), "--jobs", "2",
                  check=True)
    assert summary(proc.stdout)["extracted / from cache"] == "1 / 2"
    assert "Valiant Richie" in (tmp_path / "b" / "graph.ttl").read_text(encoding="utf-8")
    fresh = run_kg("build", str(inputs), "--out", str(tmp_path / "c"), "--jobs", "1", "--no-cache", check=True)
    assert summary(fresh.stdout)["extracted / from cache"] == "3 / 0"
    assert (tmp_path / "c" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Enough releases for two workers to get several chunks each."""
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(40, folder)
    return folder


def timings(stderr: str) -> dict[str, float]:
    """``kg build --timings``'s lines: label (without its indent) -> seconds."""
    found = {}
    for line in stderr.splitlines():
        match = re.fullmatch(r"\s*(\S.*?)\s+(\d+\.\d\d) s\s+\d+\.\d%", line)
        if match:
            found[match[1]] = float(match[2])
    return found


def test_jobs_do_not_change_the_graph(tmp_path, corpus):
    one = run_kg("build", str(corpus), "--out", str(tmp_path / "one"), "--jobs", "1", "--no-cache", "--timings",
                 check=True)
    two = run_kg("build", str(corpus), "--out", str(tmp_path / "two"), "--jobs", "2", "--no-cache", "--timings",
                 check=True)
    assert summary(one.stdout)["releases"] == summary(two.stdout)["releases"] == "40"
    ttl = (tmp_path / "one" / "graph.ttl").read_bytes()
    assert ttl == (tmp_path / "two" / "graph.ttl").read_bytes()
    assert ttl.count(b"a schema:Person") > 40
    # With two jobs, another process draws the page while the graph is rendered: the same page.
    assert (tmp_path / "one" / "graph.html").read_bytes() == (tmp_path / "two" / "graph.html").read_bytes()

    # --timings: where the time went, the workers' model and extractor seconds included.
    model = "spaCy nlp.pipe (the model and the gazetteer ruler)"
    for proc in (one, two):
        seconds = timings(proc.stderr)
        components = {name: seconds[name] for name in EXTRACTORS}
        assert seconds[model] > 0 and seconds["spaCy model loaded"] > 0 and all(v >= 0 for v in components.values())
        assert seconds["extractors"] == pytest.approx(sum(components.values()), abs=0.05)
        assert seconds["extractors"] > 0 and seconds["RDF: each release's graph and the shared entities"] > 0
        top = ("ingest (read and split the files)", "extraction (wall time)", "resolution across releases",
               "RDF: each release's graph and the shared entities", "graph.html", "Turtle and files written")
        assert seconds["total (wall time)"] >= sum(seconds[label] for label in top) - 0.05  # one after the other
    alone = timings(one.stderr)  # one process: the model and the extractors ran inside the extraction's wall time
    assert alone[model] + alone["extractors"] <= alone["extraction (wall time)"] + 0.05


def test_workers_send_back_their_own_timings_only():
    from kg.ingest import ingest
    from kg.pipeline import _extract
    from kg.timings import SECONDS

    releases = ingest([str(SEEDS)]).releases
    SECONDS.clear()
    SECONDS["ingest"] = 100.0  # what the parent counted before the workers were forked
    try:
        extractions = list(_extract(releases, default_model(), jobs=2, background=True))
        assert len(extractions) == len(releases)
        assert SECONDS["ingest"] == 100.0  # not counted again by each worker
        assert SECONDS["model"] > 0 and SECONDS["model load"] > 0 and SECONDS["extractor people"] > 0
    finally:
        SECONDS.clear()


def test_fit_to_length_keeps_whole_paragraphs_from_the_start():
    release = Release(id="r", title="Title", date=dt.date(2020, 1, 1), place=None,
                      paragraphs=("a" * 10, "b" * 10, "c" * 10))
    assert fit_to_length(release, 1000) is release
    cut = fit_to_length(release, len("Title") + 2 + 10 + 2 + 10)
    assert cut.paragraphs == ("a" * 10, "b" * 10)
    assert release.text.startswith(cut.text)
    assert fit_to_length(release, 3).title == "Tit"


def test_a_warm_worker_extracts_a_few_new_releases_and_is_stopped_when_there_are_none(tmp_path):
    from kg.ingest import ingest
    from kg.pipeline import WarmWorker, extract_all

    releases = ingest([str(SEEDS)]).releases
    cache = tmp_path / "cache"
    assert WarmWorker.for_build(None, 2, cache) is None  # no cache of this extractor version: a first build
    extract_all(releases[:2], jobs=1, cache_dir=cache)
    assert WarmWorker.for_build(None, 1, cache) is None  # one core: the build extracts in its own process
    warm = WarmWorker.for_build(None, 2, cache)
    assert warm is not None
    extractions, stats, _, _ = extract_all(releases, jobs=2, cache_dir=cache, warm=warm)
    assert (stats.misses, stats.hits) == (len(releases) - 2, 2)
    assert [e.release.id for e in extractions] == [r.id for r in releases]
    with pytest.raises(ValueError):  # the worker did the extraction and was closed with it
        warm.pool.apply(len, ([],))
    idle = WarmWorker.for_build(None, 2, cache)
    extract_all(releases, jobs=2, cache_dir=cache, warm=idle)  # all cached now
    with pytest.raises(ValueError):
        idle.pool.apply(len, ([],))


def test_the_page_drawn_in_the_background_is_the_page(seed_extractions, tmp_path, monkeypatch):
    kb = resolve(seed_extractions.values())
    assert PageInBackground.start(kb, DEFAULT_BASE, None, jobs=1) is None  # one process: drawn by the build's own
    drawing = PageInBackground.start(kb, DEFAULT_BASE, tmp_path, jobs=2)
    assert drawing is not None
    assert drawing.result() == build_page(kb, DEFAULT_BASE)
    assert list((tmp_path / "page").glob("*.html"))  # kept in the cache by the other process
    # A build bigger than the page: the other process is handed the newest releases only, and draws the same page.
    whole = build_page(kb, DEFAULT_BASE)
    monkeypatch.setattr(page_module, "PAGE_RELEASES", 2)
    drawing = PageInBackground.start(kb, DEFAULT_BASE, None, jobs=2)
    assert drawing is not None
    assert drawing.result() == build_page(kb, DEFAULT_BASE) != whole
    monkeypatch.setattr(page_module, "build_page", lambda part, base, cache: str(len(part.releases)))
    assert PageInBackground.start(kb, DEFAULT_BASE, None, jobs=2).result() == "2" != str(len(kb.releases))
    # A build that makes most graph parts anew draws the page itself (forked, its writes would copy the memory it
    # shares); one that reuses them, its releases read without evidence, draws it beside.
    monkeypatch.setattr(page_module, "BACKGROUND_UP_TO", 2)
    assert PageInBackground.start(kb, DEFAULT_BASE, None, jobs=2) is None
    drawn = set(newest(kb, 2))
    reused = dataclasses.replace(kb, without_evidence=frozenset(r.id for r in kb.releases if r.id not in drawn))
    assert PageInBackground.start(reused, DEFAULT_BASE, None, jobs=2).result() == "2"
