"""RDF graph -> networkx projection -> a self-contained pyvis page."""

from __future__ import annotations

import html

import networkx as nx
from pyvis.network import Network
from rdflib import RDF, Graph
from rdflib.namespace import SDO, SKOS

KIND_COLOURS = {"release": "#4c78a8", "field": "#b279a2"}


def project(graph: Graph) -> nx.Graph:
    """Releases and their fields of work as a networkx graph with opaque node ids."""
    net = nx.Graph()
    for release in sorted(graph.subjects(RDF.type, SDO.NewsArticle)):
        net.add_node(str(release), label=str(graph.value(release, SDO.headline)), kind="release")
        for concept in sorted(graph.objects(release, SDO.about)):
            if (concept, RDF.type, SKOS.Concept) in graph:
                net.add_node(str(concept), label=str(graph.value(concept, SKOS.prefLabel)), kind="field")
                net.add_edge(str(release), str(concept), label="about")
    return net


def render(net: nx.Graph) -> str:
    """The page's HTML; every label from a release is escaped."""
    page = Network(height="800px", width="100%", directed=False, cdn_resources="in_line")
    ids = {node: f"n{i}" for i, node in enumerate(sorted(net.nodes))}
    for node, data in sorted(net.nodes(data=True)):
        label = html.escape(data["label"])
        page.add_node(ids[node], label=label[:40], title=label, color=KIND_COLOURS[data["kind"]])
    for a, b, data in sorted(net.edges(data=True)):
        page.add_edge(ids[a], ids[b], title=data["label"])
    return page.generate_html()
