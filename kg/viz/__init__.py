"""The interactive network page: RDF -> networkx projection -> pyvis/vis-network HTML, and its analytics."""

from kg.viz.analytics import VizError, analyse, centrality_order, find, select
from kg.viz.page import COLOR_BY, DEFAULT_MAX_NODES, STYLES, node_id, render
from kg.viz.project import project

__all__ = ["COLOR_BY", "DEFAULT_MAX_NODES", "STYLES", "VizError", "analyse", "centrality_order", "find", "node_id",
           "project", "render", "select"]
