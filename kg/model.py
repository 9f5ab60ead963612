"""The records passed between pipeline stages.

ingest -> ``Release``; extractors -> ``Extraction`` (facts with ``Evidence``);
resolve -> ``KnowledgeBase`` (entities with stable keys); rdf maps a KnowledgeBase to RDF.

Every record is a plain dataclass made of str/int/date/list/None so that a stage's output
can be cached as JSON (``to_dict`` / ``from_dict``) and read back by the next stage.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import types
import typing
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True)
class Release:
    """One press release, however many files it was read from."""

    id: str  # stable: "<date>-<title slug>", e.g. "2015-07-06-osce-acts-to-combat-..."
    title: str
    date: dt.date | None
    place: str | None  # dateline place, title case ("Vienna")
    sources: tuple[str, ...] = ()  # "OSCE Chairpersonship", "OSCE Secretariat"
    fields_of_work: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()  # body, navigation dropped, a repeated body kept once
    files: tuple[str, ...] = ()  # the input files it was read from, sorted

    @property
    def text(self) -> str:
        """Title and body as one string; every Evidence offset points into it."""
        return "\n\n".join((self.title, *self.paragraphs))


@dataclass(frozen=True)
class Skipped:
    """An input file that did not become a release, and why."""

    file: str
    reason: str


# --------------------------------------------------------------------------- extract


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: ``release.text[start:end] == anchor``."""

    release_id: str
    start: int
    end: int
    anchor: str
    sentence: str


@dataclass
class PersonMention:
    name: str  # fullest written form, titles stripped ("Yury Fedotov")
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class RoleStatement:
    person: str  # PersonMention.name
    title: str  # "Executive Director"
    organization: str | None  # most specific organization named, or None
    state: str | None = None  # reference State name when a State official ("Serbia")
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class OrgMention:
    name: str  # fullest written form ("United Nations Office on Drugs and Crime")
    acronym: str | None = None  # "UNODC"
    parent: str | None = None  # name of the organization it is a unit of
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class StateMention:
    name: str  # reference name as in osce_states.csv ("Russian Federation")
    status: str  # "participating" | "asian-partner" | "mediterranean-partner"
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class PlaceMention:
    """A place that is not an OSCE State or Partner (Europe, Eastern Mediterranean)."""

    name: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ChairpersonshipMention:
    state: str  # reference State name
    year: int
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class EventRecord:
    name: str
    series: str | None = None  # "Alliance against Trafficking in Persons conference"
    ordinal: int | None = None  # 18
    start: dt.date | None = None
    end: dt.date | None = None
    place: str | None = None
    theme: str | None = None
    organizers: list[str] = field(default_factory=list)  # organization or person names
    speakers: list[str] = field(default_factory=list)  # person names
    participants: list[str] = field(default_factory=list)  # person names (speakers included)
    attendance: int | None = None  # people attending
    states_count: int | None = None  # participating States represented
    partners_count: int | None = None  # Partners for Co-operation represented
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class QuoteRecord:
    speaker: str | None  # person name, None when unattributed
    text: str  # the quoted words, exactly as written, multi-sentence quotes whole
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class DocumentMention:
    """A convention, plan or agenda: named, but not an organization."""

    name: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class FigureRecord:
    value: str  # "800,000 to 900,000"
    counts: str  # "people trafficked world-wide each year"
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything the extractors found in one release."""

    release: Release
    people: list[PersonMention] = field(default_factory=list)
    roles: list[RoleStatement] = field(default_factory=list)
    organizations: list[OrgMention] = field(default_factory=list)
    states: list[StateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    chairpersonships: list[ChairpersonshipMention] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    documents: list[DocumentMention] = field(default_factory=list)
    figures: list[FigureRecord] = field(default_factory=list)


# --------------------------------------------------------------------------- resolve
# Keys are ASCII, lower-case slugs, unique within their kind and stable across runs and
# input orders; rdf.py turns them into IRIs ("<base>person/<key>").


@dataclass
class Person:
    key: str  # "valiant-richey"
    name: str
    aliases: list[str] = field(default_factory=list)  # other written forms seen
    releases: list[str] = field(default_factory=list)  # release ids


@dataclass
class Organization:
    key: str  # "unodc"
    name: str
    acronym: str | None = None
    parent: str | None = None  # Organization key
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None  # "Q..." when the gazetteer knows it
    releases: list[str] = field(default_factory=list)


@dataclass
class State:
    key: str  # ISO alpha-2, lower case ("rs")
    name: str  # reference name ("Serbia")
    status: str
    iso: str
    wikidata: str


@dataclass
class Place:
    key: str
    name: str


@dataclass
class Chairpersonship:
    key: str  # "<iso>-<year>"
    state: str  # State key
    year: int
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class EventSeries:
    key: str
    name: str


@dataclass
class Event:
    key: str
    name: str
    release: str  # id of the release reporting it
    series: str | None = None  # EventSeries key
    ordinal: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    place: str | None = None  # Place key
    theme: str | None = None
    organizers: list[str] = field(default_factory=list)  # Organization keys
    organizer_people: list[str] = field(default_factory=list)  # Person keys
    speakers: list[str] = field(default_factory=list)  # Person keys
    participants: list[str] = field(default_factory=list)  # Person keys
    attendance: int | None = None
    states_count: int | None = None
    partners_count: int | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Membership:
    """A person holding a role in an organization (W3C ORG)."""

    person: str  # Person key
    role: str  # role title as written ("Executive Director")
    organization: str | None  # Organization key
    state: str | None = None  # State key, for State officials
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Quotation:
    key: str  # "<release id>-q<n>"
    text: str
    release: str
    person: str | None = None  # Person key
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Document:
    key: str
    name: str
    releases: list[str] = field(default_factory=list)


@dataclass
class Mention:
    """A release naming an entity: kind is person|organization|state|place|document."""

    release: str
    kind: str
    key: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class KnowledgeBase:
    releases: list[Release] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    states: list[State] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    chairpersonships: list[Chairpersonship] = field(default_factory=list)
    series: list[EventSeries] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    figures: list[FigureRecord] = field(default_factory=list)
    # Releases whose records were read from the cache without their evidence (``kg.pipeline``): their graph
    # parts are the cached ones, and no part of them may be made from this knowledge base.
    without_evidence: frozenset[str] = frozenset()


# --------------------------------------------------------------------------- parts of a knowledge base


def by_release(kb: KnowledgeBase, skip: Collection[str] = ()) -> dict[str, KnowledgeBase]:
    """Each release's own part of ``kb``, in one pass: its events, quotations, mentions and
    figures; the memberships and Chairpersonships with that release's evidence only; the people,
    organizations and documents it names (their ``releases`` cut to it) and the people its events
    name; all States. What the release states in the graph is a function of its part alone.
    Records of a release id ``kb.releases`` lacks get a part too, with no release in it.
    The releases whose ids are in ``skip`` get no part."""
    views: dict[str, KnowledgeBase] = defaultdict(lambda: KnowledgeBase(states=kb.states))
    for release in kb.releases:
        if release.id not in skip:
            views[release.id].releases.append(release)
    people = {p.key: p for p in kb.people}
    for person in kb.people:
        for rid in person.releases:
            if rid not in skip:
                views[rid].people.append(_copy(person, releases=[rid]))
    for org in kb.organizations:
        for rid in org.releases:
            if rid not in skip:
                views[rid].organizations.append(_copy(org, releases=[rid]))
    for doc in kb.documents:
        for rid in doc.releases:
            if rid not in skip:
                views[rid].documents.append(_copy(doc, releases=[rid]))
    for kind, records in (("memberships", kb.memberships), ("chairpersonships", kb.chairpersonships),
                          ("figures", kb.figures)):
        for record in records:
            for rid, evidence in _by_release_id(record.evidence).items():
                if rid not in skip:
                    getattr(views[rid], kind).append(_copy(record, evidence=evidence))
    for kind, records in (("events", kb.events), ("quotations", kb.quotations), ("mentions", kb.mentions)):
        for record in records:
            if record.release not in skip:
                getattr(views[record.release], kind).append(record)
    for view in views.values():
        named = {p.key for p in view.people}
        for event in view.events:
            for key in (*event.organizer_people, *event.speakers, *event.participants):
                if key not in named and key in people:
                    view.people.append(_copy(people[key], releases=[]))
                    named.add(key)
    return dict(views)


def newest(kb: KnowledgeBase, count: int) -> list[str]:
    """Ids of the ``count`` newest releases (by date, then id; undated ones count as oldest)."""
    ordered = sorted(kb.releases, key=lambda r: (r.date or dt.date.min, r.id))
    return [r.id for r in ordered[-count:]] if count > 0 else []


def subset(kb: KnowledgeBase, release_ids: Iterable[str]) -> KnowledgeBase:
    """The knowledge base of some releases only: their records, the evidence they give, and the
    entities those name (a State, organization or person no kept record names is left out)."""
    ids = set(release_ids)

    def within(evidence: list[Evidence]) -> list[Evidence]:
        return [ev for ev in evidence if ev.release_id in ids]

    part = KnowledgeBase(releases=[r for r in kb.releases if r.id in ids])
    part.memberships = [dataclasses.replace(m, evidence=ev) for m in kb.memberships if (ev := within(m.evidence))]
    part.chairpersonships = [dataclasses.replace(c, evidence=ev) for c in kb.chairpersonships
                             if (ev := within(c.evidence))]
    part.figures = [dataclasses.replace(f, evidence=ev) for f in kb.figures if (ev := within(f.evidence))]
    part.events = [e for e in kb.events if e.release in ids]
    part.quotations = [q for q in kb.quotations if q.release in ids]
    part.mentions = [m for m in kb.mentions if m.release in ids]
    named: dict[str, set[str]] = {kind: {m.key for m in part.mentions if m.kind == kind}
                                  for kind in ("person", "organization", "state", "place", "document")}
    named["person"] |= {m.person for m in part.memberships} | {q.person for q in part.quotations if q.person}
    named["person"] |= {key for e in part.events for key in (*e.organizer_people, *e.speakers, *e.participants)}
    named["organization"] |= {m.organization for m in part.memberships if m.organization}
    named["organization"] |= {key for e in part.events for key in e.organizers}
    named["state"] |= {m.state for m in part.memberships if m.state} | {c.state for c in part.chairpersonships}
    named["place"] |= {e.place for e in part.events if e.place}
    organizations = {o.key: o for o in kb.organizations}
    for key in list(named["organization"]):  # and their parents, so the hierarchy stays linked
        while key in organizations and organizations[key].parent and organizations[key].parent not in named[
                "organization"]:
            key = organizations[key].parent
            named["organization"].add(key)

    def cut(records: list, kind: str) -> list:
        return [dataclasses.replace(r, releases=[i for i in r.releases if i in ids]) for r in records
                if r.key in named[kind] or ids.intersection(r.releases)]

    part.people = cut(kb.people, "person")
    part.organizations = cut(kb.organizations, "organization")
    part.documents = cut(kb.documents, "document")
    part.states = [s for s in kb.states if s.key in named["state"]]
    part.places = [p for p in kb.places if p.key in named["place"]]
    part.series = [s for s in kb.series if s.key in {e.series for e in part.events}]
    return part


def _copy(record: T, **changes: Any) -> T:
    """``dataclasses.replace`` without running ``__init__`` again: ``by_release`` makes some 25 copies a
    release, and at 10,000 releases ``replace`` took a second. The records have no ``__post_init__``."""
    copy = object.__new__(type(record))
    copy.__dict__.update(record.__dict__, **changes)
    return copy


def _by_release_id(evidence: list[Evidence]) -> dict[str, list[Evidence]]:
    groups: dict[str, list[Evidence]] = {}
    for ev in evidence:
        groups.setdefault(ev.release_id, []).append(ev)
    return groups


# --------------------------------------------------------------------------- JSON


def to_dict(record: Any) -> Any:
    """A JSON-ready copy of any record above (dates as ISO strings)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(item) for item in record]
    if isinstance(record, dt.date):
        return record.isoformat()
    return record


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild a record of type ``cls`` from ``to_dict`` output."""
    return _convert(cls, data)


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(inner[0], value)
    if origin in (list, tuple):
        arg = typing.get_args(tp)[0]
        items = [_convert(arg, v) for v in value]
        return tuple(items) if origin is tuple else items
    if tp is dt.date:
        return dt.date.fromisoformat(value)
    if dataclasses.is_dataclass(tp):
        kwargs = {name: _convert(hint, value[name]) for name, hint in _fields(tp) if name in value}
        return tp(**kwargs)
    return value


@functools.cache
def _fields(tp: type) -> tuple[tuple[str, Any], ...]:
    """(name, type) of a record's fields; resolving the hints is slow, so once per class."""
    hints = typing.get_type_hints(tp)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(tp))


def _records_shape() -> str:
    """A fingerprint of every record class's fields: pickled caches of another shape are not read."""
    classes = sorted((obj for obj in globals().values() if dataclasses.is_dataclass(obj) and isinstance(obj, type)),
                     key=lambda c: c.__name__)
    text = ";".join(f"{c.__name__}({','.join(f'{n}:{t}' for n, t in _fields(c))})" for c in classes)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


RECORDS_SHAPE = _records_shape()

# What the extractors make of a release (kg/extract): bump it when their output changes, and the
# extraction caches made before are not read. Kept here, with the records' shape, so that reading
# the caches does not import the extractors (and spaCy).
EXTRACTOR_VERSION = "500"

