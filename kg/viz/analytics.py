"""networkx analytics on the projection: centrality, communities, and which part of the graph to draw."""

from __future__ import annotations

import math
import random

import networkx as nx

from kg.viz import VizError

SEED = 7  # Louvain and sampled betweenness are randomized: a fixed seed keeps the page the same on every build
# Betweenness costs one breadth-first search (O(edges)) per source node. Exact while nodes x edges stays within
# this budget; beyond it, estimated from budget / edges sampled sources, so its cost stays flat as graphs grow
# (about a quarter of a second: 130 sources on the 9,000 edges of 300 releases, 40 on the 30,000 of 1,000).
BETWEENNESS_BUDGET = 1_200_000
# ... but never from fewer sources than this: the estimate only ranks nodes for drawing, yet a handful of sources
# would make that ranking arbitrary.
BETWEENNESS_MIN_SAMPLE = 32


def analyse(net: nx.MultiDiGraph) -> None:
    """Store ``degree``, ``betweenness`` and ``community`` on every node of ``net``."""
    simple = undirected(net)
    degree = nx.degree_centrality(simple) if len(simple) > 1 else dict.fromkeys(simple, 0.0)
    sample = betweenness_sample(simple.number_of_nodes(), simple.number_of_edges())
    betweenness = betweenness_centrality(simple, sample, SEED)
    communities = nx.community.louvain_communities(simple, seed=SEED) if simple.number_of_edges() else []
    # Number communities by size, then by their first member, so colours do not depend on set order.
    ordered = sorted((sorted(c) for c in communities), key=lambda members: (-len(members), members[0]))
    community = {node: i for i, members in enumerate(ordered) for node in members}
    for node, data in net.nodes(data=True):
        data["degree"] = degree[node]
        data["betweenness"] = betweenness[node]
        data["community"] = community.get(node, len(ordered))


def betweenness_sample(nodes: int, edges: int) -> int | None:
    """How many sampled sources estimate betweenness on a graph this size; ``None``: compute it exactly."""
    if nodes * edges <= BETWEENNESS_BUDGET:
        return None
    sample = max(BETWEENNESS_MIN_SAMPLE, BETWEENNESS_BUDGET // max(edges, 1))
    return sample if sample < nodes else None


def betweenness_centrality(simple: nx.Graph, sample: int | None = None, seed: int = SEED) -> dict[str, float]:
    """Normalized betweenness, as ``nx.betweenness_centrality(simple, k=sample, seed=seed)`` gives it.

    The same sources (``random.Random(seed).sample``) and the same rescaling of source and other nodes, so
    the values agree to rounding; Brandes' algorithm over integer adjacency lists runs about three times
    faster than networkx's over dict views, which buys three times the sampled sources for the same time.
    """
    nodes = list(simple)
    n = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    adjacency = [[index[m] for m in simple[node]] for node in nodes]
    sources = range(n) if sample is None else [index[s] for s in random.Random(seed).sample(nodes, sample)]
    total = [0.0] * n
    for source in sources:
        # Breadth-first: distances, shortest-path counts, and the order nodes were reached in.
        dist, paths = [-1] * n, [0] * n
        dist[source], paths[source] = 0, 1
        order, head = [source], 0
        while head < len(order):
            v = order[head]
            head += 1
            next_dist, v_paths = dist[v] + 1, paths[v]
            for w in adjacency[v]:
                if dist[w] < 0:
                    dist[w], paths[w] = next_dist, v_paths
                    order.append(w)
                elif dist[w] == next_dist:
                    paths[w] += v_paths
        # Back from the farthest: each node's dependency on the nodes it precedes on shortest paths.
        delta = [0.0] * n
        for w in reversed(order):
            prev_dist, share = dist[w] - 1, (1.0 + delta[w]) / paths[w]
            for v in adjacency[w]:
                if dist[v] == prev_dist:
                    delta[v] += paths[v] * share
            if w != source:
                total[w] += delta[w]
    if n <= 2:
        return dict.fromkeys(nodes, 0.0)
    # networkx's normalization without endpoints: a sampled source cannot lie on its own paths.
    pairs = n - 2
    if sample is None:
        return {node: total[i] / ((n - 1) * pairs) for i, node in enumerate(nodes)}
    sampled = set(sources)
    source_scale = 1 / ((sample - 1) * pairs) if sample > 1 else math.nan
    other_scale = 1 / (sample * pairs)
    return {node: total[i] * (source_scale if i in sampled else other_scale) for i, node in enumerate(nodes)}


def undirected(net: nx.MultiDiGraph) -> nx.Graph:
    """One undirected edge per connected pair, nodes in the projection's (sorted) order."""
    simple = nx.Graph()
    simple.add_nodes_from(net.nodes)
    simple.add_edges_from((a, b) for a, b in net.edges())
    return simple


def centrality_order(net: nx.MultiDiGraph) -> list[str]:
    """Nodes from most to least central (betweenness, then degree, then IRI for ties)."""
    return sorted(net.nodes, key=lambda n: (-net.nodes[n]["betweenness"], -net.nodes[n]["degree"], n))


def find(net: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes called ``name`` (any known name, case-insensitive); failing that, whose names contain it."""
    wanted = name.casefold().strip()
    exact = [n for n, names in net.nodes(data="names") if any(x.casefold() == wanted for x in names)]
    if exact:
        return sorted(exact)
    return sorted(n for n, names in net.nodes(data="names") if any(wanted in x.casefold() for x in names))


def select(net: nx.MultiDiGraph, max_nodes: int, focus: str | None = None, depth: int = 2) -> tuple[
        nx.MultiDiGraph, int, list[str]]:
    """The part of ``net`` to draw: ``(subgraph, nodes left out, focus nodes)``.

    With ``focus``, the nodes within ``depth`` steps of the entities so named; then at most ``max_nodes``
    nodes, the most central first (focus nodes are always kept).
    """
    centres: list[str] = []
    keep = list(net.nodes)
    if focus is not None:
        centres = find(net, focus)
        if not centres:
            raise VizError(f"no node is named like {focus!r}: see `kg stats` for names in the graph")
        simple = undirected(net)
        near: set[str] = set()
        for centre in centres:
            near.update(nx.single_source_shortest_path_length(simple, centre, cutoff=depth))
        keep = [n for n in net.nodes if n in near]
    if max_nodes < 1:
        raise VizError("--max-nodes must be at least 1")
    if len(keep) > max_nodes:
        kept = set(centres[:max_nodes])
        for node in centrality_order(net.subgraph(keep)):
            if len(kept) >= max_nodes:
                break
            kept.add(node)
        chosen = [n for n in keep if n in kept]
    else:
        chosen = keep
    return net.subgraph(chosen).copy(), len(keep) - len(chosen), centres
