"""What the page can draw and how: node kinds with their colours and shapes, colouring modes, size.

Apart from the drawing code so that the command line can offer these choices without loading
networkx and pyvis (a fifth of a second at every start).
"""

from __future__ import annotations

from dataclasses import dataclass

COLOR_BY = ("kind", "community")
DEFAULT_MAX_NODES = 400


@dataclass(frozen=True)
class Style:
    name: str  # as shown in the legend and tooltips
    colour: str
    shape: str  # a vis-network shape drawn with its label below it


STYLES: dict[str, Style] = {
    "release": Style("Press release", "#4c78a8", "square"),
    "event": Style("Event", "#f58518", "star"),
    "person": Style("Person", "#e45756", "dot"),
    "organization": Style("Organization", "#54a24b", "triangle"),
    "state": Style("Participating State", "#eeca3b", "hexagon"),
    "partner": Style("Partner for Co-operation", "#72b7b2", "hexagon"),
    "field": Style("Field of work", "#b279a2", "diamond"),
    "place": Style("Place", "#9d755d", "triangleDown"),
    "series": Style("Event series", "#ff9da6", "star"),
    "document": Style("Document", "#bab0ac", "square"),
}
