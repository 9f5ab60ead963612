"""Ontology mapping: a ``KnowledgeBase`` -> RDF (the shape is in docs/data-model.md).

Triples are collected per graph: shared entities (people, organizations, States, roles, ...)
in the default graph; what one release states (its own description, its events, quotations,
mentions, evidence, and the provenance links of memberships it supports) in a named graph
``<base>release/<id>``. ``build_graph`` returns their union, ``build_dataset`` keeps them apart
for TriG. Sets, sorted keys and min() make the result independent of the input order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import ORG, OWL, PROV, SDO, SKOS
from rdflib.term import Node

from kg.model import Evidence, KnowledgeBase, Release
from kg.serialize import to_turtle
from kg.slug import slugify
from kg.vocab import DEFAULT_BASE, KG, NIF, ONTOLOGY_IRI, PREFIXES, WD

__all__ = ["DEFAULT_BASE", "KG", "NIF", "WD", "PREFIXES", "ONTOLOGY_IRI", "ONTOLOGY_FILE", "Iris", "build_graph",
           "build_dataset", "union", "new_graph", "to_turtle", "registered_iris", "entity_triples", "release_triples",
           "LOCAL_KINDS"]

ONTOLOGY_FILE = Path(__file__).with_name("ontology.ttl")  # defines every kg: term; the graph imports it

SAFE_KEY = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*\Z")
# Characters kept as they are in a base IRI; everything else (spaces, <>"{}|^`\, non-ASCII) is
# percent-encoded so the IRI is legal in Turtle, N-Triples and JSON-LD alike.
_BASE_SAFE = ":/?#[]@!$&'()*+,;=%-._~"

STATE_TYPES = {
    "participating": (KG.ParticipatingState,),
    "asian-partner": (KG.PartnerForCooperation, KG.AsianPartnerForCooperation),
    "mediterranean-partner": (KG.PartnerForCooperation, KG.MediterraneanPartnerForCooperation),
}
# Mention.kind -> IRI kind
MENTION_KINDS = {"person": "person", "organization": "org", "state": "state", "place": "place",
                 "document": "document"}

Triple = tuple[URIRef, URIRef, Node]

# IRI kinds of nodes that belong to one release (their keys start with its id or its events'):
# each is described in that release's named graph and nowhere else.
LOCAL_KINDS = ("release", "evidence", "event", "participation", "quote", "mention", "figure")


class Iris:
    """Entity IRIs under one base: ``iris.of("person", "valiant-richey")``.

    Keys from resolve are used as they are when they are safe slugs. Unsafe keys of the entities
    ``register``-ed for a kind are re-slugged, in sorted order, with ``-2``, ``-3`` ... on a
    collision, so the same key set always gives the same IRIs.
    """

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        base = quote(base, safe=_BASE_SAFE)
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self._keys: dict[str, dict[str, str]] = defaultdict(dict)

    def register(self, kind: str, keys: Iterable[str], max_length: int = 80) -> None:
        keys = set(keys)
        taken = {k for k in keys if SAFE_KEY.match(k)} | set(self._keys[kind].values())
        for key in sorted(keys - taken - self._keys[kind].keys()):
            stem = slugify(key, max_length=max_length) or kind
            slug, n = stem, 2
            while slug in taken:
                slug, n = f"{stem}-{n}", n + 1
            self._keys[kind][key] = slug
            taken.add(slug)

    def key(self, kind: str, key: str) -> str:
        if key in self._keys[kind]:
            return self._keys[kind][key]
        return key if SAFE_KEY.match(key) else (slugify(key) or kind)

    def registered(self) -> dict[str, dict[str, str]]:
        """kind -> {key: slug} for the keys that were re-slugged (the others are used as they are)."""
        return {kind: dict(keys) for kind, keys in self._keys.items() if keys}

    def of(self, kind: str, key: str) -> URIRef:
        return URIRef(f"{self.base}{kind}/{self.key(kind, key)}")


def new_graph() -> Graph:
    """An empty graph with the prefixes of kg.vocab bound (and no others)."""
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def build_graph(kb: KnowledgeBase, base: str = DEFAULT_BASE) -> Graph:
    """The whole knowledge base as one RDF graph (the union of ``build_dataset``'s graphs)."""
    graph = new_graph()
    for triples in _Builder(kb, Iris(base)).build().values():
        for triple in triples:
            graph.add(triple)
    return graph


def union(dataset: Dataset) -> Graph:
    """All triples of ``dataset``'s graphs in one graph: what ``build_graph`` returns."""
    graph = new_graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def build_dataset(kb: KnowledgeBase, base: str = DEFAULT_BASE) -> Dataset:
    """Shared entities in the default graph, each release's statements in graph ``<base>release/<id>``."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True, replace=True)
    for name, triples in _Builder(kb, Iris(base)).build().items():
        graph = dataset.default_graph if name is None else dataset.graph(name)
        for triple in triples:
            graph.add(triple)
    return dataset


def registered_iris(kb: KnowledgeBase, base: str = DEFAULT_BASE) -> Iris:
    """The IRIs of every entity of ``kb``: build per-release graphs with one such ``Iris`` so that
    they name things as the whole graph does."""
    iris = Iris(base)
    _Builder(kb, iris).register_keys()
    return iris


def entity_triples(kb: KnowledgeBase, iris: Iris) -> set[Triple]:
    """The default graph: the shared entities (people, organizations, States, roles, ...)."""
    return _Builder(kb, iris, stated=False).build(register=False).get(None, set())


def release_triples(release_id: str, view: KnowledgeBase, iris: Iris) -> set[Triple]:
    """The named graph of release ``release_id``, from its part ``view`` (``kg.model.by_release``)."""
    return _Builder(view, iris, entities=False).build(register=False).get(iris.of("release", release_id), set())


# Literals are immutable and a release repeats its sentences and offsets in many statements: making an
# rdflib Literal costs microseconds, looking one up far less.
@lru_cache(maxsize=1 << 16)
def _text(value: str) -> Literal:
    return Literal(value)


def _date(value) -> Literal:  # noqa: ANN001 - a datetime.date
    return Literal(value.isoformat(), datatype=XSD.date)


@lru_cache(maxsize=1 << 14)
def _int(value: int, datatype: URIRef = XSD.integer) -> Literal:
    return Literal(str(value), datatype=datatype)


# Namespace attributes make a new URIRef at each use; evidence() uses these for each of ~60 evidence
# nodes of a release.
_TYPE, _EVIDENCE, _NIF_STRING, _DERIVED = RDF.type, KG.Evidence, NIF.String, PROV.wasDerivedFrom
_BEGIN, _END, _NON_NEGATIVE = NIF.beginIndex, NIF.endIndex, XSD.nonNegativeInteger
_ANCHOR, _SENTENCE, _HAS_EVIDENCE = NIF.anchorOf, KG.sentence, KG.evidence


def _names(names: Iterable[str]) -> tuple[str, list[str]]:
    """One preferred name (the first in sort order, so input order does not matter) and the rest."""
    ordered = sorted(set(names))
    return ordered[0], ordered[1:]


class _Builder:
    """Collects the triples of one KnowledgeBase, keyed by graph (None = default graph)."""

    def __init__(self, kb: KnowledgeBase, iris: Iris, entities: bool = True, stated: bool = True) -> None:
        self.kb = kb
        self.iris = iris
        self.graphs: dict[URIRef | None, set[Triple]] = defaultdict(set)
        # Which graphs to collect: the shared entities (default graph), what releases state, or both.
        self.want_entities = entities
        self.want_stated = stated
        self._release_iris: dict[str, URIRef] = {}

    # ----------------------------------------------------------------- helpers

    def entity(self, s: URIRef, p: URIRef, o: Node) -> None:
        if self.want_entities:
            self.graphs[None].add((s, p, o))

    def stated(self, release_id: str, s: URIRef, p: URIRef, o: Node) -> None:
        if self.want_stated:
            self.graphs[self.release(release_id)].add((s, p, o))

    def scheme(self) -> URIRef:
        """The fields-of-work concept scheme, ``<base>field/``."""
        return URIRef(f"{self.iris.base}field/")

    def release(self, release_id: str) -> URIRef:
        iri = self._release_iris.get(release_id)
        if iri is None:
            iri = self._release_iris[release_id] = self.iris.of("release", release_id)
        return iri

    def evidence(self, statement: URIRef, evidence: Iterable[Evidence], derived: bool = True) -> None:
        """Link ``statement`` to NIF evidence nodes, and (``derived``) to the releases they are in."""
        if not self.want_stated:
            return
        for ev in evidence:
            release = self.release(ev.release_id)
            node = self.iris.of("evidence", f"{self.iris.key('release', ev.release_id)}-{ev.start}-{ev.end}")
            self.graphs[release].update((
                (node, _TYPE, _EVIDENCE),
                (node, _TYPE, _NIF_STRING),
                (node, _DERIVED, release),
                (node, _BEGIN, _int(ev.start, _NON_NEGATIVE)),
                (node, _END, _int(ev.end, _NON_NEGATIVE)),
                (node, _ANCHOR, _text(ev.anchor)),
                (node, _SENTENCE, _text(ev.sentence)),
                (statement, _HAS_EVIDENCE, node),
            ))
            if derived:
                self.graphs[release].add((statement, _DERIVED, release))

    def organization(self, node: URIRef, name: str, aliases: Iterable[str] = ()) -> None:
        self.entity(node, RDF.type, SDO.Organization)
        self.entity(node, RDF.type, ORG.Organization)
        self.entity(node, SDO.name, _text(name))
        for alias in set(aliases) - {name}:
            self.entity(node, SDO.alternateName, _text(alias))

    # ----------------------------------------------------------------- build

    def build(self, register: bool = True) -> dict[URIRef | None, set[Triple]]:
        kb = self.kb
        if register:
            self.register_keys()
        self.header()
        self.shared_from_releases()
        for release in kb.releases:
            self.add_release(release)
        self.add_people()
        self.add_organizations()
        self.add_states()
        self.add_places_and_series()
        self.add_events()
        self.add_memberships()
        self.add_quotations()
        self.add_documents()
        self.add_mentions()
        self.add_figures()
        # A triple is either shared or stated by releases, never both.
        shared = self.graphs[None]
        for name in self.graphs:
            if name is not None:
                self.graphs[name] -= shared
        return {name: triples for name, triples in self.graphs.items() if triples}

    def register_keys(self) -> None:
        kb, iris = self.kb, self.iris
        iris.register("release", (r.id for r in kb.releases))
        iris.register("person", (p.key for p in kb.people))
        iris.register("org", (o.key for o in kb.organizations))
        iris.register("state", (s.key for s in kb.states))
        iris.register("place", (p.key for p in kb.places))
        iris.register("chairpersonship", (c.key for c in kb.chairpersonships))
        iris.register("series", (s.key for s in kb.series))
        iris.register("event", (e.key for e in kb.events))
        iris.register("quote", (q.key for q in kb.quotations))
        iris.register("document", (d.key for d in kb.documents))
        # Distinct input paths may slug alike ("a/b.txt", "a-b.txt"): register them to disambiguate.
        iris.register("source", (f for r in kb.releases for f in r.files), max_length=200)

    def header(self) -> None:
        """The graph as an OWL ontology document importing the kg: vocabulary (kg/ontology.ttl)."""
        doc = URIRef(self.iris.base)
        self.entity(doc, RDF.type, OWL.Ontology)
        self.entity(doc, OWL.imports, ONTOLOGY_IRI)
        scheme = self.scheme()
        self.entity(scheme, RDF.type, SKOS.ConceptScheme)
        self.entity(scheme, SKOS.prefLabel, Literal("OSCE fields of work", lang="en"))

    def shared_from_releases(self) -> None:
        """Organizations, places and fields named by release metadata, unless resolve declared them."""
        kb, iris = self.kb, self.iris
        declared_orgs = {o.key for o in kb.organizations}
        orgs: dict[str, set[str]] = defaultdict(set)
        orgs["osce"].update(["Organization for Security and Co-operation in Europe", "OSCE"])
        places: dict[str, set[str]] = defaultdict(set)
        fields: dict[str, set[str]] = defaultdict(set)
        for release in kb.releases:
            for source in release.sources:
                orgs[slugify(source)].add(source)
            if release.place:
                places[slugify(release.place)].add(release.place)
            for name in release.fields_of_work:
                fields[slugify(name)].add(name)
        for key, names in orgs.items():
            if key not in declared_orgs:
                name, others = _names(names)
                if key == "osce":
                    name, others = "Organization for Security and Co-operation in Europe", ["OSCE"]
                self.organization(iris.of("org", key), name, others)
        declared_places = {p.key for p in kb.places}
        for key, names in places.items():
            if key not in declared_places:
                name, others = _names(names)
                node = iris.of("place", key)
                self.entity(node, RDF.type, SDO.Place)
                self.entity(node, SDO.name, _text(name))
                for other in others:
                    self.entity(node, SDO.alternateName, _text(other))
        for key, names in fields.items():
            label, others = _names(names)
            concept = iris.of("field", key)
            self.entity(concept, RDF.type, SKOS.Concept)
            self.entity(concept, SKOS.prefLabel, Literal(label, lang="en"))
            for other in others:
                self.entity(concept, SKOS.altLabel, Literal(other, lang="en"))
            self.entity(concept, SKOS.inScheme, self.scheme())

    def add_release(self, release: Release) -> None:
        iris, rid = self.iris, release.id
        node = self.release(rid)
        for file in release.files:  # the input files are shared
            self.entity(iris.of("source", file), RDF.type, PROV.Entity)
            self.entity(iris.of("source", file), SDO.name, _text(file))
        if not self.want_stated:  # skip making the release's terms
            return
        self.stated(rid, node, RDF.type, SDO.NewsArticle)
        self.stated(rid, node, RDF.type, PROV.Entity)
        self.stated(rid, node, SDO.headline, _text(release.title))
        self.stated(rid, node, SDO.text, _text(release.text))
        self.stated(rid, node, SDO.publisher, iris.of("org", "osce"))
        if release.date is not None:
            self.stated(rid, node, SDO.datePublished, _date(release.date))
        if release.place:
            self.stated(rid, node, SDO.locationCreated, iris.of("place", slugify(release.place)))
        for source in release.sources:
            self.stated(rid, node, SDO.sourceOrganization, iris.of("org", slugify(source)))
        for name in release.fields_of_work:
            self.stated(rid, node, SDO.about, iris.of("field", slugify(name)))
        for file in release.files:
            self.stated(rid, node, PROV.wasDerivedFrom, iris.of("source", file))

    def add_people(self) -> None:
        for person in self.kb.people:
            node = self.iris.of("person", person.key)
            self.entity(node, RDF.type, SDO.Person)
            self.entity(node, SDO.name, _text(person.name))
            for alias in set(person.aliases) - {person.name}:
                self.entity(node, SDO.alternateName, _text(alias))
            for rid in person.releases if self.want_stated else ():
                self.stated(rid, self.release(rid), SDO.mentions, node)

    def add_organizations(self) -> None:
        for org in self.kb.organizations:
            node = self.iris.of("org", org.key)
            self.organization(node, org.name, [*([org.acronym] if org.acronym else []), *org.aliases])
            if org.parent:
                parent = self.iris.of("org", org.parent)
                self.entity(node, SDO.parentOrganization, parent)
                self.entity(node, ORG.subOrganizationOf, parent)
            if org.wikidata and WIKIDATA_ID.match(org.wikidata):
                self.entity(node, OWL.sameAs, WD[org.wikidata])
            for rid in org.releases if self.want_stated else ():
                self.stated(rid, self.release(rid), SDO.mentions, node)

    def government(self, state_key: str, state_name: str) -> str:
        """The org key of a State's government, made on first use."""
        key = f"{state_key}-government"
        if any(org.key == key for org in self.kb.organizations):
            return key  # the release named it; it is mapped with the other organizations
        node = self.iris.of("org", key)
        self.organization(node, f"Government of {state_name}", [])
        self.entity(node, RDF.type, SDO.GovernmentOrganization)
        self.entity(node, KG.governmentOf, self.iris.of("state", state_key))
        return key

    def add_states(self) -> None:
        # Only the entities' graph says what a State is: a release's part holds all 57 (kg.model.by_release).
        for state in self.kb.states if self.want_entities else ():
            node = self.iris.of("state", state.key)
            self.entity(node, RDF.type, SDO.Country)
            # An unknown status leaves only schema:Country, which SHACL reports.
            for kind in STATE_TYPES.get(state.status, ()):
                self.entity(node, RDF.type, kind)
            self.entity(node, SDO.name, _text(state.name))
            self.entity(node, SDO.identifier, _text(state.iso))
            if WIKIDATA_ID.match(state.wikidata or ""):
                self.entity(node, OWL.sameAs, WD[state.wikidata])
        for chair in self.kb.chairpersonships:
            node = self.iris.of("chairpersonship", chair.key)
            self.entity(node, RDF.type, KG.Chairpersonship)
            self.entity(node, KG.state, self.iris.of("state", chair.state))
            self.entity(node, KG.year, Literal(f"{chair.year:04d}", datatype=XSD.gYear))
            self.evidence(node, chair.evidence)

    def add_places_and_series(self) -> None:
        if not self.want_entities:
            return  # entities only
        for place in self.kb.places:
            node = self.iris.of("place", place.key)
            self.entity(node, RDF.type, SDO.Place)
            self.entity(node, SDO.name, _text(place.name))
        for series in self.kb.series:
            node = self.iris.of("series", series.key)
            self.entity(node, RDF.type, SDO.EventSeries)
            self.entity(node, SDO.name, _text(series.name))

    def add_events(self) -> None:
        iris = self.iris
        if not self.want_stated:
            return
        names = {p.key: {p.name, *p.aliases} for p in self.kb.people}
        for event in self.kb.events:
            rid, node = event.release, iris.of("event", event.key)

            def add(p: URIRef, o: Node, rid: str = rid, node: URIRef = node) -> None:
                self.stated(rid, node, p, o)

            add(RDF.type, SDO.Event)
            add(SDO.name, _text(event.name))
            add(SDO.subjectOf, self.release(rid))
            add(PROV.wasDerivedFrom, self.release(rid))
            self.stated(rid, self.release(rid), SDO.about, node)
            if event.start:
                add(SDO.startDate, _date(event.start))
            if event.end:
                add(SDO.endDate, _date(event.end))
            if event.place:
                add(SDO.location, iris.of("place", event.place))
            if event.series:
                add(SDO.superEvent, iris.of("series", event.series))
            if event.theme:
                add(KG.theme, _text(event.theme))
            for prop, value in ((KG.ordinal, event.ordinal), (KG.attendance, event.attendance),
                                (KG.statesRepresented, event.states_count),
                                (KG.partnersRepresented, event.partners_count)):
                if value is not None:
                    add(prop, _int(value))
            for org in event.organizers:
                add(SDO.organizer, iris.of("org", org))
            roles: dict[str, set[str]] = defaultdict(set)
            for prop, people, role in ((SDO.organizer, event.organizer_people, "organizer"),
                                       (SDO.performer, event.speakers, "speaker"),
                                       (SDO.attendee, event.participants, "participant")):
                for person in people:
                    add(prop, iris.of("person", person))
                    roles[person].add(role)
            self.evidence(node, event.evidence, derived=False)
            for person, person_roles in roles.items():
                self.participation(event, person, person_roles, names.get(person, set()))

    def participation(self, event, person: str, roles: set[str], names: set[str]) -> None:  # noqa: ANN001
        iris, rid = self.iris, event.release
        node = iris.of("participation", f"{iris.key('event', event.key)}--{iris.key('person', person)}")
        self.stated(rid, node, RDF.type, KG.Participation)
        self.stated(rid, node, KG.participant, iris.of("person", person))
        self.stated(rid, node, KG.event, iris.of("event", event.key))
        self.stated(rid, node, PROV.wasDerivedFrom, self.release(rid))
        for role in roles:
            self.stated(rid, node, KG.participantRole, _text(role))
        # The event's evidence that names this person (any written form or surname); else all of it.
        words = names | {n.split()[-1] for n in names if n.split()}
        naming = [ev for ev in event.evidence if any(w in ev.sentence for w in words)]
        self.evidence(node, naming or event.evidence, derived=False)

    def add_memberships(self) -> None:
        iris = self.iris
        role_titles: dict[str, set[str]] = defaultdict(set)
        for m in self.kb.memberships:
            role_titles[slugify(m.role) or "role"].add(m.role)
        for key, titles in role_titles.items():
            label, others = _names(titles)
            node = iris.of("role", key)
            self.entity(node, RDF.type, ORG.Role)
            self.entity(node, SKOS.prefLabel, _text(label))
            for other in others:
                self.entity(node, SKOS.altLabel, _text(other))
        states = {state.key: state.name for state in self.kb.states}
        for m in self.kb.memberships:
            role = slugify(m.role) or "role"
            if m.organization:
                org = iris.key("org", m.organization)
            elif m.state in states:
                # A State official whose release names no ministry serves that State's government.
                org = self.government(m.state, states[m.state])
            else:
                org = "none"
            node = iris.of("membership", f"{iris.key('person', m.person)}--{role}--{org}")
            self.entity(node, RDF.type, ORG.Membership)
            self.entity(node, ORG.member, iris.of("person", m.person))
            self.entity(node, ORG.role, iris.of("role", role))
            if org != "none":
                self.entity(node, ORG.organization, iris.of("org", org))
            if m.state:
                self.entity(node, KG.roleState, iris.of("state", m.state))
            self.evidence(node, m.evidence)

    def add_quotations(self) -> None:
        for q in self.kb.quotations if self.want_stated else ():
            rid, node = q.release, self.iris.of("quote", q.key)
            self.stated(rid, node, RDF.type, SDO.Quotation)
            self.stated(rid, node, SDO.text, _text(q.text))
            self.stated(rid, node, SDO.isPartOf, self.release(rid))
            self.stated(rid, node, PROV.wasDerivedFrom, self.release(rid))
            if q.person:
                self.stated(rid, node, SDO.creator, self.iris.of("person", q.person))
            self.evidence(node, q.evidence, derived=False)

    def add_documents(self) -> None:
        for doc in self.kb.documents:
            node = self.iris.of("document", doc.key)
            self.entity(node, RDF.type, SDO.CreativeWork)
            self.entity(node, RDF.type, KG.Agreement)
            self.entity(node, SDO.name, _text(doc.name))
            for rid in doc.releases:
                self.stated(rid, self.release(rid), SDO.mentions, node)

    def add_mentions(self) -> None:
        iris = self.iris
        for m in self.kb.mentions if self.want_stated else ():
            if m.kind not in MENTION_KINDS:
                raise ValueError(f"mention of unknown kind {m.kind!r} in release {m.release}: "
                                 f"expected one of {', '.join(MENTION_KINDS)}")
            kind = MENTION_KINDS[m.kind]
            target = iris.of(kind, m.key)
            node = iris.of("mention", f"{iris.key('release', m.release)}-{kind}-{iris.key(kind, m.key)}")
            self.stated(m.release, self.release(m.release), SDO.mentions, target)
            self.stated(m.release, node, RDF.type, KG.Mention)
            self.stated(m.release, node, KG.mentionOf, target)
            self.stated(m.release, node, PROV.wasDerivedFrom, self.release(m.release))
            self.evidence(node, m.evidence, derived=False)

    def add_figures(self) -> None:
        iris = self.iris
        for fig in self.kb.figures:
            if fig.evidence and not self.want_stated:
                continue  # stated by its release: nothing shared to add
            if fig.evidence:
                first = min(fig.evidence, key=lambda ev: (ev.release_id, ev.start, ev.end))
                key = f"{iris.key('release', first.release_id)}-{first.start}-{first.end}"
                rid: str | None = first.release_id
            else:
                key, rid = slugify(f"{fig.value} {fig.counts}") or "figure", None
            node = iris.of("figure", key)
            for p, o in ((RDF.type, SDO.QuantitativeValue), (SDO.value, _text(fig.value)),
                         (SDO.description, _text(fig.counts))):
                if rid is None:
                    self.entity(node, p, o)
                else:
                    self.stated(rid, node, p, o)
            self.evidence(node, fig.evidence)
