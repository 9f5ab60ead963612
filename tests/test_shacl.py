"""SHACL: the shapes accept good graphs, name what is wrong in broken ones, and `kg build` refuses to write those."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import OWL, SDO

import kg.cli
from kg.model import Membership, Quotation
from kg.rdf import KG, NIF, build_graph
from kg.validate import CONFORMS, validate

from .conftest import SEEDS
from .sample_kb import R1, make_big_kb, make_kb

B = "https://example.org/osce-kg/"
ORG = "http://www.w3.org/ns/org#"
EV = URIRef(f"{B}evidence/{R1}-332-416")
FEDOTOV = URIRef(B + "person/yury-fedotov")
EVENT = URIRef(B + "event/alliance-against-trafficking-in-persons-conference-15")


def test_sample_graph_conforms():
    assert validate(build_graph(make_kb())) == (True, CONFORMS)


def test_seeds_graph_conforms(seeds_build):
    graph = Graph().parse(seeds_build / "graph.ttl", format="turtle")
    assert validate(graph) == (True, CONFORMS)


def _two_names(g: Graph) -> None:
    g.add((FEDOTOV, SDO.name, Literal("Y. Fedotov")))


def _no_member(g: Graph) -> None:
    g.remove((URIRef(B + "membership/yury-fedotov--executive-director--unodc"), URIRef(ORG + "member"), None))


def _string_date(g: Graph) -> None:
    g.set((EVENT, SDO.startDate, Literal("6 July 2015")))


def _bad_date(g: Graph) -> None:
    g.set((URIRef(B + "release/" + R1), SDO.datePublished, Literal("2015-02-30", datatype=XSD.date)))


def _begin_after_end(g: Graph) -> None:
    g.set((EV, NIF.beginIndex, Literal("500", datatype=XSD.nonNegativeInteger)))


def _negative_offset(g: Graph) -> None:
    g.set((EV, NIF.beginIndex, Literal("-1", datatype=XSD.nonNegativeInteger)))


def _wrong_anchor(g: Graph) -> None:
    g.set((EV, NIF.anchorOf, Literal("Yury Fedotov, the Executive Director of the United Nations Office on Drugs")))


def _no_iso(g: Graph) -> None:
    g.remove((URIRef(B + "state/rs"), SDO.identifier, None))


def _no_wikidata(g: Graph) -> None:
    g.remove((URIRef(B + "state/rs"), OWL.sameAs, None))


def _two_state_kinds(g: Graph) -> None:
    g.add((URIRef(B + "state/rs"), URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), KG.PartnerForCooperation))


def _quote_without_text(g: Graph) -> None:
    g.remove((URIRef(f"{B}quote/{R1}-q1"), SDO.text, None))


def _no_headline(g: Graph) -> None:
    g.remove((URIRef(B + "release/" + R1), SDO.headline, None))


@pytest.mark.parametrize("break_it, focus, path, message", [
    (_two_names, "person/yury-fedotov", "schema:name", "a Person needs exactly one schema:name"),
    (_no_member, "membership/yury-fedotov--executive-director--unodc", "org:member",
     "a Membership needs exactly one org:member"),
    (_string_date, "event/alliance-against-trafficking-in-persons-conference-15", "schema:startDate",
     "schema:startDate must be one xsd:date (value: '6 July 2015')"),
    (_bad_date, f"release/{R1}", "schema:datePublished", "must be one valid xsd:date"),
    (_begin_after_end, f"evidence/{R1}-332-416", "-", "nif:beginIndex is after nif:endIndex"),
    (_negative_offset, f"evidence/{R1}-332-416", "nif:beginIndex", "must be one xsd:nonNegativeInteger"),
    (_wrong_anchor, f"evidence/{R1}-332-416", "-", "nif:anchorOf is not the release's schema:text"),
    (_no_iso, "state/rs", "schema:identifier", "ISO 3166-1 alpha-2"),
    (_no_wikidata, "state/rs", "owl:sameAs", "Wikidata item"),
    (_two_state_kinds, "state/rs", "-", "exactly one of kg:ParticipatingState or kg:PartnerForCooperation"),
    (_quote_without_text, f"quote/{R1}-q1", "schema:text", "a Quotation needs exactly one non-empty schema:text"),
    (_no_headline, f"release/{R1}", "schema:headline", "a release needs exactly one schema:headline"),
])
def test_broken_graph_fails_with_a_readable_report(break_it, focus, path, message):
    graph = build_graph(make_kb())
    break_it(graph)
    conforms, report = validate(graph)
    assert not conforms
    lines = report.splitlines()
    assert lines[0].startswith("SHACL: ") and "violation(s)" in lines[0]
    assert any(line.startswith(f"  Violation: {focus}  {path}: ") and message in line for line in lines), report
    assert "sh:" not in report and "Validation Report" not in report  # not pyshacl's raw dump


def test_facts_a_release_may_not_give_are_warnings_not_violations():
    kb = make_kb()
    kb.memberships.append(Membership("yury-fedotov", "Special Envoy", None))
    kb.quotations.append(Quotation(f"{R1}-q2", "Unattributed words.", R1, None))
    kb.events[0].start = kb.events[0].end = None
    conforms, report = validate(build_graph(kb))
    assert conforms, report
    assert "0 violation(s), 3 warning(s)" in report
    assert "  Warning: membership/yury-fedotov--special-envoy--none  org:organization: the Membership has no" in report
    assert f"  Warning: quote/{R1}-q2  schema:creator: the Quotation has no schema:creator" in report
    assert "  Warning: event/alliance-against-trafficking-in-persons-conference-15  schema:startDate: " in report


def _broken_kb(releases, model=None, jobs=1, **_options):  # noqa: ANN001, ANN202 - stands in for kg.pipeline
    kb = make_kb()
    kb.releases = list(releases)
    kb.people.append(kb.people[0].__class__("yury-fedotov", "Y. Fedotov"))  # a second name for one person
    return kb


def test_build_with_violations_exits_2_and_keeps_the_old_output(tmp_path: Path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    old = {name: f"previous {name}\n" for name in ("graph.ttl", "graph.html", "ontology.ttl")}
    for name, text in old.items():
        (out / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(kg.cli, "build_knowledge_base", _broken_kb)
    runner = CliRunner()

    result = runner.invoke(kg.cli.cli, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert "Violation: person/yury-fedotov  schema:name: a Person needs exactly one schema:name" in result.stderr
    assert "does not conform" in result.stderr and "left unchanged" in result.stderr
    assert {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()} == old

    # --no-validate writes it anyway.
    result = runner.invoke(kg.cli.cli, ["build", str(SEEDS), "--out", str(out), "--no-validate"])
    assert result.exit_code == 0, result.output
    assert "Y. Fedotov" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_validation_scales_and_still_finds_one_bad_node():
    """Whole-graph SPARQL checks: pyshacl's per-node SPARQL took ~2 minutes on this graph."""
    graph = build_graph(make_big_kb(100))
    assert len(graph) > 15_000
    bad = URIRef(f"{B}evidence/{R1}-77-332-416")
    assert (bad, NIF.anchorOf, None) in graph
    graph.set((bad, NIF.anchorOf, Literal("Yury")))
    start = time.perf_counter()
    conforms, report = validate(graph)
    assert time.perf_counter() - start < 30
    assert not conforms
    assert report.splitlines()[1:] == [f"  Violation: evidence/{R1}-77-332-416  -: nif:anchorOf is not the release's "
                                       "schema:text between nif:beginIndex and nif:endIndex"]


def test_big_graphs_skip_validation_unless_asked(tmp_path: Path, monkeypatch):
    """Above VALIDATE_LIMIT triples the default build says it skipped SHACL; --validate still runs it."""
    monkeypatch.setattr(kg.cli, "VALIDATE_LIMIT", 100)
    monkeypatch.setattr(kg.cli, "build_knowledge_base", _broken_kb)
    runner = CliRunner()
    result = runner.invoke(kg.cli.cli, ["build", str(SEEDS), "--out", str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    assert "SHACL validation skipped: the graph has" in result.stderr
    assert "--validate runs it anyway" in result.stderr

    result = runner.invoke(kg.cli.cli, ["build", str(SEEDS), "--out", str(tmp_path / "b"), "--validate"])
    assert result.exit_code == 2
    assert "does not conform" in result.stderr
