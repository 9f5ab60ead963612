"""Where a build's time goes: seconds per stage, for ``kg build --timings`` and the benchmark.

Stages add their seconds to one process-wide counter, as logging keeps its loggers: the stages
are far apart in the code, and a counter handed down through every call would be noise. Worker
processes send theirs back with their extractions (kg/pipeline.py), so the model's and the
extractors' seconds are summed over all processes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from time import perf_counter

SECONDS: Counter[str] = Counter()

# The stages in the order they run, with their depth: the ones under "extraction" are part of it (and
# the model's and extractors' seconds are summed over the worker processes, so with several jobs
# they may add up to more than its wall time).
STAGES = [
    ("ingest", 0, "ingest (read and split the files)"),
    ("extraction", 0, "extraction (wall time)"),
    ("model load", 1, "spaCy model loaded"),
    ("model", 1, "spaCy nlp.pipe (the model and the gazetteer ruler)"),
    ("extractors", 1, "extractors"),
    ("cache", 1, "extraction cache reads and writes"),
    ("resolution", 0, "resolution across releases"),
    ("rdf", 0, "RDF: each release's graph and the shared entities"),
    ("validation", 0, "SHACL validation"),
    ("page", 0, "graph.html"),
    ("write", 0, "Turtle and files written"),
]


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Add the seconds the ``with`` block takes to ``name``."""
    start = perf_counter()
    try:
        yield
    finally:
        SECONDS[name] += perf_counter() - start


def taken() -> dict[str, float]:
    """The seconds counted so far, and the counter emptied (a worker sends them after each chunk)."""
    seconds = dict(SECONDS)
    SECONDS.clear()
    return seconds


def report(total: float) -> list[str]:
    """The timings as aligned lines: each stage's seconds and share of ``total`` (the build's wall time)."""
    rows: list[tuple[str, float]] = []
    for key, depth, label in STAGES:
        indent = "  " * depth
        if key == "extractors":
            components = sorted(((k.split(" ", 1)[1], v) for k, v in SECONDS.items() if k.startswith("extractor ")),
                                key=lambda item: -item[1])
            if components:
                rows.append((f"{indent}{label}", sum(v for _, v in components)))
                rows += [(f"{indent}  {name}", seconds) for name, seconds in components]
        elif key in SECONDS:
            rows.append((f"{indent}{label}", SECONDS[key]))
    rows.append(("total (wall time)", total))
    width = max(len(label) for label, _ in rows)
    lines = ["kg build timings (the model's and extractors' seconds are summed over the extraction processes)"]
    lines += [f"{label:<{width}}  {seconds:9.2f} s  {seconds / total:6.1%}" for label, seconds in rows]
    return lines
