"""The page ``kg build`` writes: the network of its newest releases, kept in the build cache.

The page is a function of the knowledge base it draws (and of this package's code), so a rebuild
that changes none of the drawn releases reuses the page instead of laying it out again.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import multiprocessing
import pickle
from pathlib import Path

from kg.files import write_atomic
from kg.fragments import ignore_interrupts
from kg.model import KnowledgeBase, Release, newest, subset
from kg.rdf import build_graph

# graph.html of a bigger build draws its newest releases: a page of a whole archive is unreadable and slow
# to lay out (`kg viz` draws any part of the graph).
PAGE_RELEASES = 100

_SOURCES = sorted(p for p in Path(__file__).parent.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
_CODE = hashlib.sha256(b"".join(p.read_bytes() for p in _SOURCES)
                       + importlib.metadata.version("pyvis").encode()).hexdigest()


def drawn_releases(releases: list[Release]) -> list[str]:
    """Ids of the releases the page of a build of ``releases`` draws: the evidence of these must be read."""
    return newest(KnowledgeBase(releases=releases), PAGE_RELEASES)


def drawn_part(kb: KnowledgeBase) -> KnowledgeBase:
    """What the page draws: all of ``kb``, or its ``PAGE_RELEASES`` newest releases."""
    drawn = newest(kb, PAGE_RELEASES)
    assert not kb.without_evidence.intersection(drawn), "the page's releases were read without their evidence"
    return kb if len(kb.releases) <= PAGE_RELEASES else subset(kb, drawn)


def build_page(kb: KnowledgeBase, base: str, cache_dir: Path | None = None) -> str:
    """graph.html for ``kb`` (see ``drawn_part``), from ``cache_dir`` when drawn before."""
    part = drawn_part(kb)
    key = hashlib.sha256(pickle.dumps((part, base, _CODE), protocol=pickle.HIGHEST_PROTOCOL)).hexdigest()
    path = cache_dir / "page" / f"{key}.html" if cache_dir is not None else None
    if path is not None and path.is_file():
        return path.read_text(encoding="utf-8")
    from kg.viz.page import render  # networkx and pyvis, only when the page is drawn again
    from kg.viz.projection import project

    html = render(project(build_graph(part, base=base)))
    if path is not None:
        write_atomic(path, html, durable=False)
    return html


# Above this many releases whose graph parts are made anew, the build's own process writes to most of the knowledge
# base while the page is drawn, and each page of memory it writes that the forked process still shares is copied
# (an archive's first build: 0.7 GB more at 10,000 releases). Such a build draws the page itself; a rebuild that
# reuses most parts (``KnowledgeBase.without_evidence``) draws it beside.
BACKGROUND_UP_TO = 2_000
_WORK: tuple[KnowledgeBase, str, Path | None] | None = None  # what the forked process reads (inherited, not sent)


class PageInBackground:
    """``build_page`` in a forked process, started when the knowledge base is resolved: the page is drawn while
    this process renders the graph (the page takes seconds to lay out, as long as a third of the graph's parts)."""

    def __init__(self, kb: KnowledgeBase, base: str, cache_dir: Path | None) -> None:
        global _WORK
        # Only the drawn part is handed over: a forked process that read an archive's knowledge base would copy
        # it (each write of a reference count copies a page of memory); the part is at most the newest releases.
        _WORK = (drawn_part(kb), base, cache_dir)
        try:  # the worker is forked here, with _WORK
            self.pool = multiprocessing.get_context("fork").Pool(1, initializer=ignore_interrupts)
        finally:
            _WORK = None
        self.drawing = self.pool.apply_async(_draw)

    @classmethod
    def start(cls, kb: KnowledgeBase, base: str, cache_dir: Path | None, jobs: int) -> PageInBackground | None:
        """A background drawing when the build may use several processes and forking is cheap; else None."""
        if jobs <= 1 or len(kb.releases) - len(kb.without_evidence) > BACKGROUND_UP_TO \
                or "fork" not in multiprocessing.get_all_start_methods():
            return None
        return cls(kb, base, cache_dir)

    def result(self) -> str:
        try:
            return self.drawing.get()
        finally:
            self.stop()

    def stop(self) -> None:
        self.pool.terminate()
        self.pool.join()


def _draw() -> str:
    assert _WORK is not None
    return build_page(*_WORK)
