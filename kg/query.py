"""Running SPARQL SELECT/ASK queries on the built graph and formatting the rows."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef

FORMATS = ("table", "csv", "tsv", "json")


class QueryError(Exception):
    """A problem the user can fix: the message names it and says how."""


@dataclass
class Result:
    variables: list[str]
    rows: list[list[URIRef | Literal | BNode | None]]


def load_graph(path: Path) -> Graph:
    if not path.exists():
        raise QueryError(f"graph file {path} does not exist: run `kg build` first, or pass --graph")
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as err:  # rdflib raises many parser types
        raise QueryError(f"graph file {path} is not valid Turtle ({err}): rebuild it with `kg build`") from err
    return graph


def run(graph: Graph, query: str) -> Result:
    try:
        result = graph.query(query)
    except Exception as err:
        raise QueryError(f"malformed query: {err}") from err
    variables = [str(v) for v in (result.vars or [])]
    if result.type == "ASK":
        return Result(["ask"], [[Literal(bool(result.askAnswer))]])
    rows = [[row[i] if i < len(row) else None for i in range(len(variables))] for row in result]
    return Result(variables, rows)


def _text(term: URIRef | Literal | BNode | None) -> str:
    return "" if term is None else str(term)


def format_result(result: Result, fmt: str) -> str:
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows([_text(t) for t in row] for row in result.rows)
        return out.getvalue()
    if fmt == "json":
        return json.dumps(
            {
                "head": {"vars": result.variables},
                "results": {
                    "bindings": [
                        {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
                        for row in result.rows
                    ]
                },
            },
            ensure_ascii=False,
            indent=2,
        )
    raise QueryError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def _json_term(term: URIRef | Literal | BNode) -> dict[str, str]:
    """One term in SPARQL 1.1 Query Results JSON form."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    data = {"type": "literal", "value": str(term)}
    if term.language:
        data["xml:lang"] = term.language
    elif term.datatype:
        data["datatype"] = str(term.datatype)
    return data
