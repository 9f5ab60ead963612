"""osce-kg: a knowledge graph of OSCE press releases."""

__version__ = "0.1.0"
