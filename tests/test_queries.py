"""The query library and `kg query` on a hand-made graph (tests/fixtures/sample.ttl), with both engines."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import BNode, Literal, URIRef

from kg.query import (
    QueryError,
    format_result,
    load_graph,
    load_oxigraph,
    oxigraph_output,
    parse_params,
    query_variables,
    run,
    run_oxigraph,
    sparql_term,
    with_values,
)

from .conftest import ALL_QUERIES, QUERIES, SAMPLE, run_kg

ENGINES = ("oxigraph", "rdflib")
HOSTILE = 'x" } ; DROP ALL ; #'

B = "https://example.org/osce-kg/"
R2015, R2018, R2022 = f"{B}release/2015-07-06-osce-acts", f"{B}release/2018-04-24-18th-alliance", \
    f"{B}release/2022-06-15-global-fight"
OSCE = "Organization for Security and Co-operation in Europe"
UNODC = "United Nations Office on Drugs and Crime"
SPECIAL_REP = "Special Representative and Co-ordinator for Combating Trafficking in Human Beings"
TITLE_2015 = "OSCE acts to combat human trafficking along migration routes"
TITLE_2018 = "18th Alliance against Trafficking calls for broad, inclusive approach"
TITLE_2022 = "The global fight against trafficking is at a turning point"
EVENT_2015 = "15th Alliance against Trafficking in Persons conference"
EVENT_2018 = "18th Alliance against Trafficking in Persons conference"
MEETING_2022 = "Annual meeting of national anti-trafficking co-ordinators and rapporteurs"
WAR_QUOTE = ("Russia’s war of aggression against Ukraine has caused the largest exodus of human beings in Europe "
             "since World War II,")

# The public interface: file -> variables, in order.
PUBLIC = {
    "releases.rq": ["release", "title", "date", "place"],
    "people.rq": ["person", "name"],
    "people_roles.rq": ["name", "role", "organization"],
    "organizations.rq": ["org", "name", "acronym"],
    "states_mentioned.rq": ["release", "state"],
    "events.rq": ["event", "name", "start", "end", "place"],
    "event_participants.rq": ["event", "eventName", "name"],
    "quotes.rq": ["name", "quote", "release"],
}

# Exact rows on the sample graph, in the queries' order (None = unbound).
EXPECTED = {
    "releases.rq": [
        (R2015, TITLE_2015, "2015-07-06", "Vienna"),
        (R2018, TITLE_2018, "2018-04-24", "Vienna"),
        (R2022, TITLE_2022, "2022-06-15", "Vienna"),
    ],
    "people.rq": [
        (f"{B}person/aleksandar-nikolic", "Aleksandar Nikolić"),
        (f"{B}person/lamberto-zannier", "Lamberto Zannier"),
        (f"{B}person/madina-jarbussynova", "Madina Jarbussynova"),
        (f"{B}person/marcin-czaplinski", "Marcin Czapliński"),
        (f"{B}person/petya-nestorova", "Petya Nestorova"),
        (f"{B}person/yury-fedotov", "Yury Fedotov"),
    ],
    "people_roles.rq": [
        ("Aleksandar Nikolić", "State Secretary", "Ministry of the Interior of Serbia"),
        ("Lamberto Zannier", "Secretary General", OSCE),
        ("Madina Jarbussynova", SPECIAL_REP, OSCE),
        ("Marcin Czapliński", "Deputy Permanent Representative", "Permanent Mission of Poland to the OSCE"),
        ("Yury Fedotov", "Executive Director", UNODC),
    ],
    "organizations.rq": [
        (f"{B}org/coe", "Council of Europe", None),
        (f"{B}org/iom", "International Organization for Migration", "IOM"),
        (f"{B}org/ministry-of-the-interior-of-serbia", "Ministry of the Interior of Serbia", None),
        (f"{B}org/osce-special-representative", f"Office of the OSCE {SPECIAL_REP}", None),
        (f"{B}org/osce", OSCE, "OSCE"),
        (f"{B}org/permanent-mission-of-poland-to-the-osce", "Permanent Mission of Poland to the OSCE", None),
        (f"{B}org/unodc", UNODC, "UNODC"),
    ],
    "states_mentioned.rq": [
        (R2015, "Serbia"),
        (R2022, "Poland"),
        (R2022, "Russian Federation"),
        (R2022, "Ukraine"),
    ],
    "events.rq": [
        (f"{B}event/alliance-2015", EVENT_2015, "2015-07-06", "2015-07-07", "Vienna"),
        (f"{B}event/alliance-2018", EVENT_2018, "2018-04-24", "2018-04-25", "Vienna"),
        (f"{B}event/coordinators-meeting-2022", MEETING_2022, "2022-06-15", None, None),
    ],
    "event_participants.rq": [
        (f"{B}event/alliance-2015", EVENT_2015, "Aleksandar Nikolić"),
        (f"{B}event/alliance-2015", EVENT_2015, "Lamberto Zannier"),
        (f"{B}event/alliance-2015", EVENT_2015, "Yury Fedotov"),
        (f"{B}event/alliance-2018", EVENT_2018, "Madina Jarbussynova"),
        (f"{B}event/coordinators-meeting-2022", MEETING_2022, "Marcin Czapliński"),
        (f"{B}event/coordinators-meeting-2022", MEETING_2022, "Petya Nestorova"),
    ],
    "quotes.rq": [  # by release, then as the release quotes them
        ("Aleksandar Nikolić", "This has become an increasingly urgent international issue,", R2015),
        ("Yury Fedotov", "Migrants are extremely vulnerable,", R2015),
        ("Marcin Czapliński", WAR_QUOTE, R2022),
    ],
    "people_in_several_releases.rq": [(f"{B}person/lamberto-zannier", "Lamberto Zannier", "2")],
    "states_per_year.rq": [
        ("2015", "Serbia", "1"), ("2022", "Poland", "1"), ("2022", "Russian Federation", "1"), ("2022", "Ukraine", "1"),
    ],
    "series_timeline.rq": [
        ("Alliance against Trafficking in Persons conference", "15", "2015-07-06", "2015-07-07", EVENT_2015, "Vienna",
         f"{B}event/alliance-2015"),
        ("Alliance against Trafficking in Persons conference", "18", "2018-04-24", "2018-04-25", EVENT_2018, "Vienna",
         f"{B}event/alliance-2018"),
    ],
}


def rows(result) -> list[tuple[str | None, ...]]:
    """Rows as plain strings (None for unbound): the normal form both engines are compared in."""
    return [tuple(None if t is None else str(t) for t in row) for row in result.rows]


# The sample graph loaded once per engine.
SAMPLE_RDFLIB = load_graph(SAMPLE)
SAMPLE_OXIGRAPH = load_oxigraph(SAMPLE)


def run_on_sample(engine: str, name: str, params: dict | None = None):
    text = (QUERIES / name).read_text(encoding="utf-8")
    if engine == "rdflib":
        return run(SAMPLE_RDFLIB, text, params, query_name=name)
    return run_oxigraph(SAMPLE_OXIGRAPH, text, params, query_name=name)


def test_every_query_says_its_question_and_orders_its_rows():
    assert set(PUBLIC) <= set(ALL_QUERIES)
    for extra in ("person.rq", "evidence.rq", "people_in_several_releases.rq", "states_per_year.rq",
                  "organizations_cooccurring.rq", "series_timeline.rq"):
        assert extra in ALL_QUERIES
    for name in ALL_QUERIES:
        text = (QUERIES / name).read_text(encoding="utf-8")
        assert text.startswith("# ") and len(text.splitlines()[0]) > 20, name
        assert "ORDER BY" in text, name


@pytest.mark.parametrize("name", ALL_QUERIES)
def test_both_engines_give_the_same_rows(name):
    by_oxigraph = run_on_sample("oxigraph", name)
    by_rdflib = run_on_sample("rdflib", name)
    assert by_oxigraph.variables == by_rdflib.variables
    assert rows(by_oxigraph) == rows(by_rdflib)
    assert by_oxigraph.rows == by_rdflib.rows  # same terms too: datatypes and languages after normalizing
    assert by_oxigraph.rows, f"{name} returns nothing on the sample graph"


@pytest.mark.parametrize("name", ALL_QUERIES)
@pytest.mark.parametrize("fmt", ("csv", "tsv", "json"))
def test_oxigraph_writes_what_format_result_writes(name, fmt):
    # `kg query` lets Oxigraph write CSV and JSON itself: the bytes must be those of the rows made into terms.
    text = (QUERIES / name).read_text(encoding="utf-8")
    written = oxigraph_output(SAMPLE_OXIGRAPH, text, fmt, query_name=name)
    assert written == format_result(run_on_sample("oxigraph", name), fmt)
    assert written == format_result(run_on_sample("rdflib", name), fmt)


TERMS_TTL = """
@prefix ex: <https://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:a ex:p "plain", "tagged"@en, "tagged"@fr, "explicit"^^xsd:string, "7"^^xsd:integer, "2020-01-02"^^xsd:date,
          "odd"^^ex:type, ex:b, _:blank .
ex:c ex:p "plain", "tagged"@en, ex:b, _:blank .
ex:d ex:p ex:b .
_:blank ex:q "in a blank node" .
"""


@pytest.mark.parametrize("fmt", ("csv", "tsv", "json"))
def test_every_kind_of_term_is_written_alike(tmp_path, fmt):
    # Tagged, typed, blank and unbound cells, and values with commas, quotes, line breaks and non-ASCII letters.
    graph = tmp_path / "terms.ttl"
    graph.write_text(TERMS_TTL + 'ex:e ex:p "comma, \\"quoted\\"\\r\\nnew line\\ttab é ü ő" .\n', encoding="utf-8")
    query = """SELECT ?s ?o ?q WHERE { ?s <https://example.org/p> ?o FILTER(!isBlank(?o))
               OPTIONAL { ?o <https://example.org/q> ?q } } ORDER BY ?s STR(?o) COALESCE(LANG(?o), "")
               COALESCE(STR(DATATYPE(?o)), "")"""
    written = oxigraph_output(load_oxigraph(graph), query, fmt)
    assert written == format_result(run(load_graph(graph), query), fmt)
    assert "é ü ő" in written and written.count("https://example.org/") > 10
    if fmt == "csv":
        assert written.startswith("s,o,q\r\n") and '"comma, ""quoted""\r\nnew line\ttab é ü ő"' in written


def test_oxigraph_terms_are_rdflibs(tmp_path):
    # Oxigraph's terms are converted once per distinct term: repeated, tagged, typed, blank and unbound cells
    # must come out as the same rdflib terms as rdflib's own (blank node labels aside).
    graph = tmp_path / "terms.ttl"
    graph.write_text(TERMS_TTL, encoding="utf-8")
    query = """SELECT ?s ?o ?q WHERE { ?s <https://example.org/p> ?o OPTIONAL { ?o <https://example.org/q> ?q } }
               ORDER BY ?s ?o"""
    by_oxigraph = run_oxigraph(load_oxigraph(graph), query).rows
    by_rdflib = run(load_graph(graph), query).rows

    def key(term):  # everything that tells terms apart, but blank node labels
        if isinstance(term, Literal):
            return ("literal", str(term), term.datatype, term.language, term.value)
        return (type(term).__name__, None if isinstance(term, BNode) else term)

    assert len(by_oxigraph) == len(by_rdflib) == 14
    assert sorted(map(str, ([key(t) for t in row] for row in by_oxigraph))) == \
        sorted(map(str, ([key(t) for t in row] for row in by_rdflib)))
    assert len({row[1] for row in by_oxigraph if isinstance(row[1], BNode)}) == 1  # one term, however often
    assert Literal("plain") in {row[1] for row in by_oxigraph}
    assert Literal("explicit") in {row[1] for row in by_oxigraph}  # xsd:string made plain, as normalize does
    assert [row[2] for row in by_oxigraph].count(None) == 12
    assert [row[2] for row in by_oxigraph].count(Literal("in a blank node")) == 2


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_expected_rows(engine, name):
    result = run_on_sample(engine, name)
    if name in PUBLIC:
        assert result.variables == PUBLIC[name]
    assert rows(result) == EXPECTED[name]


@pytest.mark.parametrize("engine", ENGINES)
def test_organizations_cooccurring(engine):
    result = run_on_sample(engine, "organizations_cooccurring.rq")
    assert result.variables == ["name1", "name2", "releases"]
    got = rows(result)
    assert got[0] == (OSCE, UNODC, "2")  # the only pair in two releases comes first
    assert ("Council of Europe", OSCE, "1") in got
    assert all(a < b for a, b, _ in got) and len(got) == len(set(got)) == 11


@pytest.mark.parametrize("engine", ENGINES)
def test_person_bound_by_param(engine):
    result = run_on_sample(engine, "person.rq", {"name": Literal("Yury Fedotov")})
    assert rows(result) == [
        ("Yury Fedotov", "event", EVENT_2015, R2015),
        ("Yury Fedotov", "mentioned in", TITLE_2015, R2015),
        ("Yury Fedotov", "quote", "Migrants are extremely vulnerable,", R2015),
        ("Yury Fedotov", "role", f"Executive Director, {UNODC}", R2015),
    ]
    zannier = rows(run_on_sample(engine, "person.rq", {"name": Literal("Lamberto Zannier")}))
    assert ("Lamberto Zannier", "alternate name", "Zannier", None) in zannier
    assert {r[3] for r in zannier if r[1] == "mentioned in"} == {R2015, R2018}


@pytest.mark.parametrize("engine", ENGINES)
def test_evidence_says_which_release_and_sentence(engine):
    params = {"name": Literal("Yury Fedotov"), "role": Literal("Executive Director")}
    result = run_on_sample(engine, "evidence.rq", params)
    assert result.variables == ["name", "role", "organization", "release", "sentence", "anchor"]
    assert rows(result) == [(
        "Yury Fedotov", "Executive Director", UNODC, R2015,
        '"Migrants are extremely vulnerable," said Yury Fedotov, Executive Director of the United Nations Office '
        "on Drugs and Crime.",
        "Yury Fedotov, Executive Director of the United Nations Office on Drugs and Crime",
    )]
    params["role"] = Literal("Nobody")
    assert rows(run_on_sample(engine, "evidence.rq", params)) == []


@pytest.mark.parametrize("engine", ENGINES)
def test_evidence_offsets_point_into_the_release_text(engine):
    # The data model's NIF contract, checked in SPARQL as a user would.
    query = """
    PREFIX schema: <https://schema.org/>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
    PREFIX kg: <https://example.org/osce-kg/ontology#>
    SELECT ?e ?ok WHERE {
      ?e a kg:Evidence ; prov:wasDerivedFrom/schema:text ?text ; nif:beginIndex ?b ; nif:endIndex ?end ;
         nif:anchorOf ?anchor ; kg:sentence ?sentence .
      BIND(SUBSTR(?text, ?b + 1, ?end - ?b) = ?anchor && CONTAINS(?text, ?sentence) && CONTAINS(?sentence, ?anchor)
           AS ?ok)
    } ORDER BY ?e"""
    result = run(SAMPLE_RDFLIB, query) if engine == "rdflib" else run_oxigraph(SAMPLE_OXIGRAPH, query)
    assert len(result.rows) == 8
    assert all(ok == Literal(True) for _, ok in result.rows)


@pytest.mark.parametrize("engine", ENGINES)
def test_hostile_param_is_only_a_literal(engine, tmp_path):
    # A person whose name is SPARQL: binding it must find exactly that person, and nothing else happens.
    graph = tmp_path / "hostile.ttl"
    graph.write_text(SAMPLE.read_text(encoding="utf-8") + (
        '\n<https://example.org/osce-kg/person/hostile> a <https://schema.org/Person> ;\n'
        '    <https://schema.org/name> "x\\" } ; DROP ALL ; #" .\n'), encoding="utf-8")
    text = (QUERIES / "people.rq").read_text(encoding="utf-8")
    params = parse_params([f"name={HOSTILE}"])
    assert params == {"name": Literal(HOSTILE)}
    if engine == "rdflib":
        result = run(load_graph(graph), text, params)
    else:
        result = run_oxigraph(load_oxigraph(graph), text, params)
    assert rows(result) == [(f"{B}person/hostile", HOSTILE)]
    assert rows(run_on_sample(engine, "people.rq", params)) == []
    assert len(rows(run_on_sample(engine, "people.rq"))) == 6


def test_params_parse_iris_and_reject_nonsense():
    assert parse_params(["person=<https://example.org/osce-kg/person/yury-fedotov>"]) == {
        "person": URIRef(f"{B}person/yury-fedotov")}
    assert parse_params(["?name=a=b"]) == {"name": Literal("a=b")}
    for bad in ["name", "=x", "two words=x"]:
        with pytest.raises(QueryError, match="bad --param"):
            parse_params([bad])
    for bad_iri in ['org=<https://x/"}>', "org=<not an iri>"]:
        with pytest.raises(QueryError, match="not a valid IRI"):
            parse_params([bad_iri])


def test_values_clause_escapes_every_term():
    clause = with_values("SELECT ?name WHERE { ?p ?x ?name } # trailing comment", {"name": Literal(HOSTILE)})
    assert clause.endswith('\nVALUES (?name) { ("x\\" } ; DROP ALL ; #") }\n')
    assert sparql_term(Literal("a\\b\nc")) == '"a\\\\b\\nc"'
    assert sparql_term(Literal("chez", lang="fr")) == '"chez"@fr'
    assert sparql_term(URIRef(f"{B}person/x")) == f"<{B}person/x>"


def test_query_variables_ignore_strings_iris_and_comments():
    text = '# ?commented\nSELECT ?a $b WHERE { ?a <http://x/?q> "?s" ; ?p \'?t\' } ORDER BY ?a'
    assert query_variables(text) == {"a", "b", "p"}


# --- the CLI ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_cli_param_binding(engine):
    proc = run_kg("query", "queries/person.rq", "--graph", str(SAMPLE), "--engine", engine, "--format", "csv",
                  "--param", "name=Yury Fedotov", check=True)
    table = list(csv.reader(io.StringIO(proc.stdout)))
    assert table[0] == ["name", "fact", "value", "release"] and len(table) == 5
    proc = run_kg("query", "queries/people.rq", "--graph", str(SAMPLE), "--engine", engine, "--format", "csv",
                  "--param", f"person=<{B}person/yury-fedotov>", check=True)
    assert list(csv.reader(io.StringIO(proc.stdout)))[1:] == [[f"{B}person/yury-fedotov", "Yury Fedotov"]]
    proc = run_kg("query", "queries/people.rq", "--graph", str(SAMPLE), "--engine", engine, "--format", "csv",
                  "--param", f"name={HOSTILE}", check=True)
    assert proc.stdout == "person,name\n"


def test_cli_json_is_sparql_results_json():
    proc = run_kg("query", "queries/organizations.rq", "--graph", str(SAMPLE), "--format", "json", check=True)
    data = json.loads(proc.stdout)
    assert data["head"]["vars"] == ["org", "name", "acronym"]
    coe, iom = data["results"]["bindings"][:2]
    assert coe == {"org": {"type": "uri", "value": f"{B}org/coe"},
                   "name": {"type": "literal", "value": "Council of Europe"}}  # no acronym: unbound, left out
    assert iom["acronym"] == {"type": "literal", "value": "IOM"}
    proc = run_kg("query", "queries/releases.rq", "--graph", str(SAMPLE), "--format", "json", "--engine", "rdflib",
                  check=True)
    date = json.loads(proc.stdout)["results"]["bindings"][0]["date"]
    assert date == {"type": "literal", "value": "2015-07-06", "datatype": "http://www.w3.org/2001/XMLSchema#date"}


@pytest.mark.parametrize("engine", ENGINES)
def test_cli_ask_query(engine, tmp_path):
    rq = tmp_path / "ask.rq"
    rq.write_text('# Is Serbia named?\nASK { ?s <https://schema.org/name> "Serbia" }\n', encoding="utf-8")
    proc = run_kg("query", str(rq), "--graph", str(SAMPLE), "--engine", engine, "--format", "json", check=True)
    assert json.loads(proc.stdout) == {"head": {}, "boolean": True}
    proc = run_kg("query", str(rq), "--graph", str(SAMPLE), "--engine", engine, "--format", "csv", check=True)
    assert proc.stdout == "ask\ntrue\n"


def test_cli_unknown_or_bad_param(tmp_path):
    proc = run_kg("query", "queries/person.rq", "--graph", str(SAMPLE), "--param", "nmae=Yury Fedotov")
    assert proc.returncode == 2
    assert "--param nmae" in proc.stderr and "no variable ?nmae" in proc.stderr and "?name" in proc.stderr
    proc = run_kg("query", "queries/person.rq", "--graph", str(SAMPLE), "--param", "Yury Fedotov")
    assert proc.returncode == 2 and "bad --param" in proc.stderr and "name=value" in proc.stderr


@pytest.mark.parametrize("engine", ENGINES)
def test_cli_malformed_query_gives_line_and_column(engine, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("PREFIX schema: <https://schema.org/>\nSELECT ?x WHERE {\n  ?x schema:name \n}\nORDER BY ?x\n",
                   encoding="utf-8")
    proc = run_kg("query", str(bad), "--graph", str(SAMPLE), "--engine", engine)
    assert proc.returncode == 2
    assert "malformed query bad.rq at line" in proc.stderr and ", column " in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    undeclared = tmp_path / "prefix.rq"
    undeclared.write_text("SELECT ?x WHERE {\n  ?x foo:name ?y\n}\n", encoding="utf-8")
    proc = run_kg("query", str(undeclared), "--graph", str(SAMPLE), "--engine", engine)
    assert proc.returncode == 2
    assert "at line 2, column" in proc.stderr and "prefix" in proc.stderr


def test_cli_missing_graph_store_or_query(tmp_path):
    proc = run_kg("query", "queries/people.rq", "--graph", str(tmp_path / "graph.ttl"))
    assert proc.returncode == 2 and "run `kg build` first" in proc.stderr
    proc = run_kg("query", "queries/people.rq", "--store", str(tmp_path / "store"))
    assert proc.returncode == 2 and "kg load --store" in proc.stderr
    proc = run_kg("query", str(tmp_path / "nope.rq"), "--graph", str(SAMPLE))
    assert proc.returncode == 2 and "cannot read query file" in proc.stderr


def test_default_graph_is_output_graph_ttl(tmp_path):
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "graph.ttl").write_bytes(SAMPLE.read_bytes())
    proc = run_kg("query", str(QUERIES / "people_roles.rq"), "--format", "tsv", cwd=tmp_path, check=True)
    assert "Yury Fedotov\tExecutive Director\tUnited Nations Office on Drugs and Crime" in proc.stdout.splitlines()


def test_table_output_shows_the_rows():
    proc = run_kg("query", "queries/states_mentioned.rq", "--graph", str(SAMPLE), check=True)
    assert "Russian Federation" in proc.stdout and "state" in proc.stdout
