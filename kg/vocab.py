"""Namespaces and prefixes of the graph (docs/data-model.md), shared by mapping and serializers."""

from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Namespace, URIRef
from rdflib.namespace import ORG, OWL, PROV, SDO, SKOS

# The default base of the graph's own IRIs (``kg build --base``): "<base>person/<key>" and so on.
DEFAULT_BASE = "https://example.org/osce-kg/"
KG = Namespace("https://example.org/osce-kg/ontology#")
# The ontology document (kg/ontology.ttl) that defines every kg: term; the graph imports it.
ONTOLOGY_IRI = URIRef("https://example.org/osce-kg/ontology")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WD = Namespace("http://www.wikidata.org/entity/")

# Every serialization declares exactly these, whatever the graph uses: stable headers.
PREFIXES: dict[str, Namespace] = {
    "kg": KG,
    "nif": NIF,
    "org": ORG,
    "owl": OWL,
    "prov": PROV,
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "schema": SDO,
    "skos": SKOS,
    "wd": WD,
    "xsd": Namespace(str(XSD)),
}
