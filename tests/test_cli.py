"""The real `kg` CLI on the real seeds: build, determinism, query formats, exit codes."""

from __future__ import annotations

import csv
import io
import json

from rdflib import Graph
from rdflib.namespace import SDO

from .conftest import SEEDS, run_kg

RELEASES_QUERY = """
PREFIX schema: <https://schema.org/>
SELECT ?date ?title WHERE { ?r a schema:NewsArticle ; schema:headline ?title ; schema:datePublished ?date }
ORDER BY ?date
"""


def test_build_writes_turtle_and_html(seeds_build):
    graph = Graph().parse(seeds_build / "graph.ttl", format="turtle")
    releases = set(graph.subjects(None, SDO.NewsArticle))
    assert len(releases) == 4
    dates = sorted(str(graph.value(r, SDO.datePublished)) for r in releases)
    assert dates == ["2004-07-23", "2015-07-06", "2018-04-24", "2022-06-15"]
    html = (seeds_build / "graph.html").read_text(encoding="utf-8")
    assert "<html" in html and "vis-network" in html


def test_build_is_byte_identical_across_runs_and_input_orders(tmp_path, seeds_build):
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    run_kg("build", *reversed(files), "--out", str(tmp_path), check=True)
    assert (tmp_path / "graph.ttl").read_bytes() == (seeds_build / "graph.ttl").read_bytes()


def test_build_summary(tmp_path):
    proc = run_kg("build", str(SEEDS), "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "releases" in proc.stdout and "merged duplicates" in proc.stdout
    lines = {line.split("│")[1].strip(): line.split("│")[2].strip() for line in proc.stdout.splitlines()
             if line.count("│") == 3}
    assert lines["releases"] == "4"
    assert lines["merged duplicates"] == "1"
    assert lines["files read"] == "5"


def test_query_formats(seeds_build, tmp_path):
    rq = tmp_path / "releases.rq"
    rq.write_text(RELEASES_QUERY, encoding="utf-8")
    graph = str(seeds_build / "graph.ttl")

    out = run_kg("query", str(rq), "--graph", graph, "--format", "csv", check=True).stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["date", "title"]
    assert [r[0] for r in rows[1:]] == ["2004-07-23", "2015-07-06", "2018-04-24", "2022-06-15"]
    assert rows[2][1] == "OSCE acts to combat human trafficking along migration routes"

    tsv = run_kg("query", str(rq), "--graph", graph, "--format", "tsv", check=True).stdout.splitlines()
    assert tsv[1].split("\t")[0] == "2004-07-23"

    data = json.loads(run_kg("query", str(rq), "--graph", graph, "--format", "json", check=True).stdout)
    assert data["head"]["vars"] == ["date", "title"]
    first = data["results"]["bindings"][0]["date"]
    assert first == {"type": "literal", "value": "2004-07-23", "datatype": "http://www.w3.org/2001/XMLSchema#date"}

    table = run_kg("query", str(rq), "--graph", graph, check=True).stdout
    assert "2022-06-15" in table and "date" in table


def test_exit_codes(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    proc = run_kg("build", str(SEEDS), str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 1
    assert "empty.txt" in proc.stderr and "file is empty" in proc.stderr
    assert (tmp_path / "out" / "graph.ttl").exists()

    proc = run_kg("build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out2"))
    assert proc.returncode == 2
    assert not (tmp_path / "out2" / "graph.ttl").exists()

    assert run_kg("build", "--no-such-option").returncode == 2
    proc = run_kg("query", str(tmp_path / "x.rq"), "--graph", str(tmp_path / "missing.ttl"))
    assert proc.returncode == 2


def test_query_on_missing_graph_says_build_first(tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text(RELEASES_QUERY, encoding="utf-8")
    proc = run_kg("query", str(rq), "--graph", str(tmp_path / "none.ttl"))
    assert proc.returncode == 2
    assert "kg build" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_help_has_examples():
    for args in ([], ["build"], ["query"]):
        out = run_kg(*args, "--help", check=True).stdout
        assert "Example" in out
