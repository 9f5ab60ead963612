"""The build, stage by stage: releases -> knowledge base -> RDF graph -> files."""

from __future__ import annotations

from kg.model import KnowledgeBase, Release


def build_knowledge_base(releases: list[Release], model: str | None = None, jobs: int = 1) -> KnowledgeBase:
    """Resolved entities and facts of ``releases`` (extractors run with ``model``)."""
    return KnowledgeBase(releases=list(releases))
