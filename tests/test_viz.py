"""The viz projection, page, analytics and CLI on a hand-made graph in the shape of docs/data-model.md."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from rdflib import Graph

from kg.viz import STYLES, VizError, centrality_order, node_id, project, render, select
from kg.viz.page import COMMUNITY_COLOURS

from .conftest import SEEDS, run_kg

FIXTURE = Path(__file__).parent / "fixtures" / "viz_sample.ttl"
BASE = "https://example.org/osce-kg/"
XSS_NAME = "<img src=x onerror=alert(1)>"
RICHEY = BASE + "person/valiant-richey"
FEDOTOV = BASE + "person/yury-fedotov"
RELEASE_2015 = BASE + "release/2015-07-06-osce-acts"

EXPECTED_KINDS = {
    "release": {"OSCE acts to combat human trafficking along migration routes",
                "18th Alliance against Trafficking calls for broad, inclusive approach",
                "<b>Bold</b> & \"quoted\" headline <script>alert('headline')</script>"},
    "event": {"15th Alliance against Trafficking in Persons conference"},
    "person": {"Valiant Richey", "Yury Fedotov", "Aleksandar Nikolić", XSS_NAME},
    "organization": {"Organization for Security and Co-operation in Europe", "OSCE Secretariat",
                     "Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
                     "United Nations Office on Drugs and Crime", "Ministry of the Interior of Serbia"},
    "state": {"Serbia"},
    "partner": {"Japan"},
    "field": {"Combating trafficking in human beings", "Gender equality"},
    "place": {"Vienna"},
    "series": {"Alliance against Trafficking in Persons conferences"},
    "document": {"Ministerial Council Decision No. 14/06"},
}


@pytest.fixture
def net():
    return project(Graph().parse(FIXTURE, format="turtle"))


def page_data(html: str) -> dict:
    """The nodes, edges and options the page hands to vis-network."""
    match = re.search(r"^var kgData = (\{.*\});$", html, flags=re.M)
    assert match, "kgData not found in the page"
    return json.loads(match.group(1))


def by_name(data: dict) -> dict[str, dict]:
    return {node["name"]: node for node in data["nodes"]}


def test_nodes_per_kind(net):
    kinds: dict[str, set[str]] = {}
    for _, data in net.nodes(data=True):
        kinds.setdefault(data["kind"], set()).add(data["name"])
    assert kinds == EXPECTED_KINDS


def test_reified_rdf_nodes_are_not_nodes(net):
    hidden = ("membership/", "participation/", "quote/", "mention/", "evidence/", "role/", "source/",
              "chairpersonship/")
    assert not [n for n in net.nodes if any(part in n for part in hidden)]
    assert BASE + "field/" not in net  # the concept scheme is not a field of work


def test_membership_becomes_an_edge_labelled_with_the_role_title(net):
    assert set(net[FEDOTOV][BASE + "org/unodc"]) == {"Executive Director"}
    details = net.edges[FEDOTOV, BASE + "org/unodc", "Executive Director"]["details"]
    assert details == {"Evidence: said Yury Fedotov, Executive Director of the United Nations Office on Drugs and "
                       "Crime."}
    nikolic = BASE + "person/aleksandar-nikolic"
    assert set(net[nikolic][BASE + "org/serbia-ministry-of-interior"]) == {"State Secretary"}
    assert set(net[nikolic][BASE + "state/rs"]) == {"represents"}


def test_relations_between_entities(net):
    event = BASE + "event/alliance-2015"
    assert set(net[RICHEY][event]) == {"spoke at"}
    assert set(net[FEDOTOV][event]) == {"took part in"}
    assert set(net[BASE + "org/osr-cthb"][event]) == {"organized"}
    assert set(net[BASE + "org/osr-cthb"][BASE + "org/osce-secretariat"]) == {"sub-organization of"}
    assert set(net[RELEASE_2015][event]) == {"about"}
    assert set(net[RELEASE_2015][RICHEY]) == {"mentions"}
    assert set(net[RICHEY][RELEASE_2015]) == {"said"}
    assert set(net[RELEASE_2015][BASE + "place/vienna"]) == {"mentions", "issued in"}
    assert set(net[event][BASE + "series/alliance-against-trafficking"]) == {"part of"}
    said = net.edges[RICHEY, RELEASE_2015, "said"]["details"]
    assert len(said) == 1 and next(iter(said)).startswith("“Trafficking is a crime that thrives on silence.")
    # The publisher (the OSCE on every release) is deliberately not an edge.
    assert not net.has_edge(RELEASE_2015, BASE + "org/osce")


def test_tooltip_facts(net):
    facts = net.nodes[RICHEY]["facts"]
    assert facts.roles == {"Special Representative and Co-ordinator for Combating Trafficking in Human Beings, "
                           "Office of the Special Representative and Co-ordinator for Combating Trafficking in "
                           "Human Beings"}
    assert facts.releases == {RELEASE_2015, BASE + "release/2018-04-24-alliance"}
    assert sorted(facts.evidence)[0] == ("2015-07-06", "Valiant Richey spoke at the Alliance conference in Vienna.")
    assert [date for date, _ in facts.quotes] == ["2015-07-06"]
    assert net.nodes[BASE + "state/rs"]["facts"].notes == {"OSCE Chairpersonship 2015"}
    assert net.graph["date"] == "2019-01-10"


def test_page_nodes_edges_and_tooltips(net):
    data = page_data(render(net))
    assert len(data["nodes"]) == 20
    assert len(data["edges"]) == 29  # 33 relations; a pair's relations share one drawn edge
    nodes = by_name(data)
    richey = nodes["Valiant Richey"]
    assert richey["id"] == node_id(RICHEY) and re.fullmatch(r"n[0-9a-f]{12}", richey["id"])
    assert (richey["kind"], richey["color"], richey["shape"]) == ("person", STYLES["person"].colour, "dot")
    title = richey["title"].split("\n")
    assert title[:2] == ["Valiant Richey", "Person"]
    assert "  • 2015-07-06 OSCE acts to combat human trafficking along migration routes" in title
    assert "Evidence (2015-07-06): “Valiant Richey spoke at the Alliance conference in Vienna.”" in title
    assert any(line.startswith("  • 2015-07-06 “Trafficking is a crime") for line in title)
    fedotov = nodes["Yury Fedotov"]["title"]
    assert "  • Executive Director, United Nations Office on Drugs and Crime" in fedotov.split("\n")
    edges = {frozenset((e["from"], e["to"])): e for e in data["edges"]}
    membership = edges[frozenset((node_id(FEDOTOV), node_id(BASE + "org/unodc")))]
    assert (membership["from"], membership["relation"], membership["arrows"]) == (
        node_id(FEDOTOV), "Executive Director", "to")
    both_ways = edges[frozenset((node_id(RICHEY), node_id(RELEASE_2015)))]
    assert both_ways["relation"] == "mentions / said" and both_ways["arrows"] == "to, from"
    assert "Valiant Richey → said → OSCE acts to combat" in both_ways["title"]


def test_no_title_contains_href_and_markup_stays_text(net):
    html = render(net)
    data = page_data(html)
    for item in data["nodes"] + data["edges"]:
        assert "href" not in item["title"].lower()
    xss = by_name(data)[XSS_NAME]
    assert xss["label"] == XSS_NAME and xss["title"].startswith(XSS_NAME + "\nPerson\n")
    assert "hre\u2060f=" in xss["title"]  # the evidence sentence's "href" is defused, the text kept
    # Nothing from a release reaches the HTML unescaped: JSON escapes "<", the template escapes the rest.
    for raw in (XSS_NAME, "<script>alert(", "<b>Bold</b>", "<img src=y"):
        assert raw not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # the select menu's option, escaped
    assert "innerHTML = nodeData" not in html  # pyvis's HTML popup is not in the template


def test_page_is_self_contained(net):
    html = render(net)
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", html, flags=re.I)
    assert "cdn.jsdelivr" not in html and "cdnjs" not in html and "@import" not in html
    assert "vis.Network" in html and "TomSelect" in html and "neighbourhoodHighlight" in html


def test_title_bar_counts_and_date(net):
    html = render(net)
    assert "20 entities, 29 links, from 3 press releases · data as of <time>2019-01-10</time>" in html
    assert "<time>2001-02-03</time>" in render(project(Graph().parse(FIXTURE)), date="2001-02-03")


def test_two_renders_are_byte_identical():
    first = render(project(Graph().parse(FIXTURE, format="turtle")))
    second = render(project(Graph().parse(FIXTURE, format="turtle")))
    assert first == second
    assert page_data(first)["options"]["layout"]["randomSeed"] == 7


def test_max_nodes_keeps_the_most_central(net):
    html = render(net, max_nodes=5)
    data = page_data(html)
    expected = {node_id(n) for n in centrality_order(net)[:5]}
    assert {n["id"] for n in data["nodes"]} == expected
    assert "15 less central entities left out (at most 5 are drawn: kg viz --max-nodes)." in html
    assert all(e["from"] in expected and e["to"] in expected for e in data["edges"])
    assert "left out" not in render(project(Graph().parse(FIXTURE)))


def test_focus_draws_a_neighbourhood(net):
    drawn, left_out, centres = select(net, 400, focus="valiant richey", depth=1)
    assert centres == [RICHEY] and left_out == 0
    expected = {RICHEY, RELEASE_2015, BASE + "release/2018-04-24-alliance", BASE + "event/alliance-2015",
                BASE + "org/osr-cthb"}
    assert set(drawn.nodes) == expected
    two = set(select(net, 400, focus="Valiant Richey", depth=2)[0].nodes)
    assert expected < two and BASE + "org/unodc" in two  # the release mentions UNODC
    assert set(select(net, 400, focus="Richey", depth=0)[0].nodes) == {RICHEY}  # an alternate name
    html = render(net, focus="Valiant Richey", depth=1)
    assert "Focus: Valiant Richey and everything within 1 step (5 of 20 entities)." in html
    with pytest.raises(VizError, match="no node is named like 'Nobody Atall'"):
        render(net, focus="Nobody Atall")


def test_color_by_community(net):
    data = page_data(render(net, color_by="community"))
    for node in data["nodes"]:
        assert node["color"] == COMMUNITY_COLOURS[node["community"] % len(COMMUNITY_COLOURS)]
    assert len({node["community"] for node in data["nodes"]}) > 1
    with pytest.raises(VizError):
        render(net, color_by="shape")


def test_cli_viz_and_stats(tmp_path):
    out = tmp_path / "page.html"
    proc = run_kg("viz", "--graph", str(FIXTURE), "--out", str(out), "--max-nodes", "12", check=True)
    assert f"wrote {out}" in proc.stdout
    assert len(page_data(out.read_text(encoding="utf-8"))["nodes"]) == 12

    stats = run_kg("stats", "--graph", str(FIXTURE), "--top", "2", check=True).stdout
    people = stats[stats.index("People"):stats.index("Organizations")]
    assert "Valiant Richey" in people and "Yury Fedotov" not in people  # 2nd is Aleksandar Nikolić
    assert "OSCE Secretariat" in stats and "Japan (Partner)" in stats


def test_cli_errors_are_one_line_exit_2(tmp_path):
    proc = run_kg("viz", "--graph", str(tmp_path / "missing.ttl"), "--out", str(tmp_path / "x.html"))
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "run `kg build` first" in proc.stderr
    assert not (tmp_path / "x.html").exists()
    proc = run_kg("stats", "--graph", str(tmp_path / "missing.ttl"))
    assert proc.returncode == 2 and "run `kg build` first" in proc.stderr
    proc = run_kg("viz", "--graph", str(FIXTURE), "--out", str(tmp_path / "x.html"), "--focus", "Nobody Atall")
    assert proc.returncode == 2 and "no node is named like 'Nobody Atall'" in proc.stderr


def test_kg_build_writes_the_same_page_twice(tmp_path, seeds_build):
    run_kg("build", str(SEEDS), "--out", str(tmp_path), check=True)
    assert (tmp_path / "graph.html").read_bytes() == (seeds_build / "graph.html").read_bytes()
    data = page_data((seeds_build / "graph.html").read_text(encoding="utf-8"))
    release_dates = sorted(n["label"][:10] for n in data["nodes"] if n["kind"] == "release")
    assert release_dates == ["2004-07-23", "2015-07-06", "2018-04-24", "2022-06-15"]


def test_big_graphs_get_sampled_betweenness_and_a_cheaper_layout(monkeypatch):
    import kg.viz.analytics as analytics
    from kg.viz.page import options_for

    monkeypatch.setattr(analytics, "BETWEENNESS_BUDGET", 1)  # the 20-node sample counts as "big"
    monkeypatch.setattr(analytics, "BETWEENNESS_MIN_SAMPLE", 8)
    runs = []
    for _ in range(2):
        net = project(Graph().parse(FIXTURE, format="turtle"))
        analytics.analyse(net)
        runs.append({n: d["betweenness"] for n, d in net.nodes(data=True)})
    assert runs[0] == runs[1]  # sampled with a fixed seed: the same page on every build
    assert options_for(20)["layout"]["improvedLayout"] is True
    assert options_for(150)["layout"]["improvedLayout"] is False
    assert options_for(150)["physics"]["stabilization"]["iterations"] < options_for(20)["physics"]["stabilization"][
        "iterations"]


def test_betweenness_sample_shrinks_as_graphs_grow():
    from kg.viz.analytics import BETWEENNESS_BUDGET, BETWEENNESS_MIN_SAMPLE, betweenness_sample

    assert betweenness_sample(65, 137) is None  # the seeds: exact
    assert betweenness_sample(1_600, 9_000) == BETWEENNESS_BUDGET // 9_000
    assert betweenness_sample(10_000, 100_000) == BETWEENNESS_MIN_SAMPLE
    assert betweenness_sample(10, 100_000) is None  # a sample as large as the graph: exact
    small, large = betweenness_sample(1_600, 9_000), betweenness_sample(3_200, 30_000)
    assert small * 9_000 <= BETWEENNESS_BUDGET and large * 30_000 <= BETWEENNESS_BUDGET and large < small


def test_betweenness_agrees_with_networkx(net):
    import networkx as nx

    from kg.viz.analytics import betweenness_centrality, undirected

    simple = undirected(net)
    for sample in (None, 5, len(simple) - 1):
        ours = betweenness_centrality(simple, sample, seed=7)
        theirs = nx.betweenness_centrality(simple, k=sample, normalized=True, seed=7)
        assert list(ours) == list(theirs)
        assert ours == pytest.approx(theirs, abs=1e-12)


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory) -> Path:
    """``kg build`` of 40 generated releases (bench/make_corpus.py): a graph bigger than the page draws."""
    from bench.make_corpus import write_corpus

    root = tmp_path_factory.mktemp("corpus40")
    write_corpus(40, root / "corpus")
    run_kg("build", str(root / "corpus"), "--out", str(root / "out"), "--no-cache", "--jobs", "1", check=True)
    return root / "out"


def test_larger_corpus_page_is_drawn_within_the_node_limit_quickly(corpus_build, tmp_path):
    from kg.viz import DEFAULT_MAX_NODES

    built = page_data((corpus_build / "graph.html").read_text(encoding="utf-8"))
    assert 0 < len(built["nodes"]) <= DEFAULT_MAX_NODES

    out = tmp_path / "page.html"
    start = time.perf_counter()
    run_kg("viz", "--graph", str(corpus_build / "graph.ttl"), "--out", str(out), "--max-nodes", "60", check=True)
    seconds = time.perf_counter() - start
    html = out.read_text(encoding="utf-8")
    data = page_data(html)
    ids = {node["id"] for node in data["nodes"]}
    assert len(data["nodes"]) == 60  # the corpus has far more entities than that
    assert all(edge["from"] in ids and edge["to"] in ids for edge in data["edges"])
    assert "less central entities left out" in html
    assert seconds < 20, f"kg viz took {seconds:.1f} s"  # generous: a shared 2-core machine; it takes ~2 s
