"""RDF graph (shape in docs/data-model.md) -> a networkx graph of the things people look for.

Releases, events, people, organizations, States, fields of work, places, series and documents become
nodes. The RDF's "reified" nodes (memberships, participations, quotations, mentions, evidence) become
labelled edges and lines of tooltip text instead, so the picture reads as "who is connected to whom,
through what".
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.namespace import ORG, PROV, SDO, SKOS
from rdflib.term import Node

KG = Namespace("https://example.org/osce-kg/ontology#")

# The first matching type decides a node's kind (a Partner is also a schema:Country, so it comes first).
KIND_BY_TYPE: list[tuple[URIRef, str]] = [
    (SDO.Person, "person"),
    (KG.PartnerForCooperation, "partner"),
    (KG.ParticipatingState, "state"),
    (SDO.Country, "state"),
    (SDO.Event, "event"),
    (SDO.EventSeries, "series"),
    (SDO.NewsArticle, "release"),
    (SKOS.Concept, "field"),
    (SDO.Organization, "organization"),
    (SDO.Place, "place"),
    (SDO.CreativeWork, "document"),
]

PARTICIPATION_LABELS = {"speaker": "spoke at", "organizer": "organized"}

# rdflib makes a new URIRef on every namespace attribute access; the per-evidence loops use these instead.
EVIDENCE, SENTENCE, DERIVED_FROM = KG.evidence, KG.sentence, PROV.wasDerivedFrom


@dataclass
class Facts:
    """What a node's tooltip says, gathered while walking the RDF."""

    roles: set[str] = field(default_factory=set)  # "Executive Director, UNODC" / "Yury Fedotov: Executive Director"
    releases: set[str] = field(default_factory=set)  # release IRIs it appears in
    evidence: set[tuple[str, str]] = field(default_factory=set)  # (release date, sentence)
    quotes: set[tuple[str, str]] = field(default_factory=set)  # (release date, quote text)
    notes: set[str] = field(default_factory=set)  # other one-liners: dates, Chairpersonship years


def project(graph: Graph) -> nx.MultiDiGraph:
    """The drawable entities of ``graph`` and the labelled relations between them.

    Node keys are the entities' IRIs; attributes: ``kind``, ``name``, ``names`` (all known names),
    ``date`` (releases), ``facts`` (:class:`Facts`). Edge keys are the edge labels; attributes:
    ``label``, ``details`` (a set of text lines). ``net.graph`` holds ``releases`` (IRI -> (date,
    headline)) and ``date`` (the newest release date, the page's build date).
    """
    return _Projector(graph).run()


class _Triples:
    """The objects of each predicate by subject, read from rdflib once per predicate.

    A projection looks up a few properties of every reified node; rdflib's per-call ``objects``/``value``
    cost microseconds each, which made the projection of a 1,000-release graph take seconds.
    """

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.tables: dict[URIRef, dict[Node, list[Node]]] = {}

    def table(self, predicate: URIRef) -> dict[Node, list[Node]]:
        table = self.tables.get(predicate)
        if table is None:
            table = {}
            for subject, obj in self.graph.subject_objects(predicate):
                table.setdefault(subject, []).append(obj)
            self.tables[predicate] = table
        return table

    def objects(self, subject: Node | None, predicate: URIRef) -> list[Node]:
        """The objects, sorted (the order of a store's index is not the order of the file)."""
        return sorted(self.table(predicate).get(subject, ())) if subject is not None else []

    def value(self, subject: Node | None, predicate: URIRef) -> Node | None:
        """The one object (the least one, should a functional property have several)."""
        found = self.table(predicate).get(subject) if subject is not None else None
        return (found[0] if len(found) == 1 else min(found)) if found else None

    def subjects(self, rdf_type: URIRef) -> list[Node]:
        return sorted(self.graph.subjects(RDF.type, rdf_type))


class _Projector:
    def __init__(self, graph: Graph) -> None:
        self.g = graph
        self.t = _Triples(graph)
        self.net = nx.MultiDiGraph()
        self.facts: dict[str, Facts] = defaultdict(Facts)
        self.releases: dict[str, tuple[str, str]] = {}
        self.details: dict[tuple[str, str, str], set[str]] = {}  # (source, target, label) -> the edge's details

    def run(self) -> nx.MultiDiGraph:
        self._nodes()
        self._release_edges()
        self._event_edges()
        self._memberships()
        self._participations()
        self._quotes()
        self._mentions()
        self._org_hierarchy()
        self._chairpersonships()
        for node, data in self.net.nodes(data=True):
            data["facts"] = self.facts[node]
        self.net.graph["releases"] = self.releases
        self.net.graph["date"] = max((date for date, _ in self.releases.values() if date), default="")
        return self.net

    # --- nodes ---------------------------------------------------------------------------------

    def _nodes(self) -> None:
        kinds: dict[str, str] = {}
        for rdf_type, kind in reversed(KIND_BY_TYPE):  # reversed: the first match in the list wins
            for subject in self.g.subjects(RDF.type, rdf_type):
                if isinstance(subject, URIRef):
                    kinds[str(subject)] = kind
        for iri in sorted(kinds):  # sorted: insertion order drives networkx, so keep it stable
            node = URIRef(iri)
            names = self._names(node)
            attrs = {"kind": kinds[iri], "name": names[0] if names else iri.rstrip("/").rsplit("/", 1)[-1],
                     "names": names}
            if kinds[iri] == "release":
                date = self._text(node, SDO.datePublished)
                attrs["date"] = date
                self.releases[iri] = (date, attrs["name"])
            self.net.add_node(iri, **attrs)

    def _names(self, node: URIRef) -> list[str]:
        main = [SDO.headline, SDO.name, SKOS.prefLabel]
        names = [str(o) for p in main for o in self.t.objects(node, p)]
        names += [str(o) for o in self.t.objects(node, SDO.alternateName)]
        return list(dict.fromkeys(name.strip() for name in names if name.strip()))

    # --- edges ---------------------------------------------------------------------------------

    def _edge(self, source: Node | None, target: Node | None, label: str, *, release: Node | None = None,
              detail: str | None = None) -> bool:
        """Add (or enrich) the edge ``source -label-> target`` when both ends are drawn nodes."""
        a, b = str(source), str(target)
        if source is None or target is None or a not in self.net or b not in self.net or a == b:
            return False
        details = self.details.get((a, b, label))
        if details is None:  # kept aside too: networkx's edge views are slow to look up in this hot path
            details = self.details[a, b, label] = set()
            self.net.add_edge(a, b, key=label, label=label, details=details)
        if detail:
            details.add(detail)
        if release is not None:
            self._appears(a, release)
            self._appears(b, release)
        return True

    def _appears(self, node: str, release: Node) -> None:
        if str(release) in self.releases and node != str(release):
            self.facts[node].releases.add(str(release))

    def _release_edges(self) -> None:
        for iri in sorted(self.releases):
            release = URIRef(iri)
            for target in self.t.objects(release, SDO.mentions):
                self._edge(release, target, "mentions", release=release)
            for target in self.t.objects(release, SDO.about):
                self._edge(release, target, "about", release=release)
            for target in self.t.objects(release, SDO.sourceOrganization):
                self._edge(release, target, "issued by", release=release)
            for target in self.t.objects(release, SDO.locationCreated):
                self._edge(release, target, "issued in", release=release)
            # schema:publisher is left out on purpose: it is the OSCE on every release, and an edge from
            # each release to one hub would dominate the picture and its centrality.

    def _event_edges(self) -> None:
        for iri, kind in sorted(self.net.nodes(data="kind")):
            if kind != "event":
                continue
            event = URIRef(iri)
            releases = self.t.objects(event, SDO.subjectOf)
            for release in releases:
                self._edge(release, event, "about", release=release)
            release = releases[0] if releases else None  # the event's relations are first reported there
            for place in self.t.objects(event, SDO.location):
                self._edge(event, place, "held in", release=release)
            for organizer in self.t.objects(event, SDO.organizer):
                self._edge(organizer, event, "organized", release=release)
            for person in self.t.objects(event, SDO.performer):
                self._edge(person, event, "spoke at", release=release)
            for person in self.t.objects(event, SDO.attendee):
                self._edge(person, event, "took part in", release=release)
            for series in self.t.objects(event, SDO.superEvent):
                self._edge(event, series, "part of", release=release)
            start, end = self._text(event, SDO.startDate), self._text(event, SDO.endDate)
            if start:
                self.facts[iri].notes.add(f"Dates: {start}" + (f" to {end}" if end and end != start else ""))
            for evidence in self.t.objects(event, EVIDENCE):
                self._evidence(iri, evidence)

    def _memberships(self) -> None:
        for membership in self.t.subjects(ORG.Membership):
            person = self.t.value(membership, ORG.member)
            org = self.t.value(membership, ORG.organization)
            role = self._text(self.t.value(membership, ORG.role), SKOS.prefLabel) or "member"
            state = self.t.value(membership, KG.roleState)
            release = self.t.value(membership, DERIVED_FROM)
            sentence = self._sentence(membership)
            self._edge(person, org, role, release=release, detail=sentence)
            if str(person) in self.net and str(org) in self.net:
                self.facts[str(person)].roles.add(f"{role}, {self.net.nodes[str(org)]['name']}")
                self.facts[str(org)].roles.add(f"{self.net.nodes[str(person)]['name']}: {role}")
            if state is not None and self._edge(person, state, "represents", release=release, detail=sentence):
                self.facts[str(person)].roles.add(f"{role}, for {self.net.nodes[str(state)]['name']}")
            for evidence in self.t.objects(membership, EVIDENCE):
                self._evidence(str(person), evidence)

    def _participations(self) -> None:
        for participation in self.t.subjects(KG.Participation):
            person = self.t.value(participation, KG.participant)
            event = self.t.value(participation, KG.event)
            role = self._text(participation, KG.participantRole)
            label = PARTICIPATION_LABELS.get(role, "took part in")
            release = self.t.value(participation, DERIVED_FROM)
            self._edge(person, event, label, release=release, detail=self._sentence(participation))
            for evidence in self.t.objects(participation, EVIDENCE):
                self._evidence(str(person), evidence)

    def _quotes(self) -> None:
        for quote in self.t.subjects(SDO.Quotation):
            person = self.t.value(quote, SDO.creator)
            release = self.t.value(quote, SDO.isPartOf)
            text = self._text(quote, SDO.text)
            if self._edge(person, release, "said", release=release, detail=f"“{shorten(text, 160)}”"):
                date = self.releases.get(str(release), ("", ""))[0]
                self.facts[str(person)].quotes.add((date, text))
            for evidence in self.t.objects(quote, EVIDENCE):
                self._evidence(str(person), evidence)

    def _mentions(self) -> None:
        for mention in self.t.subjects(KG.Mention):
            entity = self.t.value(mention, KG.mentionOf)
            release = self.t.value(mention, DERIVED_FROM)
            self._edge(release, entity, "mentions", release=release, detail=self._sentence(mention))
            for evidence in self.t.objects(mention, EVIDENCE):
                self._evidence(str(entity), evidence)

    def _org_hierarchy(self) -> None:
        for predicate in (ORG.subOrganizationOf, SDO.parentOrganization):
            for child, parent in sorted(self.g.subject_objects(predicate)):
                self._edge(child, parent, "sub-organization of")

    def _chairpersonships(self) -> None:
        for chair in self.t.subjects(KG.Chairpersonship):
            state = str(self.t.value(chair, KG.state))
            year = self._text(chair, KG.year)
            if state in self.net and year:
                self.facts[state].notes.add(f"OSCE Chairpersonship {year}")

    # --- helpers -------------------------------------------------------------------------------

    def _text(self, subject: Node | None, predicate: URIRef) -> str:
        if subject is None:
            return ""
        values = self.t.table(predicate).get(subject)
        return min(str(o) for o in values).strip() if values else ""

    def _sentence(self, holder: Node) -> str | None:
        """The first evidence sentence of a membership, participation, quotation or mention."""
        sentences = sorted(self._text(e, SENTENCE) for e in self.t.objects(holder, EVIDENCE))
        sentences = [s for s in sentences if s]
        return f"Evidence: {shorten(sentences[0], 200)}" if sentences else None

    def _evidence(self, node: str, evidence: Node) -> None:
        sentence = self._text(evidence, SENTENCE)
        if node not in self.net or not sentence:
            return
        release = self.t.value(evidence, DERIVED_FROM)
        date = self.releases.get(str(release), ("", ""))[0]
        self.facts[node].evidence.add((date, sentence))
        if release is not None:
            self._appears(node, release)


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"
