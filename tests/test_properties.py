"""Property-based: any text round-trips through Turtle; the reader never crashes."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.namespace import SDO

from kg.ingest import SkipFile, _Parsed, parse_data, parse_html, parse_text
from kg.model import KnowledgeBase, Release
from kg.rdf import build_graph, to_turtle

# Any Unicode scalar value: surrogates alone cannot be written as UTF-8 at all.
UNICODE = st.text(st.characters(blacklist_categories=("Cs",)))
SETTINGS = settings(max_examples=150, deadline=None)

# Pieces of real releases, so that generated files reach the dateline, section and HTML code.
PIECES = st.sampled_from([
    "Press release", "News", "- Date:", "- 6 July 2015", "- Place:", "- Vienna", "- Source:", "- Fields of work:",
    "VIENNA, 6 July 2015 – ", "“Vienna, 24 April 2018 –", "WARSAW, May 3, 2019 —", "X, 99 Foo 0000 – ",
    "- Albania", "<html>", "<!DOCTYPE html>", "<h1>", "</h1>", "<p>", "<article>", "<script>", "&amp;", "&#8211;",
    "\r\n", "\t", "\u00a0", "\ufeff", '"""', "\\",
])
LINES = st.lists(st.one_of(PIECES, UNICODE, st.tuples(PIECES, UNICODE).map("".join)), max_size=30).map("\n".join)


@SETTINGS
@given(title=UNICODE, paragraph=UNICODE, place=UNICODE)
def test_any_text_round_trips_through_turtle(title, paragraph, place):
    release = Release(id="2020-01-01-x", title=title, date=dt.date(2020, 1, 1), place=place or None,
                      sources=(title,), paragraphs=(paragraph,), files=(paragraph,))
    turtle = to_turtle(build_graph(KnowledgeBase(releases=[release])))
    graph = Graph().parse(data=turtle, format="turtle")
    (node,) = graph.subjects(SDO.headline, None)
    assert str(graph.value(node, SDO.headline)) == title
    assert str(graph.value(node, SDO.text)) == release.text
    assert str(graph.value(graph.value(node, SDO.sourceOrganization), SDO.name)) == title
    if place:
        assert str(graph.value(graph.value(node, SDO.locationCreated), SDO.name)) == place


def _reads_or_skips(call) -> None:
    """A reading with a title, or SkipFile with a one-line reason; nothing else."""
    try:
        parsed = call()
    except SkipFile as why:
        reason = str(why)
        assert reason and "\n" not in reason
        return
    assert isinstance(parsed, _Parsed)
    assert all(isinstance(p, str) for p in parsed.paragraphs)


@SETTINGS
@given(data=st.binary(max_size=3000), html=st.booleans())
def test_reader_never_raises_on_arbitrary_bytes(data, html):
    _reads_or_skips(lambda: parse_data(data, "x", html=html))


@SETTINGS
@given(text=st.one_of(UNICODE, LINES), encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_reader_never_raises_on_arbitrary_text(text, encoding):
    data = text.encode(encoding, errors="replace")
    _reads_or_skips(lambda: parse_data(data, "x"))
    _reads_or_skips(lambda: parse_text(text, "x"))
    _reads_or_skips(lambda: parse_html(text, "x"))
