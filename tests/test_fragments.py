"""Archive-scale outputs: per-release graph fragments, their cache, the reading cache and the page's part.

The fragments' merge must give exactly the bytes of the in-memory serializers; the caches must
be used when nothing changed and never when something did.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.cli
from bench.make_corpus import write_corpus
from kg import files, fragments, pipeline
from kg.extract import extract_releases
from kg.fragments import graph_parts, trig_chunks, turtle_text
from kg.ingest import ingest
from kg.model import (
    EventRecord,
    Evidence,
    Extraction,
    KnowledgeBase,
    PersonMention,
    QuoteRecord,
    Release,
    RoleStatement,
    StateMention,
    by_release,
    newest,
    subset,
)
from kg.pipeline import build_knowledge_base, extraction_key, resolve_with_fingerprints
from kg.rdf import DEFAULT_BASE, build_dataset, build_graph, registered_iris
from kg.resolve import resolve
from kg.serialize import serialize, to_turtle
from kg.viz import build_page as page_module

from .conftest import SEEDS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(24, folder)
    for seed in SEEDS.glob("*.txt"):  # the seeds too: a duplicate, a repeated body, real releases
        (folder / seed.name).write_bytes(seed.read_bytes())
    return folder


@pytest.fixture(scope="module")
def extractions(corpus, nlp) -> list[Extraction]:
    return list(extract_releases(ingest([str(corpus)]).releases, nlp))


@pytest.fixture(scope="module")
def kb(extractions):
    return resolve(extractions)


def resolved(extractions: Iterable[Extraction]) -> tuple[KnowledgeBase, dict[str, str]]:
    """The knowledge base of ``extractions`` and its releases' fingerprints, as ``kg build`` makes them."""
    extractions = list(extractions)
    return resolve_with_fingerprints(extractions, [extraction_key(ex.release, "test") for ex in extractions])


def test_merged_fragments_are_the_in_memory_serializations(kb):
    parts = graph_parts(kb, DEFAULT_BASE)
    dataset = build_dataset(kb)
    assert turtle_text(parts) == serialize(dataset, "ttl")
    assert "".join(trig_chunks(parts)) == serialize(dataset, "trig")
    graph = build_graph(kb)
    assert parts.triples == len(graph)
    assert parts.types["schema:Person"] == len(kb.people)


def test_a_release_part_holds_what_that_release_states(kb):
    views = by_release(kb)
    assert list(views) == [r.id for r in kb.releases]
    for rid, view in views.items():
        assert all(q.release == rid for q in view.quotations)
        assert all(ev.release_id == rid for m in view.memberships for ev in m.evidence)
        assert all(p.releases in ([rid], []) for p in view.people)


def test_a_release_with_the_same_fingerprint_has_the_same_fragment(extractions):
    # What lets a cached fragment stand for a release without making its part: the same fingerprint in an
    # archive and in a part of the archive means the same fragment.
    whole, whole_prints = resolved(extractions)
    half, half_prints = resolved(extractions[::2])
    whole_views, half_views = by_release(whole), by_release(half)
    whole_iris, half_iris = registered_iris(whole, DEFAULT_BASE), registered_iris(half, DEFAULT_BASE)
    same = [rid for rid in half_prints if half_prints[rid] == whole_prints[rid]]
    assert same  # (test_a_release_whose_resolution_changes_is_rendered_again has fingerprints that change)
    for rid in same:
        assert (fragments.render_fragment(rid, whole_views[rid], whole_iris)
                == fragments.render_fragment(rid, half_views[rid], half_iris)), rid
    others = {rid for rid in whole_views if rid != same[0]}
    assert by_release(whole, skip=others) == {same[0]: whole_views[same[0]]}


def test_a_subset_of_every_release_is_the_whole_graph(kb):
    whole = subset(kb, [r.id for r in kb.releases])
    assert to_turtle(build_graph(whole)) == to_turtle(build_graph(kb))
    recent = subset(kb, newest(kb, 3))
    assert {r.id for r in recent.releases} == set(newest(kb, 3))
    assert len(recent.people) < len(kb.people)
    # Every person, organization and State the part's graph points at is described in it.
    graph = build_graph(recent)
    ttl = to_turtle(graph)
    for person in recent.people:
        assert f"person/{person.key}>\n    a schema:Person" in ttl


def test_fragment_cache_renders_only_what_changed(tmp_path, corpus, nlp, monkeypatch):
    rendered: list[str] = []
    real = fragments.render_fragment

    def counting(release_id, view, iris):  # noqa: ANN001, ANN202
        rendered.append(release_id)
        return real(release_id, view, iris)

    monkeypatch.setattr(fragments, "render_fragment", counting)
    releases = ingest([str(corpus)]).releases
    kb, prints = resolved(extract_releases(releases, nlp))
    first = turtle_text(graph_parts(kb, DEFAULT_BASE, tmp_path, fingerprints=prints))
    assert first == serialize(build_dataset(kb), "ttl")
    assert len(rendered) == len(kb.releases)
    rendered.clear()
    assert turtle_text(graph_parts(kb, DEFAULT_BASE, tmp_path, fingerprints=prints)) == first
    assert rendered == []

    # One release more: its own part is rendered, and the merge equals a build without the cache.
    extra_dir = tmp_path / "extra"
    extra = write_corpus(30, extra_dir)[-1]
    bigger, prints = resolved(extract_releases(ingest([str(corpus), str(extra)]).releases, nlp))
    merged = turtle_text(graph_parts(bigger, DEFAULT_BASE, tmp_path, fingerprints=prints))
    assert merged == serialize(build_dataset(bigger), "ttl")
    new = {r.id for r in bigger.releases} - {r.id for r in kb.releases}
    assert new <= set(rendered) and len(rendered) <= len(new) + 2, rendered

    # A damaged entry is rendered again, not trusted.
    for entry in (tmp_path / f"graph-{fragments.MAPPING_VERSION}").rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    rendered.clear()
    assert turtle_text(graph_parts(bigger, DEFAULT_BASE, tmp_path, fingerprints=prints)) == merged
    assert len(rendered) == len(bigger.releases)
    # A release without a fingerprint is rendered, and its fragment not cached.
    rendered.clear()
    assert turtle_text(graph_parts(bigger, DEFAULT_BASE, tmp_path)) == merged
    assert len(rendered) == len(bigger.releases)


def _extraction(rid: str, day: int, people: list[str], event: str, text: str, states: tuple[str, ...] = (),
                minister_of: str | None = None) -> Extraction:
    """A hand-made extraction: ``people`` named in ``text``, all taking part in ``event``, the first quoted;
    ``states`` named; the last person a minister of the State ``minister_of`` (which the text does not name)."""
    release = Release(id=rid, title=f"Release {rid}", date=dt.date(2020, 1, day), place="Vienna", paragraphs=(text,))

    def evidence(anchor: str) -> list[Evidence]:
        start = text.index(anchor)
        return [Evidence(rid, start, start + len(anchor), anchor, text)]

    roles = [RoleStatement(people[-1], "Minister", None, minister_of, evidence(people[-1]))] if minister_of else []
    return Extraction(release=release, people=[PersonMention(name, evidence(name)) for name in people],
                      states=[StateMention(state, "participating", evidence(state)) for state in states], roles=roles,
                      events=[EventRecord(event, start=release.date, participants=people, evidence=evidence(event))],
                      quotes=[QuoteRecord(people[0], "We act.", evidence("We act."))])


def test_a_release_whose_resolution_changes_is_rendered_again(tmp_path, monkeypatch):
    rendered: list[str] = []
    real = fragments.render_fragment
    monkeypatch.setattr(fragments, "render_fragment",
                        lambda rid, view, iris: rendered.append(rid) or real(rid, view, iris))

    def build(*extractions: Extraction) -> str:
        rendered.clear()
        kb, prints = resolved(extractions)
        merged = turtle_text(graph_parts(kb, DEFAULT_BASE, tmp_path, fingerprints=prints))
        assert merged == serialize(build_dataset(kb), "ttl")
        return merged

    a = _extraction("a", 1, ["Solheim", "Kwame Asante"], "Water Forum",
                    "Solheim and Kwame Asante at the Water Forum: We act.", minister_of="Malta")
    c = _extraction("c", 3, ["Lena Park"], "Youth Forum", "Lena Park at the Youth Forum: We act.")
    assert "person/solheim>" in build(a, c)
    assert sorted(rendered) == ["a", "c"]
    # An event of the same day and name in a release sorted first: the event of "a" becomes "...-2".
    b = _extraction("0b", 1, ["Omar Haddad"], "Water Forum", "Omar Haddad at the Water Forum: We act.")
    assert "event/2020-01-01-water-forum-2>" in build(a, b, c)
    assert sorted(rendered) == ["0b", "a"]  # "c" is as it was
    # "Ingrid Solheim" in a release added later: "Solheim" in "a" is now her.
    d = _extraction("d", 4, ["Ingrid Solheim"], "Health Forum", "Ingrid Solheim opened the Health Forum: We act.")
    assert "person/solheim>" not in build(a, b, c, d)
    assert sorted(rendered) == ["a", "d"]
    # Malta named for the first time: the minister of "a" now serves its government.
    e = _extraction("e", 5, ["Omar Haddad"], "Sea Forum", "Omar Haddad of Malta at the Sea Forum: We act.", ("Malta",))
    assert "membership/kwame-asante--minister--mt-government>" in build(a, b, c, d, e)
    assert sorted(rendered) == ["a", "e"]
    # Another State named for the first time changes no other release.
    f = _extraction("f", 6, ["Lena Park"], "Ice Forum", "Lena Park in Iceland at the Ice Forum: We act.", ("Iceland",))
    build(a, b, c, d, e, f)
    assert rendered == ["f"]


def test_reading_cache_reuses_unchanged_files_and_rereads_changed_ones(tmp_path, corpus):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(corpus.glob("*.txt"))[:6]:
        (folder / path.name).write_bytes(path.read_bytes())
    cache = tmp_path / "cache"
    plain = ingest([str(folder)])
    assert ingest([str(folder)], cache_dir=cache).releases == plain.releases
    assert list(cache.glob("readings-*.pickle"))
    assert ingest([str(folder)], cache_dir=cache).releases == plain.releases

    changed = sorted(folder.glob("*.txt"))[0]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("OSCE", "OSCE  "), encoding="utf-8")
    stat = changed.stat()
    os.utime(changed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert ingest([str(folder)], cache_dir=cache).releases == ingest([str(folder)]).releases
    changed.unlink()
    assert len(ingest([str(folder)], cache_dir=cache).releases) == len(ingest([str(folder)]).releases)


def test_the_page_of_a_big_build_draws_its_newest_releases(kb, tmp_path, monkeypatch):
    monkeypatch.setattr(page_module, "PAGE_RELEASES", 4)
    part = page_module.drawn_part(kb)
    assert {r.id for r in part.releases} == set(newest(kb, 4))
    html = page_module.build_page(kb, DEFAULT_BASE, tmp_path)
    assert len(list((tmp_path / "page").glob("*.html"))) == 1
    assert page_module.build_page(kb, DEFAULT_BASE, tmp_path) == html
    monkeypatch.setattr(page_module, "PAGE_RELEASES", 5)  # another part: another page
    assert page_module.build_page(kb, DEFAULT_BASE, tmp_path) != html
    assert len(list((tmp_path / "page").glob("*.html"))) == 2


def test_parts_rendered_by_several_processes_are_the_same(kb, tmp_path, monkeypatch):
    monkeypatch.setattr(fragments, "PARALLEL_FROM", 2)
    one = turtle_text(graph_parts(kb, DEFAULT_BASE, jobs=1))
    assert turtle_text(graph_parts(kb, DEFAULT_BASE, jobs=2)) == one

    # With a cache, each renderer stores its fragments: the parts come back without their blocks (an archive's
    # rendered Turtle is not sent through pipes nor held), and are merged from the cache files.
    prints = {release.id: f"print-{release.id}" for release in kb.releases}
    parts = graph_parts(kb, DEFAULT_BASE, tmp_path, jobs=2, fingerprints=prints)
    assert all(f.blocks == b"" and f.source is not None for f in parts.fragments)
    assert turtle_text(parts) == one
    stored = sorted((tmp_path / f"graph-{fragments.MAPPING_VERSION}").rglob("*.pickle"))
    assert len(stored) == len(kb.releases)
    assert turtle_text(graph_parts(kb, DEFAULT_BASE, tmp_path, jobs=1, fingerprints=prints)) == one


def _fragment(graph: str, subjects: list[str], base: str = "") -> fragments.Fragment:
    """A fragment of one-line blocks, with runs cut by kind as ``render_fragment`` cuts them; subjects
    under ``base`` are written relative to it."""
    blocks, ends, runs = b"", fragments.array("Q"), []
    for subject in subjects:
        text = f"<{subject.removeprefix(base)}> a <x:T> .\n\n".encode()
        kind = subject.rsplit("/", 1)[0]
        if runs and runs[-1].first.rsplit("/", 1)[0] == kind:
            runs[-1] = runs[-1]._replace(last=subject, end=len(blocks) + len(text))
        else:
            runs.append(fragments.Run(subject, subject, len(blocks), len(blocks) + len(text)))
        blocks += text
        ends.append(len(blocks))
    return fragments.Fragment(graph=graph, blocks=blocks, runs=runs, ends=ends, shared=[], triples=len(subjects))


def test_the_merge_sorts_blocks_when_runs_of_releases_interleave():
    # Release keys where one is a prefix of the other ("x" and "x-2f..."): their evidence IRIs interleave,
    # and a shared node can sort inside a run.
    a = _fragment("g:a", ["k/evidence/x-10-20", "k/evidence/x-50-60", "k/quote/x-q1"])
    b = _fragment("g:b", ["k/evidence/x-2f-1-5", "k/quote/x-2f-q1"])
    c = _fragment("g:c", ["k/evidence/y-1-2", "k/quote/y-q1"])
    parts = fragments.GraphParts(entities={}, fragments=[a, b, c],
                                 shared={"k/evidence/x-3": {"x:p": ["<x:o>"]}})
    text = turtle_text(parts)
    subjects = [line.split()[0][1:-1] for line in text.splitlines() if line.startswith("<")]
    assert subjects == sorted([*(p.first for f in (a, b, c) for p in f.pieces(None)), "k/evidence/x-3"])
    assert [p.first for p in a.pieces(None)] == ["k/evidence/x-10-20", "k/evidence/x-50-60", "k/quote/x-q1"]
    assert text.endswith(" .\n") and "\n\n\n" not in text
    # The same with subjects written relative to the graph's base: the merge reads them back whole.
    base = "https://b.example/"
    first, second = (_fragment(f"g:{n}", [base + s for s in subjects], base) for n, subjects in
                     (("a", ["evidence/x-10-20", "evidence/x-50-60"]), ("b", ["evidence/x-2f-1-5"])))
    text = turtle_text(fragments.GraphParts(entities={}, fragments=[first, second], base=base))
    assert [line.split()[0] for line in text.splitlines() if line.startswith("<")] == [
        "<evidence/x-10-20>", "<evidence/x-2f-1-5>", "<evidence/x-50-60>"]
    # Apart, the runs move whole.
    assert turtle_text(fragments.GraphParts(entities={}, fragments=[c, a])).count("<k/") == 5


@pytest.mark.parametrize("kernel_copy", [True, False])
def test_pieces_of_files_are_copied_into_an_output(tmp_path, monkeypatch, kernel_copy):
    # A graph written from cached fragments takes their blocks straight from the cache files; where the kernel
    # cannot copy between the two files, they are read and written.
    source = tmp_path / "fragment"
    source.write_bytes(b"0123456789abcdef")
    if not kernel_copy:
        def refused(*args):  # noqa: ANN002, ANN202
            raise OSError(18, "Invalid cross-device link")
        monkeypatch.setattr(files.os, "copy_file_range", refused)
    out = tmp_path / "out.ttl"
    files.write_atomic(out, ["<", files.FileSlice(str(source), 2, 5), b">", files.FileSlice(str(source), 10, 16)])
    assert out.read_bytes() == b"<234>abcdef"
    # A cache file cut short meanwhile fails the write with its name, and the old output stays.
    with pytest.raises(OSError, match="fragment is shorter"):
        files.write_atomic(out, ["x", files.FileSlice(str(source), 10, 40)])
    assert out.read_bytes() == b"<234>abcdef"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_rebuild_reads_releases_with_cached_parts_without_their_evidence(tmp_path, corpus, monkeypatch):
    # Most of a cached rebuild's reading is evidence that only the releases' graph parts hold: releases whose
    # part is cached are read without it, the others whole, and the graph is the same.
    releases = ingest([str(corpus)]).releases
    cache = tmp_path / "cache"

    def build(whole=()):  # noqa: ANN001, ANN202
        prints: dict[str, str] = {}
        looked: list[fragments.CachedParts] = []

        def parts_cached(kb, found):  # noqa: ANN001, ANN202
            looked[:] = [fragments.cached_parts(kb, found, base=DEFAULT_BASE, cache_dir=cache)]
            return looked[0].present

        kb = build_knowledge_base(releases, cache_dir=cache, fingerprints=prints, whole=whole,
                                  parts_cached=parts_cached)
        return kb, prints, looked

    kb, prints, _ = build()
    assert kb.without_evidence == frozenset()  # nothing cached yet: every release extracted
    first = turtle_text(graph_parts(kb, DEFAULT_BASE, cache, fingerprints=prints))
    assert first == serialize(build_dataset(kb), "ttl")

    drawn = [r.id for r in releases[:3]]
    kb, prints, looked = build(whole=drawn)
    assert kb.without_evidence == {r.id for r in kb.releases} - set(drawn)
    people = [m for m in kb.mentions if m.kind == "person"]
    assert people and all(not m.evidence for m in people if m.release in kb.without_evidence)
    assert all(m.evidence for m in people if m.release in drawn)
    assert turtle_text(graph_parts(kb, DEFAULT_BASE, cache, fingerprints=prints, looked=looked[0])) == first

    # Parts no longer cached: their releases are read again whole.
    gone = sorted(kb.without_evidence)[:2]
    for rid in gone:
        os.remove(files.entry_path(cache / f"graph-{fragments.MAPPING_VERSION}", looked[0].keys[rid]))
    kb, prints, looked = build()
    assert kb.without_evidence == {r.id for r in kb.releases} - set(gone)
    assert turtle_text(graph_parts(kb, DEFAULT_BASE, cache, fingerprints=prints, looked=looked[0])) == first

    # A part that goes missing after the check is not made from records without evidence.
    kb, prints, looked = build()
    os.remove(files.entry_path(cache / f"graph-{fragments.MAPPING_VERSION}", looked[0].keys[gone[0]]))
    with pytest.raises(fragments.EvidenceLacking, match=gone[0]):
        graph_parts(kb, DEFAULT_BASE, cache, fingerprints=prints, looked=looked[0])


def test_kg_build_reads_every_release_whole_when_a_part_goes_missing(tmp_path, corpus, monkeypatch):
    cache, out = tmp_path / "cache", tmp_path / "out"
    runner = CliRunner()
    args = ["build", str(corpus), "--out", str(out), "--cache-dir", str(cache), "--jobs", "1"]
    assert runner.invoke(kg.cli.cli, args).exit_code == 0
    first = (out / "graph.ttl").read_bytes()
    monkeypatch.setattr(kg.cli, "drawn_releases", lambda releases: [])  # as if the page drew none of them
    real = fragments.cached_parts

    def vanishing(kb, found, **options):  # noqa: ANN001, ANN202 - every part there, then one gone
        looked = real(kb, found, **options)
        os.remove(files.entry_path(options["cache_dir"] / f"graph-{fragments.MAPPING_VERSION}",
                                   looked.keys[kb.releases[0].id]))
        return looked

    monkeypatch.setattr(kg.cli, "cached_parts", vanishing)
    result = runner.invoke(kg.cli.cli, args)
    assert result.exit_code == 0, result.output
    assert (out / "graph.ttl").read_bytes() == first


def test_without_cached_parts_a_rebuild_reads_every_release_whole_at_once(tmp_path, corpus, monkeypatch):
    # The extractions cached but no graph part (a new version of the mapping, a removed folder): reading the
    # releases without their evidence would mean reading them all again, and resolving twice.
    cache, out = tmp_path / "cache", tmp_path / "out"
    runner = CliRunner()
    args = ["build", str(corpus), "--out", str(out), "--cache-dir", str(cache), "--jobs", "1"]
    assert not fragments.has_parts(cache)
    assert runner.invoke(kg.cli.cli, args).exit_code == 0
    assert fragments.has_parts(cache)
    first = (out / "graph.ttl").read_bytes()
    shutil.rmtree(cache / f"graph-{fragments.MAPPING_VERSION}")
    monkeypatch.setattr(kg.cli, "drawn_releases", lambda releases: [])
    resolved_times = []
    real = pipeline.resolve_with_fingerprints
    monkeypatch.setattr(pipeline, "resolve_with_fingerprints",
                        lambda *a: resolved_times.append(1) or real(*a))
    assert runner.invoke(kg.cli.cli, args).exit_code == 0
    assert resolved_times == [1]
    assert (out / "graph.ttl").read_bytes() == first
