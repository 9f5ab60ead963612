"""Deterministic, diff-friendly serializations: Turtle, TriG, N-Triples, JSON-LD.

rdflib's own serializers order subjects by reference counts and declare whatever prefixes the
graph happens to use; these writers instead sort everything (subjects and graph names by IRI,
``rdf:type`` first then predicates by IRI, objects by their written form) and always declare
the same prefixes, so one KnowledgeBase gives the same bytes whatever the input order.
Strings are written on one line with escapes (\\n, \\", \\\\), which every parser reads back exactly.
Turtle and TriG declare the graph's base (``@base``) and write its own IRIs relative to it
("<person/valiant-richey>"): a sixth of an archive's graph file was the base written again and again.
"""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.vocab import DEFAULT_BASE, PREFIXES

FORMATS = ("ttl", "trig", "nt", "jsonld")  # also the file extensions

_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")  # a prefixed name every parser accepts
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_TO_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')
_NAMESPACES = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda item: -len(item[0]))

Triple = tuple[Node, Node, Node]
_RDF_TYPE = str(RDF.type)


def _escape(text: str) -> str:
    return _TO_ESCAPE.sub(lambda m: _ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), text)


# What may follow the base in a relative IRI: a path of plain segments, none starting with "." (no
# "./" or "../" to resolve) and no ":" (which would read as a scheme).
_RELATIVE = re.compile(r"[A-Za-z0-9_~-][A-Za-z0-9_~-]*(?:[./][A-Za-z0-9_~-]+)*/?\Z")


def relative_base(base: str | None) -> str | None:
    """``base`` if IRIs can be written relative to it: a hierarchical IRI ending in "/", with no
    query or fragment (resolving against "http://x/kg#" would drop "kg#")."""
    if base and base.endswith("/") and "://" in base and not {"?", "#"} & set(base) and not _IRI_UNSAFE.search(base):
        return base
    return None


def _iri(iri: URIRef, prefixed: bool, base: str | None = None) -> str:
    value = str(iri)
    if prefixed:
        for namespace, prefix in _NAMESPACES:
            if value.startswith(namespace) and _LOCAL_NAME.match(value[len(namespace):]):
                return f"{prefix}:{value[len(namespace):]}"
        if base and value.startswith(base) and _RELATIVE.match(value, len(base)):
            return f"<{value[len(base):]}>"
    if _IRI_UNSAFE.search(value):
        # kg.rdf.Iris never makes such IRIs; writing one would change it or break the file.
        raise ValueError(f"IRI {value!r} has characters not allowed in an IRI")
    return f"<{value}>"


def term(node: Node, prefixed: bool = True, base: str | None = None) -> str:
    """One RDF term as Turtle (``prefixed``, relative to ``base`` from ``relative_base``) or N-Triples writes it."""
    if isinstance(node, URIRef):
        return _iri(node, prefixed, base)
    if isinstance(node, Literal):
        text = f'"{_escape(str(node))}"'
        if node.language:
            return f"{text}@{node.language}"
        if node.datatype and node.datatype != XSD.string:
            return f"{text}^^{_iri(node.datatype, prefixed)}"
        return text
    raise ValueError(f"blank node {node!r}: the graph uses IRIs for every node")


def prefix_lines(base: str | None = None) -> list[str]:
    """The header: every prefix, then the base (from ``relative_base``) when there is one."""
    lines = [f"@prefix {prefix}: <{ns}> ." for prefix, ns in sorted(PREFIXES.items())]
    return [*lines, f"@base <{base}> ."] if base else lines


def block(subject: str, predicates: Mapping[str, list[str]], indent: str = "") -> str:
    """One subject's Turtle statement: ``predicates`` maps each predicate's IRI to its objects as
    written; ``rdf:type`` (written ``a``) comes first, then predicates by IRI, objects sorted."""
    lines = [f"{indent}{subject}"]
    ordered = sorted(predicates, key=lambda p: (p != _RDF_TYPE, p))
    joiner = f",\n{indent}        "
    for i, predicate in enumerate(ordered):
        name = _predicate(predicate)
        end = " ." if i == len(ordered) - 1 else " ;"
        lines.append(f"{indent}    {name} {joiner.join(sorted(predicates[predicate]))}{end}")
    return "\n".join(lines)


@functools.lru_cache(maxsize=1024)
def _predicate(predicate: str) -> str:
    """A predicate as written: a few dozen, in every block of a graph."""
    return "a" if predicate == _RDF_TYPE else _iri(URIRef(predicate), True)


def _blocks(triples: Iterable[Triple], indent: str = "", base: str | None = None) -> list[str]:
    """Turtle statements, one subject per block, one object per line."""
    by_subject: dict[Node, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in triples:
        by_subject[s][str(p)].append(term(o, base=base))
    return [block(term(subject, base=base), by_subject[subject], indent) for subject in sorted(by_subject, key=str)]


def to_turtle(graph: Graph, base: str = DEFAULT_BASE) -> str:
    """Sorted Turtle; IRIs under ``base`` (the graph's, ``kg build --base``) are written relative to it."""
    base = relative_base(base)
    return "\n".join(prefix_lines(base)) + "\n\n" + "\n\n".join(_blocks(graph, base=base)) + "\n"


def to_trig(dataset: Dataset, base: str = DEFAULT_BASE) -> str:
    """The default graph first, then each named graph, by name."""
    base = relative_base(base)
    parts = ["\n".join(prefix_lines(base))]
    graphs = sorted((g for g in dataset.graphs() if len(g)), key=lambda g: (g.identifier != DATASET_DEFAULT_GRAPH_ID,
                                                                                str(g.identifier)))
    for graph in graphs:
        name = "" if graph.identifier == DATASET_DEFAULT_GRAPH_ID else term(graph.identifier, base=base) + " "
        parts.append(f"{name}{{\n" + "\n\n".join(_blocks(graph, indent="    ", base=base)) + "\n}")
    return "\n\n".join(parts) + "\n"


def to_ntriples(graph: Graph) -> str:
    lines = sorted(f"{term(s, False)} {term(p, False)} {term(o, False)} ." for s, p, o in graph)
    return "\n".join(lines) + "\n"


def _jsonld_value(node: Node) -> dict[str, str]:
    if isinstance(node, URIRef):
        return {"@id": _compact(node)}
    assert isinstance(node, Literal), node
    value = {"@value": str(node)}
    if node.language:
        value["@language"] = node.language
    elif node.datatype and node.datatype != XSD.string:
        value["@type"] = _compact(node.datatype)
    return value


def _compact(iri: URIRef) -> str:
    written = _iri(iri, prefixed=True)
    return written[1:-1] if written.startswith("<") else written


def to_jsonld(graph: Graph) -> str:
    """Flattened JSON-LD: one node object per subject, prefixes in the context, all lists sorted."""
    nodes: dict[str, dict] = defaultdict(dict)
    for s, p, o in graph:
        node = nodes[_compact(s)]
        node["@id"] = _compact(s)
        if p == RDF.type:
            node.setdefault("@type", []).append(_compact(o))
        else:
            node.setdefault(_compact(p), []).append(_jsonld_value(o))
    for node in nodes.values():
        for values in node.values():
            if isinstance(values, list):
                values.sort(key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    document = {
        "@context": {prefix: str(ns) for prefix, ns in PREFIXES.items()},
        "@graph": [nodes[key] for key in sorted(nodes)],
    }
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def serialize(dataset: Dataset, fmt: str, base: str = DEFAULT_BASE) -> str:
    """``dataset`` (from kg.rdf.build_dataset with ``base``) in ``fmt``; only TriG keeps the named graphs apart."""
    if fmt == "trig":
        return to_trig(dataset, base)
    union = Graph(bind_namespaces="none")
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    if fmt == "ttl":
        return to_turtle(union, base)
    writers = {"nt": to_ntriples, "jsonld": to_jsonld}
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    return writers[fmt](union)
