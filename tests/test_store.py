"""The triple store: `kg load --store`, `kg serve`, and `kg load --endpoint` against a real `oxigraph serve`
and a tiny local HTTP server that fails in the ways real endpoints do."""

from __future__ import annotations

import base64
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic

from kg.query import load_oxigraph, open_store, run_oxigraph
from kg.store import (
    Http,
    StoreError,
    query_endpoint,
    read_triples,
    serve_command,
    split_by_release,
    wait_until_listening,
)

from .conftest import ALL_QUERIES, QUERIES, ROOT, SAMPLE, run_kg

B = "https://example.org/osce-kg/"
GRAPHS = [f"{B}graph/entities", f"{B}graph/release/2015-07-06-osce-acts", f"{B}graph/release/2018-04-24-18th-alliance",
          f"{B}graph/release/2022-06-15-global-fight"]
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def file_rows(name: str, params: dict | None = None) -> list:
    return run_oxigraph(load_oxigraph(SAMPLE), (QUERIES / name).read_text(encoding="utf-8"), params).rows


# --- how the graph is split into named graphs ----------------------------------------------------------


def test_each_release_in_its_own_graph_and_nothing_lost_or_doubled():
    triples = read_triples(SAMPLE)
    graphs = split_by_release(triples)
    assert list(graphs) == GRAPHS
    assert sum(len(g) for g in graphs.values()) == len(set(triples)) == len(triples)
    by_subject = {str(t.subject.value): name for name, ts in graphs.items() for t in ts}
    assert by_subject[f"{B}release/2015-07-06-osce-acts"] == GRAPHS[1]
    assert by_subject[f"{B}membership/yury-fedotov--executive-director--unodc"] == GRAPHS[1]
    assert by_subject[f"{B}quote/2022-06-15-global-fight-q1"] == GRAPHS[3]
    assert by_subject[f"{B}evidence/2018-04-24-18th-alliance-94-200"] == GRAPHS[2]
    # Derived from two releases: shared, so it lives with the entities.
    assert by_subject[f"{B}membership/lamberto-zannier--secretary-general--osce"] == GRAPHS[0]
    assert by_subject[f"{B}person/yury-fedotov"] == GRAPHS[0]


# --- the embedded store ----------------------------------------------------------------------------------


def test_load_store_twice_gives_the_file_rows(tmp_path):
    store = tmp_path / "store"
    for _ in range(2):
        proc = run_kg("load", "--graph", str(SAMPLE), "--store", str(store), check=True)
        assert "loaded 307 triples in 4 graphs" in proc.stdout
    opened = open_store(store)
    assert run_oxigraph(opened, COUNT_ALL).rows == [[Literal(307)]]
    assert {g.value for g in opened.named_graphs()} == set(GRAPHS)
    for name in ALL_QUERIES:
        text = (QUERIES / name).read_text(encoding="utf-8")
        assert run_oxigraph(opened, text, union=True).rows == file_rows(name), name
    del opened

    proc = run_kg("query", "queries/people_roles.rq", "--store", str(store), "--format", "tsv", check=True)
    assert "Yury Fedotov\tExecutive Director\tUnited Nations Office on Drugs and Crime" in proc.stdout.splitlines()


def test_load_store_replaces_what_was_there(tmp_path):
    store = tmp_path / "store"
    run_kg("load", "--graph", str(SAMPLE), "--store", str(store), check=True)
    smaller = tmp_path / "smaller.ttl"
    smaller.write_text(
        '<https://example.org/osce-kg/release/r1> a <https://schema.org/NewsArticle> ;\n'
        '    <https://schema.org/headline> "Only one" .\n', encoding="utf-8")
    run_kg("load", "--graph", str(smaller), "--store", str(store), check=True)
    proc = run_kg("query", "queries/releases.rq", "--store", str(store), "--format", "csv", check=True)
    assert proc.stdout.splitlines() == ["release,title,date,place", "https://example.org/osce-kg/release/r1,Only one,,"]


def test_load_store_errors(tmp_path):
    proc = run_kg("load", "--graph", str(tmp_path / "missing.ttl"), "--store", str(tmp_path / "store"))
    assert proc.returncode == 2 and "run `kg build` first" in proc.stderr
    proc = run_kg("query", "queries/people.rq", "--store", str(tmp_path / "store"), "--engine", "rdflib")
    assert proc.returncode == 2 and "--engine rdflib" in proc.stderr


# --- kg serve ----------------------------------------------------------------------------------------------


def test_kg_serve_answers_queries_and_stops_its_server(tmp_path):
    store = tmp_path / "store"
    run_kg("load", "--graph", str(SAMPLE), "--store", str(store), check=True)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    serve = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = serve.stdout.readline()
        assert first.strip() == f"SPARQL endpoint: http://127.0.0.1:{port}/query"
        assert serve.stdout.readline().strip() == f"Graph Store Protocol: http://127.0.0.1:{port}/store"
        proc = run_kg("query", "queries/states_mentioned.rq", "--endpoint", f"http://127.0.0.1:{port}/query",
                      "--format", "tsv", check=True)
        assert proc.stdout.splitlines()[1:] == [
            f"{B}release/2015-07-06-osce-acts\tSerbia", f"{B}release/2022-06-15-global-fight\tPoland",
            f"{B}release/2022-06-15-global-fight\tRussian Federation", f"{B}release/2022-06-15-global-fight\tUkraine"]
        # The running server holds the store: a write says so instead of failing obscurely.
        proc = run_kg("load", "--graph", str(SAMPLE), "--store", str(store))
        assert proc.returncode == 2 and "in use by another process" in proc.stderr
    finally:
        serve.send_signal(signal.SIGTERM)
        serve.wait(timeout=20)
    with pytest.raises(OSError):  # the oxigraph server went with it
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


# --- a real oxigraph serve as a remote endpoint ---------------------------------------------------------------


@pytest.fixture
def oxigraph_server(tmp_path) -> Iterator[tuple[str, str]]:
    """An `oxigraph serve` on a free loopback port: (query URL, Graph Store URL); always stopped."""
    port = free_port()
    process = subprocess.Popen(serve_command(tmp_path / "remote", port), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        wait_until_listening("127.0.0.1", port, process)
        yield f"http://127.0.0.1:{port}/query", f"http://127.0.0.1:{port}/store"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_load_endpoint_twice_then_query_over_http(oxigraph_server):
    query_url, store_url = oxigraph_server
    for _ in range(2):
        proc = run_kg("load", "--graph", str(SAMPLE), "--endpoint", store_url, check=True)
        assert f"loaded 307 triples in 4 graphs into {store_url}" in proc.stdout
    http = Http(timeout=10)
    assert query_endpoint(query_url, COUNT_ALL, {}, http).rows == [[Literal(307)]]  # not doubled
    for name in ALL_QUERIES:
        text = (QUERIES / name).read_text(encoding="utf-8")
        assert query_endpoint(query_url, text, {}, http, name).rows == file_rows(name), name

    person = (QUERIES / "person.rq").read_text(encoding="utf-8")
    params = {"name": Literal("Yury Fedotov")}
    assert query_endpoint(query_url, person, params, http).rows == file_rows("person.rq", params)
    proc = run_kg("query", "queries/people.rq", "--endpoint", query_url, "--param", 'name=x" } ; DROP ALL ; #',
                  "--format", "csv", check=True)
    assert proc.stdout == "person,name\n"
    assert query_endpoint(query_url, COUNT_ALL, {}, http).rows == [[Literal(307)]]


def test_endpoint_query_errors(oxigraph_server, tmp_path):
    query_url, _ = oxigraph_server
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE {\n  ?x ?p \n}\nORDER BY ?x\n", encoding="utf-8")
    proc = run_kg("query", str(bad), "--endpoint", query_url)
    assert proc.returncode == 2 and "malformed query bad.rq at line 3, column 2" in proc.stderr
    proc = run_kg("query", "queries/person.rq", "--endpoint", query_url, "--param", "who=x")
    assert proc.returncode == 2 and "--param who" in proc.stderr


# --- a tiny local server that fails like real endpoints do ----------------------------------------------------


class FakeEndpoint:
    """A Graph Store Protocol endpoint whose answer to each PUT is decided by ``reply(graph_name, attempt)``:
    an HTTP status, or None to hang until the test ends."""

    def __init__(self, reply: Callable[[str, int], int | None]) -> None:
        self.reply = reply
        self.graphs: dict[str, bytes] = {}
        self.attempts: dict[str, int] = {}
        self.authorizations: list[str | None] = []
        self.release = threading.Event()
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_PUT(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                name = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)["graph"][0]
                endpoint.authorizations.append(self.headers.get("Authorization"))
                attempt = endpoint.attempts[name] = endpoint.attempts.get(name, 0) + 1
                status = endpoint.reply(name, attempt)
                if status is None:
                    endpoint.release.wait(10)
                    return
                if status < 300:
                    endpoint.graphs[name] = body
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/store"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeEndpoint:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch) -> None:
    for name in ("KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD", "KG_ENDPOINT_TOKEN"):
        monkeypatch.delenv(name, raising=False)


def load(url: str, *extra: str) -> subprocess.CompletedProcess:
    return run_kg("load", "--graph", str(SAMPLE), "--endpoint", url, "--retries", "2", *extra)


def test_401_says_to_set_credentials_and_never_prints_them(monkeypatch):
    with FakeEndpoint(lambda name, attempt: 401) as fake:
        proc = load(fake.url)
        assert proc.returncode == 3
        assert f"{fake.url} needs credentials (HTTP 401): set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD" in proc.stderr
        assert "nothing was loaded" in proc.stderr
        assert fake.attempts == {GRAPHS[0]: 1}  # not retried: it cannot get better by itself

        monkeypatch.setenv("KG_ENDPOINT_USER", "alice")
        monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret-pw")
        proc = load(fake.url)
        assert proc.returncode == 3 and "check KG_ENDPOINT_USER" in proc.stderr
        assert "s3cret-pw" not in proc.stderr + proc.stdout and "alice" not in proc.stderr + proc.stdout
        assert fake.authorizations[-1] == "Basic " + base64.b64encode(b"alice:s3cret-pw").decode()


def test_403_with_a_token(monkeypatch):
    monkeypatch.setenv("KG_ENDPOINT_TOKEN", "tok-123456")
    with FakeEndpoint(lambda name, attempt: 403) as fake:
        proc = load(fake.url)
        assert proc.returncode == 3
        assert f"{fake.url} refused access (HTTP 403): check" in proc.stderr
        assert "tok-123456" not in proc.stderr + proc.stdout
        assert fake.authorizations == ["Bearer tok-123456"]


def test_transient_5xx_is_retried_with_backoff():
    with FakeEndpoint(lambda name, attempt: 503 if attempt == 1 and name == GRAPHS[0] else 500 if attempt == 1
                      else 201) as fake:
        started = time.monotonic()
        proc = load(fake.url)
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr.count("retrying in 0.5s") == 4
        assert "HTTP 503" in proc.stderr and "HTTP 500" in proc.stderr
        assert set(fake.graphs) == set(GRAPHS) and all(n == 2 for n in fake.attempts.values())
        assert time.monotonic() - started >= 2.0  # four waits of 0.5s


def test_partial_load_is_reported_and_rerun_completes_it():
    broken = {"on": True}

    def reply(name: str, attempt: int) -> int:
        return 500 if broken["on"] and name == GRAPHS[2] else 204

    with FakeEndpoint(reply) as fake:
        proc = load(fake.url, "--retries", "1")
        assert proc.returncode == 3
        assert f"{fake.url} failed with HTTP 500 (tried 2 times)" in proc.stderr
        assert "partial load: 2 of 4 graphs loaded; run the same command again to complete it" in proc.stderr
        lines = [" ".join(line.split()) for line in proc.stderr.splitlines()]
        assert f"loaded {GRAPHS[0]}" in lines and f"loaded {GRAPHS[1]}" in lines
        assert f"not loaded {GRAPHS[2]}" in lines and f"not loaded {GRAPHS[3]}" in lines
        assert set(fake.graphs) == set(GRAPHS[:2])

        broken["on"] = False
        proc = load(fake.url)
        assert proc.returncode == 0, proc.stderr
        assert set(fake.graphs) == set(GRAPHS)
        union = Graph()
        for body in fake.graphs.values():
            union.parse(data=body.decode("utf-8"), format="nt")
        assert isomorphic(union, Graph().parse(SAMPLE, format="turtle"))


def test_timeout_is_retried_then_reported():
    with FakeEndpoint(lambda name, attempt: None) as fake:
        proc = load(fake.url, "--timeout", "0.5", "--retries", "1")
        assert proc.returncode == 3
        assert f"{fake.url} timed out after 0.5s (tried 2 times)" in proc.stderr
        assert fake.attempts == {GRAPHS[0]: 2}


def test_connection_refused():
    url = f"http://127.0.0.1:{free_port()}/store"
    proc = load(url)
    assert proc.returncode == 3
    assert f"nothing is listening at {url} (connection refused)" in proc.stderr
    proc = run_kg("query", "queries/people.rq", "--endpoint", url.replace("/store", "/query"))
    assert proc.returncode == 2 and "connection refused" in proc.stderr


def test_http_helper_caps_backoff_and_names_bad_urls():
    delays: list[float] = []
    http = Http(timeout=1, retries=6, backoff=1, sleep=delays.append)
    with FakeEndpoint(lambda name, attempt: 502) as fake, pytest.raises(StoreError, match="tried 7 times"):
        http.request("PUT", fake.url + "?graph=g", b"")
    assert delays == [1, 2, 4, 8, 8, 8]
    with pytest.raises(StoreError, match="bad endpoint URL"):
        Http().request("GET", "ftp-nope//x")
