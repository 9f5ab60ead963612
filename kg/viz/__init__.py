"""The interactive network page: RDF -> networkx projection -> pyvis/vis-network HTML, and its analytics.

The modules are loaded when first used (``kg.viz.render`` and the rest): networkx and pyvis take a
fifth of a second to import, which commands that draw nothing should not pay.
"""

from __future__ import annotations

import importlib
from typing import Any


class VizError(Exception):
    """A clear, one-line problem with what was asked of the visualisation."""


_MODULES = {"analyse": "analytics", "centrality_order": "analytics", "find": "analytics", "select": "analytics",
            "COLOR_BY": "styles", "DEFAULT_MAX_NODES": "styles", "STYLES": "styles", "node_id": "page",
            "render": "page", "project": "projection"}

__all__ = ["COLOR_BY", "DEFAULT_MAX_NODES", "STYLES", "VizError", "analyse", "centrality_order", "find", "node_id",
           "project", "render", "select"]


def __getattr__(name: str) -> Any:  # noqa: ANN401 - whatever the module defines
    if name not in _MODULES:
        raise AttributeError(f"module 'kg.viz' has no attribute {name!r}")
    return getattr(importlib.import_module(f"kg.viz.{_MODULES[name]}"), name)
