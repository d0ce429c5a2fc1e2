"""Look-up structures built once from the knowledge, so answering never scans it.

Every question costs a handful of dictionary look-ups whatever the size of the
knowledge: phrases (aliases, cues) are keyed by their token tuples, facts by
(subject, measure), statements by the words they contain. `KnowledgeBase` is the
single object the router and answer functions read.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import pairwise

from factbot.knowledge.fact_groups import FactGroups, bases_of_measure, fact_groups
from factbot.knowledge.figures import figures_in
from factbot.knowledge.lazy import LazyMapping, gathered
from factbot.knowledge.model import Evidence, Fact, Knowledge, Period, Sentence, Statement
from factbot.knowledge.named_words import keyword_phrases, named_words
from factbot.knowledge.period_keys import PeriodKey, PeriodKind
from factbot.knowledge.phrases import Target, build_phrases, names_entity, reach
from factbot.knowledge.postings import StatementSets, StatementTables, statement_tables
from factbot.knowledge.precomputed import IndexTables, Precomputed
from factbot.knowledge.spelling import SpellingIndex
from factbot.knowledge.text import Normaliser
from factbot.knowledge.vocabulary import lexicon_phrases, periods_by_key, shares_of, surface_words, word_documents
from factbot.results import Citation

VIRTUAL = "~"


class KnowledgeBase:
    """A loaded knowledge folder plus the indexes that make routing constant-time."""

    def __init__(self, knowledge: Knowledge, precomputed: Precomputed | None = None) -> None:
        tables = precomputed.tables if precomputed is not None else None
        self.knowledge = knowledge
        self._entity_word_sets: dict[str, frozenset[str]] = {}
        self.lexicon = knowledge.lexicon
        self.normaliser = Normaliser(knowledge.lexicon)
        self.stopwords = self._folded(knowledge.lexicon.stopwords)
        self.fillers = self._folded(knowledge.lexicon.fillers)
        named = named_words(knowledge, self.normaliser.words) & (self.stopwords | self.fillers)
        self.stopwords, self.fillers = self.stopwords - named, self.fillers - named  # names here, never skipped
        self.harmless = (
            self.stopwords
            | self.fillers
            | self._folded(
                knowledge.lexicon.pronouns
                | knowledge.lexicon.group_words
                | knowledge.lexicon.yes_no_openers
                | frozenset(knowledge.lexicon.question_kinds)
                | frozenset(knowledge.lexicon.scale_words)
                | frozenset(knowledge.lexicon.period_words)
            )
        )
        self.pronouns = self._folded(knowledge.lexicon.pronouns)
        self.place_pronouns = self._folded(knowledge.lexicon.place_pronouns)
        self.existence_words = self._folded(knowledge.lexicon.existence_words)
        self.connectives = frozenset(
            word for opener in self.lexicon.follow_up_openers for word in self.normaliser.words(opener)
        )
        self.group_words = self._folded(knowledge.lexicon.group_words)
        self.yes_no_openers = self._folded(knowledge.lexicon.yes_no_openers)
        self.request_openers = tuple(self.normaliser.words(text) for text in knowledge.lexicon.request_openers)
        self.question_tags = tuple(self.normaliser.words(text) for text in knowledge.lexicon.question_tags)
        self.period_qualifiers = self._folded(knowledge.lexicon.period_qualifiers)
        self.final_words = self._folded(knowledge.lexicon.final_words)
        self.question_kinds = {
            self.normaliser.words(word)[0]: kind for word, kind in knowledge.lexicon.question_kinds.items()
        }
        self.entities = knowledge.entities
        self.measures = knowledge.measures
        self.periods = knowledge.periods
        self.phrases: dict[tuple[str, ...], tuple[Target, ...]] = {}
        self.loose_phrases: dict[tuple[str, ...], tuple[Target, ...]] = {}
        self._phrases(tables)
        self.phrase_reach = reach(self.phrases)
        """The longest phrase each word begins: a question word beginning none is looked up no further."""
        self.loose_reach = reach(self.loose_phrases)
        self.longest_phrase = max(self.phrase_reach.values(), default=1)
        self.facts_by_key: Mapping[tuple[str, str], tuple[Fact, ...]] = {}
        self.facts_by_subject: Mapping[str, tuple[Fact, ...]] = {}
        self.facts_by_measure: Mapping[str, tuple[Fact, ...]] = {}
        self.facts_by_measure_period: Mapping[tuple[str, str | None], tuple[Fact, ...]] = {}
        self.market_ids: frozenset[str] = frozenset()
        self.subjects_by_measure: dict[str, tuple[str, ...]] = {}
        self.markets_by_measure: dict[str, frozenset[str]] = {}
        self.measures_of_subject: dict[str, frozenset[str]] = {}
        self._subject_sets: dict[str, frozenset[str]] = {}
        if tables is None:
            self._use_groups(fact_groups(self.knowledge, self.entities, self.period_order))
        else:
            self._restore_facts(tables)
        self._build_kind_words()
        self.groups_of: dict[str, tuple[str, ...]] = self._groups_of()
        self.statement_words: Sequence[frozenset[str]] = ()
        self.statement_pairs: Sequence[frozenset[tuple[str, str]]] = ()
        self.statement_own_words: Sequence[frozenset[str]] = ()
        self.statement_has_figure: Sequence[bool] = ()
        """A statement's words without the aliases of the entities it is about."""
        self.statements_about: dict[str, tuple[int, ...]] = {}
        self.statements_by_word: dict[str, tuple[int, ...]] = {}
        self.statement_tables = StatementTables({}, {}, {}, (), ())
        if precomputed is None:
            self._build_statements()
        else:
            self._restore_statements(precomputed)
        self.statement_sets = StatementSets(self.statements_by_word, self.statement_tables, self.statement_has_figure)
        self._spelling(precomputed)
        self.periods_by_key: dict[PeriodKey, tuple[str, ...]] = periods_by_key(self.periods)
        self.follow_up_openers = tuple(self.normaliser.words(opener) for opener in self.lexicon.follow_up_openers)
        self.period_words = frozenset(w for text in self.lexicon.period_words for w in self.normaliser.words(text))
        self.cue_texts = {self.normaliser.words(cue): cue for intent in self.lexicon.intents for cue in intent.cues}
        self.statement_kind_cues = {
            kind: tuple(words for words in map(self.normaliser.words, cues) if words)
            for kind, cues in self.lexicon.statement_kinds.items()
        }
        self.basis_words = {
            basis: frozenset(word for text in words for word in self.normaliser.words(text))
            for basis, words in self.lexicon.basis_words.items()
        }
        self.bases_of_measure = bases_of_measure(self.knowledge.facts) if tables is None else tables.bases_of_measure
        self.unit_words = {key: frozenset(self.normaliser.words(item.unit)) for key, item in self.measures.items()}
        self.measure_words = {
            key: frozenset(self.normaliser.words(" ".join((item.name, *item.aliases)))) - self.stopwords
            for key, item in self.measures.items()
        }
        """Every word a measure is called by: "soluble (instant) coffee ... import" names it in pieces."""
        """A measure's unit in words: "how many barrels" names the unit of the measure it asks."""
        clauses = self.existence_words - {"s"}  # "percent of adults who *were* members": the part, not the whole
        self.share_of, self.rate_counting = shares_of(self.measures, self.normaliser.words, self.stopwords, clauses)
        """Percent measures by the measure they are a share of; and rates by the measure they count as their part
        ("club membership rate" of "club members"), which a question names as the whole only by mistake."""
        self.shares_of_measure: dict[str, tuple[str, ...]] = defaultdict(tuple)
        for share, whole in sorted(self.share_of.items()):
            self.shares_of_measure[whole] = (*self.shares_of_measure[whole], share)
        self.light_words = frozenset(w for text in self.lexicon.light_words for w in self.normaliser.words(text))
        self.future_openers = frozenset(w for text in self.lexicon.future_openers for w in self.normaliser.words(text))
        self.conditional_words = frozenset(self.normaliser.words(" ".join(self.lexicon.conditional_words)))
        self.modal_words = frozenset(self.normaliser.words(" ".join(self.lexicon.modal_words)))
        self.opinion_phrases = tuple(self.normaliser.words(text) for text in self.lexicon.opinion_phrases)
        self.multiplier_words = frozenset(self.normaliser.words(" ".join(self.lexicon.multiplier_words)))
        self.list_words = frozenset(w for text in self.lexicon.list_words for w in self.normaliser.words(text))
        self.up_words = frozenset(w for text in self.lexicon.up_words for w in self.normaliser.words(text))
        self.down_words = frozenset(w for text in self.lexicon.down_words for w in self.normaliser.words(text))
        self.percent_words = frozenset(w for text in self.lexicon.percent_words for w in self.normaliser.words(text))
        self.quantity_openers = tuple(self.normaliser.words(text) for text in self.lexicon.quantity_openers)
        self.topic_openers = tuple(words for words in map(self.normaliser.words, self.lexicon.topic_openers) if words)
        made = tables.keyword_phrases if tables is not None else None  # statements decode lazily: never all at start
        self.keyword_phrases = (
            made if made is not None else keyword_phrases(knowledge, self.normaliser.words, self.fillers)
        )
        self.filler_phrases = tuple(words for words in map(self.normaliser.words, self.lexicon.filler_phrases) if words)
        exclusions = self.lexicon.exclusion_words
        self.exclusion_phrases = tuple(words for words in map(self.normaliser.words, exclusions) if words)
        self.exclusion_frames = tuple(
            (self.normaliser.words(before), self.normaliser.words(after))
            for before, _, after in (frame.partition("...") for frame in self.lexicon.exclusion_frames)
        )
        attributions = self.lexicon.attribution_words
        self.attribution_phrases = tuple(words for words in map(self.normaliser.words, attributions) if words)
        self.reporting_verbs = frozenset(
            w for text in self.lexicon.reporting_verbs for w in self.normaliser.words(text)
        )
        self.negations = frozenset(word for text in self.lexicon.negation_words for word in self.normaliser.words(text))
        self.cue_words = {
            intent.name: frozenset(word for cue in intent.cues for word in self.normaliser.words(cue)) - self.stopwords
            for intent in self.lexicon.intents
        }
        self.longest_cue = max(
            (len(self.normaliser.words(cue)) for i in self.lexicon.intents for cue in i.cues), default=1
        )
        if tables is None:
            self._document_frequency, self._documents = word_documents(
                self.knowledge, self.statement_words, self.normaliser.words
            )
        else:
            self._document_frequency, self._documents = tables.document_frequency, tables.documents

    def _phrases(self, tables: IndexTables | None) -> None:
        if tables is None:
            self.phrases, self.loose_phrases = build_phrases(
                self.knowledge, self.normaliser.words, self.stopwords, self.harmless
            )
        else:
            self.phrases, self.loose_phrases = tables.phrases, tables.loose_phrases

    def _restore_statements(self, precomputed: Precomputed) -> None:
        self.statement_words = precomputed.statement_words
        self.statement_pairs = precomputed.statement_pairs
        self.statement_own_words = precomputed.statement_own_words
        self.statement_has_figure = precomputed.statement_has_figure
        self.statements_by_word = precomputed.tables.statements_by_word
        self.statements_about = precomputed.tables.statements_about
        self.statement_tables = precomputed.tables.statement_tables

    def _spelling(self, precomputed: Precomputed | None) -> None:
        """The typo indexes: by stem, with names preferred, and by words as written ("producton")."""
        tables = precomputed.tables if precomputed is not None else None
        if tables is None:
            self.entity_words = frozenset(
                word for key, targets in self.phrases.items() for word in key if names_entity(targets)
            )
            self.routing_words = frozenset(word for key in self.phrases for word in key)
        else:
            self.entity_words, self.routing_words = tables.entity_words, tables.routing_words
        deletions = precomputed.spelling_deletions if precomputed is not None else None
        self.spelling = SpellingIndex(self._vocabulary(), preferred=self.entity_words, deletions=deletions)
        if precomputed is None:
            self.surface_spelling = SpellingIndex(surface_words(self.knowledge))
        else:
            surface = precomputed.surface_spelling
            self.surface_spelling = SpellingIndex(surface.vocabulary, deletions=surface.deletions)

    def index_tables(self) -> IndexTables:
        """The tables a later `KnowledgeBase` of the same knowledge can start from (see `Precomputed`)."""
        position = {fact.id: number for number, fact in enumerate(self.knowledge.facts)}

        def positions(groups: Mapping[object, tuple[Fact, ...]]) -> dict[object, tuple[int, ...]]:
            return {key: tuple(position[fact.id] for fact in facts) for key, facts in groups.items()}

        return IndexTables(
            phrases=dict(self.phrases),
            loose_phrases=dict(self.loose_phrases),
            statements_by_word=self.statements_by_word,
            statements_about=self.statements_about,
            statement_tables=self.statement_tables,
            document_frequency=self._document_frequency,
            documents=self._documents,
            facts_by_key=positions(self.facts_by_key),  # type: ignore[arg-type]
            facts_by_subject=positions(self.facts_by_subject),  # type: ignore[arg-type]
            facts_by_measure=positions(self.facts_by_measure),  # type: ignore[arg-type]
            facts_by_measure_period=positions(self.facts_by_measure_period),  # type: ignore[arg-type]
            subjects_by_measure=self.subjects_by_measure,
            markets_by_measure=self.markets_by_measure,
            measures_of_subject=self.measures_of_subject,
            market_ids=self.market_ids,
            entity_words=self.entity_words,
            routing_words=self.routing_words,
            bases_of_measure=self.bases_of_measure,
            keyword_phrases=self.keyword_phrases,
        )

    def _restore_facts(self, tables: IndexTables) -> None:
        """The fact groups from their positions: each group's facts are gathered when first asked for."""
        gather = gathered(self.knowledge.facts)
        self.facts_by_key = LazyMapping(gather, tables.facts_by_key)
        self.facts_by_subject = LazyMapping(gather, tables.facts_by_subject)
        self.facts_by_measure = LazyMapping(gather, tables.facts_by_measure)
        self.facts_by_measure_period = LazyMapping(gather, tables.facts_by_measure_period)
        self.subjects_by_measure = tables.subjects_by_measure
        self.markets_by_measure = tables.markets_by_measure
        self.measures_of_subject = tables.measures_of_subject
        self.market_ids = tables.market_ids

    def _use_groups(self, groups: FactGroups) -> None:
        self.facts_by_key, self.facts_by_subject = groups.by_key, groups.by_subject
        self.facts_by_measure, self.facts_by_measure_period = groups.by_measure, groups.by_measure_period
        self.subjects_by_measure, self.markets_by_measure = groups.subjects_by_measure, groups.markets_by_measure
        self.measures_of_subject, self.market_ids = groups.measures_of_subject, groups.market_ids

    def _folded(self, words: frozenset[str]) -> frozenset[str]:
        """Lexicon word lists, normalised like questions are ("does" and "doe" meet)."""
        return frozenset(word for text in words for word in self.normaliser.words(text))

    def _build_kind_words(self) -> None:
        kinds: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for entity in self.entities.values():
            for form in {entity.kind, entity.kind + "s"}:
                words = tuple(word for word in self.normaliser.words(form) if word not in self.stopwords)
                for key in {words, words[-1:]} - {()}:  # the head noun names the kind too ("which field")
                    kinds[key].add(entity.kind)
        self.kind_words = {words: frozenset(found) for words, found in kinds.items()}
        """Entity kinds by the words that name them ("shop" -> shop): "which shop" ranges over those."""

    def subject_set(self, measure: str) -> frozenset[str]:
        """The subjects a measure has figures for, as a set (made once: a measure may have thousands)."""
        found = self._subject_sets.get(measure)
        if found is None:
            found = self._subject_sets[measure] = frozenset(self.subjects_by_measure.get(measure, ()))
        return found

    def facts_for(self, measure: str, periods: tuple[str, ...]) -> tuple[Fact, ...]:
        """Facts of a measure, narrowed to the named periods through the index when there are any."""
        if not periods:
            return self.facts_by_measure.get(measure, ())
        return tuple(fact for period in periods for fact in self.facts_by_measure_period.get((measure, period), ()))

    def period_order(self, period_id: str | None) -> float:
        if period_id is None:
            return -math.inf
        return float(self.period(period_id).order)

    def period(self, period_id: str) -> Period:
        """A declared period, or a virtual one named by its span ("the year before 2023/24")."""
        known = self.periods.get(period_id)
        if known is not None:
            return known
        kind, year, part, day = period_id.removeprefix(VIRTUAL).split(":")
        key = PeriodKey(PeriodKind(kind), int(year), int(part), int(day))
        return Period(period_id, f"{key.preposition} {key.label}", (), key.order, key)

    @staticmethod
    def virtual_period(key: PeriodKey) -> str:
        """An id for a period no source declares but a question can name: its figures may be derived."""
        return f"{VIRTUAL}{key.kind.value}:{key.year}:{key.part}:{key.day}"

    def _groups_of(self) -> dict[str, tuple[str, ...]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for entity in sorted(self.entities.values(), key=lambda item: item.id):
            for member in (*entity.members, *entity.planned_members):
                groups[member].append(entity.id)
        return {member: tuple(ids) for member, ids in groups.items()}

    # --- statements -----------------------------------------------------------------
    def statement_text_words(self, statement: Statement) -> frozenset[str]:
        texts = [statement.answer, *statement.keywords, *(evidence.quote for evidence in statement.evidence)]
        texts.append(statement.date)
        words = {word for text in texts for word in self.normaliser.words(text)}
        involved = (*statement.about, *statement.people, *((statement.place,) if statement.place else ()))
        for entity_id in involved:
            words |= self._entity_words(entity_id)
        return frozenset(words - self.stopwords)

    def _entity_words(self, entity_id: str) -> frozenset[str]:
        """The words of an entity's name and aliases (computed once: many statements name the same entity)."""
        known = self._entity_word_sets.get(entity_id)
        if known is None:
            entity = self.entities[entity_id]
            known = frozenset(word for text in (entity.name, *entity.aliases) for word in self.normaliser.words(text))
            self._entity_word_sets[entity_id] = known
        return known

    def _build_statements(self) -> None:
        by_word: dict[str, list[int]] = defaultdict(list)
        about: dict[str, list[int]] = defaultdict(list)
        statement_words: list[frozenset[str]] = []
        own_words: list[frozenset[str]] = []
        pairs: list[frozenset[tuple[str, str]]] = []
        has_figure: list[bool] = []
        self.statement_words, self.statement_own_words, self.statement_pairs = statement_words, own_words, pairs
        self.statement_has_figure = has_figure
        for number, statement in enumerate(self.knowledge.statements):
            for entity_id in dict.fromkeys((*statement.about, *statement.people)):
                about[entity_id].append(number)
            words = self.statement_text_words(statement)
            statement_words.append(words)
            own = [statement.answer, *statement.keywords, *(evidence.quote for evidence in statement.evidence)]
            quotes = " ".join(evidence.quote for evidence in statement.evidence)
            has_figure.append(
                any(not figure.ordinal for figure in figures_in(quotes, self.lexicon))
            )  # "the first time"
            own_words.append(frozenset(word for text in own for word in self.normaliser.words(text)))
            pairs.append(self._pairs(statement))
            for word in words:
                by_word[word].append(number)
        self.statements_by_word = {word: tuple(numbers) for word, numbers in by_word.items()}
        self.statements_about = {entity_id: tuple(numbers) for entity_id, numbers in about.items()}
        self.statement_tables = statement_tables(self.knowledge.statements)

    def _pairs(self, statement: Statement) -> frozenset[tuple[str, str]]:
        """Neighbouring content words of a statement's texts: a question repeating one is closer to it."""
        pairs: set[tuple[str, str]] = set()
        for text in (statement.answer, *(evidence.quote for evidence in statement.evidence), *statement.keywords):
            content = [word for word in self.normaliser.words(text) if word not in self.stopwords]
            pairs.update(pairwise(content))
        return frozenset(pairs)

    def weight_of(self, word: str) -> float:
        """Rarer words say more about which statement is meant (an IDF weight, worked out when asked for: a
        table of every word's weight made at each start cost more than the few words ever asked)."""
        count = max(len(self.knowledge.statements), 1)
        numbers = self.statements_by_word.get(word)
        return math.log(1 + count / len(numbers)) if numbers else math.log(1 + count)

    def informativeness(self, word: str) -> float | None:
        """How much a word the knowledge uses says, from 0.35 (in every record) to 1 (in one); None if unused."""
        count = self._document_frequency.get(word)
        if count is None:
            return None
        rarity = math.log(self._documents / count) / math.log(self._documents)
        return 0.35 + 0.65 * max(0.0, min(1.0, rarity))

    # --- word weights, vocabulary and citations -------------------------------------------------------
    def _vocabulary(self) -> set[str]:
        words = set(self.routing_words)
        words.update(self.statements_by_word)
        words.update(word for fact in self.knowledge.facts for word in self.normaliser.words(fact.evidence.quote))
        words.update(self.harmless)
        words.update(self.period_qualifiers)
        words.update(word for text in lexicon_phrases(self.lexicon) for word in self.normaliser.words(text))
        return words

    def sentence(self, evidence: Evidence) -> Sentence:
        sentence = self.knowledge.sources[evidence.source].sentence(evidence.sentence)
        if sentence is None:  # the loader has checked every evidence; this is a broken invariant
            raise LookupError(f"no sentence {evidence.sentence} in {evidence.source}")
        return sentence

    def citation(self, evidence: Evidence) -> Citation:
        sentence = self.sentence(evidence)
        return Citation(sentence.source, sentence.number, sentence.text, sentence.start, sentence.end)
