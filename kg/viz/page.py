"""The projection -> one self-contained HTML page drawn by vis-network through pyvis.

pyvis's own template always adds Bootstrap from a CDN and has no autoescaping, so the page uses its
own template (``templates/page.html``) in an autoescaping Jinja environment, and inlines every
script and style it needs: the page opens from ``file://`` with no network.
"""

from __future__ import annotations

import copy
import hashlib
import math
import re
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from pyvis.network import Network

from kg.viz import VizError
from kg.viz.analytics import analyse, select
from kg.viz.projection import shorten
from kg.viz.styles import COLOR_BY, DEFAULT_MAX_NODES, STYLES

HERE = Path(__file__).parent
PYVIS_LIB = Path(pyvis.__file__).parent / "templates" / "lib"
# Colours for --color-by community (Tableau 20, darker half first); more communities reuse them.
COMMUNITY_COLOURS = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
    "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7",
]

# Everything vis-network needs besides its own code; layout, tooltips, physics that stops on its own.
OPTIONS = {
    "autoResize": True,
    "layout": {"randomSeed": 7, "improvedLayout": True},
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -90, "centralGravity": 0.01, "springLength": 150,
                             "springConstant": 0.05, "damping": 0.5, "avoidOverlap": 0.8},
        "maxVelocity": 50,
        "minVelocity": 0.75,
        "stabilization": {"enabled": True, "iterations": 600, "updateInterval": 25, "fit": True},
    },
    "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": False, "navigationButtons": False,
                    "keyboard": False},
    "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3,
                                         "strokeColor": "#ffffff"}},
    "edges": {"width": 1, "color": {"color": "#a5b1bd", "highlight": "#333333", "hover": "#333333"},
              "font": {"size": 12, "face": "system-ui, sans-serif", "align": "horizontal", "strokeWidth": 3},
              "smooth": {"enabled": True, "type": "continuous", "roundness": 0.3},
              "arrows": {"to": {"enabled": False, "scaleFactor": 0.5}}},
}


def render(net: nx.MultiDiGraph, *, color_by: str = "kind", max_nodes: int = DEFAULT_MAX_NODES,
           focus: str | None = None, depth: int = 2, date: str | None = None) -> str:
    """The page's HTML for the projection ``net`` (the same input gives the same bytes).

    ``date`` is the build date shown in the title bar; by default the newest release date in the data,
    never the clock, so rebuilding gives an identical page. Stores the analytics on ``net``'s nodes.
    """
    if color_by not in COLOR_BY:
        raise VizError(f"--color-by must be one of {', '.join(COLOR_BY)}, not {color_by!r}")
    analyse(net)
    drawn, left_out, centres = select(net, max_nodes, focus, depth)
    ids = {iri: node_id(iri) for iri in drawn.nodes}

    page = Network(height="100%", width="100%", directed=True, select_menu=True, filter_menu=True,
                   neighborhood_highlight=True, cdn_resources="in_line")
    page.options = options_for(drawn.number_of_nodes())  # a dict: pyvis dumps it as it is, in this order
    top_degree = max((d for _, d in drawn.nodes(data="degree")), default=0) or 1
    for iri in sorted(drawn.nodes, key=ids.__getitem__):
        data = drawn.nodes[iri]
        style = STYLES[data["kind"]]
        colour = style.colour if color_by == "kind" else COMMUNITY_COLOURS[data["community"] % len(COMMUNITY_COLOURS)]
        page.add_node(
            ids[iri], label=node_label(data), shape=style.shape, color=colour,
            size=round(10 + 26 * math.sqrt(data["degree"] / top_degree), 2),
            title=plain(tooltip(data, net.graph["releases"])), kind=data["kind"], name=data["name"],
            community=data["community"], borderWidth=3 if iri in centres else 1,
        )
    for edge in merged_edges(drawn, ids):
        page.add_edge(edge.pop("from"), edge.pop("to"), **edge)

    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      keep_trailing_newline=True)
    env.globals["kg"] = {
        "title": "OSCE press releases: who is connected to whom",
        "counts": counts_line(drawn, net),
        "date": date if date is not None else net.graph.get("date", ""),
        "notes": notes(net, drawn, left_out, centres, depth, max_nodes),
        "legend": legend(drawn, color_by),
        "color_by": color_by,
        "assets": assets(),
    }
    page.templateEnv = env
    page.path = "page.html"
    return page.generate_html()


def options_for(count: int) -> dict:
    """vis-network options; big graphs get a cheaper start (no Kamada-Kawai seeding, fewer iterations)."""
    options = copy.deepcopy(OPTIONS)
    if count > 100:
        options["layout"]["improvedLayout"] = False
        options["physics"]["stabilization"]["iterations"] = 250
    return options


def node_id(iri: str) -> str:
    """An opaque, stable id: the select menu and filters print ids, so no name from a release goes there."""
    return "n" + hashlib.sha1(iri.encode("utf-8")).hexdigest()[:12]


def node_label(data: dict) -> str:
    """The short text drawn on the canvas (vis-network draws it as text, never as HTML)."""
    if data["kind"] == "release":
        return f"{data['date']} {shorten(data['name'], 30)}".strip()
    return shorten(data["name"], 32)


def plain(text: str) -> str:
    """A tooltip as plain text. pyvis switches every tooltip to an innerHTML popup when a title contains
    "href" (the page's template does not carry that popup either); a word joiner defuses the word."""
    return re.sub(r"(?i)(hre)(f)", "\\1\u2060\\2", text)


def tooltip(data: dict, releases: dict[str, tuple[str, str]]) -> str:
    """Name, kind, roles, releases, one evidence sentence and quotes, as lines of plain text."""
    facts = data["facts"]
    lines = [shorten(data["name"], 120), STYLES[data["kind"]].name]
    if len(data["names"]) > 1:
        lines.append("Also: " + shorten(", ".join(data["names"][1:]), 100))
    if data["kind"] == "release" and data.get("date"):
        lines.append(f"Published {data['date']}")
    lines += sorted(facts.notes)
    if facts.roles:
        lines.append("Roles:")
        lines += [f"  • {shorten(role, 100)}" for role in sorted(facts.roles)[:8]]
    if facts.releases:
        listed = sorted((releases[r] for r in facts.releases), reverse=True)
        lines.append(f"In {len(listed)} release{'s' if len(listed) != 1 else ''}:")
        lines += [f"  • {date} {shorten(title, 80)}" for date, title in listed[:6]]
        if len(listed) > 6:
            lines.append(f"  • … and {len(listed) - 6} more")
    if facts.evidence:
        date, sentence = sorted(facts.evidence)[0]
        lines.append(f"Evidence ({date}): “{shorten(sentence, 200)}”" if date else f"Evidence: “{sentence}”")
    if facts.quotes:
        lines.append("Quotes:")
        lines += [f"  • {date} “{shorten(text, 140)}”" for date, text in sorted(facts.quotes)[:4]]
    lines.append(f"Centrality: degree {data['degree']:.3f}, betweenness {data['betweenness']:.3f}")
    return "\n".join(lines)


def merged_edges(drawn: nx.MultiDiGraph, ids: dict[str, str]) -> list[dict]:
    """One vis edge per connected pair: the labels joined, every relation and its evidence in the tooltip."""
    pairs: dict[tuple[str, str], list[tuple[str, str, str, set[str]]]] = {}
    for a, b, data in drawn.edges(data=True):
        key = tuple(sorted((ids[a], ids[b])))
        pairs.setdefault(key, []).append((a, b, data["label"], data["details"]))
    edges = []
    for index, key in enumerate(sorted(pairs)):
        relations = sorted(pairs[key], key=lambda r: (r[2], r[0], r[1]))
        a, b = relations[0][0], relations[0][1]
        one_way = all((x, y) == (a, b) for x, y, _, _ in relations)
        label = " / ".join(dict.fromkeys(r[2] for r in relations))
        lines = []
        for x, y, relation, details in relations:
            lines.append(f"{shorten(drawn.nodes[x]['name'], 60)} → {relation} → {shorten(drawn.nodes[y]['name'], 60)}")
            lines += [f"  {detail}" for detail in sorted(details)[:3]]
        edges.append({"from": ids[a], "to": ids[b], "id": f"e{index}", "relation": label,
                      "title": plain("\n".join(lines)), "arrows": "to" if one_way else "to, from"})
    return edges


def counts_line(drawn: nx.MultiDiGraph, net: nx.MultiDiGraph) -> str:
    releases = sum(1 for _, kind in net.nodes(data="kind") if kind == "release")
    return (f"{drawn.number_of_nodes()} entities, {len(merged_pairs(drawn))} links, "
            f"from {releases} press release{'s' if releases != 1 else ''}")


def merged_pairs(drawn: nx.MultiDiGraph) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, b in drawn.edges()}


def notes(net: nx.MultiDiGraph, drawn: nx.MultiDiGraph, left_out: int, centres: list[str], depth: int,
          max_nodes: int) -> list[str]:
    lines = []
    if centres:
        names = ", ".join(shorten(net.nodes[c]["name"], 60) for c in centres)
        lines.append(f"Focus: {names} and everything within {depth} step{'s' if depth != 1 else ''} "
                     f"({drawn.number_of_nodes()} of {net.number_of_nodes()} entities).")
    if left_out:
        lines.append(f"{left_out} less central entit{'ies' if left_out != 1 else 'y'} left out "
                     f"(at most {max_nodes} are drawn: kg viz --max-nodes).")
    return lines


def legend(drawn: nx.MultiDiGraph, color_by: str) -> list[dict]:
    counts: dict[str, int] = {}
    for _, kind in drawn.nodes(data="kind"):
        counts[kind] = counts.get(kind, 0) + 1
    items = []
    for kind, style in STYLES.items():
        if counts.get(kind):
            colour = style.colour if color_by == "kind" else "#888888"
            items.append({"kind": kind, "name": style.name, "count": counts[kind],
                          "symbol": symbol(style.shape, colour)})
    return items


def symbol(shape: str, colour: str) -> Markup:
    """A 16 px inline SVG of a node shape for the legend (no images to fetch)."""
    points = {
        "triangle": "8,2 14.5,14 1.5,14",
        "triangleDown": "1.5,2 14.5,2 8,14",
        "diamond": "8,1 15,8 8,15 1,8",
        "hexagon": " ".join(f"{8 + 7 * math.cos(math.radians(a)):.1f},{8 + 7 * math.sin(math.radians(a)):.1f}"
                            for a in range(0, 360, 60)),
        "star": " ".join(f"{8 + r * math.cos(math.radians(a - 90)):.1f},{8 + r * math.sin(math.radians(a - 90)):.1f}"
                         for a, r in ((i * 36, 7.5 if i % 2 == 0 else 3.2) for i in range(10))),
    }
    fill = escape(colour)
    if shape == "dot":
        body = f'<circle cx="8" cy="8" r="6.5" fill="{fill}"/>'
    elif shape == "square":
        body = f'<rect x="2" y="2" width="12" height="12" fill="{fill}"/>'
    else:
        body = f'<polygon points="{points[shape]}" fill="{fill}"/>'
    return Markup(f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">{body}</svg>')


def assets() -> dict[str, Markup]:
    """The scripts and styles inlined into the page."""
    def read(path: Path) -> Markup:
        text = path.read_text(encoding="utf-8")
        if "</script" in text.lower() or "</style" in text.lower():
            raise VizError(f"{path.name} cannot be inlined safely")
        return Markup(text)

    return {
        "vis_js": read(PYVIS_LIB / "vis-9.1.2" / "vis-network.min.js"),
        "tom_js": read(PYVIS_LIB / "tom-select" / "tom-select.complete.min.js"),
        "tom_css": read(PYVIS_LIB / "tom-select" / "tom-select.css"),
        "bindings_js": read(PYVIS_LIB / "bindings" / "utils.js"),
        "page_js": read(HERE / "templates" / "page.js"),
        "page_css": read(HERE / "templates" / "page.css"),
    }
