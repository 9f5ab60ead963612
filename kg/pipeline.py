"""The build, stage by stage: releases -> extractions (cached) -> knowledge base.

Extraction is the expensive stage (the spaCy model), so each release's ``Extraction`` is
cached (pickled) under a key of (release content, extractor version, model name): an unchanged
release is never parsed again, and resolution is redone from the cache.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import multiprocessing
import multiprocessing.pool
import os
import pickle
import signal
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kg.files import DamagedEntry, entry_path, read_split_entry, write_split_entry
from kg.model import EXTRACTOR_VERSION, RECORDS_SHAPE, Extraction, KnowledgeBase, Release
from kg.nlp import default_model, load_nlp
from kg.resolve import resolve
from kg.timings import SECONDS, stage, taken

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_CACHE = Path(".kg-cache")
# spaCy's default nlp.max_length: facts are read from at most this many characters of a release.
TEXT_LIMIT = 1_000_000


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    corrupt: int = 0  # entries found unreadable and recomputed


def extraction_key(release: Release, model: str) -> str:
    """What fixes a release's extraction: its content, the extractors' version and the model.
    The content, not the paths it was read from: a moved or renamed folder is still cached."""
    content = tuple(getattr(release, f.name) for f in fields(release) if f.name != "files")
    payload = pickle.dumps((content, EXTRACTOR_VERSION, model, RECORDS_SHAPE), protocol=4)
    return hashlib.sha256(payload).hexdigest()


def fingerprint(extraction_key: str, decisions: list) -> str:
    """What fixes a release's part of the knowledge base (``kg.model.by_release``): its extraction
    and what resolution decided for it (``kg.resolve.resolve``'s ``decisions``)."""
    payload = pickle.dumps(decisions, protocol=pickle.HIGHEST_PROTOCOL)
    return hashlib.sha256(extraction_key.encode("ascii") + payload).hexdigest()


# An entry (``kg.files.write_split_entry``): the extraction without the evidence of the records of ``_APART``, then
# that evidence. A build whose graph part of a release is cached reads the head only.
# Records whose evidence is read only with the whole entry; the organizations' is in the head (resolution reads their
# written forms), and so is the figures' (the shared entities cite their first).
_APART = ("people", "roles", "states", "places", "chairpersonships", "events", "quotes", "documents")


class ExtractionCache:
    """One file per release, two pickles; a half-written or damaged entry is detected and recomputed.

    Pickle, not JSON: rebuilding the records from JSON took 5 ms a release, from pickle 0.1 ms,
    which is what lets a 10,000-release build be redone from the cache in seconds. The cache is
    this machine's own work folder (like ``__pycache__``): do not fill it from untrusted sources."""

    def __init__(self, folder: Path, model: str) -> None:
        self.folder = folder / f"v{EXTRACTOR_VERSION}"
        self.model = model
        self.stats = CacheStats()

    def key(self, release: Release) -> str:
        return extraction_key(release, self.model)

    def has(self, key: str) -> bool:
        """Whether an entry is stored under ``key`` (``get`` may still find it damaged)."""
        return os.path.exists(entry_path(self.folder, key))

    def get(self, release: Release, key: str | None = None, evidence: bool = True) -> Extraction | None:
        """The stored extraction of ``release`` (whose ``key`` the caller may know already); without
        ``evidence``, its records of ``_APART`` come with none."""
        key = key or self.key(release)
        try:
            entry = read_split_entry(entry_path(self.folder, key), key, Extraction, rest=evidence)
            if entry is None:
                return None
            extraction = entry.head
            if evidence and not _join_evidence(extraction, pickle.loads(entry.rest)):
                raise DamagedEntry(key)
        except Exception:  # noqa: BLE001 - DamagedEntry, or unpickling damaged evidence: anything
            self.stats.corrupt += 1  # recompute rather than trust it
            return None
        # The entry holds no release: its key is the release's content, so this is the release it was made from.
        extraction.release = release
        return extraction

    def put(self, extraction: Extraction, key: str | None = None) -> None:
        """Store ``extraction`` (under ``key``, when the caller knows it already); atomically, not flushed to disk
        (an entry a crash damages is detected and made again)."""
        key = key or self.key(extraction.release)
        _share_sentences(extraction)
        head = replace(extraction, release=None, **{kind: [replace(record, evidence=[]) for record in
                                                          getattr(extraction, kind)] for kind in _APART})
        apart = [record.evidence for kind in _APART for record in getattr(extraction, kind)]
        write_split_entry(entry_path(self.folder, key), key, head,
                          [pickle.dumps(apart, protocol=pickle.HIGHEST_PROTOCOL)])


def _join_evidence(extraction: Extraction, apart: list) -> bool:
    """Give the records of ``_APART`` their evidence, stored apart; False if it does not fit them."""
    records = [record for kind in _APART for record in getattr(extraction, kind)]
    if not isinstance(apart, list) or len(apart) != len(records):
        return False
    for record, evidence in zip(records, apart, strict=True):
        record.evidence = evidence
    return True


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector off for a while. Loading and resolving an archive makes millions of
    records that live to the end of the build, and every full collection walks them all again (at
    10,000 releases, more than half the time). The records hold no reference cycles, so nothing
    is kept that should be freed; the collector is switched back on afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            # What was made meanwhile goes to the permanent generation: the first collection after
            # this would otherwise walk it all (3 s at 10,000 releases). Reference counting still frees it.
            gc.freeze()
            gc.enable()


def _share_sentences(extraction: Extraction) -> None:
    """One string object per distinct evidence sentence: pickle then stores each sentence once,
    and loading an archive's cache makes a fraction of the strings."""
    seen: dict[str, str] = {}
    for records in (extraction.people, extraction.roles, extraction.organizations, extraction.states,
                    extraction.places, extraction.chairpersonships, extraction.events, extraction.quotes,
                    extraction.documents, extraction.figures):
        for record in records:
            record.evidence = [replace(ev, sentence=seen.setdefault(ev.sentence, ev.sentence))
                               for ev in record.evidence]


def default_jobs() -> int:
    """The machine's cores (those this process may use)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class WarmWorker:
    """One worker process that loads the model from the start of a build, while the build reads its
    files and its cache: adding a release to a cached archive then waits for neither the model nor
    the reading (each takes seconds). Used when only a few releases turn out to need the model, else
    stopped (``extract_all``)."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.pool = multiprocessing.get_context("fork").Pool(1, initializer=_worker_start, initargs=(model,))

    @classmethod
    def for_build(cls, model: str | None, jobs: int, cache_dir: Path | None) -> WarmWorker | None:
        """A warm worker when the build is likely to add a few releases to a cached archive: several
        cores, a cache of this extractor version, and processes that can be forked."""
        if jobs <= 1 or cache_dir is None or "fork" not in multiprocessing.get_all_start_methods() \
                or not (cache_dir / f"v{EXTRACTOR_VERSION}").is_dir():
            return None
        return cls(model or default_model())

    def stop(self) -> None:
        self.pool.terminate()
        self.pool.join()


def extract_all(
    releases: list[Release],
    model: str | None = None,
    jobs: int = 1,
    cache_dir: Path | None = None,
    progress: Callable[[int], None] | None = None,
    warm: WarmWorker | None = None,
    evidence_of: Collection[str] | None = None,
) -> tuple[list[Extraction], CacheStats, list[str], set[str]]:
    """Extractions of ``releases``, in order, from the cache where possible; their ``extraction_key``; and the
    ids of those read without the evidence of their records of ``_APART``: with ``evidence_of``, the cached
    releases whose ids it lacks.

    The releases the cache lacks are extracted by ``jobs`` worker processes started first (or by the
    ``warm`` worker, when they are one chunk), while this process loads the cached ones: adding a
    release to an archive loads the model and parses it during the loading, not after."""
    model_name = model or default_model()
    cache = ExtractionCache(cache_dir, model_name) if cache_dir is not None else None
    results: list[Extraction | None] = [None] * len(releases)
    keys = [extraction_key(release, model_name) for release in releases]
    cached = [i for i, key in enumerate(keys) if cache and cache.has(key)]
    absent = sorted(set(range(len(releases))).difference(cached))
    if warm is not None and (warm.model != model_name or not absent or len(absent) > CHUNK):
        warm.stop()  # nothing to extract, or more than one worker's share
        warm = None
    if warm is not None:
        extracting = _collected(warm.pool, warm.pool.imap(_worker_extract, [[releases[i] for i in absent]]))
    else:
        extracting = _extract([releases[i] for i in absent], model_name, jobs, background=bool(cached))
    damaged: list[int] = []
    without: set[str] = set()
    with gc_paused(), stage("cache"):
        for i in cached:
            assert cache is not None  # only a cache has entries
            evidence = evidence_of is None or releases[i].id in evidence_of
            results[i] = cache.get(releases[i], keys[i], evidence=evidence)
            if results[i] is None:
                damaged.append(i)  # extracted again below
            else:
                if not evidence:
                    without.add(releases[i].id)
                if progress:
                    progress(1)
    stats = cache.stats if cache else CacheStats()
    stats.misses = len(absent) + len(damaged)
    stats.hits = len(releases) - stats.misses
    again = _extract([releases[i] for i in damaged], model_name, jobs)
    for i, extraction in itertools.chain(zip(absent, extracting, strict=True), zip(damaged, again, strict=True)):
        results[i] = extraction
        if cache:
            with stage("cache"):
                cache.put(extraction, keys[i])
        if progress:
            progress(1)
    return [r for r in results if r is not None], stats, keys, without


CHUNK = 16  # releases per task: large enough to amortize pickling, small enough to balance the workers


def _extract(releases: list[Release], model: str, jobs: int, background: bool = False) -> Iterator[Extraction]:
    """Extractions in input order. With several jobs, each worker process runs the whole
    extraction (model and rules) on chunks of releases, so the rules scale with the cores too.
    The workers start at once; with ``background``, even one chunk goes to a worker, so that the
    caller can load the cache meanwhile."""
    if not releases:
        return iter(())
    workers = max(1, min(jobs, -(-len(releases) // CHUNK)))
    if jobs <= 1 or (workers == 1 and not background):
        return _extract_in_process(releases, load_nlp(model))
    chunks = [releases[i : i + CHUNK] for i in range(0, len(releases), CHUNK)]
    pool = multiprocessing.Pool(workers, initializer=_worker_start, initargs=(model,))
    return _collected(pool, pool.imap(_worker_extract, chunks))


def _collected(pool: multiprocessing.pool.Pool, chunks: Iterator[tuple[list[Extraction], dict[str, float]]]
               ) -> Iterator[Extraction]:
    try:
        for chunk, seconds in chunks:
            SECONDS.update(seconds)  # the worker's model and extractor seconds
            yield from chunk
    except BaseException:
        pool.terminate()  # Ctrl-C or a failure: stop the workers now, not after their chunks
        raise
    else:
        pool.close()
    finally:
        pool.join()


_WORKER_NLP = None


def _worker_start(model: str) -> None:
    global _WORKER_NLP
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    taken()  # a forked worker starts with the parent's timings: it sends back only its own
    _WORKER_NLP = load_nlp(model)


def _worker_extract(chunk: list[Release]) -> tuple[list[Extraction], dict[str, float]]:
    extractions = list(_extract_in_process(chunk, _WORKER_NLP))
    return extractions, taken()


def _extract_in_process(releases: list[Release], nlp: Language) -> Iterator[Extraction]:
    """Facts are read from at most ``nlp.max_length`` characters of a release (the model's own
    limit); the release itself, and so the graph, keeps its whole text."""
    from kg.extract import extract_releases  # with spaCy: only when something is extracted

    fitted = [fit_to_length(r, min(TEXT_LIMIT, nlp.max_length)) for r in releases]
    for original, extraction in zip(releases, extract_releases(fitted, nlp), strict=True):
        extraction.release = original
        yield extraction


def fit_to_length(release: Release, limit: int) -> Release:
    """The release cut after its last whole paragraph within ``limit`` characters; offsets into
    the cut text are offsets into the whole text, since the start is the same."""
    if len(release.text) <= limit:
        return release
    kept: list[str] = []
    size = len(release.title)
    for paragraph in release.paragraphs:
        size += 2 + len(paragraph)
        if size > limit:
            break
        kept.append(paragraph)
    if not kept and len(release.title) > limit:
        return replace(release, title=release.title[:limit], paragraphs=())
    return replace(release, paragraphs=tuple(kept))


def build_knowledge_base(
    releases: list[Release],
    model: str | None = None,
    jobs: int = 1,
    cache_dir: Path | None = None,
    stats: CacheStats | None = None,
    progress: Callable[[int], None] | None = None,
    fingerprints: dict[str, str] | None = None,
    warm: WarmWorker | None = None,
    whole: Collection[str] = (),
    parts_cached: Callable[[KnowledgeBase, dict[str, str]], set[str]] | None = None,
) -> KnowledgeBase:
    """Resolved entities and facts of ``releases`` (extractors run with ``model``).

    With ``cache_dir``, extractions are read from and written to that cache; ``stats``, when
    given, receives its hit and miss counts; ``fingerprints``, each release's ``fingerprint``;
    ``warm``, a ``WarmWorker`` started with the build.

    With ``parts_cached`` too (which says, given the knowledge base and the fingerprints, the releases whose
    graph parts are cached), a cached release whose id ``whole`` lacks is read without most of its evidence
    (``ExtractionCache.get``), which its cached graph part holds: most of a rebuild's reading of the cache. The
    releases without a cached part are read whole again and resolved anew; the others are the knowledge base's
    ``without_evidence``."""
    light = cache_dir is not None and fingerprints is not None and parts_cached is not None
    with stage("extraction"):
        extractions, found, keys, without = extract_all(releases, model=model, jobs=jobs, cache_dir=cache_dir,
                                                        progress=progress, warm=warm,
                                                        evidence_of=set(whole) if light else None)
    if stats is not None:
        stats.hits, stats.misses, stats.corrupt = found.hits, found.misses, found.corrupt
    with gc_paused(), stage("resolution"):
        if fingerprints is None:
            return resolve(extractions)
        kb, prints = resolve_with_fingerprints(extractions, keys)
    if without:
        assert cache_dir is not None and parts_cached is not None
        lacking = without - parts_cached(kb, prints)
        if lacking:
            # Parts to make anew from records read without their evidence: read them whole, and resolve again.
            cache = ExtractionCache(cache_dir, model or default_model())
            with gc_paused(), stage("cache"):
                for i, extraction in enumerate(extractions):
                    if extraction.release.id in lacking:
                        whole_one = cache.get(extraction.release, keys[i])
                        if whole_one is None:  # damaged meanwhile
                            (whole_one,) = _extract([extraction.release], model or default_model(), 1)
                        extractions[i] = whole_one
            with gc_paused(), stage("resolution"):
                kb, prints = resolve_with_fingerprints(extractions, keys)
            without -= lacking
        kb.without_evidence = frozenset(without)
    fingerprints.update(prints)
    return kb


def resolve_with_fingerprints(extractions: list[Extraction], keys: list[str]) -> tuple[KnowledgeBase, dict[str, str]]:
    """``resolve(extractions)`` and each release's ``fingerprint`` (``keys``: their ``extraction_key``s)."""
    decisions: dict[str, list] = {}
    kb = resolve(extractions, decisions)
    return kb, {extraction.release.id: fingerprint(key, decisions[extraction.release.id])
                for extraction, key in zip(extractions, keys, strict=True)}
