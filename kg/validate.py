"""SHACL validation of a built graph against kg/shapes.ttl, with a short readable report."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import OWL, SH
from rdflib.term import Node

from kg.vocab import ONTOLOGY_IRI, PREFIXES

SHAPES = Path(__file__).with_name("shapes.ttl")
CONFORMS = "SHACL: the graph conforms to kg/shapes.ttl."
MAX_LINES = 30  # a report longer than this is cut: the first problems are what a person reads


@cache
def shapes_graph() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def validate(graph: Graph) -> tuple[bool, str]:
    """``(conforms, report)``: conforms is False only for sh:Violation results (warnings are reported)."""
    import pyshacl  # slow to import: only when validating

    try:
        _, results, _ = pyshacl.validate(graph, shacl_graph=shapes_graph(), inference="none", allow_warnings=True)
    except Exception as err:  # pyshacl can fail on data it cannot compare: still a readable failure
        return False, f"SHACL: validation could not run on this graph: {type(err).__name__}: {err}"
    return _summarize(graph, results)


def _summarize(graph: Graph, results: Graph) -> tuple[bool, str]:
    # Whole-graph checks (kg/shapes.ttl) have a class as focus node and report the node at fault as sh:value.
    whole_graph_targets = set(shapes_graph().objects(None, SH.targetNode))
    rows = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = _local(results.value(result, SH.resultSeverity))
        focus_node = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage) or _local(results.value(result, SH.sourceConstraintComponent))
        value = results.value(result, SH.value)
        if focus_node in whole_graph_targets and value is not None:
            focus_node, value = value, None
        if value is not None and value != focus_node:
            message = f"{message} (value: {_short(graph, value)})"
        rows.append((severity != "Violation", severity, _short(graph, focus_node), _short(graph, path), str(message)))
    rows.sort()
    violations = sum(1 for row in rows if row[1] == "Violation")
    warnings = len(rows) - violations
    if not rows:
        return True, CONFORMS
    lines = [f"SHACL: {violations} violation(s), {warnings} warning(s) against kg/shapes.ttl"]
    for _, severity, focus, path, message in rows[:MAX_LINES]:
        lines.append(f"  {severity}: {focus}  {path}: {message}")
    if len(rows) > MAX_LINES:
        lines.append(f"  ... and {len(rows) - MAX_LINES} more")
    return violations == 0, "\n".join(lines)


def _local(node: Node | None) -> str:
    text = str(node or "")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _short(graph: Graph, node: Node | None) -> str:
    """A term as a person reads it: a prefixed name, an IRI, or a quoted literal cut to 60 characters."""
    if node is None:
        return "-"
    if isinstance(node, Literal):
        text = str(node)
        return repr(text if len(text) <= 60 else text[:57] + "...")
    if isinstance(node, URIRef):
        # Entity IRIs relative to the graph's base (the ontology header's IRI): "person/yury-fedotov".
        base = graph.value(None, OWL.imports, ONTOLOGY_IRI)
        if base is not None and str(node).startswith(str(base)) and node != base:
            return str(node)[len(str(base)):]
        for prefix, namespace in PREFIXES.items():
            if str(node).startswith(str(namespace)) and len(str(node)) > len(str(namespace)):
                return f"{prefix}:{str(node)[len(str(namespace)):]}"
        return f"<{node}>"
    return str(node)  # a blank node: only paths (sh:alternativePath ...) and never in kg graphs
