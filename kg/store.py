"""The triple store: a persistent pyoxigraph store, `oxigraph serve`, and remote SPARQL endpoints.

Layout, the same in the local store and on an endpoint: the facts of each release (the release
itself and every node derived from that release alone: mentions, quotes, memberships, evidence...)
go into the named graph ``<base>graph/release/<id>``; everything else (people, organizations,
States, events, facts derived from several releases) into ``<base>graph/entities``. Every triple is
in exactly one graph, so the union of the graphs is the built graph, and queries read that union.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.query import QueryError, Result, Term, check_params, results_from_json, syntax_message, with_values
from kg.vocab import DEFAULT_BASE

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
NEWS_ARTICLE = "https://schema.org/NewsArticle"
# A node belongs to a release's graph when it is derived from, or part of, that release alone.
RELEASE_LINKS = ("http://www.w3.org/ns/prov#wasDerivedFrom", "https://schema.org/isPartOf")

USER_ENV, PASSWORD_ENV, TOKEN_ENV = "KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD", "KG_ENDPOINT_TOKEN"
TRANSIENT_STATUS = {408, 429, 500, 502, 503, 504}
MAX_BACKOFF = 8.0


class StoreError(Exception):
    """The store or endpoint failed: the message names what and says what to do."""

    def __init__(self, message: str, status: int | None = None, detail: str = "") -> None:
        super().__init__(message)
        self.status = status  # the HTTP status, when the server answered
        self.detail = detail  # the first words of the server's answer


# --- splitting the graph into named graphs ----------------------------------------------------------


def read_triples(path: Path) -> list[ox.Triple]:
    if not path.exists():
        raise StoreError(f"graph file {path} does not exist: run `kg build` first, or pass --graph")
    try:
        return list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (SyntaxError, ValueError) as err:
        raise StoreError(f"graph file {path} is not valid Turtle ({' '.join(str(err).split())[:200]}): "
                         "rebuild it with `kg build`") from err


def split_by_release(triples: list[ox.Triple]) -> dict[str, list[ox.Triple]]:
    """Graph name -> its triples; the entities graph first, then the releases in IRI order."""
    releases = {t.subject.value for t in triples if t.predicate.value == RDF_TYPE
                and isinstance(t.object, ox.NamedNode) and t.object.value == NEWS_ARTICLE}
    sources: dict[str, set[str]] = defaultdict(set)
    for t in triples:
        if t.predicate.value in RELEASE_LINKS and isinstance(t.object, ox.NamedNode) and t.object.value in releases:
            sources[t.subject.value].add(t.object.value)
    base = _base(releases)
    entities = f"{base}graph/entities"

    def graph_of(subject: ox.NamedNode | ox.BlankNode) -> str:
        if isinstance(subject, ox.NamedNode):
            if subject.value in releases:
                return _release_graph(base, subject.value)
            owners = sources.get(subject.value, set())
            if len(owners) == 1:
                return _release_graph(base, next(iter(owners)))
        return entities  # blank nodes and shared nodes stay together, so nothing is split apart

    graphs: dict[str, list[ox.Triple]] = {entities: []}
    for t in triples:
        graphs.setdefault(graph_of(t.subject), []).append(t)
    return {name: graphs[name] for name in [entities, *sorted(g for g in graphs if g != entities)]}


def _base(releases: set[str]) -> str:
    for iri in sorted(releases):
        head, sep, _ = iri.rpartition("release/")
        if sep:
            return head
    return DEFAULT_BASE


def _release_graph(base: str, release: str) -> str:
    head, sep, key = release.rpartition("release/")
    return f"{base}graph/release/{key if sep else urllib.parse.quote(release, safe='')}"


def to_ntriples(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


# --- the embedded store -------------------------------------------------------------------------------


def load_store(graph_path: Path, store_dir: Path) -> dict[str, int]:
    """Replace the store's content with the graph file's, in one transaction; graph name -> triples."""
    graphs = split_by_release(read_triples(graph_path))
    store = _open_writable(store_dir)
    try:
        # One SPARQL update is one transaction: a load killed half-way leaves the previous content.
        parts = ["DROP SILENT ALL ;", "INSERT DATA {"]
        for name, triples in graphs.items():
            parts.append(f"GRAPH <{name}> {{")
            parts.extend(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
            parts.append("}")
        parts.append("}")
        store.update("\n".join(parts))
        store.flush()
    except OSError as err:
        raise StoreError(f"cannot write store {store_dir}: {' '.join(str(err).split())[:200]}") from err
    finally:
        del store
    return {name: len(triples) for name, triples in graphs.items()}


def _open_writable(store_dir: Path) -> ox.Store:
    if store_dir.exists() and not store_dir.is_dir():
        raise StoreError(f"store path {store_dir} is a file: pass a folder to --store")
    try:
        store_dir.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(store_dir))
    except OSError as err:
        text = str(err)
        if "lock" in text.lower():
            raise StoreError(f"store {store_dir} is in use by another process (is `kg serve` running on it?): "
                             "stop that process, then load again") from err
        raise StoreError(f"cannot open store {store_dir}: {' '.join(text.split())[:200]}") from err


# --- serving ------------------------------------------------------------------------------------------


def oxigraph_binary() -> str:
    """The `oxigraph` server installed by the PyPI package, next to this interpreter or on PATH."""
    beside = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise StoreError("the `oxigraph` server is not installed: run `pip install oxigraph` in this environment")


def serve_command(store_dir: Path, port: int, bind: str = "127.0.0.1") -> list[str]:
    # --union-default-graph: queries see every release's named graph, as in `kg query --store`.
    return [oxigraph_binary(), "serve", "--location", str(store_dir), "--bind", f"{bind}:{port}",
            "--union-default-graph"]


def endpoint_urls(port: int, bind: str = "127.0.0.1") -> tuple[str, str]:
    """(SPARQL query URL, Graph Store Protocol URL) of an `oxigraph serve`."""
    host = f"[{bind}]" if ":" in bind else bind
    return f"http://{host}:{port}/query", f"http://{host}:{port}/store"


def wait_until_listening(host: str, port: int, process: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StoreError(f"oxigraph serve exited with code {process.returncode}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise StoreError(f"oxigraph serve did not start listening on {host}:{port} within {timeout:.0f}s")


# --- HTTP to SPARQL endpoints --------------------------------------------------------------------------


@dataclass
class Http:
    """Requests to one endpoint, with credentials from the environment and bounded retries."""

    timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5
    log: Callable[[str], None] = lambda message: None
    sleep: Callable[[float], None] = time.sleep

    def request(self, method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> bytes:
        """The response body; transient failures (timeouts, resets, 5xx, 429) retried with backoff."""
        attempt = 0
        while True:
            try:
                return self._once(method, url, body, headers or {})
            except _Transient as err:
                if attempt >= self.retries:
                    raise StoreError(f"{err} (tried {attempt + 1} times)") from err
                delay = min(self.backoff * 2**attempt, MAX_BACKOFF)
                self.log(f"{err}; retrying in {delay:g}s")
                self.sleep(delay)
                attempt += 1

    def _once(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        shown = redact(url)
        try:
            request = urllib.request.Request(url, data=body, method=method, headers={**headers, **auth_headers()})
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as err:
            detail = _body_line(err)
            if err.code in (401, 403):
                hint = (f"check {USER_ENV}/{PASSWORD_ENV} or {TOKEN_ENV}" if has_credentials()
                        else f"set {USER_ENV} and {PASSWORD_ENV}, or {TOKEN_ENV}")
                what = "needs credentials" if err.code == 401 else "refused access"
                raise StoreError(f"{shown} {what} (HTTP {err.code}): {hint}") from err
            if err.code in TRANSIENT_STATUS:
                raise _Transient(f"{shown} failed with HTTP {err.code}{detail}") from err
            raise StoreError(f"{shown} rejected the request with HTTP {err.code}{detail}", err.code, detail) from err
        except urllib.error.URLError as err:
            reason = err.reason
            if isinstance(reason, ConnectionRefusedError):
                raise StoreError(f"nothing is listening at {shown} (connection refused): "
                                 "start the server (e.g. `kg serve`) or check the URL") from err
            if isinstance(reason, TimeoutError):
                raise _Transient(f"{shown} timed out after {self.timeout:g}s") from err
            if isinstance(reason, ConnectionError):
                raise _Transient(f"{shown} dropped the connection ({reason})") from err
            raise StoreError(f"cannot reach {shown}: {reason}") from err
        except TimeoutError as err:
            raise _Transient(f"{shown} timed out after {self.timeout:g}s") from err
        except (ConnectionError, http.client.HTTPException) as err:
            raise _Transient(f"{shown} dropped the connection ({type(err).__name__})") from err
        except ValueError as err:  # urllib's "unknown url type"
            raise StoreError(f"bad endpoint URL {shown}: {err}") from err


class _Transient(Exception):
    """A failure worth retrying."""


def auth_headers() -> dict[str, str]:
    """Authorization from the environment; never logged."""
    token = os.environ.get(TOKEN_ENV)
    if token:
        return {"Authorization": f"Bearer {token}"}
    user = os.environ.get(USER_ENV)
    if user:
        pair = f"{user}:{os.environ.get(PASSWORD_ENV, '')}".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}
    return {}


def has_credentials() -> bool:
    return bool(os.environ.get(TOKEN_ENV) or os.environ.get(USER_ENV))


def redact(url: str) -> str:
    """The URL without any user:password@ part and without its query string."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _body_line(err: urllib.error.HTTPError) -> str:
    try:
        text = " ".join(err.read(2000).decode("utf-8", "replace").split())
    except Exception:  # the body is only a hint
        return ""
    return f": {text[:200]}" if text else ""


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    not_tried: list[str] = field(default_factory=list)
    triples: int = 0
    error: str | None = None


def push_to_endpoint(graph_path: Path, url: str, http: Http) -> LoadReport:
    """PUT each named graph to a Graph Store Protocol endpoint (PUT replaces: re-running is idempotent).

    Stops at the first failure that retries did not cure; the report says what did and did not load.
    """
    graphs = split_by_release(read_triples(graph_path))
    report = LoadReport()
    names = list(graphs)
    for i, name in enumerate(names):
        target = _with_query(url, {"graph": name})
        try:
            http.request("PUT", target, to_ntriples(graphs[name]), {"Content-Type": "application/n-triples"})
        except StoreError as err:
            report.failed.append(name)
            report.not_tried = names[i + 1:]
            report.error = str(err)
            return report
        report.loaded.append(name)
        report.triples += len(graphs[name])
    return report


def query_endpoint(url: str, query: str, params: dict[str, Term], http: Http, query_name: str = "query") -> Result:
    """A SELECT/ASK over the SPARQL 1.1 protocol; parameters go in a VALUES clause of escaped terms."""
    check_params(params, query, query_name)
    body = urllib.parse.urlencode({"query": with_values(query, params)}).encode("utf-8")
    headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
               "Accept": "application/sparql-results+json"}
    try:
        data = http.request("POST", url, body, headers)
    except StoreError as err:
        if err.status == 400:
            raise QueryError(syntax_message(err.detail.lstrip(": "), query_name)) from err
        raise QueryError(str(err)) from err
    try:
        return results_from_json(json.loads(data))
    except (ValueError, KeyError, TypeError) as err:
        raise QueryError(f"{redact(url)} did not answer with SPARQL results JSON: is it a SPARQL query URL?") from err


def _with_query(url: str, params: dict[str, str]) -> str:
    parts = urllib.parse.urlsplit(url)
    query = "&".join(filter(None, [parts.query, urllib.parse.urlencode(params)]))
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))
