"""Running SPARQL SELECT/ASK queries on the built graph, a store or an endpoint, and formatting the rows.

Three sources: a Turtle file (``--graph``, with rdflib or Oxigraph), a persistent pyoxigraph store
(``--store``) and a SPARQL 1.1 endpoint (``--endpoint``, over the SPARQL protocol). Whatever the
source, rows come back as rdflib terms in one normal form, so the engines give the same rows. For output,
``oxigraph_output`` lets Oxigraph write CSV and JSON itself: the same bytes, without the terms.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import XSD, BNode, Graph, Literal, URIRef, Variable

FORMATS = ("table", "csv", "tsv", "json")
ENGINES = ("oxigraph", "rdflib")

Term = URIRef | Literal | BNode


class QueryError(Exception):
    """A problem the user can fix: the message names it and says how."""


@dataclass
class Result:
    variables: list[str]
    rows: list[list[Term | None]]
    boolean: bool | None = None  # the answer of an ASK query (also shown as one row, ?ask)


def ask_result(answer: bool) -> Result:
    return Result(["ask"], [[Literal(answer)]], boolean=answer)


# --- parameters -------------------------------------------------------------------------------

# Characters that may not appear in an IRI written as <...> (SPARQL IRIREF, plus whitespace).
_BAD_IRI_CHARS = re.compile(r'[<>"{}|^`\\\x00-\x20]')
_VAR_NAME = re.compile(r"^[A-Za-z_0-9][A-Za-z_0-9\u00B7\u00C0-\uFFFF]*$")


def parse_params(pairs: list[str] | tuple[str, ...]) -> dict[str, Term]:
    """``["name=Yury Fedotov", "org=<https://...>"]`` -> variable name -> RDF term.

    A value written ``<...>`` is an IRI; anything else is a plain literal, whatever it contains.
    """
    params: dict[str, Term] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not _VAR_NAME.match(name):
            raise QueryError(f"bad --param {pair!r}: write it as name=value, e.g. --param name='Yury Fedotov'")
        if len(value) >= 2 and value.startswith("<") and value.endswith(">"):
            iri = value[1:-1]
            if not iri or _BAD_IRI_CHARS.search(iri):
                raise QueryError(f"bad --param {name}: {value!r} is not a valid IRI; drop the <> to pass it as text")
            params[name] = URIRef(iri)
        else:
            params[name] = Literal(value)
    return params


# Tokens that may contain a '?' or '$' that is not a variable: strings, IRIs and comments.
_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*"
    r"|[?$]([A-Za-z_0-9\u00B7\u00C0-\uFFFF]+)",
    re.DOTALL,
)


def query_variables(text: str) -> set[str]:
    """The names of the variables a query mentions (outside strings, IRIs and comments)."""
    return {m.group(1) for m in _TOKENS.finditer(text) if m.group(1)}


def check_params(params: dict[str, Term], text: str, query_name: str) -> None:
    unknown = sorted(set(params) - query_variables(text))
    if unknown:
        raise QueryError(
            f"--param {unknown[0]}: {query_name} has no variable ?{unknown[0]}; "
            f"its variables are {', '.join('?' + v for v in sorted(query_variables(text))) or 'none'}"
        )


def sparql_term(term: Term) -> str:
    """A term written as SPARQL, escaped so that no value can change the query around it."""
    if isinstance(term, URIRef):
        if _BAD_IRI_CHARS.search(str(term)):
            raise QueryError(f"IRI {str(term)!r} contains characters not allowed in an IRI")
        return f"<{term}>"
    if isinstance(term, Literal):
        text = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype and term.datatype != XSD.string:
            return f'"{text}"^^{sparql_term(URIRef(term.datatype))}'
        return f'"{text}"'
    raise QueryError(f"cannot bind a blank node ({term}) as a parameter")


def with_values(text: str, params: dict[str, Term]) -> str:
    """The query with a trailing VALUES clause binding the parameters (for SPARQL endpoints)."""
    if not params:
        return text
    names = sorted(params)
    head = " ".join(f"?{n}" for n in names)
    row = " ".join(sparql_term(params[n]) for n in names)
    # A newline first: the query may end inside a '#' comment.
    return f"{text}\nVALUES ({head}) {{ ({row}) }}\n"


# --- engines ------------------------------------------------------------------------------------


def load_graph(path: Path) -> Graph:
    """The Turtle file as an rdflib graph."""
    _check_graph_file(path)
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as err:  # rdflib raises many parser types
        raise QueryError(f"graph file {path} is not valid Turtle ({err}): rebuild it with `kg build`") from err
    return graph


def load_oxigraph(path: Path) -> ox.Store:
    """The Turtle file in an in-memory Oxigraph store."""
    _check_graph_file(path)
    store = ox.Store()
    try:
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, ValueError) as err:
        message = f"graph file {path} is not valid Turtle ({_one_line(err)}): rebuild it with `kg build`"
        raise QueryError(message) from err
    return store


def open_store(path: Path) -> ox.Store:
    """A persistent store, read-only (so a running `kg serve` or another reader does not block it)."""
    if not path.is_dir():
        raise QueryError(f"store {path} does not exist: run `kg build`, then `kg load --store {path}` first")
    try:
        return ox.Store.read_only(str(path))
    except OSError as err:
        message = f"cannot open store {path} ({_one_line(err)}): rebuild it with `kg load --store {path}`"
        raise QueryError(message) from err


def _check_graph_file(path: Path) -> None:
    if not path.exists():
        raise QueryError(f"graph file {path} does not exist: run `kg build` first, or pass --graph")


def run(graph: Graph, query: str, params: dict[str, Term] | None = None, query_name: str = "query") -> Result:
    """Run a query with rdflib; parameters are bound with initBindings, never pasted in."""
    params = params or {}
    check_params(params, query, query_name)
    try:
        result = graph.query(query, initBindings={Variable(k): v for k, v in params.items()})
    except Exception as err:  # pyparsing's ParseException and plain Exceptions for unknown prefixes
        raise QueryError(_rdflib_syntax_message(err, query, query_name)) from err
    if result.type == "ASK":
        return ask_result(bool(result.askAnswer))
    if result.type != "SELECT":
        raise QueryError(f"{query_name} is a {result.type} query: kg query runs SELECT and ASK queries")
    variables = [str(v) for v in (result.vars or [])]
    rows = [[normalize(row[i]) if i < len(row) else None for i in range(len(variables))] for row in result]
    return Result(variables, rows)


def run_oxigraph(
    store: ox.Store, query: str, params: dict[str, Term] | None = None, query_name: str = "query", union: bool = False
) -> Result:
    """Run a query with Oxigraph; parameters are bound with its substitutions (SEP-0007), never pasted in.

    ``union``: the default graph is the union of the named graphs (a store loaded by `kg load`).
    """
    return _oxigraph_result(_ask_oxigraph(store, query, params, query_name, union))


def oxigraph_output(
    store: ox.Store, query: str, fmt: str, params: dict[str, Term] | None = None, query_name: str = "query",
    union: bool = False,
) -> str:
    """The answer of ``query`` written in ``fmt``, as `format_result(run_oxigraph(...), fmt)` writes it.

    SELECT rows in CSV and JSON are written by Oxigraph's own serializers, without making a Python
    term of each value: on big results that is most of the time `run_oxigraph` takes.
    """
    answer = _ask_oxigraph(store, query, params, query_name, union)
    if isinstance(answer, ox.QuerySolutions) and fmt in _OXIGRAPH_FORMATS:
        return answer.serialize(format=_OXIGRAPH_FORMATS[fmt]).decode("utf-8")
    return format_result(_oxigraph_result(answer), fmt)


def _ask_oxigraph(
    store: ox.Store, query: str, params: dict[str, Term] | None, query_name: str, union: bool
) -> ox.QuerySolutions | ox.QueryBoolean:
    params = params or {}
    check_params(params, query, query_name)
    substitutions = {ox.Variable(k): _to_oxigraph(v) for k, v in params.items()}
    try:
        answer = store.query(query, use_default_graph_as_union=union, substitutions=substitutions)
    except SyntaxError as err:
        raise QueryError(syntax_message(_one_line(err), query_name)) from err
    except OSError as err:
        raise QueryError(f"cannot read the store while running {query_name}: {_one_line(err)}") from err
    if not isinstance(answer, ox.QuerySolutions | ox.QueryBoolean):
        raise QueryError(f"{query_name} is a CONSTRUCT or DESCRIBE query: kg query runs SELECT and ASK queries")
    return answer


def _oxigraph_result(answer: ox.QuerySolutions | ox.QueryBoolean) -> Result:
    if isinstance(answer, ox.QueryBoolean):
        return ask_result(bool(answer))
    variables = [v.value for v in answer.variables]
    convert = _converter()
    # A solution iterates its values in the order of the variables (None when unbound): much faster
    # than looking each one up by variable.
    rows = [[convert(term) for term in solution] for solution in answer]
    return Result(variables, rows)


def results_from_json(data: dict) -> Result:
    """SPARQL 1.1 Query Results JSON -> a Result."""
    if "boolean" in data:
        return ask_result(bool(data["boolean"]))
    variables = list(data["head"]["vars"])
    rows = [[_from_json(b[v]) if v in b else None for v in variables] for b in data["results"]["bindings"]]
    return Result(variables, rows)


def normalize(term: Term | None) -> Term | None:
    """One form per term whatever the engine: ``xsd:string`` literals become plain literals."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _to_oxigraph(term: Term) -> ox.NamedNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise QueryError(f"cannot bind a blank node ({term}) as a parameter")


_XSD_STRING = str(XSD.string)
# The formats SPARQL 1.1 defines the way format_result writes them (CSV; JSON without spaces).
_OXIGRAPH_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "json": ox.QueryResultsFormat.JSON}


def _converter() -> Callable[[object], Term | None]:
    """Oxigraph term -> rdflib term, remembering each term converted: results repeat names, IRIs and
    dates many times, and making an rdflib term (a Literal above all) costs far more than a lookup."""
    cache: dict[object, Term | None] = {None: None}

    def convert(term: object) -> Term | None:
        try:
            return cache[term]
        except KeyError:
            converted = cache[term] = _from_oxigraph(term)
            return converted

    return convert


@lru_cache(maxsize=256)
def _datatype(iri: str) -> URIRef:
    return URIRef(iri)


def _from_oxigraph(term: object) -> Term:
    # normalize=False: the lexical form is kept as the store has it rather than written again from the value (a
    # third of the cost of making a Literal; the value is parsed all the same, and rdflib's engine reads the graph's
    # canonical forms as they are).
    if isinstance(term, ox.Literal):
        language = term.language
        if language:
            return Literal(term.value, lang=language, normalize=False)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value, normalize=False)  # what normalize makes of an xsd:string literal, built once
        return Literal(term.value, datatype=_datatype(datatype), normalize=False)
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise QueryError(f"unsupported term in the results: {term}")


def _from_json(binding: dict) -> Term:
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if "xml:lang" in binding:
        return Literal(value, lang=binding["xml:lang"])
    if "datatype" in binding:
        return normalize(Literal(value, datatype=URIRef(binding["datatype"])))
    return Literal(value)


# --- error messages with line and column ---------------------------------------------------------


def _one_line(err: BaseException, limit: int = 200) -> str:
    text = " ".join(str(err).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def syntax_message(text: str, query_name: str) -> str:
    """Oxigraph says 'error at 3:2: expected ...' (and lists every expected token): keep it short."""
    match = re.search(r"error at (\d+):(\d+): (.*)", text)
    if match:
        line, col, detail = match.groups()
        if "Prefix not found" in detail:
            detail = "undeclared prefix (add a PREFIX line)"
        elif detail.startswith("expected one of"):
            detail = "syntax error: something is missing or unexpected here"
        return f"malformed query {query_name} at line {line}, column {col}: {_shorten(detail)}"
    return f"malformed query {query_name}: {_shorten(text)}"


def _rdflib_syntax_message(err: Exception, query: str, query_name: str) -> str:
    lineno, col = getattr(err, "lineno", None), getattr(err, "col", None)
    detail = getattr(err, "msg", None) or _one_line(err)
    if lineno is None:
        # rdflib reports an undeclared prefix without a position: find where it is used.
        match = re.search(r"Unknown namespace prefix : (\S+)", str(err))
        if match:
            detail = f"undeclared prefix {match.group(1)}: (add a PREFIX line)"
            lineno, col = _position(query, re.compile(rf"(?<![\w:<]){re.escape(match.group(1))}:"))
    if lineno is None:
        return f"malformed query {query_name}: {_shorten(detail)}"
    return f"malformed query {query_name} at line {lineno}, column {col}: {_shorten(detail)}"


def _position(text: str, pattern: re.Pattern) -> tuple[int | None, int | None]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        code = line.split("#", 1)[0]
        found = pattern.search(code)
        if found:
            return lineno, found.start() + 1
    return None, None


def _shorten(detail: str, limit: int = 120) -> str:
    return detail if len(detail) <= limit else detail[: limit - 3] + "..."


# --- output ---------------------------------------------------------------------------------------


def _text(term: Term | None) -> str:
    return "" if term is None else str(term)


_COMPACT = (",", ":")  # JSON as Oxigraph writes it, so both engines give the same bytes


def format_result(result: Result, fmt: str) -> str:
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        # CSV lines end in CRLF, as SPARQL 1.1 CSV (RFC 4180) and Oxigraph's serializer write them.
        if fmt == "csv":
            writer = csv.writer(out, lineterminator="\r\n")
        else:
            writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows([_text(t) for t in row] for row in result.rows)
        return out.getvalue()
    if fmt == "json" and result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}, separators=_COMPACT)
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
            separators=_COMPACT,
        )
    raise QueryError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def _json_term(term: Term) -> dict[str, str]:
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
