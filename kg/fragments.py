"""Graph files at archive scale: each release's named graph rendered once, cached, then merged.

Most of a graph's triples are what single releases state (their evidence, quotations, events,
mentions). ``kg build`` renders each release's part as Turtle blocks, one per subject, and keeps
them in a cache keyed by that part's records and the IRIs they use; the shared entities
(people, organizations, States, roles, memberships) are rendered from the whole knowledge base on
every build. The graph file is then a sorted merge of blocks: adding one release to a cached
archive renders one release, not the archive, and no rdflib graph of the whole is ever held.

The bytes are those of ``kg.serialize`` on ``kg.rdf.build_dataset`` (the tests compare them).
"""

from __future__ import annotations

import hashlib
import itertools
import multiprocessing
import os
import pickle
import signal
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from rdflib import RDF, URIRef
from rdflib.term import Node

from kg import model, rdf, resolve, serialize, vocab
from kg.files import DamagedEntry, FileSlice, entry_path, piece_bytes, read_split_entry, write_split_entry
from kg.model import RECORDS_SHAPE, KnowledgeBase, Release, by_release
from kg.rdf import LOCAL_KINDS, Iris, Triple, entity_triples, registered_iris, release_triples
from kg.serialize import block, prefix_lines, relative_base, term

_RDF_TYPE = str(RDF.type)
# The mapping's own source: a change to how records become triples invalidates every fragment. So does
# a change to how a release's records are resolved and cut out (a fragment is keyed by what its part is
# made from, not by the part), and to this module, which fixes how a fragment is stored.
_SOURCES = (rdf, serialize, vocab, resolve, model)
MAPPING_VERSION = hashlib.sha256(b"".join(Path(m.__file__).read_bytes() for m in _SOURCES)
                                 + Path(__file__).read_bytes() + RECORDS_SHAPE.encode()).hexdigest()[:16]


@dataclass
class Fragment:
    """One release's named graph, rendered."""

    graph: str  # the graph's IRI
    # Turtle blocks of the nodes only this release describes, by subject, each ending in a blank line; empty in
    # a fragment read from the cache until ``data`` reads them (the merge copies them from there: ``source``).
    blocks: bytes
    runs: list[Run]  # consecutive blocks of one kind of node: what the merge moves as one piece
    ends: array  # where each block (with its blank line) ends in ``blocks``
    shared: list[tuple[str, str, str]]  # (subject, predicate, object) it states about shared nodes, as written
    triples: int  # triples in ``blocks``
    types: Counter[str] = field(default_factory=Counter)  # rdf:type objects in ``blocks``, as written
    source: tuple[str, int] | None = None  # the cache file ``blocks`` are stored in, and where they start

    def data(self) -> bytes:
        """``blocks``, read from the cache file when not held."""
        if not self.blocks and self.source is not None and len(self.ends):
            self.blocks = piece_bytes(FileSlice(self.source[0], self.source[1], self.source[1] + self.ends[-1]))
        return self.blocks

    def pieces(self, base: str | None) -> list[Run]:
        """One run per block (for a merge where runs of releases interleave). A block's subject is read
        from its first line, "<IRI>" or "<relative IRI>" under ``base`` (kept apart, the subjects were a
        seventh of the cache that every build reads)."""
        pieces = []
        blocks = self.data()
        for start, end in zip([0, *self.ends[:-1]], self.ends, strict=True):
            iri = blocks[start + 1:blocks.index(b">", start)].decode("utf-8")
            subject = iri if base is None or ":" in iri else base + iri
            pieces.append(Run(subject, subject, start, end))
        return pieces


class Run(NamedTuple):
    first: str  # subject IRI of its first block
    last: str  # and of its last
    start: int  # byte offsets in ``Fragment.blocks``
    end: int


def render_fragment(release_id: str, view: KnowledgeBase, iris: Iris) -> Fragment:
    """The named graph of release ``release_id``, from its part ``view`` (``kg.model.by_release``)."""
    base = relative_base(iris.base)
    by_subject = _grouped(release_triples(release_id, view, iris), base)
    local_prefixes = tuple(f"{iris.base}{kind}/" for kind in LOCAL_KINDS)
    fragment = Fragment(graph=str(iris.of("release", release_id)), blocks=b"", runs=[], ends=array("Q"),
                        shared=[], triples=0)
    written: list[bytes] = []
    end = 0
    run_kind = ""
    for subject in sorted(by_subject):
        predicates = by_subject[subject]
        kind = next((prefix for prefix in local_prefixes if subject.startswith(prefix)), "")
        if kind:
            written_subject = term(URIRef(subject), base=base)
            assert written_subject.startswith("<"), subject  # what ``Fragment.pieces`` reads back
            text = block(written_subject, predicates).encode("utf-8") + b"\n\n"
            written.append(text)
            if kind == run_kind:
                fragment.runs[-1] = fragment.runs[-1]._replace(last=subject, end=end + len(text))
            else:
                fragment.runs.append(Run(subject, subject, end, end + len(text)))
                run_kind = kind
            end += len(text)
            fragment.ends.append(end)
            fragment.triples += sum(len(objects) for objects in predicates.values())
            fragment.types.update(predicates.get(_RDF_TYPE, ()))
        else:
            fragment.shared += [(subject, p, o) for p, objects in predicates.items() for o in objects]
    fragment.blocks = b"".join(written)
    return fragment


class FragmentCache:
    """One file per release part (``kg.files.write_split_entry``): the fragment pickled (see ``ExtractionCache``
    in kg/pipeline.py for why pickle) but for its blocks, which follow it as they are. A build reads the
    pickles; the blocks, most of the bytes, go from these files to the graph file by the kernel
    (``kg.files.FileSlice``)."""

    def __init__(self, folder: Path, iris: Iris) -> None:
        self.folder = folder / f"graph-{MAPPING_VERSION}"
        self.iris = iris
        # A release's fragment is fixed by its fingerprint (``kg.pipeline.fingerprint``; every part holds
        # all the States, but only the fingerprint's use of them shows), and by the IRIs it is written
        # with: the base and the re-slugged keys. Input paths are re-slugged too, but a release names only
        # its own: those go in its key.
        registered = {kind: sorted(keys.items()) for kind, keys in iris.registered().items() if kind != "source"}
        self.salt = pickle.dumps((iris.base, sorted(registered.items())), protocol=pickle.HIGHEST_PROTOCOL)

    def key(self, release: Release, fingerprint: str) -> str:
        files = [self.iris.key("source", file) for file in release.files]
        payload = pickle.dumps((release.id, fingerprint, files), protocol=pickle.HIGHEST_PROTOCOL)
        return hashlib.sha256(self.salt + payload).hexdigest()

    def get(self, key: str) -> Fragment | None:
        """The fragment stored under ``key`` (its blocks left in the file), or None: none, or damaged (it is
        then rendered again)."""
        path = entry_path(self.folder, key)
        try:
            entry = read_split_entry(path, key, Fragment, rest=False)
        except DamagedEntry:
            return None
        if entry is None or entry.size != entry.start + (entry.head.ends[-1] if len(entry.head.ends) else 0):
            return None
        entry.head.source = (path, entry.start)
        return entry.head

    def put(self, key: str, fragment: Fragment) -> Fragment:
        """Store ``fragment`` under ``key`` (atomically, not flushed to disk: see ``kg.files.write_split_entry``).
        Returns it as ``get`` would: its blocks left in the file, so that an archive's rendered blocks (most of
        the graph's bytes) are not all held until the graph is written."""
        head = replace(fragment, blocks=b"", source=None)
        path = entry_path(self.folder, key)
        start = write_split_entry(path, key, head, [fragment.data()])
        return replace(head, source=(path, start))


class EvidenceLacking(Exception):
    """A release's graph part must be made, but the knowledge base was read without its evidence (its cached
    part, there when the build began, is gone or damaged): build the knowledge base again with it."""


@dataclass
class CachedParts:
    """Where ``graph_parts`` looks for the graph parts of ``kb``'s releases, and which are there."""

    kb: KnowledgeBase
    iris: Iris
    keys: dict[str, str]  # release id -> fragment cache key
    present: set[str]  # ids of the releases whose part is in the cache


def has_parts(cache_dir: Path) -> bool:
    """Does ``cache_dir`` hold graph parts rendered by this mapping (``MAPPING_VERSION``)? Without any, reading
    the releases without their evidence would only mean reading them all again."""
    try:
        with os.scandir(cache_dir / f"graph-{MAPPING_VERSION}") as entries:
            return any(entry.is_dir() for entry in entries)
    except OSError:
        return False


def cached_parts(kb: KnowledgeBase, fingerprints: dict[str, str], *, base: str, cache_dir: Path) -> CachedParts:
    """The releases of ``kb`` whose graph part ``graph_parts`` will find in ``cache_dir``'s fragment cache (give it
    the answer: it then looks no further)."""
    iris = registered_iris(kb, base)
    cache = FragmentCache(cache_dir, iris)
    keys = {release.id: cache.key(release, fingerprints[release.id]) for release in kb.releases
            if release.id in fingerprints}
    return CachedParts(kb, iris, keys, {rid for rid, key in keys.items()
                                        if os.path.exists(entry_path(cache.folder, key))})


@dataclass
class GraphParts:
    """Everything needed to write the graph: the shared entities and each release's fragment."""

    entities: dict[str, dict[str, list[str]]]  # subject IRI -> predicate IRI -> objects as written
    fragments: list[Fragment]
    shared: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # entities + what releases say of them
    triples: int = 0  # in the union of all graphs
    types: Counter[str] = field(default_factory=Counter)  # rdf:type objects in the union, as written
    base: str | None = None  # IRIs under it are written relative to it (``kg.serialize.relative_base``)


def graph_parts(kb: KnowledgeBase, base: str, cache_dir: Path | None = None, jobs: int = 1,
                fingerprints: dict[str, str] | None = None, looked: CachedParts | None = None) -> GraphParts:
    """Render ``kb``'s graph as parts; the releases' fragments are rendered by ``jobs`` processes.

    With ``cache_dir``, the fragment of each release with a fingerprint (``fingerprints``, from
    ``kg.pipeline.build_knowledge_base``) is cached: when rendered before, it is read, and its
    release's part is not even made. ``looked``: ``cached_parts`` of this ``kb``, when asked already."""
    looked = looked if looked is not None and looked.kb is kb else None
    iris = looked.iris if looked else registered_iris(kb, base)
    cache = FragmentCache(cache_dir, iris) if cache_dir is not None else None
    found: dict[str, tuple[str, Fragment | None]] = {}  # release id -> (cache key, cached fragment)
    if cache is not None:
        for release in kb.releases:
            if fingerprints and release.id in fingerprints:
                key = looked.keys[release.id] if looked else cache.key(release, fingerprints[release.id])
                found[release.id] = (key, cache.get(key))
    skip = {rid for rid, (_, fragment) in found.items() if fragment is not None}
    if kb.without_evidence - skip:
        raise EvidenceLacking(", ".join(sorted(kb.without_evidence - skip)))
    views = by_release(kb, skip=skip)
    fragments: list[Fragment | None] = []
    todo: list[tuple[int, str, str, KnowledgeBase]] = []  # (position, cache key or "", release id, part)
    for release_id in [*found, *(rid for rid in views if rid not in found)]:
        key, fragment = found.get(release_id, ("", None))
        if fragment is None:
            todo.append((len(fragments), key, release_id, views[release_id]))
        fragments.append(fragment)
    for (position, _, _, _), fragment in zip(todo, _render_all(todo, iris, jobs, cache), strict=True):
        fragments[position] = fragment
    written_base = relative_base(iris.base)  # the base as the IRIs have it (percent-encoded, ending in "/")
    parts = GraphParts(entities=_grouped(entity_triples(kb, iris), written_base),
                       fragments=[f for f in fragments if f], base=written_base)
    # Count the union: local nodes are in one fragment only; shared ones merge with the entities.
    parts.triples = sum(f.triples for f in fragments)
    for fragment in fragments:
        parts.types.update(fragment.types)
    parts.shared = _shared(parts)
    for predicates in parts.shared.values():
        parts.triples += sum(len(objects) for objects in predicates.values())
        parts.types.update(predicates.get(_RDF_TYPE, ()))
    return parts


# Below this many releases to render, starting processes costs more than it saves.
PARALLEL_FROM = 64
SHARE = 16  # parts a renderer takes at a time
_WORK: tuple | None = None  # what forked renderers read (inherited, not sent): parts, IRIs, cache, next part


def _render_all(todo: list[tuple[int, str, str, KnowledgeBase]], iris: Iris, jobs: int,
                cache: FragmentCache | None) -> list[Fragment]:
    """The fragments of ``todo``'s parts, in order, each stored in ``cache`` under its key (when it has one) by
    the process that rendered it. With ``jobs``, this process and ``jobs`` - 1 forked ones take the parts a few
    at a time: only those forked copy the pages of the parts they read (an archive's first build)."""
    global _WORK
    if jobs <= 1 or not PARALLEL_FROM <= len(todo) or "fork" not in multiprocessing.get_all_start_methods():
        return [_rendered(item, iris, cache) for item in todo]
    context = multiprocessing.get_context("fork")
    _WORK = (todo, iris, cache, context.Value("q", 0))
    try:
        with context.Pool(jobs - 1, initializer=ignore_interrupts) as pool:
            theirs = pool.map_async(_render_share, range(jobs - 1))
            rendered = dict(_render_share())
            for share in theirs.get():
                rendered.update(share)
        return [rendered[i] for i in range(len(todo))]
    finally:
        _WORK = None


def _render_share(_: int = 0) -> list[tuple[int, Fragment]]:
    """``SHARE`` parts of ``_WORK`` after another, as long as some are left: (position, fragment)."""
    assert _WORK is not None
    todo, iris, cache, taken = _WORK
    done = []
    while True:
        with taken.get_lock():
            start = taken.value
            taken.value = start + SHARE
        if start >= len(todo):
            return done
        done += [(i, _rendered(todo[i], iris, cache)) for i in range(start, min(start + SHARE, len(todo)))]


def _rendered(item: tuple[int, str, str, KnowledgeBase], iris: Iris, cache: FragmentCache | None) -> Fragment:
    _, key, release_id, view = item
    fragment = render_fragment(release_id, view, iris)
    # Stored by the renderer: its blocks then reach the graph file from the cache file, not through a pipe.
    return cache.put(key, fragment) if cache is not None and key else fragment


def ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool


def _grouped(triples: set[Triple], base: str | None) -> dict[str, dict[str, list[str]]]:
    grouped: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    written: dict[Node, str] = {}  # a release's IRIs and sentences come back in many statements
    for s, p, o in triples:
        text = written.get(o)
        if text is None:
            text = written[o] = term(o, base=base)
        grouped[str(s)][str(p)].append(text)
    return grouped


def _shared(parts: GraphParts) -> dict[str, dict[str, list[str]]]:
    """The shared nodes' statements: the entities' own, and what each release states about them."""
    merged: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for subject, predicates in parts.entities.items():
        for predicate, objects in predicates.items():
            merged[subject][predicate].update(objects)
    for fragment in parts.fragments:
        for subject, predicate, obj in fragment.shared:
            merged[subject][predicate].add(obj)
    return {s: {p: list(objects) for p, objects in predicates.items()} for s, predicates in merged.items()}


def turtle_chunks(parts: GraphParts) -> Iterator[str | bytes | memoryview]:
    """The union of all graphs as sorted Turtle (``kg.serialize.to_turtle``'s bytes), in pieces.

    A release's nodes of one kind sort together (their IRIs start with the kind and the release's
    key), so the merge sorts runs of blocks, not every block; where runs of two releases interleave
    (one release key a prefix of another), those releases' blocks are merged one by one."""
    shared = {s: block(term(URIRef(s), base=parts.base), predicates).encode("utf-8") + b"\n\n"
              for s, predicates in parts.shared.items()}
    split: set[int] = set()
    while True:
        # (first subject, last subject, fragment or -1 for a shared node, start, end)
        order = [(s, s, -1, 0, 0) for s in shared]
        for f, fragment in enumerate(parts.fragments):
            runs = fragment.pieces(parts.base) if f in split else fragment.runs
            order += [(run.first, run.last, f, run.start, run.end) for run in runs]
        order.sort()
        interleaved = {f for a, b in itertools.pairwise(order) if a[1] >= b[0] for f in (a[2], b[2]) if f >= 0}
        if not interleaved - split:
            break
        split |= interleaved
    yield "\n".join(prefix_lines(parts.base)) + "\n\n"
    last = len(order) - 1
    for n, (subject, _, f, start, end) in enumerate(order):
        cut = 1 if n == last else 0  # the file ends in one newline
        if f < 0:
            yield shared[subject][: len(shared[subject]) - cut]
            continue
        fragment = parts.fragments[f]
        if fragment.blocks or fragment.source is None:
            yield memoryview(fragment.blocks)[start : end - cut]
        else:  # blocks left in the cache file: copied from there
            yield FileSlice(fragment.source[0], fragment.source[1] + start, fragment.source[1] + end - cut)


def trig_chunks(parts: GraphParts) -> Iterator[str | bytes]:
    """The default graph, then each release's named graph by name (``kg.serialize.to_trig``'s bytes)."""
    indent = "    "
    yield "\n".join(prefix_lines(parts.base))
    shared = sorted((s, block(term(URIRef(s), base=parts.base), p, indent)) for s, p in parts.entities.items())
    if shared:
        yield "\n\n{\n" + "\n\n".join(text for _, text in shared) + "\n}"
    entity_triples = {(s, p, o) for s, predicates in parts.entities.items() for p, objects in predicates.items()
                      for o in objects}
    for fragment in sorted(parts.fragments, key=lambda f: f.graph):
        stated: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for s, p, o in fragment.shared:
            if (s, p, o) not in entity_triples:  # a triple is shared or stated, never both
                stated[s][p].append(o)
        blocks = [(piece.first, indent + fragment.data()[piece.start:piece.end - 2].decode("utf-8").replace(
            "\n", "\n" + indent)) for piece in fragment.pieces(parts.base)]
        blocks += [(s, block(term(URIRef(s), base=parts.base), p, indent)) for s, p in stated.items()]
        if blocks:
            blocks.sort()
            name = term(URIRef(fragment.graph), base=parts.base)
            yield f"\n\n{name} {{\n" + "\n\n".join(text for _, text in blocks) + "\n}"
    yield "\n"


def turtle_text(parts: GraphParts) -> str:
    """``turtle_chunks`` as one string (for graphs small enough to validate or test)."""
    return b"".join(piece_bytes(p) for p in turtle_chunks(parts)).decode()
