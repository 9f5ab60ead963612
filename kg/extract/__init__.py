"""Extractor components: each fills its part of an ``Extraction`` from a release and its Doc.

Like spaCy pipeline components, each is a small function ``(release, doc, extraction)``
registered here in the order they run; later components read what earlier ones found
(roles and quotes read the people, events read quotes and roles).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.chairpersonships import extract_chairpersonships
from kg.extract.common import doc_text
from kg.extract.documents import extract_documents
from kg.extract.events import extract_events
from kg.extract.figures import extract_figures
from kg.extract.organizations import extract_organizations
from kg.extract.people import extract_people
from kg.extract.places import extract_places
from kg.extract.quotes import extract_quotes
from kg.extract.roles import extract_roles
from kg.extract.states import extract_states
from kg.model import EXTRACTOR_VERSION, Extraction, Release
from kg.timings import stage

__all__ = ["BATCH_SIZE", "EXTRACTORS", "EXTRACTOR_VERSION", "extract_release", "extract_releases", "register"]
BATCH_SIZE = 16  # texts per nlp.pipe batch

Extractor = Callable[[Release, Doc, Extraction], None]

EXTRACTORS: dict[str, Extractor] = {}


def register(name: str, component: Extractor) -> None:
    """Add a component; components run in the order registered."""
    EXTRACTORS[name] = component


register("states", extract_states)
register("people", extract_people)
register("places", extract_places)
register("documents", extract_documents)
register("organizations", extract_organizations)
register("roles", extract_roles)
register("quotes", extract_quotes)
register("chairpersonships", extract_chairpersonships)
register("events", extract_events)
register("figures", extract_figures)


def extract_release(release: Release, doc: Doc) -> Extraction:
    """Run every registered component on one release and its parsed text."""
    if doc_text(doc) != release.text:
        raise ValueError(f"doc text is not the text of release {release.id}")
    extraction = Extraction(release=release)
    for name, component in EXTRACTORS.items():
        with stage(f"extractor {name}"):
            component(release, doc, extraction)
    return extraction


def extract_releases(releases: Iterable[Release], nlp: Language) -> Iterator[Extraction]:
    """Parse the releases with ``nlp.pipe`` (streaming, in order) and extract each.

    Parallel builds run this in worker processes (kg/pipeline.py), so the rules scale too."""
    stream = ((r.text, r) for r in releases)
    # spaCy's default batch of 1,000 texts held ~3 GB of parses at once in a one-process build; 16
    # parse as fast (the same batch as the raw spaCy figure of bench/run) in a tenth of the memory.
    parsed = nlp.pipe(stream, as_tuples=True, batch_size=BATCH_SIZE)
    while True:
        with stage("model"):  # only the parsing: the time spent in the loop's body is not the model's
            item = next(parsed, None)
        if item is None:
            return
        doc, release = item
        yield extract_release(release, doc)
