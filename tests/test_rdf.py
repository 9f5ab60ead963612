"""The ontology mapping on a hand-made KnowledgeBase: every record kind, IRIs, determinism, the ontology."""

from __future__ import annotations

import copy
import random

import pyoxigraph
import pytest
from rdflib import RDF, RDFS, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, SDO

from kg.model import Evidence, KnowledgeBase, Membership, Mention, Organization, Person
from kg.rdf import DEFAULT_BASE, KG, ONTOLOGY_FILE, Iris, build_dataset, build_graph, union
from kg.serialize import FORMATS, serialize, to_turtle

from .sample_kb import QUOTE_1, QUOTE_2, R1, R2, make_kb

PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX kg: <https://example.org/osce-kg/ontology#>
"""
B = DEFAULT_BASE


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build_graph(make_kb())


def rows(graph: Graph, query: str) -> list[tuple[str, ...]]:
    return sorted(tuple(str(v) for v in row) for row in graph.query(PREFIXES + query))


def test_who_holds_which_role_in_which_organization(graph):
    assert rows(graph, """
        SELECT ?name ?role ?org WHERE {
            ?m a org:Membership ; org:member/schema:name ?name ; org:role/skos:prefLabel ?role ;
               org:organization/schema:name ?org .
        }""") == [
        ("Adam Czapliński", "Deputy Permanent Representative", "Government of Poland"),
        ("Adam Czapliński", "Minister of Interior", "Ministry of Interior"),
        ("Ingibjörg Sólrún Gísladóttir", "Director", "Office for Democratic Institutions and Human Rights"),
        ("Yury Fedotov", "Executive Director", "United Nations Office on Drugs and Crime"),
    ]
    m = URIRef(B + "membership/adam-czaplinski--minister-of-interior--ministry-of-interior-pl")
    assert graph.value(m, KG.roleState) == URIRef(B + "state/pl")
    # A State official whose release names no ministry serves the State's government.
    government = URIRef(B + "org/pl-government")
    assert graph.value(government, KG.governmentOf) == URIRef(B + "state/pl")
    assert (government, RDF.type, SDO.GovernmentOrganization) in graph
    assert graph.value(URIRef(B + "role/executive-director"), RDF.type) == URIRef("http://www.w3.org/ns/org#Role")


def test_which_states_each_release_mentions_with_wikidata(graph):
    assert rows(graph, """
        SELECT ?release ?state ?type ?iso ?wd WHERE {
            ?r a schema:NewsArticle ; schema:mentions ?s .
            BIND (STRAFTER(STR(?r), "/release/") AS ?release)
            ?s a schema:Country, ?type ; schema:name ?state ; schema:identifier ?iso ; owl:sameAs ?wd .
            FILTER (?type IN (kg:ParticipatingState, kg:PartnerForCooperation))
        }""") == [
        (R1, "Algeria", str(KG.PartnerForCooperation), "DZ", "http://www.wikidata.org/entity/Q262"),
        (R1, "Serbia", str(KG.ParticipatingState), "RS", "http://www.wikidata.org/entity/Q403"),
        (R2, "Italy", str(KG.ParticipatingState), "IT", "http://www.wikidata.org/entity/Q38"),
        (R2, "Poland", str(KG.ParticipatingState), "PL", "http://www.wikidata.org/entity/Q36"),
    ]
    assert (URIRef(B + "state/dz"), RDF.type, KG.MediterraneanPartnerForCooperation) in graph


def test_events_when_where_with_whom(graph):
    found = rows(graph, """
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        SELECT ?event ?start ?end ?place ?series ?ordinal ?attendance ?states ?partners WHERE {
            ?e a schema:Event ; schema:name ?event ; schema:startDate ?start ; schema:endDate ?end ;
               schema:location/schema:name ?place ; schema:superEvent/schema:name ?series ; kg:ordinal ?ordinal ;
               kg:attendance ?attendance ; kg:statesRepresented ?states ; kg:partnersRepresented ?partners .
            FILTER (datatype(?start) = xsd:date && datatype(?end) = xsd:date && datatype(?ordinal) = xsd:integer
                    && datatype(?attendance) = xsd:integer)
        }""")
    assert found == [("15th Alliance against Trafficking in Persons conference", "2015-07-06", "2015-07-07", "Vienna",
                      "Alliance against Trafficking in Persons conference", "15", "300", "57", "11")]
    assert rows(graph, """
        SELECT ?name ?role WHERE {
            ?p a kg:Participation ; kg:event/schema:name ?event ; kg:participant/schema:name ?name ;
               kg:participantRole ?role ; prov:wasDerivedFrom ?release .
            ?release a schema:NewsArticle .
        }""") == [("Ingibjörg Sólrún Gísladóttir", "participant"), ("Ingibjörg Sólrún Gísladóttir", "speaker"),
                  ("Yury Fedotov", "participant")]
    event = URIRef(B + "event/alliance-against-trafficking-in-persons-conference-15")
    assert set(graph.objects(event, SDO.performer)) == {URIRef(B + "person/ingibjorg-solrun-gisladottir")}
    assert set(graph.objects(event, SDO.organizer)) == {URIRef(B + "org/osce")}
    assert (URIRef(B + "release/" + R1), SDO.about, event) in graph
    # Attendance is not a venue's capacity.
    assert not list(graph.objects(event, SDO.maximumAttendeeCapacity))
    # Every person taking part has a Participation node.
    taking_part = set(rows(graph, """
        SELECT ?e ?p WHERE { ?e schema:performer|schema:attendee|schema:organizer ?p . ?p a schema:Person . }"""))
    assert taking_part and taking_part == set(rows(graph, """
        SELECT ?e ?p WHERE { ?x a kg:Participation ; kg:event ?e ; kg:participant ?p . }"""))


def test_who_said_what(graph):
    assert rows(graph, """
        SELECT ?name ?text ?release WHERE {
            ?q a schema:Quotation ; schema:text ?text ; schema:creator/schema:name ?name ;
               schema:isPartOf/schema:headline ?release .
        }""") == [
        ("Adam Czapliński", QUOTE_2, "Polish Minister meets OSCE Chair: “security > fear”"),
        ("Yury Fedotov", QUOTE_1, "OSCE acts to combat human trafficking along migration routes"),
    ]


def test_where_each_fact_came_from_release_sentence_offsets(graph):
    query = """
        SELECT ?kind ?stmt ?release ?begin ?end ?anchor ?sentence ?ok WHERE {
            VALUES ?kind { org:Membership schema:Quotation kg:Mention kg:Participation kg:Chairpersonship }
            ?stmt a ?kind ; kg:evidence ?ev .
            ?ev a kg:Evidence, nif:String ; prov:wasDerivedFrom ?release ; nif:beginIndex ?begin ;
                nif:endIndex ?end ; nif:anchorOf ?anchor ; kg:sentence ?sentence .
            ?release schema:text ?text .
            BIND (SUBSTR(?text, ?begin + 1, ?end - ?begin) = ?anchor && CONTAINS(?sentence, ?anchor) AS ?ok)
        }"""
    found = rows(graph, query)
    kinds = {row[0].rsplit("/", 1)[-1].rsplit("#", 1)[-1] for row in found}
    assert kinds == {"Membership", "Quotation", "Mention", "Participation", "Chairpersonship"}
    assert all(row[-1] == "true" for row in found), [row for row in found if row[-1] != "true"]
    fedotov = [r for r in found if r[1].endswith("membership/yury-fedotov--executive-director--unodc")]
    assert [(r[2], r[5]) for r in fedotov] == [
        (B + "release/" + R1, "Yury Fedotov, the Executive Director of the United Nations Office on Drugs and Crime")]
    # The same check on a second SPARQL engine (Oxigraph), over every evidence node.
    store = pyoxigraph.Store()
    store.load(to_turtle(graph).encode(), format=pyoxigraph.RdfFormat.TURTLE)
    bad = list(store.query(PREFIXES + """
        SELECT ?ev WHERE { ?ev a kg:Evidence ; prov:wasDerivedFrom/schema:text ?text ; nif:beginIndex ?b ;
                           nif:endIndex ?e ; nif:anchorOf ?a . FILTER (SUBSTR(?text, ?b + 1, ?e - ?b) != ?a) }"""))
    assert bad == []
    assert len(list(store.query(PREFIXES + "SELECT ?ev WHERE { ?ev a kg:Evidence }"))) == 13


def test_every_statement_points_to_its_release(graph):
    for kind in ("org:Membership", "schema:Quotation", "kg:Mention", "kg:Participation", "schema:Event"):
        missing = rows(graph, f"""
            SELECT ?s WHERE {{ ?s a {kind} . FILTER NOT EXISTS {{ ?s prov:wasDerivedFrom/a schema:NewsArticle }} }}""")
        assert missing == [], kind


def test_releases_sources_people_organizations_documents_fields(graph):
    r1 = URIRef(B + "release/" + R1)
    assert graph.value(r1, SDO.datePublished) == Literal("2015-07-06", datatype=URIRef(
        "http://www.w3.org/2001/XMLSchema#date"))
    assert graph.value(URIRef(B + "release/" + R2), SDO.datePublished) is None  # unknown: none
    assert graph.value(r1, SDO.locationCreated) == URIRef(B + "place/vienna")
    assert graph.value(r1, SDO.publisher) == URIRef(B + "org/osce")
    assert graph.value(r1, SDO.sourceOrganization) == URIRef(B + "org/osce-secretariat")
    sources = {str(graph.value(s, SDO.name)): str(s) for s in graph.objects(r1, URIRef(
        "http://www.w3.org/ns/prov#wasDerivedFrom"))}
    # Three paths that slug alike get distinct IRIs, decided by sorted order.
    assert sources == {"seeds/a b.txt": B + "source/seeds-a-b-txt", "seeds/a-b.txt": B + "source/seeds-a-b-txt-2",
                       "seeds/a.txt": B + "source/seeds-a-txt"}
    person = URIRef(B + "person/ingibjorg-solrun-gisladottir")
    assert list(graph.objects(person, SDO.name)) == [Literal("Ingibjörg Sólrún Gísladóttir")]
    assert list(graph.objects(person, SDO.alternateName)) == [Literal("Gísladóttir")]
    odihr = URIRef(B + "org/odihr")
    assert graph.value(odihr, SDO.alternateName) == Literal("ODIHR")
    assert graph.value(odihr, SDO.parentOrganization) == URIRef(B + "org/osce")
    assert graph.value(odihr, URIRef("http://www.w3.org/ns/org#subOrganizationOf")) == URIRef(B + "org/osce")
    assert graph.value(odihr, OWL.sameAs) == URIRef("http://www.wikidata.org/entity/Q1061012")
    assert graph.value(URIRef(B + "org/ministry-of-interior-pl"), OWL.sameAs) is None
    assert rows(graph, f"""
        SELECT ?label ?scheme WHERE {{ <{B}release/{R1}> schema:about ?c . ?c a skos:Concept ; skos:prefLabel ?label ;
                                       skos:inScheme ?scheme . ?scheme a skos:ConceptScheme }}""") == [
        ("Combating trafficking in human beings", B + "field/"), ("Migration", B + "field/")]
    doc = URIRef(B + "document/palermo-protocol")
    assert {graph.value(doc, SDO.name)} == {Literal("Palermo Protocol")}
    assert (doc, RDF.type, KG.Agreement) in graph and (r1, SDO.mentions, doc) in graph
    mention = URIRef(f"{B}mention/{R1}-document-palermo-protocol")
    assert graph.value(mention, KG.mentionOf) == doc
    chair = URIRef(B + "chairpersonship/it-2018")
    assert graph.value(chair, KG.state) == URIRef(B + "state/it")
    assert graph.value(chair, KG.year) == Literal("2018", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYear"))
    figure = URIRef(f"{B}figure/{R1}-487-512")
    assert graph.value(figure, SDO.value) == Literal("800,000 to 900,000")


def test_no_blank_nodes_and_iris_are_safe_ascii(graph):
    for triple in graph:
        for term in triple:
            assert not isinstance(term, BNode)
            if isinstance(term, URIRef):
                assert str(term).isascii() and not set(str(term)) & set(' <>"{}|^`\\'), term


def test_base_and_unsafe_keys():
    iris = Iris("http://host/my kg/Sólrún")
    assert iris.base == "http://host/my%20kg/S%C3%B3lr%C3%BAn/"
    iris.register("org", ["ministry-of-interior", "Ministry of Interior", "ministry of interior", "x/y"])
    assert iris.of("org", "ministry-of-interior") == URIRef("http://host/my%20kg/S%C3%B3lr%C3%BAn/org/ministry-of-interior")
    # Unsafe keys are re-slugged in sorted order, after the safe keys claimed theirs.
    assert iris.key("org", "Ministry of Interior") == "ministry-of-interior-2"
    assert iris.key("org", "ministry of interior") == "ministry-of-interior-3"
    assert iris.key("org", "x/y") == "x-y"
    graph = build_graph(make_kb(), base="https://kg.example/osce#")
    assert (URIRef("https://kg.example/osce#person/yury-fedotov"), RDF.type, SDO.Person) in graph


@pytest.mark.parametrize("base", ["https://kg.example/osce/", "http://host/my kg/Sólrún", "https://kg.example/osce#",
                                  "https://kg.example/osce", "urn:kg:"])
def test_turtle_relative_to_the_base_reads_back_the_same_triples(base):
    graph = build_graph(make_kb(), base=base)
    odd = URIRef(f"{Iris(base).base}x/../y")  # a path to resolve is never written relative
    graph.add((odd, RDF.type, SDO.Thing))
    written = Iris(base).base  # percent-encoded, and ending in "/" where it had no "#"
    for fmt in ("ttl", "trig"):
        text = to_turtle(graph, written) if fmt == "ttl" else serialize(build_dataset(make_kb(), base=base), fmt,
                                                                         written)
        relative = written.endswith("/") and "#" not in written and "://" in written  # not urn:kg:/
        assert ("@base <" in text) == relative, (base, fmt)
        assert ("<person/yury-fedotov>" in text) == relative
        if fmt == "ttl":
            assert set(Graph().parse(data=text, format="turtle")) == set(graph)
        else:
            read = Dataset()
            read.parse(data=text, format="trig")
            assert {q[:3] for q in read.quads()} == set(union(build_dataset(make_kb(), base=base)))
    assert f"<{odd}>" in to_turtle(graph, written)


def shuffled(kb: KnowledgeBase, seed: int) -> KnowledgeBase:
    """The same KnowledgeBase with every list (and nested list) in another order."""
    rng = random.Random(seed)
    kb = copy.deepcopy(kb)

    def shuffle(obj):  # noqa: ANN001, ANN202
        for value in vars(obj).values():
            if isinstance(value, list):
                rng.shuffle(value)
                for item in value:
                    if hasattr(item, "__dict__"):
                        shuffle(item)

    shuffle(kb)
    return kb


def test_byte_identical_for_shuffled_input_in_every_format():
    kb = make_kb()
    first = {fmt: serialize(build_dataset(kb), fmt) for fmt in FORMATS}
    for seed in (1, 2, 3):
        other = shuffled(kb, seed)
        assert other.people != kb.people or other.mentions != kb.mentions  # really shuffled
        for fmt in FORMATS:
            assert serialize(build_dataset(other), fmt) == first[fmt], (fmt, seed)
    assert to_turtle(build_graph(kb)) == first["ttl"]


def test_turtle_is_sorted_and_declares_prefixes():
    text = to_turtle(build_graph(make_kb()))
    assert text.startswith("@prefix kg: <https://example.org/osce-kg/ontology#> .\n")
    assert f"\n@base <{B}> .\n\n" in text  # the graph's own IRIs are written relative to its base
    subjects = [line[1:-1] for line in text.splitlines() if line.startswith("<")]
    full = [s if "://" in s else B + s for s in subjects]
    assert full == sorted(full) and len(full) == len(set(full)) and full[0] == B
    block = text[text.index("\n<person/yury-fedotov>\n") + 1:].split("\n\n")[0]
    assert block.splitlines()[1:] == ["    a schema:Person ;", '    schema:alternateName "Fedotov" ;',
                                      '    schema:name "Yury Fedotov" .']


def test_trig_layout_entities_in_default_graph_statements_in_release_graphs():
    kb = make_kb()
    dataset = build_dataset(kb)
    graphs = {str(g.identifier): g for g in dataset.graphs() if len(g)}
    r1 = B + "release/" + R1
    assert set(graphs) == {"urn:x-rdflib:default", r1, B + "release/" + R2}
    default, release_1 = graphs["urn:x-rdflib:default"], graphs[r1]
    assert (URIRef(B + "person/yury-fedotov"), RDF.type, SDO.Person) in default
    assert (URIRef(B + "state/rs"), RDF.type, SDO.Country) in default
    assert (URIRef(r1), SDO.headline, None) in release_1
    assert (URIRef(f"{B}quote/{R1}-q1"), SDO.text, Literal(QUOTE_1)) in release_1
    membership = URIRef(B + "membership/yury-fedotov--executive-director--unodc")
    assert (membership, RDF.type, None) in default and (membership, RDF.type, None) not in release_1
    assert (membership, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), URIRef(r1)) in release_1
    # A partition: no triple in two graphs, and the union is the Turtle graph.
    total = sum(len(g) for g in graphs.values())
    assert total == len(union(dataset)) == len(build_graph(kb))
    assert set(union(dataset)) == set(build_graph(kb))


def test_unknown_mention_kind_is_a_clear_error():
    kb = make_kb()
    kb.mentions.append(Mention(R1, "planet", "mars", []))
    with pytest.raises(ValueError, match="unknown kind 'planet'"):
        build_graph(kb)


def test_same_role_title_variants_share_one_role_with_one_pref_label():
    kb = make_kb()
    kb.people.append(Person("anna-nowak", "Anna Nowak"))
    ev = Evidence(R2, 0, 6, "Polish", RELEASE_2_TITLE)
    kb.memberships.append(Membership("anna-nowak", "minister of interior", "Ministry of Interior/PL", "pl", [ev]))
    kb.organizations.append(Organization("ministry-of-interior-pl", "Ministerstwo", None, None, [], None, []))
    graph = build_graph(kb)
    role = URIRef(B + "role/minister-of-interior")
    assert [str(v) for v in graph.objects(role, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))] == [
        "Minister of Interior"]
    # The declared safe key keeps its slug; the unsafe one moves aside.
    assert graph.value(URIRef(B + "org/ministry-of-interior-pl"), SDO.name) == Literal("Ministerstwo")
    assert graph.value(URIRef(B + "org/ministry-of-interior-pl-2"), SDO.name) == Literal("Ministry of Interior")


RELEASE_2_TITLE = "Polish Minister meets OSCE Chair: “security > fear”"


def test_every_kg_term_is_defined_in_the_ontology(graph):
    ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
    used = {t for triple in graph for t in triple if isinstance(t, URIRef) and t.startswith(str(KG))}
    assert len(used) >= 20
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    for term in used:
        kind = set(ontology.objects(term, RDF.type)) & kinds
        assert len(kind) == 1, f"{term} is not defined in kg/ontology.ttl"
        assert ontology.value(term, RDFS.label) and ontology.value(term, RDFS.comment), term
        if kind != {OWL.Class}:
            assert ontology.value(term, RDFS.domain) and ontology.value(term, RDFS.range), term
            objects = list(graph.objects(None, term))
            want = URIRef if kind == {OWL.ObjectProperty} else Literal
            assert objects and all(isinstance(o, want) for o in objects), term
    # Every term the ontology defines is used by the hand-made graph too (no dead vocabulary).
    defined = {t for t in ontology.subjects(RDF.type, None) if t.startswith(str(KG))}
    assert defined == used | {KG.AsianPartnerForCooperation}
    # And the graph imports the ontology.
    assert (URIRef(B), OWL.imports, URIRef("https://example.org/osce-kg/ontology")) in graph
