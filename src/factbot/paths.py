"""Where the knowledge folder is, whether factbot runs installed or from a checkout."""

from __future__ import annotations

import os
from pathlib import Path

ENVIRONMENT_VARIABLE = "FACTBOT_KNOWLEDGE"


def default_knowledge_folder() -> Path:
    """`--knowledge` wins, then $FACTBOT_KNOWLEDGE, then the packaged copy, then the checkout's."""
    configured = os.environ.get(ENVIRONMENT_VARIABLE)
    if configured:
        return Path(configured)
    packaged = Path(__file__).parent / "data" / "knowledge"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "knowledge"
