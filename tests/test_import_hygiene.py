"""The engine is headless: importing it (and batch, verify, the CLI) never loads textual or rich."""

from __future__ import annotations

import subprocess
import sys

HEADLESS = [
    "factbot.knowledge.loader",
    "factbot.engine",
    "factbot.batch",
    "factbot.formats",
    "factbot.cli",
    "factbot.verification.verify",
    "factbot.verification.saved_answers",
    "factbot.suggestions",
]


def test_headless_modules_do_not_import_textual_or_rich() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {module}\n" for module in HEADLESS)
        + "from factbot.engine import Engine\n"
        + "from factbot.paths import default_knowledge_folder\n"
        + "Engine.from_folder(default_knowledge_folder()).ask('How many EVs did Nissan sell in 2023?')\n"
        + "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        + "print(','.join(loaded))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == ""
