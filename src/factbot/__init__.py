"""factbot: answers questions from curated sources, citing the exact sentence."""

__version__ = "0.1.0"
