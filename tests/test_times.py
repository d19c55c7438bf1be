"""Time expressions: ranges, months without a year, direction words, on sentences of our own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tidings.link.times import find_times

PUBLISHED = datetime(2019, 11, 19, tzinfo=UTC)


@pytest.mark.parametrize(("text", "lang", "value", "value_end", "granularity"), [
    ("From 2010 to 2015 the agency counted 3,248 cases.", "en", "2010", "2015", "year"),
    ("He lived there from at least 2002 to 2005.", "en", "2002", "2005", "year"),
    ("Le chômage a baissé de 2010 à 2015.", "fr", "2010", "2015", "year"),
    ("La grève a duré de mi-novembre à fin décembre.", "fr", "2019-11", "2019-12", "month"),
    ("Cases first appeared at the end of August.", "en", "2019-08", None, "month"),
    ("This past May, the agency selected eleven firms.", "en", "2019-05", None, "month"),
    ("Israel seized the territories in the 1967 war.", "en", "1967", None, "year"),
])
def test_ranges_and_modified_months(text, lang, value, value_end, granularity):
    [found] = find_times(text, lang, PUBLISHED)
    assert (found.value, found.value_end, found.granularity) == (value, value_end, granularity)


def test_a_month_used_as_a_modifier_but_not_a_surname():
    assert [t.value for t in find_times("They failed to qualify for the December debate.", "en", PUBLISHED)] \
        == ["2019-12"]
    assert find_times("Theresa May said the May government would fall.", "en", PUBLISHED) == []


def test_month_without_year_leans_to_the_past_unless_it_is_next():
    # Published in November: "in May" with no future marker is the May just gone, "en décembre" is next month.
    assert find_times("Prosecutors reopened the case in May.", "en", PUBLISHED)[0].value == "2019-05"
    assert find_times("Le sommet a été fixé en décembre.", "fr", PUBLISHED)[0].value == "2019-12"


def test_direction_words_win_over_the_verb():
    # Tuesday 19 November 2019: "depuis lundi" is the 18th; "à partir de lundi" the 25th.
    assert find_times("Ils sont en grève depuis lundi.", "fr", PUBLISHED)[0].value == "2019-11-18"
    assert find_times("Les tests seront gratuits à partir de lundi.", "fr", PUBLISHED)[0].value == "2019-11-25"


def test_a_passive_takes_the_tense_of_its_auxiliary():
    import tidings

    text = "The judge spoke on Monday. His sentencing is scheduled for Feb. 14, the court said."
    article = tidings.process_text(text, published="2019-11-19", lang="en")
    assert [t.value for t in article.times if t.text.startswith("Feb")] == ["2020-02-14"]


def test_a_bare_clock_takes_the_day_named_in_its_paragraph_only():
    text = "Samedi 3 août, un homme a ouvert le feu à 10h.\n\nLe président parlera à 16h."
    clocks = [t.value for t in find_times(text, "fr", datetime(2019, 8, 5, tzinfo=UTC)) if t.granularity == "hour"]
    assert clocks == ["2019-08-03T10", "2019-08-05T16"]
