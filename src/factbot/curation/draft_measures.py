"""The draft's measures: what a figure measures, named from the words the text uses for it.

The name comes from the clearest words there are, in this order: a rank's superlative ("the
third largest maker": rank among the largest makers) or streak ("the 4th consecutive year");
a share's object ("32 percent of imports"); the noun phrase the figure is stated of ("the
average weekly output ... was 5.2 tonnes", "a total cost of $1.5 million"); the things a
whole number counts ("three new shops": number of new shops); the unit of a measurement
("2.5 metres"). Failing all of them the figure is a plain "figure" for the curator to name.
Only words of the text become aliases: the name, and a verb written right before the figure
("employed", "produced"); a clause's other words ("began", "refers") say nothing of the figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factbot.curation.clauses import ASIDE, WORDS, clause_start
from factbot.curation.references import OPENING_WORDS
from factbot.knowledge.model import Lexicon
from factbot.knowledge.quantities import Quantity

_LINK = r"(?:was|is|were|are|of|at|reached|reaches|totaled|totalled|totals|exceeded|exceeds|exceed|averaged|stood\s+at)"
_LINKED = re.compile(rf"\b{_LINK}(?:\s+(?:or|and)\s+{_LINK})?\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
_LINK_WORD = re.compile(rf"{_LINK}", re.IGNORECASE)
_JOINED_LINKS = re.compile(rf"(?<=\w)\s+(?:or|and)\s+(?={_LINK}\b)", re.IGNORECASE)
_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "these", "this", "that", "those", "his", "her", "our"])
_HEAD_LINKS = frozenset(["of", "for"])
_TOKEN = re.compile(r"\S+")
_SUPERLATIVE = re.compile(r"\s+((?:most|least)\s+[a-z-]+|[a-z]{2,}est)\b((?:\s+[a-z][\w-]*){0,2})")
_STREAK = re.compile(r"\s+(?:consecutive|straight|successive)\b((?:\s+[a-z][\w-]*){1,2})")
_IN_A_ROW = re.compile(r"((?:\s+[a-z][\w-]*){1,2})\s+in\s+a\s+row\b")
_PHRASE_WORDS = 5
_QUALIFIERS = frozenset(["total", "combined", "overall", "net", "gross", "cumulative"])
"""Words a question may skip but a measure's name keeps: "total sales" is not "sales"."""
_PHRASE_BREAK = re.compile(r"[,;:(\u2014\u2013]")


@dataclass(frozen=True)
class DraftMeasure:
    id: str
    name: str
    unit: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class MeasureGuess:
    name: str
    unit: str
    verb: str = ""


def guess_measure(text: str, quantity: Quantity, attached: str, lexicon: Lexicon) -> MeasureGuess:
    """What the figure at `quantity` measures, and the unit it is counted in."""
    skip = _skip_words(lexicon)
    if quantity.ordinal:
        return _ordinal(text, quantity, skip)
    if quantity.percent:
        following = [word for word in WORDS.findall(text[quantity.end : quantity.end + 60].casefold())]
        named = [word for word in following if word not in skip][:2]
        return MeasureGuess(" ".join(["share", "of", *named]) if named else "share", "percent")
    verb = _verb_before(text, quantity.start, skip)
    stated_of = _stated_of(text, quantity.start + _bound_length(quantity), skip)
    if quantity.currency or stated_of:
        unit = lexicon.currencies.get(quantity.currency, quantity.currency) or attached or _unit_word(quantity, skip)
        return MeasureGuess(stated_of or f"amount in {unit}", unit or "count", verb)
    unit = attached or _unit_word(quantity, skip)
    whole = quantity.value == quantity.value.to_integral_value()
    counted = _phrase(text[quantity.end :], skip)
    if counted and whole and not attached:
        return MeasureGuess(f"number of {counted}", counted.split()[-1], verb or counted)
    if unit and len(unit) > 1 and not (whole and not attached):
        return MeasureGuess(unit, unit, verb)  # a measurement ("2.5 metres"); a whole number's next word may be any
    return MeasureGuess("figure", "count", verb)


def _bound_length(quantity: Quantity) -> int:
    """The length of the bound words a figure opens with ("exceeded $5 million"): they may be its link verb."""
    if quantity.is_exact:
        return 0
    digits = re.search(r"[\d$£€¥]", quantity.text)
    return digits.start() if digits else quantity.text.rfind(" ") + 1


def _unit_word(quantity: Quantity, skip: frozenset[str]) -> str:
    return quantity.unit if quantity.unit not in skip else ""


def _skip_words(lexicon: Lexicon) -> frozenset[str]:
    """Words that never name what a figure measures: function words, rise and fall, numbers in words."""
    numerals = lexicon.numerals
    function_words = lexicon.stopwords | lexicon.up_words | lexicon.down_words | OPENING_WORDS
    return function_words | frozenset(numerals.number_words) | frozenset(numerals.ordinal_words)


def _plural(word: str) -> str:
    return word if word.endswith("s") else f"{word}s"


def _ordinal(text: str, quantity: Quantity, skip: frozenset[str]) -> MeasureGuess:
    """ "the 4th consecutive profitable year", "the fourth year in a row": a streak, counted in years; "the third
    largest maker": a rank
    among the largest makers; any other ordinal a plain rank."""
    after = text[quantity.end :]
    streak = _STREAK.match(after) or _IN_A_ROW.match(after)
    if streak:
        words = _content(streak.group(1).split(), skip)
        if words:
            return MeasureGuess(f"consecutive {' '.join([*words[:-1], _plural(words[-1])])}", _plural(words[-1]))
    best = _SUPERLATIVE.match(after)
    if best and best.group(1).casefold() not in skip:
        words = _content(best.group(2).split(), skip)
        noun = f" {' '.join([*words[:-1], _plural(words[-1])])}" if words else ""
        return MeasureGuess(f"rank among the {best.group(1)}{noun}", "rank")
    return MeasureGuess("rank", "rank")


def _content(words: list[str], skip: frozenset[str]) -> list[str]:
    """The leading words that carry content, up to the first function word."""
    kept: list[str] = []
    for word in words:
        if word.casefold() in skip or _LINK_WORD.fullmatch(word):
            break
        kept.append(word)
    return kept


def _phrase(after: str, skip: frozenset[str]) -> str:
    """The words right after a figure up to a function word, a figure or a break: what it counts
    ("new shops", "cars and vans")."""
    stop = _PHRASE_BREAK.search(after)
    words: list[str] = []
    tokens = after[: stop.start() if stop else len(after)].split()
    for index, token in enumerate(tokens):
        word = token.strip(".!?\"'”’")
        joins = word in ("and", "or") and words and index + 1 < len(tokens)
        if not joins and (not re.fullmatch(r"[a-z][a-z-]*", word) or word in skip or _LINK_WORD.fullmatch(word)):
            break
        words.append(word)
        if word != token or len(words) >= _PHRASE_WORDS:
            break
    while words and words[-1] in ("and", "or"):
        words.pop()
    if len(words) == 1 and words[0].endswith("est"):
        return ""  # "among the 10 largest": a superlative, not a thing counted
    return " ".join(words)


def _verb_before(text: str, start: int, skip: frozenset[str]) -> str:
    """The word written right before the figure when it is a verb of the sentence ("employed 900")."""
    before = _TOKEN.findall(text[max(0, start - 30) : start])
    if not before:
        return ""
    word: str = before[-1]
    if not re.fullmatch(r"[a-z][a-z-]+ed", word) or word in skip or _LINK_WORD.fullmatch(word):
        return ""  # only a verb's past form is told from a noun by its shape
    return word


def _stated_of(text: str, start: int, skip: frozenset[str]) -> str:
    """The noun phrase a figure is stated of: "the average weekly output for Acme was 5.2 tonnes", "the
    total cost of these shops is $3.1 million", "an increase of 1.5 metres"; after "which" the phrase that
    ends the clause before it ("the total cost, which exceeds ...")."""
    text = ASIDE.sub(lambda aside: " " * len(aside.group()), text)  # "the average (net) output was": one clause
    joined = _JOINED_LINKS.sub(lambda pair: "_" * len(pair.group()), text)  # "reached or exceeded": one link
    clause = clause_start(joined, start, minimum_words=0)
    segment = text[clause:start]
    link = _LINKED.search(segment)
    if link is None:
        return ""
    before = segment[: link.start()]
    if before.strip().casefold() in ("which", "that", "") and clause > 0:
        previous = text[clause_start(text, clause - 1, minimum_words=0) : clause]
        return _head(previous.rstrip(" ,;:"), skip, at_end=True)
    return _head(before, skip)


def _head(text: str, skip: frozenset[str], at_end: bool = False) -> str:
    """The last noun phrase of `text` that opens with a determiner or a name ("the total cost"), or the
    one before "of"/"for" that it depends on ("the total cost of these shops")."""
    tokens = _TOKEN.findall(text)
    runs = _runs(tokens, skip)
    if at_end:
        runs = [run for run in runs if run[1] == len(tokens)]
    if not runs:
        return ""
    start, end = runs[-1]
    for earlier_start, earlier_end in reversed(runs[:-1]):
        between = [token.casefold() for token in tokens[earlier_end:start]]
        if between and between[0] in _HEAD_LINKS and all(_minor(token) for token in between[1:]):
            start, end = earlier_start, earlier_end
        break
    after = [token.casefold() for token in tokens[end:]]
    if any(_is_figure(token) for token in after) and (not after or after[0] not in _HEAD_LINKS):
        return ""  # another figure stands between the phrase and this one: the phrase is that figure's
    return " ".join(token.strip(",;:") for token in tokens[start:end][-4:])


def _runs(tokens: list[str], skip: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of lower-case content words that open after a determiner, a name or the start, and are not
    part of a name ("northern Acme") nor things a figure counts ("219 shops")."""
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        if not _is_content(tokens[index], skip):
            index += 1
            continue
        end = index
        while end < len(tokens) and _is_content(tokens[end], skip):
            end += 1
            if tokens[end - 1][-1:] in ",;:":
                break
        previous = tokens[index - 1] if index else ""
        opens = not previous or previous.casefold() in _DETERMINERS or previous[:1].isupper()
        follows_name = end < len(tokens) and tokens[end][:1].isupper()
        verb = end - index == 1 and tokens[index].endswith("ed")
        if opens and not follows_name and not verb and not _is_figure(previous):
            runs.append((index, end))
        index = end
    return runs


def _is_content(token: str, skip: frozenset[str]) -> bool:
    word = token.rstrip(",;:")
    named = word in _QUALIFIERS or (word not in skip and not _LINK_WORD.fullmatch(word))
    return bool(re.fullmatch(r"[a-z][a-z-]*", word)) and named


def _is_figure(token: str) -> bool:
    return bool(re.search(r"\d", token))


def _minor(token: str) -> bool:
    """A word a noun phrase may hold before its head without changing what it names: "these", "219"."""
    return token in _DETERMINERS or _is_figure(token) or token in ("all", "both")
