"""Every serialization read back by three independent parsers: rdflib, Oxigraph and raptor (`rapper`)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SDO

from kg.rdf import build_dataset, build_graph
from kg.serialize import FORMATS, serialize

from .conftest import SEEDS, run_kg
from .sample_kb import QUOTE_1, make_kb

RDFLIB_FORMATS = {"ttl": "turtle", "trig": "trig", "nt": "nt", "jsonld": "json-ld"}
OX_FORMATS = {"ttl": pyoxigraph.RdfFormat.TURTLE, "trig": pyoxigraph.RdfFormat.TRIG,
              "nt": pyoxigraph.RdfFormat.N_TRIPLES, "jsonld": pyoxigraph.RdfFormat.JSON_LD}
RAPPER_FORMATS = {"ttl": "turtle", "trig": "trig", "nt": "ntriples"}  # raptor reads no JSON-LD

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def _rdflib_term(term) -> URIRef | Literal:  # noqa: ANN001 - a pyoxigraph term
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    assert isinstance(term, pyoxigraph.Literal), f"unexpected term {term!r} (a blank node?)"
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))


def with_rdflib(data: bytes, fmt: str) -> set[Triple]:
    if fmt == "trig":
        dataset = Dataset()
        dataset.parse(data=data, format="trig")
        return {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
    return set(Graph().parse(data=data, format=RDFLIB_FORMATS[fmt]))


def with_oxigraph(data: bytes, fmt: str) -> set[Triple]:
    quads = pyoxigraph.parse(data, format=OX_FORMATS[fmt])
    return {(_rdflib_term(q.subject), _rdflib_term(q.predicate), _rdflib_term(q.object)) for q in quads}


def with_rapper(data: bytes, fmt: str, tmp_path: Path) -> tuple[int, set[Triple]]:
    """raptor's own parser; its N-Triples output is read back line by line (rdflib only splits lines)."""
    assert shutil.which("rapper"), "rapper is missing: `make browser` installs raptor2-utils"
    source = tmp_path / f"in.{fmt}"
    source.write_bytes(data)
    proc = subprocess.run(["rapper", "-q", "-i", RAPPER_FORMATS[fmt], "-o", "ntriples", str(source)],
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    lines = [line for line in proc.stdout.decode().splitlines() if line.strip()]
    return len(lines), set(Graph().parse(data="\n".join(lines), format="nt"))


@pytest.fixture(scope="module")
def sample():
    kb = make_kb()
    return build_graph(kb), {fmt: serialize(build_dataset(kb), fmt).encode("utf-8") for fmt in FORMATS}


def test_turtle_three_parsers_agree(sample, tmp_path):
    graph, files = sample
    expected = set(graph)
    by_rdflib = with_rdflib(files["ttl"], "ttl")
    by_oxigraph = with_oxigraph(files["ttl"], "ttl")
    count, by_rapper = with_rapper(files["ttl"], "ttl", tmp_path)
    assert len(by_rdflib) == len(by_oxigraph) == count == len(expected) > 300
    assert by_rdflib == by_oxigraph == by_rapper == expected


@pytest.mark.parametrize("fmt", ["trig", "nt", "jsonld"])
def test_other_formats_parse_back_to_the_same_triples(sample, fmt, tmp_path):
    graph, files = sample
    expected = set(graph)
    assert with_rdflib(files[fmt], fmt) == expected
    assert with_oxigraph(files[fmt], fmt) == expected
    if fmt in RAPPER_FORMATS:
        count, triples = with_rapper(files[fmt], fmt, tmp_path)
        assert triples == expected and count == len(expected)


def test_trig_named_graphs_survive_parsing(sample):
    _, files = sample
    quads = list(pyoxigraph.parse(files["trig"], format=pyoxigraph.RdfFormat.TRIG))
    names = {q.graph_name.value if isinstance(q.graph_name, pyoxigraph.NamedNode) else "" for q in quads}
    assert names == {"", "https://example.org/osce-kg/release/2015-07-06-osce-acts-to-combat-human-trafficking",
                     "https://example.org/osce-kg/release/2018-04-24-polish-minister-meets-chair"}


HARD_LITERALS = [
    QUOTE_1,  # """ and \ and a newline and >
    "Ingibjörg Sólrún Gísladóttir",
    "Adam Czapliński",
    "Polish Minister meets OSCE Chair: “security > fear”",
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_literals_round_trip_exactly(sample, fmt):
    _, files = sample
    parsed = [with_rdflib(files[fmt], fmt), with_oxigraph(files[fmt], fmt)]
    for triples in parsed:
        values = {str(o) for _, _, o in triples if isinstance(o, Literal)}
        for text in HARD_LITERALS:
            assert text in values, (fmt, text)
        release_text = next(o for _, p, o in triples if p == SDO.text and "Yury Fedotov" in o)
        assert "\n\n" in release_text and '\\ now.\nTogether """' in release_text


def test_literal_edge_cases_round_trip_in_every_parser(tmp_path):
    """Strings Turtle writers often break: trailing quote and backslash, control characters, tabs.

    (Not U+0000: raptor, a C library, cuts a string there even when it is written as \\u0000.)
    """
    from kg.serialize import to_ntriples, to_turtle

    graph = Graph()
    texts = ['ends with a quote"', "ends with a backslash\\", '""""five', "tab\there\r\nwindows",
             "bell\x07 and escape\x1b",
             "'single' and `back`", "emoji 🕊 and ℌ", "\\u0041 is not A", "<b>not markup</b> & ;"]
    for i, text in enumerate(texts):
        graph.add((URIRef(f"https://example.org/s{i}"), SDO.text, Literal(text)))
    turtle = to_turtle(graph).encode()
    assert with_rdflib(turtle, "ttl") == set(graph)
    assert with_oxigraph(turtle, "ttl") == set(graph)
    assert with_rapper(turtle, "ttl", tmp_path)[1] == set(graph)
    assert with_oxigraph(to_ntriples(graph).encode(), "nt") == set(graph)


def test_seeds_build_three_parsers_agree(seeds_build, tmp_path):
    data = (seeds_build / "graph.ttl").read_bytes()
    by_rdflib, by_oxigraph = with_rdflib(data, "ttl"), with_oxigraph(data, "ttl")
    count, by_rapper = with_rapper(data, "ttl", tmp_path)
    assert len(by_rdflib) == len(by_oxigraph) == count > 50
    assert by_rdflib == by_oxigraph == by_rapper
    # The ontology the graph imports is written beside it.
    ontology = Graph().parse(seeds_build / "ontology.ttl", format="turtle")
    assert (URIRef("https://example.org/osce-kg/ontology"), None, None) in ontology


def test_build_formats_on_seeds(seeds_build, tmp_path):
    expected = with_rdflib((seeds_build / "graph.ttl").read_bytes(), "ttl")
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    for fmt in ("trig", "jsonld"):
        out = tmp_path / fmt
        proc = run_kg("build", *files, "--out", str(out), "--format", fmt, check=True)
        assert f"graph.{fmt}" in proc.stdout
        assert not (out / "graph.ttl").exists()
        data = (out / f"graph.{fmt}").read_bytes()
        assert with_rdflib(data, fmt) == with_oxigraph(data, fmt) == expected
