"""Text that means something in Turtle, SPARQL, HTML or rich markup is only text: it goes
through the real build and comes back exactly, and names become clean IRIs."""

from __future__ import annotations

import csv
import io
import json
import re

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, SDO, SKOS

from kg.rdf import DEFAULT_BASE, KG

from .conftest import run_kg

TITLE = ('Title """triple""" \\ back\\slash \\n > gt @prefix ex: <http://evil.example/> . '
         '} LIMIT 1 # <script>alert(1)</script> [/bold] [red]x[/red] &amp; ${x}')
BODY = ('BANJA LUKA/SARAJEVO, 6 July 2015 – She said "" and """ then \\"escaped\\" ; . @base <x> . '
        '} INSERT DATA { <a> <b> <c> } <script>alert("x")</script> <!-- c --> %20 100% #frag ?q=1')
SOURCE_A = "OSCE/ODIHR #1? [/bold]"
SOURCE_B = "Office 100% Real <b>"
FIELD = 'Rule of law / democracy #2? 50% "quoted"'
FILE = "sub dir/odd name #1 ?x% [a].txt"

PAGE = f"""Press release
{TITLE}
- Date:
- 6 July 2015
- Source:
- {SOURCE_A}, {SOURCE_B}
- Fields of work:
- {FIELD}
{BODY}
Second paragraph with @prefix : <#> . and }}}} and a tab\tinside.
"""


def test_metacharacters_survive_the_build_as_text(tmp_path):
    (tmp_path / "sub dir").mkdir()
    (tmp_path / FILE).write_text(PAGE, encoding="utf-8")
    proc = run_kg("build", "sub dir", "--out", "out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr

    graph = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    (release,) = graph.subjects(SDO.headline, None)
    assert str(graph.value(release, SDO.headline)) == TITLE
    second = "Second paragraph with @prefix : <#> . and }} and a tab inside."
    assert str(graph.value(release, SDO.text)) == f"{TITLE}\n\n{BODY}\n\n{second}"
    sources = {str(graph.value(org, SDO.name)) for org in graph.objects(release, SDO.sourceOrganization)}
    assert sources == {SOURCE_A, SOURCE_B}
    (field,) = graph.objects(release, SDO.about)
    assert str(graph.value(field, SKOS.prefLabel)) == FIELD
    assert str(graph.value(graph.value(release, SDO.locationCreated), SDO.name)) == "Banja Luka/Sarajevo"
    (source_file,) = graph.objects(release, PROV.wasDerivedFrom)
    assert str(graph.value(source_file, SDO.name)) == FILE

    # Every IRI made from a name is a clean path under the base: no space, #, ?, % or quote.
    # (The kg: ontology's terms share the default base but are fixed vocabulary, not minted.)
    minted = {str(t) for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(DEFAULT_BASE)
              and not str(t).startswith(str(KG))}
    assert len(minted) >= 6
    for iri in minted:
        assert re.fullmatch(r"[a-z0-9/-]*", iri[len(DEFAULT_BASE):]), iri

    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page


def test_metacharacters_come_back_from_kg_query(tmp_path):
    (tmp_path / "r.txt").write_text(PAGE, encoding="utf-8")
    run_kg("build", "r.txt", "--out", "out", cwd=tmp_path, check=True)
    rq = tmp_path / "q.rq"
    rq.write_text("PREFIX schema: <https://schema.org/>\n"
                  "SELECT ?title ?source WHERE { ?r schema:headline ?title ; schema:sourceOrganization ?o . "
                  "?o schema:name ?source } ORDER BY ?source", encoding="utf-8")
    args = ("query", "q.rq", "--graph", "out/graph.ttl")

    rows = list(csv.reader(io.StringIO(run_kg(*args, "--format", "csv", cwd=tmp_path, check=True).stdout)))
    assert rows == [["title", "source"], [TITLE, SOURCE_A], [TITLE, SOURCE_B]]

    data = json.loads(run_kg(*args, "--format", "json", cwd=tmp_path, check=True).stdout)
    assert [b["source"]["value"] for b in data["results"]["bindings"]] == [SOURCE_A, SOURCE_B]

    # The table view prints rich-markup look-alikes as they are, and does not fail on them.
    table = run_kg(*args, cwd=tmp_path, check=True).stdout
    assert "[/bold]" in table and "[red]x[/red]" in table
