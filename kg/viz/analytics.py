"""networkx analytics on the projection: centrality, communities, and which part of the graph to draw."""

from __future__ import annotations

import networkx as nx

SEED = 7  # Louvain and sampled betweenness are randomized: a fixed seed keeps the page the same on every build
# Exact betweenness costs O(nodes x edges); above this many nodes it is estimated from this many sampled sources.
BETWEENNESS_SAMPLE = 500


class VizError(Exception):
    """A clear, one-line problem with what was asked of the visualisation."""


def analyse(net: nx.MultiDiGraph) -> None:
    """Store ``degree``, ``betweenness`` and ``community`` on every node of ``net``."""
    simple = undirected(net)
    degree = nx.degree_centrality(simple) if len(simple) > 1 else dict.fromkeys(simple, 0.0)
    sample = BETWEENNESS_SAMPLE if len(simple) > BETWEENNESS_SAMPLE else None
    betweenness = nx.betweenness_centrality(simple, k=sample, normalized=True, seed=SEED)
    communities = nx.community.louvain_communities(simple, seed=SEED) if simple.number_of_edges() else []
    # Number communities by size, then by their first member, so colours do not depend on set order.
    ordered = sorted((sorted(c) for c in communities), key=lambda members: (-len(members), members[0]))
    community = {node: i for i, members in enumerate(ordered) for node in members}
    for node, data in net.nodes(data=True):
        data["degree"] = degree[node]
        data["betweenness"] = betweenness[node]
        data["community"] = community.get(node, len(ordered))


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
