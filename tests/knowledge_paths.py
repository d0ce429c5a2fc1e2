"""Where the tests find the shipped knowledge and their fixtures."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KNOWLEDGE = ROOT / "knowledge"
FIXTURES = Path(__file__).parent / "fixtures"
