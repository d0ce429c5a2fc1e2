"""Proving knowledge, saved answers and claims against the sources."""
