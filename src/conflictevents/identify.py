"""Language identification: the installed pack a text is written in, or none of them.

Each pack declares what its language looks like (:func:`profile_text`: a sample of
running text, its corpus, its word lists and stopwords), and may name close languages,
each with a sample, that a text must not be mistaken for; at first use each language
becomes a :class:`Profile`. A profile
scores a word by the bits that its model of the language saves over a background that
knows only how often each letter occurs: much in its language, little or nothing in
another one. Beyond a share of what it saves on its own language (measured when it is
built), a word is evidence for the language; below, evidence against it.

The evidence of every profile of the text's script, and 0 for "a language none of them
knows", become probabilities; a pack reads the text only with a confidence of
:data:`MIN_CONFIDENCE`. ``docs/explanation/identification.md`` tells the whole story.
"""

from __future__ import annotations

import collections
import functools
import itertools
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from .pack import Pack, RuleSet

__all__ = ["MAX_WORDS", "MIN_CONFIDENCE", "LangDetails", "Profile", "identify", "profile_text", "script_of", "words_of"]

#: The confidence the best pack needs to be chosen.
MIN_CONFIDENCE = 0.99

# A letter is predicted from up to four letters before it, within its word.
_CONTEXT = 4
# The share of its usual saving that a profile must save on a text in its language.
_SHARE = 0.4
# The share of a word's probability that the words seen in training hold; the rest is
# spelled letter by letter (so a word never seen costs one bit more than its letters).
_SEEN_WORDS = 0.85
# What each seen letter gives up, in counts, to the guesses of a shorter context.
_DISCOUNT = 0.75
# A letter never seen is one of this many more (a letter of another alphabet costs about
# 20 bits in a profile built from 100,000 letters).
_UNSEEN_LETTERS = 100
# No word counts more than this many bits against a language: a rare word or a name that
# no profile knows does not outweigh the words around it.
_WORD_FLOOR = 8.0
# Words read at a time, and the bits of evidence that settle a question: a language this
# far behind the leader is no longer read, and reading stops when one language is left
# with this much evidence for or against it (odds of a billion to one).
_STEP = 5
_SURE = 30.0
# Capitalised words are left out of a text that has at least this many other words.
_MIN_LOWER = 4
#: How many words of a text identification reads at most: the first ones of its main script.
MAX_WORDS = 50
# The characters those words are looked for in: a few hundred settle most texts, and the
# others are read further.
_READ_CHARS = (300, 2000)
# A profile's script is read from the words of this much of its text.
_SCRIPT_CHARS = 5000
# A profile remembers what the words it scored cost, up to this many words.
_CACHE_WORDS = 100_000

# Letters, maybe joined by an apostrophe ("п'ять", "don't"). The standard library's engine:
# identification reads every text, and this is several times faster than ``regex`` here.
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*")
# Addresses and handles are words of no language.
_ADDRESS = re.compile(r"\S*(?:://|www\.|@)\S*")
_ADDRESS_MARKS = ("://", "www.", "@")
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s)")
_APOSTROPHES = ("’", "ʼ", "`")  # read as "'"


@functools.lru_cache(maxsize=4096)
def script_of(char: str) -> str:
    """The Unicode script of a letter, from its name: ``"LATIN"``, ``"CYRILLIC"``, ``"GREEK"``."""
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


def words_of(text: str) -> list[str]:
    """The words of ``text`` as profiles read them: casefolded, one apostrophe, no acronyms.

    An acronym ("NATO") spells no word of its language, and an address or a handle no word
    of any; both are left out.
    """
    return _folded([w for w, _ in _words(text)])


def _words(text: str) -> list[tuple[str, bool]]:
    """The words of ``text`` (addresses and acronyms left out), each with whether it is a
    name: a capitalised word that does not begin a sentence."""
    text = unicodedata.normalize("NFC", text)
    if any(mark in text for mark in _ADDRESS_MARKS):
        text = _ADDRESS.sub(" ", text)
    found: list[tuple[str, bool]] = []
    for sentence in _SENTENCE_END.split(text):
        words = _WORD.findall(sentence)
        found += ((w, i > 0 and w[0].isupper()) for i, w in enumerate(words) if len(w) == 1 or not w.isupper())
    return found


def _folded(words: list[str]) -> list[str]:
    if not words:
        return []
    # One call for all the words: a space is in none of them.
    joined = " ".join(words).casefold()
    for apostrophe in _APOSTROPHES:
        joined = joined.replace(apostrophe, "'")
    return joined.split(" ")


def profile_text(pack: Pack) -> str:
    """What identification learns a pack's language from, one piece a line.

    The pack's ``sample`` of running text, the sentences of its corpus, its stopwords,
    and every word of its lists, tables, numbers and dates.
    """
    from .corpus import examples_of  # noqa: PLC0415  (the corpus module imports the API, which imports this one)

    lines = [*pack.sample.splitlines(), *pack.stopwords]
    for ruleset in pack.rulesets:
        lines += (example.text for example in examples_of(pack, ruleset.event))
    # Mappings from words to values: iterating one gives its words.
    vocabularies: list[Iterable[str]] = [
        pack.numbers.values,
        pack.numbers.multipliers,
        pack.numbers.scales,
        pack.dates.months,
        pack.dates.weekdays,
        pack.dates.relative_days,
        pack.dates.relative_years,
    ]
    holders: list[Pack | RuleSet] = [pack, *pack.rulesets]  # both have lists and tables of words
    for holder in holders:
        vocabularies += holder.lists.values()
        vocabularies += (itertools.chain.from_iterable(table.entries.values()) for table in holder.tables.values())
    lines += itertools.chain.from_iterable(vocabularies)
    return "\n".join(lines)


class Profile:
    """How a language spells its words, learned from text in the language.

    Two models of the same words: a structured one (a word seen in the text as often as
    it was seen, else its letters, each after up to four letters before it: interpolated
    Kneser-Ney within words, each word padded with a space at either end), and a
    background that knows only how often each letter occurs. What the first saves over
    the second, in bits per letter, is large on the language and small on any other, in
    which the contexts of the first mislead it; a letter the language never uses costs the
    structured model dear, and the background no more than any letter of an alphabet.
    """

    def __init__(self, text: str) -> None:
        """The profile that ``text`` (running text and word lists in the language) teaches.

        Only its script is read now; the models are built the first time the profile
        weighs a text, so that a process that meets one script builds only its profiles.

        :raises ValueError: if ``text`` holds no words.
        """
        words = words_of(text[:_SCRIPT_CHARS]) or words_of(text)
        if not words:
            raise ValueError("a language profile needs text with words in it")
        #: The script that most of the profile's words are in, as Unicode names it.
        self.script: str = collections.Counter(script_of(w[0]) for w in words).most_common(1)[0][0]
        self._text = text
        self._lock = threading.Lock()
        self._model: _Model | None = None
        self._saving = 0.0

    @property
    def saving(self) -> float:
        """Bits per letter (the end of a word counts as one) that the profile saves on text
        of its language that it was not built from."""
        self._built()
        return self._saving

    @property
    def threshold(self) -> float:
        """Bits per letter it must save on a text for the text to be taken as in its language."""
        return _SHARE * self.saving

    @property
    def evidence(self) -> Callable[[str], float]:
        """``evidence(word)``: what a word (as :func:`words_of` gives it) says for the
        profile's language, in bits: what the profile saves on it beyond the threshold,
        and never less than -8 (one unknown word does not outweigh the rest)."""
        return self._built().evidence

    def _built(self) -> _Model:
        model = self._model
        if model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._build()
                model = self._model
        return model

    def _build(self) -> _Model:
        words = words_of(self._text)
        # What the profile saves on text it was not built from: built on one half of the
        # lines, it reads the other half, and the other way round.
        lines = self._text.splitlines()
        halves = [words_of("\n".join(lines[start::2])) for start in (0, 1)]
        if not all(halves):  # one line: halves of its words instead
            halves = [words[0::2], words[1::2]]
        saved = sum(sum(map(_Model(train).evidence, test)) for train, test in (halves, halves[::-1]))
        self._saving = saved / sum(len(w) + 1 for w in words)
        return _Model(words, _SHARE * self._saving)


class _Model:
    """The two models of a profile, and the evidence of each word: what reading it saves,
    beyond ``threshold`` bits per letter, down to ``-_WORD_FLOOR``; with no threshold, what it saves."""

    def __init__(self, words: Iterable[str], threshold: float | None = None) -> None:
        self.threshold = threshold
        self.vocabulary = collections.Counter(words)
        self.words_seen = sum(self.vocabulary.values())
        grams: collections.Counter[str] = collections.Counter()
        for word, count in self.vocabulary.items():
            found = _grams(word)
            grams.update(found * count if count > 1 else found)
        # The background: each letter (and the end of a word) as often as it occurs; a letter
        # never seen, as one more of the alphabet.
        frequency = {g: n for g, n in grams.items() if len(g) == 1}
        total = sum(frequency.values())
        self.frequent = {letter: math.log2(total / n) for letter, n in frequency.items()}
        self.rare = math.log2(len(frequency))
        # Structured: a shorter gram counts the different letters seen before it (Kneser-Ney);
        # a letter seen often, but after one context alone, is no likely guess after a new one.
        before: collections.Counter[str] = collections.Counter(g[1:] for g in grams if len(g) > 1)
        counts = {g: before[g] if len(g) <= _CONTEXT and g in before else n for g, n in grams.items()}
        # Per context: how often a letter followed it, and how many different ones did.
        seen: collections.Counter[str] = collections.Counter()
        kinds: collections.Counter[str] = collections.Counter()
        for gram, count in counts.items():
            seen[gram[:-1]] += count
            kinds[gram[:-1]] += 1
        letters = kinds[""] + _UNSEEN_LETTERS
        # Each context gives up the discount of every letter seen after it to its shorter context.
        escape = {ctx: _DISCOUNT * kinds[ctx] / n for ctx, n in seen.items()}
        probability: dict[str, float] = {}
        for gram in sorted(counts, key=len):  # shorter contexts first: each gram interpolates with its suffix
            context = gram[:-1]
            lower = probability[gram[1:]] if context else 1 / letters
            probability[gram] = (counts[gram] - _DISCOUNT) / seen[context] + escape[context] * lower
        self.costs = {gram: -math.log2(p) for gram, p in probability.items()}
        self.backoff = {ctx: -math.log2(e) for ctx, e in escape.items()}
        self.unseen = math.log2(letters)
        self.cache: dict[str, float] = {}

    def evidence(self, word: str) -> float:
        found = self.cache.get(word)
        if found is None:
            # A word is either one seen before, as often as it was, or spelled letter by letter.
            seen = _SEEN_WORDS * self.vocabulary.get(word, 0) / self.words_seen
            found = self._background(word) + math.log2(seen + (1 - _SEEN_WORDS) * 2 ** -self._spelled(word))
            if self.threshold is not None:
                found = max(found - (len(word) + 1) * self.threshold, -_WORD_FLOOR)
            if len(self.cache) >= _CACHE_WORDS:
                self.cache.clear()
            self.cache[word] = found
        return found

    def _background(self, word: str) -> float:
        frequent, rare = self.frequent, self.rare
        return sum(frequent.get(letter, rare) for letter in word) + frequent[" "]

    def _spelled(self, word: str) -> float:
        costs, backoff = self.costs, self.backoff
        padded = f" {word} "
        total = 0.0
        for i in range(1, len(padded)):
            for start in range(i - _CONTEXT if i > _CONTEXT else 0, i + 1):
                cost = costs.get(padded[start : i + 1])
                if cost is not None:
                    total += cost
                    break
                total += backoff.get(padded[start:i], 0.0)  # the letter never followed this context
            else:
                total += self.unseen
        return total


def _grams(word: str) -> list[str]:
    """Every letter of the padded word with the contexts before it (the first space is context only)."""
    padded = f" {word} "
    ends = len(padded) + 1
    return [padded[j : j + size] for size in range(2, _CONTEXT + 2) for j in range(ends - size)] + list(padded[1:])


@attrs.frozen
class LangDetails:
    """How sure identification is of a text's language, and what came second.

    ``lang`` is the closest language: an installed pack's, or a neighbour's that a pack
    declared and no installed pack reads (``None`` when no profile knows the text's
    script). The text is read with ``lang`` only when it is an installed pack's and
    ``confidence`` reaches :data:`~conflictevents.identify.MIN_CONFIDENCE` (``identified``).
    """

    #: The closest language's code.
    lang: str | None
    #: The probability that the text is in ``lang``, against every other language
    #: identification knows and against one that it does not.
    confidence: float
    #: The second closest language of the same script, if any.
    runner_up: str | None
    #: The probability that the text is in ``runner_up`` (0.0 when there is none).
    runner_up_confidence: float
    #: The words identification read (the first ones of the text's main script).
    words: int
    #: The text's main script, as Unicode names it ("LATIN", "CYRILLIC"), or ``None`` when it has no words.
    script: str | None
    #: Whether a pack for ``lang`` is installed.
    readable: bool

    @property
    def identified(self) -> bool:
        """Whether the text is to be read with the pack for ``lang``."""
        return self.readable and self.confidence >= MIN_CONFIDENCE

    def as_dict(self) -> dict[str, object]:
        """The ``lang_details`` object of the command line's output (``--lang-details``)."""
        return {
            "lang": self.lang,
            "confidence": round(self.confidence, 4),
            "runner_up": self.runner_up,
            "runner_up_confidence": round(self.runner_up_confidence, 4),
            "words": self.words,
            "script": self.script,
        }


def identify(text: str, profiles: Mapping[str, Profile], readable: Collection[str]) -> LangDetails:
    """Which of ``profiles`` (by language code) ``text`` is written in, and how sure that is.

    :param readable: the codes of ``profiles`` that an installed pack reads; the others
        are known only to be refused.
    """
    # Most texts are settled by the words of their first few hundred characters; the
    # others are read again, further.
    for limit in _READ_CHARS:
        words = _main_script_words(_prefix(text, limit))
        details, settled = _weigh(words, profiles, readable)
        if settled or len(words) >= MAX_WORDS or limit >= len(text):
            break
    return details


def _weigh(words: list[str], profiles: Mapping[str, Profile], readable: Collection[str]) -> tuple[LangDetails, bool]:
    """What ``words`` say of the text's language, and whether they settle it."""
    script = script_of(words[0][0]) if words else None
    candidates = {code: profile for code, profile in profiles.items() if profile.script == script}
    if not candidates:
        return LangDetails(None, 0.0, None, 0.0, len(words), script, readable=False), True
    # Read a few words at a time; a language far behind the leader is dropped, and reading
    # stops once one language is left and sure of (or sure not to be the text's).
    evidence = dict.fromkeys(candidates, 0.0)
    read = 0
    settled = False
    while read < len(words) and not settled:
        step = words[read : read + _STEP]
        read += len(step)
        for code, profile in candidates.items():
            evidence[code] += sum(map(profile.evidence, step))
        lead = max(evidence[code] for code in candidates)
        candidates = {code: profile for code, profile in candidates.items() if evidence[code] > lead - _SURE}
        settled = len(candidates) == 1 and abs(lead) >= _SURE
    ranked = sorted(evidence, key=lambda code: (-evidence[code], code))
    # Against "none of them" (evidence 0): scaled by the largest term, so that nothing overflows.
    top = max(0.0, evidence[ranked[0]])
    norm = math.pow(2.0, -top) + sum(math.pow(2.0, e - top) for e in evidence.values())

    def confidence(code: str) -> float:
        return math.pow(2.0, evidence[code] - top) / norm

    best, second = ranked[0], ranked[1] if len(ranked) > 1 else None
    details = LangDetails(
        best,
        confidence(best),
        second,
        0.0 if second is None else confidence(second),
        read,
        script,
        readable=best in readable,
    )
    return details, settled


def _main_script_words(text: str) -> list[str]:
    """The first :data:`MAX_WORDS` words of the script that most of the text's words are in.

    Names are left out when enough words remain: a capitalised word inside a sentence is
    more often a name of anywhere than a word of the text's language.
    """
    found = _words(text)
    scripts = list(map(script_of, [w[0] for w, _ in found]))
    if not scripts:
        return []
    main = collections.Counter(scripts).most_common(1)[0][0]
    words = [(w, name) for (w, name), script in zip(found, scripts, strict=True) if script == main]
    plain = [w for w, name in words if not name]
    if len(plain) >= _MIN_LOWER and len(plain) * 2 >= len(words):
        return _folded(plain[:MAX_WORDS])
    return _folded([w for w, _ in words[:MAX_WORDS]])


def _prefix(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text``, cut where a word ends."""
    if len(text) <= limit:
        return text
    end = text.rfind(" ", 0, limit)
    return text[: end if end > 0 else limit]
