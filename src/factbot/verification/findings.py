"""What verify reports: findings at three levels, each located for a curator to go straight to."""

from __future__ import annotations

from dataclasses import dataclass

FAILURE, WARNING, OK = "failure", "warning", "ok"
LEVELS = (FAILURE, WARNING, OK)


@dataclass(frozen=True)
class Finding:
    """One verdict of verify: a failure stops a build, a warning does not, ok is a check that held."""

    level: str
    where: str
    message: str
