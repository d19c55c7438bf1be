"""NLP: spaCy per language, each pipeline loaded once per process and run with `nlp.pipe` in batches."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache, lru_cache

import numpy
import spacy
from spacy.attrs import IS_PUNCT, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from tidings.model import Article, Entity
from tidings.settings import Settings

# One label set over every model: OntoNotes (English) and WikiNER (French) labels mapped onto it.
# Numeric and temporal labels are not names: times are normalised by link/ from the text itself.
LABELS: dict[str, str] = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC", "FAC": "LOC",
    "GPE": "GPE",
    "MISC": "MISC", "NORP": "MISC", "EVENT": "MISC", "LAW": "MISC", "WORK_OF_ART": "MISC",
    "PRODUCT": "MISC", "LANGUAGE": "MISC",
}  # fmt: skip


SENTENCE_END = set(".!?…:;»\"”)")
# Paragraphs glued without a space ("l'AFP.Dimanche", "jeudi.Le"): a word, a full stop, a capitalised word.
# A year ends many such paragraphs ("printemps 2021.Les talibans", "mai 2019.A court terme"); the next word may
# be an elided article ("OSCE).L'été").
_RIGHT = r"(?P<right>[A-ZÀ-Ý](?:[a-zà-ÿ][\w'’-]*|['’]))"
GLUED = re.compile(rf"^(?P<left>[^\W\d_][\w'’-]*[\w)»\"”])(?P<dot>\.){_RIGHT}$")
GLUED_YEAR = re.compile(r"^(?P<left>(?:1[89]|20)\d\d)(?P<dot>\.)(?P<right>[A-ZÀ-Ý](?:[a-zà-ÿ][\w'’-]*|['’])?)$")
# The same with closing quotes or a bracket as the joint ('ONU."Les', 'OSDH)Selon', 'clair""Moscou'), and a
# title glued to its paragraph with no punctuation at all ("Grèce/TurquieLa situation"), seen only before
# the words a French or English sentence commonly starts with.
GLUED_PUNCT = re.compile(r"^(?P<left>[^\W\d_][\w'’-]*[^\W\d_])(?P<joint>[.!?]?[\"”»)]+\.?)(?P<open>[\"“«]?)"
                         + _RIGHT + "$")
PARAGRAPH_STARTS = ("Le", "La", "Les", "L'", "L’", "Un", "Une", "Des", "Ce", "Cette", "Ces", "Il", "Elle", "Ils",
                    "Elles", "Selon", "Pour", "Dans", "Après", "Mais", "Depuis", "Lors", "Son", "Sa", "Ses", "The",
                    "He", "She", "They", "This")
GLUED_TITLE = re.compile(rf"^(?P<left>[^\W\d_]{{2,}}[a-zà-ÿ])(?P<right>(?:{'|'.join(PARAGRAPH_STARTS)}))$")
# ... or before any capitalised word when the title ends in a lowercase word ("ambivalence russeEmmanuel Macron"):
# a lowercase word never runs into a capitalised one inside French or English prose
GLUED_LOWER = re.compile(r"^(?P<left>[a-zà-ÿ]{3,})(?P<right>[A-ZÀ-Ý][a-zà-ÿ]{2,}[\w'’-]*)$")


@lru_cache(maxsize=1 << 16)
def _glued_parts(text: str) -> tuple[str, ...]:
    """The pieces a glued token splits into, or () for a token that is no such joint."""
    if match := GLUED.match(text) or GLUED_YEAR.match(text):
        return match["left"], match["dot"], match["right"]
    if match := GLUED_PUNCT.match(text):
        return match["left"], *match["joint"], *([match["open"]] if match["open"] else []), match["right"]
    if match := GLUED_TITLE.match(text) or GLUED_LOWER.match(text):
        return match["left"], match["right"]
    return ()


@Language.component("tidings_glued_sentences")
def glued_sentences(doc: Doc) -> Doc:
    """Split "AFP.Dimanche" into "AFP" "." "Dimanche" (the tokenizer keeps it whole when both sides are
    capitalised), so that the sentence boundary can be seen. The text and its offsets are unchanged."""
    # Each distinct word is matched once, from the Doc's array of word ids: a loop over every token (or
    # building `doc.text`) cost about 2 % of a run
    orths = doc.to_array(ORTH)
    strings = doc.vocab.strings
    glued = [h for h in numpy.unique(orths).tolist() if _glued_parts(strings[h])]
    if not glued:
        return doc
    with doc.retokenize() as retokenizer:
        for i in numpy.flatnonzero(numpy.isin(orths, glued)).tolist():
            token = doc[i]
            if not (token.like_url or token.like_email):
                parts = _glued_parts(token.text)
                retokenizer.split(token, list(parts), heads=[(token, k) for k in range(len(parts))])
    return doc


def _sentence_word(text: str, after_year: bool) -> bool:
    """A word that can open a sentence: "Le", "L'", and after a year also "A" (French drops the accent of "À")."""
    return text[:1].isupper() and (text[1:2].islower() or text[1:] in {"'", "’"} or after_year and len(text) == 1)


# What the sentence hints read of a word, one column each (see `_word_facts`).
_FACTS = ("space", "newline", "dot", "long", "digit", "alpha", "paragraph_start", "opens", "opens_after_year",
          "closes", "ends_with_dot", "lower", "capitalised")


@lru_cache(maxsize=1 << 16)
def _word_facts(text: str) -> tuple[bool, ...]:
    return (text.isspace(), "\n" in text, text == ".", len(text) > 1, text.isdigit(), text.isalpha(),
            text in PARAGRAPH_STARTS, _sentence_word(text, False), _sentence_word(text, True),
            text[-1:] in SENTENCE_END, text.endswith("."), text.isalpha() and text.islower(),
            text[:1].isupper() and text[1:].islower())


@Language.component("tidings_sentence_hints")
def sentence_hints(doc: Doc) -> Doc:
    """Boundaries the parser must respect: a line break starts a sentence, and a sentence starts only after
    closing punctuation. fr_core_news_md otherwise splits inside "russo-ukrainien" and before a verb whose
    subject is long ("Des responsables ... ayant participé | ont confirmé")."""
    # Computed over arrays (one row of facts per distinct word) and written at once: a loop over the tokens
    # setting `is_sent_start` cost about 1 % of a run. 1 starts a sentence, -1 forbids it, 0 leaves it open.
    n = len(doc)
    if n == 0:
        return doc
    starts = numpy.zeros(n, dtype="int64")
    if n == 1:
        starts[:] = 1
        doc.from_array([SENT_START], starts.astype("uint64"))
        return doc
    words = doc.to_array([ORTH, SPACY, IS_PUNCT])
    distinct, which = numpy.unique(words[:, 0], return_inverse=True)
    strings = doc.vocab.strings
    facts = numpy.array([_word_facts(strings[orth]) for orth in distinct.tolist()], dtype=bool)[which]
    f = {name: facts[:, k] for k, name in enumerate(_FACTS)}
    spaced, punct = words[:, 1].astype(bool), words[:, 2].astype(bool)
    prev = slice(0, n - 1)  # for tokens 1..n-1: the token before, and the one before that (shifted by one)
    before_prev = numpy.concatenate(([False], numpy.ones(n - 2, dtype=bool)))  # token i-2 exists
    prev2 = numpy.concatenate(([0], numpy.arange(n - 2)))
    line_break = f["space"][prev] & f["newline"][prev]  # "\n" as its own token before this one
    opens = numpy.where(f["digit"][prev2], f["opens_after_year"][1:], f["opens"][1:])
    glued = ~line_break & f["dot"][prev] & ~spaced[prev] & before_prev & ~spaced[prev2] & f["long"][prev2] & opens
    # "Grèce/TurquieLa situation", "ambivalence russe|Emmanuel Macron": a title glued to its paragraph
    titled = ~line_break & ~glued & ~spaced[prev] & f["alpha"][prev] & (
        f["paragraph_start"][1:] | f["lower"][prev] & f["capitalised"][1:])
    inside = ~line_break & ~glued & ~titled & ~f["space"][1:] & ~(punct[prev] & f["closes"][prev]) & (
        ~f["ends_with_dot"][prev])
    rest = starts[1:]
    rest[line_break & ~f["space"][1:]] = 1
    rest[glued | titled] = 1  # "jeudi.Le gouvernement", "Grèce/TurquieLa situation": glued paragraphs, titles
    rest[inside] = -1  # no sentence starts right after a word: "ayant participé | ont confirmé"
    starts[0] = 1
    doc.from_array([SENT_START], starts.astype("uint64"))  # -1 wraps round as spaCy's own arrays do
    return doc


@cache
def load_model(name: str) -> Language:
    """Load a spaCy pipeline by package name, once per process, with our sentence hints before its parser."""
    nlp = spacy.load(name)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("tidings_glued_sentences", first=True)
        nlp.add_pipe("tidings_sentence_hints", before="parser")
    return nlp


def model_for(lang: str | None, settings: Settings) -> Language | None:
    name = settings.nlp_models.get(lang or "")
    return load_model(name) if name else None


def entities_of(doc: Doc) -> list[Entity]:
    out = []
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        if label is not None:
            out.append(Entity(ent.text, label, ent.start_char, ent.end_char, ent.label_))  # type: ignore[arg-type]
    return out


def annotate(articles: list[Article], settings: Settings) -> Iterator[tuple[Article, Doc | None]]:
    """Sentences and entities for each article, batched per language. Yields (article, spaCy Doc or None).

    The Doc is handed on so that later stages (linking, events) read the same parse without re-running it.
    Articles in a language with no pipeline pass through with a note, not an error.
    """
    by_lang: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        if article.status == "ok" and model_for(article.lang, settings) is not None:
            by_lang[article.lang or ""].append(article)
        else:
            if article.status == "ok":
                article.notes.append(f"no NLP model for {article.lang}")
            yield article, None
    for lang, group in by_lang.items():
        nlp = model_for(lang, settings)
        assert nlp is not None
        for article, doc in zip(group, nlp.pipe((a.text for a in group), batch_size=settings.nlp_batch_size),
                                strict=True):
            article.sentences = [(s.start_char, s.end_char) for s in doc.sents]
            article.entities = entities_of(doc)
            yield article, doc
