"""Ontology mapping: a ``KnowledgeBase`` -> an rdflib ``Graph`` (shape in docs/data-model.md)."""

from __future__ import annotations

from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, OWL, PROV, SDO, SKOS

from kg.model import KnowledgeBase, Release
from kg.slug import slugify

DEFAULT_BASE = "https://example.org/osce-kg/"
KG = Namespace("https://example.org/osce-kg/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES = {
    "schema": SDO,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "owl": OWL,
    "xsd": XSD,
    "nif": NIF,
    "wd": WD,
    "kg": KG,
}


class Iris:
    """Entity IRIs under one base: ``iris.of("person", "valiant-richey")``."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def of(self, kind: str, key: str) -> URIRef:
        return URIRef(f"{self.base}{kind}/{key}")


def new_graph(base: str = DEFAULT_BASE) -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    graph.bind("base", Namespace(Iris(base).base))
    return graph


def build_graph(kb: KnowledgeBase, base: str = DEFAULT_BASE) -> Graph:
    """The whole knowledge base as RDF."""
    iris = Iris(base)
    graph = new_graph(base)
    scheme = iris.of("field", "")
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, SKOS.prefLabel, Literal("OSCE fields of work", lang="en")))
    osce = iris.of("org", "osce")
    graph.add((osce, RDF.type, SDO.Organization))
    graph.add((osce, RDF.type, ORG.Organization))
    graph.add((osce, SDO.name, Literal("Organization for Security and Co-operation in Europe")))
    graph.add((osce, SDO.alternateName, Literal("OSCE")))
    for release in kb.releases:
        add_release(graph, iris, release)
    return graph


def add_release(graph: Graph, iris: Iris, release: Release) -> URIRef:
    node = iris.of("release", release.id)
    graph.add((node, RDF.type, SDO.NewsArticle))
    graph.add((node, RDF.type, PROV.Entity))
    graph.add((node, SDO.headline, Literal(release.title)))
    graph.add((node, SDO.text, Literal(release.text)))
    graph.add((node, SDO.publisher, iris.of("org", "osce")))
    if release.date is not None:
        graph.add((node, SDO.datePublished, Literal(release.date.isoformat(), datatype=XSD.date)))
    if release.place:
        place = iris.of("place", slugify(release.place))
        graph.add((place, RDF.type, SDO.Place))
        graph.add((place, SDO.name, Literal(release.place)))
        graph.add((node, SDO.locationCreated, place))
    for source in release.sources:
        org = iris.of("org", slugify(source))
        graph.add((org, RDF.type, SDO.Organization))
        graph.add((org, RDF.type, ORG.Organization))
        graph.add((org, SDO.name, Literal(source)))
        graph.add((node, SDO.sourceOrganization, org))
    for field_name in release.fields_of_work:
        concept = iris.of("field", slugify(field_name))
        graph.add((concept, RDF.type, SKOS.Concept))
        graph.add((concept, SKOS.prefLabel, Literal(field_name, lang="en")))
        graph.add((concept, SKOS.inScheme, iris.of("field", "")))
        graph.add((node, SDO.about, concept))
    for file in release.files:
        source = iris.of("source", slugify(file, max_length=200))
        graph.add((source, RDF.type, PROV.Entity))
        graph.add((source, SDO.name, Literal(file)))
        graph.add((node, PROV.wasDerivedFrom, source))
    return node


def to_turtle(graph: Graph) -> str:
    """Turtle with prefixes declared and subjects in a stable order."""
    return graph.serialize(format="turtle")
