"""Where the knowledge folder is, whether factbot runs installed or from a checkout."""

from __future__ import annotations

import os
from pathlib import Path

ENVIRONMENT_VARIABLE = "FACTBOT_KNOWLEDGE"


def default_knowledge_folder(configured: Path | None = None) -> Path:
    """`--knowledge` wins, then $FACTBOT_KNOWLEDGE, then `configured` (config.toml), then the shipped copy."""
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE)
    if from_environment:
        return Path(from_environment)
    if configured is not None:
        return configured
    packaged = Path(__file__).parent / "data" / "knowledge"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "knowledge"
