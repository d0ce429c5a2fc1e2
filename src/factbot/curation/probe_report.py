"""The probe's report, for a curator (text, after verify's) and for tools (a `probe` key in verify's JSON).

The text lists what needs a curator's hand: each record no question reached, with every question asked
and what came back, then the lookups that missed a fact reached by its other question (a name or an alias
that does not work), the comparisons that missed, and the questions that made the engine raise. The
reachable share of each source closes it. The JSON holds every record and every question.
"""

from __future__ import annotations

from factbot.curation.probe import ALIAS, LOOKUP, Asked, Outcome, ProbeReport, RecordProbe

ANSWER_CHARS = 100
"""An answer is cut to this many characters in the text report: enough to see what the engine took it for."""
_LABEL = 12


def _said(asked: Asked) -> str:
    text = " ".join(asked.answer.split())
    text = text if len(text) <= ANSWER_CHARS else text[: ANSWER_CHARS - 1].rstrip() + "…"
    citing = f", citing {', '.join(asked.cited)}" if asked.cited and asked.outcome is not Outcome.UNREACHED else ""
    return f'{asked.question.kind}: "{asked.question.text}" -> {asked.status}{citing}: {text}'


def _record_lines(record: RecordProbe, label: str, asked: tuple[Asked, ...] = (), suffix: str = "") -> list[str]:
    """The record's line, then one line per question (all of them unless `asked` says which)."""
    lines = [f"{label:<{_LABEL}}{record.where}: {record.label} {record.id!r}{suffix}"]
    lines += [f"{'':<{_LABEL}}  {_said(item)}" for item in asked or record.asked]
    return lines


def render_text(report: ProbeReport) -> str:
    """Findings first (records not reached, names that miss, comparisons, crashes), then the shares."""
    lines = [*_missed_records(report), *_missed_names(report), *_missed_comparisons(report), *_crashes(report)]
    for share in report.shares:
        compared = f"; comparisons {share.compared}/{share.comparisons}" if share.comparisons else ""
        reach = f"{share.reached}/{share.total} records reached ({100 * share.share:.0f}%)"
        lines.append(f"{'PROBE':<{_LABEL}}{share.source}: {reach}{compared}")
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def _missed_records(report: ProbeReport) -> list[str]:
    return [line for record in report.missed for line in _record_lines(record, record.outcome.value.upper())]


def _missed_names(report: ProbeReport) -> list[str]:
    """A fact reached by one lookup but not the other: its name or its alias does not work in a question."""
    lines = []
    for record in report.records:
        missed = [item for item in record.asked if item.question.kind in (LOOKUP, ALIAS)]
        missed = [item for item in missed if item.outcome is not Outcome.REACHED]
        if record.outcome is Outcome.REACHED and missed:
            lines += _record_lines(record, "MISSED", tuple(missed), " is reached, but not by")
    return lines


def _missed_comparisons(report: ProbeReport) -> list[str]:
    missed = (item for item in report.comparisons if item.outcome is not Outcome.REACHED)
    return [f"{'COMPARISON':<{_LABEL}}{', '.join(item.question.records)}: {_said(item)}" for item in missed]


def _crashes(report: ProbeReport) -> list[str]:
    return [f"{'CRASH':<{_LABEL}}{_said(item)}" for item in report.asked if item.crashed]


def summary(report: ProbeReport) -> str:
    """One line: how much was reached, from how many questions, and what the rest came to, by kind of record."""
    total = len(report.records)
    share = 100 * report.reached / total if total else 100.0
    line = f"probe: {report.reached}/{total} records reached ({share:.0f}%) by {len(report.asked)} question(s)"
    kinds = report.missed_by_kind()
    if kinds:
        line += "; not reached: " + ", ".join(
            f"{count} {label} {outcome}" for (label, outcome), count in sorted(kinds.items())
        )
    return line


def _asked_data(asked: Asked) -> dict[str, object]:
    return {
        "kind": asked.question.kind,
        "question": asked.question.text,
        "records": list(asked.question.records),
        "status": asked.status,
        "outcome": asked.outcome.value,
        "answer": asked.answer,
        "cited": list(asked.cited),
    }


def report_data(report: ProbeReport) -> dict[str, object]:
    """Stable keys: totals, the share per source, misses by kind, every record with its questions, comparisons."""
    total = len(report.records)
    return {
        "reached": report.reached,
        "total": total,
        "share": round(report.reached / total, 4) if total else 1.0,
        "questions": len(report.asked),
        "sources": [
            {
                "source": share.source,
                "reached": share.reached,
                "total": share.total,
                "share": round(share.share, 4),
                "compared": share.compared,
                "comparisons": share.comparisons,
            }
            for share in report.shares
        ],
        "missed_by_kind": [
            {"record": label, "outcome": outcome, "count": count}
            for (label, outcome), count in sorted(report.missed_by_kind().items())
        ],
        "records": [
            {
                "id": record.id,
                "kind": record.kind,
                "detail": record.detail,
                "source": record.source,
                "where": record.where,
                "outcome": record.outcome.value,
                "questions": [_asked_data(item) for item in record.asked],
            }
            for record in report.records
        ],
        "comparisons": [_asked_data(item) for item in report.comparisons],
    }
