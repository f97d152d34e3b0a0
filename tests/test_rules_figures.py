"""QC301 figure-conflict on hand-built extractions (and its own examples with the real extractors)."""

from __future__ import annotations

import pytest

from quotecli.check.registry import find_rule
from quotecli.records import PersonMention
from rule_helpers import doc, extraction, example_findings, findings, number, person, span

MIGRANTS = "Officials said {} migrants were found dead in a trailer in San Antonio on Monday."


def _two(fig_a: str, fig_b: str, value_a: float, value_b: float, unit: str = "migrants",
         template: str = MIGRANTS, date_a=None, date_b=None, **kw):
    a = doc(template.format(fig_a), "a.txt", date_a)
    b = doc(template.format(fig_b), "b.txt", date_b)
    return (extraction(a, numbers=[number(a, fig_a, value_a, unit, **kw.get("a", {}))]),
            extraction(b, numbers=[number(b, fig_b, value_b, unit, **kw.get("b", {}))]))


def test_different_figures_for_one_fact_are_a_warning():
    result = findings("QC301", *_two("51", "53", 51, 53))
    assert len(result) == 1 and result[0].severity == "warning"
    assert {loc.text for loc in result[0].locations} == {"51", "53"}


def test_same_figure_is_not_reported():
    assert findings("QC301", *_two("51", "51", 51, 51)) == []


@pytest.mark.parametrize("fig_a, va, fig_b, vb", [
    ("nearly 20", 20, "19", 19),
    ("at least 12", 12, "18", 18),
    ("more than 50", 50, "53", 53),
    ("53.2", 53.2, "53", 53),
])
def test_hedges_and_rounding_are_consistent(fig_a, va, fig_b, vb):
    assert findings("QC301", *_two(fig_a, fig_b, va, vb)) == []


def test_overlapping_ranges_are_consistent():
    result = findings("QC301", *_two("50 to 60", "53", 50, 53, a={"value_max": 60}))
    assert result == []


def test_unrelated_context_is_not_the_same_fact():
    a = doc("Officials said 51 migrants were found dead in a trailer in San Antonio.", "a.txt")
    b = doc("About 200 migrants crossed the river near El Paso last spring, Border Patrol said.", "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "51", 51, "migrants")]),
                      extraction(b, numbers=[number(b, "200", 200, "migrants")]))
    assert result == []


def test_growing_toll_with_later_date_is_info_with_timeline():
    template = "At least {} people were killed when the bridge collapsed in Genoa, Italian officials said."
    result = findings("QC301", *_two("26", "39", 26, 39, unit="people", template=template,
                                     date_a="2018-08-14", date_b="2018-08-16"))
    assert len(result) == 0   # "at least 26" allows 39
    template = "Officials said {} people were killed when the bridge collapsed in Genoa, Italy."
    result = findings("QC301", *_two("26", "39", 26, 39, unit="people", template=template,
                                     date_a="2018-08-14", date_b="2018-08-16"))
    assert len(result) == 1 and result[0].severity == "info" and "2018-08-14" in result[0].message


def test_growing_toll_on_the_same_day_is_a_warning():
    template = "Officials said {} people were injured when the bridge collapsed in Genoa, Italy."
    result = findings("QC301", *_two("12", "18", 12, 18, unit="people", template=template,
                                     date_a="2018-08-14", date_b="2018-08-14"))
    assert len(result) == 1 and result[0].severity == "warning"


def test_inside_one_article():
    text = MIGRANTS.format("51") + " The driver fled. " + MIGRANTS.format("53")
    a = doc(text)
    result = findings("QC301", extraction(a, numbers=[number(a, "51", 51, "migrants"),
                                                      number(a, "53", 53, "migrants")]))
    assert len(result) == 1


def test_two_figures_in_one_sentence_are_a_contrast():
    a = doc("In San Antonio officials found 51 migrants in a trailer and 12 migrants in a truck.")
    result = findings("QC301", extraction(a, numbers=[number(a, "51", 51, "migrants"),
                                                      number(a, "12", 12, "migrants")]))
    assert result == []


def test_article_reporting_both_figures_is_an_update():
    text_a = MIGRANTS.format("46") + " Later " + MIGRANTS.format("53")
    a = doc(text_a, "a.txt")
    b = doc(MIGRANTS.format("53"), "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "46", 46, "migrants"), number(a, "53", 53, "migrants")]),
                      extraction(b, numbers=[number(b, "53", 53, "migrants")]))
    assert all(loc.doc == "a.txt" for f in result for loc in f.locations)


def test_one_disagreement_is_one_finding_with_every_witness():
    extractions = []
    for name, figure in (("a.txt", "51"), ("b.txt", "53"), ("c.txt", "53"), ("d.txt", "53")):
        document = doc(MIGRANTS.format(figure), name)
        extractions.append(extraction(document, numbers=[number(document, figure, float(figure), "migrants")]))
    result = findings("QC301", *extractions)
    assert len(result) == 1
    assert result[0].primary.doc == "a.txt" and {loc.doc for loc in result[0].locations} == {"a.txt", "b.txt", "c.txt", "d.txt"}


def test_ages_of_different_people_are_not_one_fact():
    a = doc("Police said Katie Jenkin, 20, and her brother John Jenkin were at home in Millom.", "a.txt")
    b = doc("Police said John Jenkin, 23, and his sister Katie Jenkin were at home in Millom.", "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "20", 20, "years", kind="age")]),
                      extraction(b, numbers=[number(b, "23", 23, "years", kind="age")]))
    assert result == []


def test_figures_far_apart_are_two_quantities():
    template = "Officials said the Springfield plant cost {} to build, the Acme Motors filing shows."
    assert findings("QC301", *_two("$1.38 billion", "$250 million", 1.38e9, 2.5e8, unit="USD",
                                   template=template)) == []


def test_figures_framed_alike_without_a_name_are_one_fact():
    story = " The riots in Athens followed the Greek budget vote."
    a = doc("Police said 18 people had been injured in the violence and 12 arrested for looting." + story, "a.txt")
    b = doc("Police said 12 people were injured in the riots." + story, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "18 people", 18, "people")]),
                      extraction(b, numbers=[number(b, "12 people", 12, "people")]))
    assert len(result) == 1


def test_unnamed_ages_compare_by_their_noun():
    template = "Police in Springfield said a {} boy was hit by the Acme Motors truck."
    result = findings("QC301", *_two("10-year-old", "12-year-old", 10, 12, unit="years", template=template,
                                     a={"kind": "age"}, b={"kind": "age"}))
    assert len(result) == 1
    other = "Police in Springfield said a {} girl was hit by the Acme Motors truck."
    a = doc(template.format("10-year-old"), "a.txt")
    b = doc(other.format("12-year-old"), "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "10-year-old", 10, "years", kind="age")]),
                      extraction(b, numbers=[number(b, "12-year-old", 12, "years", kind="age")]))
    assert result == []


@pytest.mark.parametrize("rule_id", ["QC301"])
def test_example_bad_is_reported_and_example_good_is_not(rule_id):
    rule = find_rule(rule_id)
    assert len(example_findings(rule_id, rule.example_bad)) == 1
    assert example_findings(rule_id, rule.example_good) == []


def test_unrelated_stories_in_one_folder_do_not_meet():
    a = doc("Governor Greg Abbott said 51 migrants were found dead in a trailer in Texas.", "a.txt")
    b = doc("Chancellor Angela Merkel said 53 migrants were found dead in a trailer in Texas.", "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "51 migrants", 51, "migrants")]),
                      extraction(b, numbers=[number(b, "53 migrants", 53, "migrants")]))
    assert result == []


@pytest.mark.parametrize("fig_a, va, qualifier, fig_b, vb", [("50 or more", 50, "or more", "53", 53),
                                                           ("30-plus", 30, "plus", "35", 35)])
def test_trailing_hedges_are_consistent(fig_a, va, qualifier, fig_b, vb):
    assert findings("QC301", *_two(fig_a, fig_b, va, vb, a={"qualifier": qualifier})) == []


def test_lists_that_agree_but_for_one_figure():
    template = "Outages hit {} percent of traffic in Saudi Arabia, {} percent in Egypt and 82 percent in India."
    a = doc(template.format("55", "52"), "a.txt")
    b = doc(template.format("55", "63"), "b.txt")
    def numbers(document, second):
        return [number(document, "55 percent", 55, "percent", kind="percent"),
                number(document, f"{second} percent", float(second), "percent", kind="percent"),
                number(document, "82 percent", 82, "percent", kind="percent")]
    result = findings("QC301", extraction(a, numbers=numbers(a, "52")), extraction(b, numbers=numbers(b, "63")))
    assert len(result) == 1 and {loc.text for loc in result[0].locations} == {"52 percent", "63 percent"}


STORY = " The blast at the Acme Motors depot in Springfield shook the town, Mayor Ruth Okafor said."


def test_restated_count_in_other_words_meets_under_its_event():
    a = doc("Twelve were hurt. Officials said 12 people were injured in the blast." + STORY, "a.txt")
    b = doc("The explosion injured 18, the fire brigade said." + STORY, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "12 people", 12, "people")]),
                      extraction(b, numbers=[number(b, "18", 18, None)]))
    assert len(result) == 1 and {loc.text for loc in result[0].locations} == {"12 people", "18"}
    assert "injure" in result[0].message


def test_counts_of_different_events_do_not_meet():
    a = doc("Officials said 12 people were injured in the blast." + STORY, "a.txt")
    b = doc("The explosion killed 18, the fire brigade said." + STORY, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "12 people", 12, "people")]),
                      extraction(b, numbers=[number(b, "18", 18, None)]))
    assert result == []


def test_counts_of_different_things_for_one_event_do_not_meet():
    a = doc("Officials said 12 people were injured in the blast." + STORY, "a.txt")
    b = doc("The explosion injured 18 firefighters, the brigade said." + STORY, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "12 people", 12, "people")]),
                      extraction(b, numbers=[number(b, "18 firefighters", 18, "firefighters")]))
    assert result == []


def test_event_counts_in_different_places_do_not_meet():
    a = doc("In Kirkuk, 12 people were injured by the second blast." + STORY, "a.txt")
    b = doc("In Mosul a blast injured 18 people." + STORY, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "12 people", 12, "people")]),
                      extraction(b, numbers=[number(b, "18 people", 18, "people")]))
    assert result == []


def test_event_counts_of_unrelated_stories_do_not_meet():
    a = doc("Officials said 12 people were injured in the blast." + STORY, "a.txt")
    b = doc("A storm injured 18 people in Leeds on Tuesday, Chief Constable Ann Dube said.", "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "12 people", 12, "people")]),
                      extraction(b, numbers=[number(b, "18 people", 18, "people")]))
    assert result == []


def test_age_is_a_fact_about_the_person():
    a = doc("Robert Buckley, 32, was charged on Monday in Springfield." + STORY, "a.txt")
    b = doc("Robert Buckley appeared in court. The 31-year-old Buckley said nothing." + STORY, "b.txt")
    result = findings("QC301",
                      extraction(a, numbers=[number(a, "32", 32, "years", kind="age")],
                                 people=[person(a, "Robert Buckley")]),
                      extraction(b, numbers=[number(b, "31-year-old", 31, "years", kind="age")],
                                 people=[person(b, "Robert Buckley"),
                                         PersonMention(*span(b, "Buckley", 1), "Buckley", name="Robert Buckley",
                                                       form="surname")]))
    assert len(result) == 1 and {loc.text for loc in result[0].locations} == {"32", "31-year-old"}


@pytest.mark.parametrize("age_b, severity", [(31, "info"), (34, "warning")])
def test_ages_a_year_apart_are_a_birthday_two_apart_a_warning(age_b, severity):
    a = doc("Robert Buckley, 32, was charged on Monday in Springfield." + STORY, "a.txt", "2020-03-02")
    text_b = f"Robert Buckley appeared in court. The {age_b}-year-old Buckley said nothing." + STORY
    b = doc(text_b, "b.txt", "2020-09-14")
    result = findings("QC301",
                      extraction(a, numbers=[number(a, "32", 32, "years", kind="age")],
                                 people=[person(a, "Robert Buckley")]),
                      extraction(b, numbers=[number(b, f"{age_b}-year-old", age_b, "years", kind="age")],
                                 people=[person(b, "Robert Buckley"),
                                         PersonMention(*span(b, "Buckley", 1), "Buckley", name="Robert Buckley",
                                                       form="surname")]))
    assert [f.severity for f in result] == [severity]


def test_age_of_a_child_named_after_its_noun_meets_the_given_name():
    a = doc("Nakamura cooks breakfast at home for his son Kenji, 9, and his wife Mariko." + STORY, "a.txt",
            "2021-05-03")
    b = doc("Nakamura and his wife Mariko stay at home with their 11-year-old son, Kenji Hiroshi." + STORY,
            "b.txt", "2021-05-04")
    result = findings("QC301", extraction(a, numbers=[number(a, "9", 9, "years", kind="age")]),
                      extraction(b, numbers=[number(b, "11-year-old", 11, "years", kind="age")]))
    assert [f.severity for f in result] == ["warning"]


def test_name_after_an_age_and_a_comma_must_close_the_phrase():
    a = doc("Nakamura cooks breakfast at home for his son Kenji, 9, and his wife Mariko." + STORY, "a.txt")
    b = doc("At home, an 11-year-old boy, Kenji said, was cooking breakfast for his wife." + STORY, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "9", 9, "years", kind="age")]),
                      extraction(b, numbers=[number(b, "11-year-old", 11, "years", kind="age")]))
    assert result == []


def test_ages_of_two_people_sharing_a_surname_do_not_meet():
    a = doc("Robert Buckley, 32, was charged on Monday in Springfield." + STORY, "a.txt")
    b = doc("Helen Buckley, 58, said her son was innocent." + STORY, "b.txt")
    result = findings("QC301",
                      extraction(a, numbers=[number(a, "32", 32, "years", kind="age")],
                                 people=[person(a, "Robert Buckley")]),
                      extraction(b, numbers=[number(b, "58", 58, "years", kind="age")],
                                 people=[person(b, "Helen Buckley")]))
    assert result == []


def test_sentence_copied_word_for_word_needs_no_name():
    template = ("The {} retired general has been at his home recovering from a stroke he suffered in late"
                " December." + STORY)
    result = findings("QC301", *_two("89-year-old", "91-year-old", 89, 91, unit="years", template=template,
                                     a={"kind": "age"}, b={"kind": "age"}))
    assert len(result) == 1


def test_ages_one_year_apart_are_info_unless_the_articles_share_a_day():
    template = "The {} Springfield man fired at his former colleagues of Acme Motors, police said."
    kw = dict(unit="years", template=template, a={"kind": "age"}, b={"kind": "age"})
    result = findings("QC301", *_two("38-year-old", "39-year-old", 38, 39, **kw))
    assert len(result) == 1 and result[0].severity == "info"
    result = findings("QC301", *_two("37-year-old", "39-year-old", 37, 39, **kw))
    assert len(result) == 1 and result[0].severity == "info"   # undated: two years may have passed
    result = findings("QC301", *_two("38-year-old", "39-year-old", 38, 39, date_a="2008-04-02",
                                     date_b="2008-04-02", **kw))
    assert len(result) == 1 and result[0].severity == "warning"


def test_event_word_belongs_to_the_nearest_figure():
    a = doc("Of the 23 pirates arrested, 12 are Somali." + STORY, "a.txt")
    b = doc("The navy arrested 23 people at sea." + STORY, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "23 pirates", 23, "pirates"), number(a, "12", 12, None)]),
                      extraction(b, numbers=[number(b, "23 people", 23, "people")]))
    assert result == []


def test_count_near_a_place_the_other_article_never_names_is_another_event():
    a = doc("In February a gunman killed five people at a mall in Salt Lake City." + STORY, "a.txt")
    b = doc("The gunman killed three people at the depot." + STORY, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "five people", 5, "people")]),
                      extraction(b, numbers=[number(b, "three people", 3, "people")]))
    assert result == []


def test_measure_of_one_thing_among_other_specifications():
    story = " The Acme Phone from Springfield Mobile goes on sale in May."
    a = doc("The Acme Phone has a keyboard, GPS and a 615MHz processor." + story, "a.txt")
    b = doc("It has a 512MHz processor, a 3.2 megapixel camera and a 1400 mAh battery." + story, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "615MHz", 615, "MHz", kind="measure")]),
                      extraction(b, numbers=[number(b, "512MHz", 512, "MHz", kind="measure")]))
    assert len(result) == 1


def test_ends_of_a_written_range_are_not_figures_of_their_own():
    template = "Travellers to Springfield staying for {} must show an Acme Motors permit, Mayor Ruth Okafor said."
    a = doc(template.format("between six and 12 months"), "a.txt")
    b = doc(template.format("six months"), "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "six", 6, "months", kind="duration"),
                                                      number(a, "12 months", 12, "months", kind="duration")]),
                      extraction(b, numbers=[number(b, "six months", 6, "months", kind="duration")]))
    assert result == []


def test_conversion_in_parentheses_carries_the_hedge():
    template = "The quake struck {} south-west of Springfield, the Acme Motors survey said."
    a = doc(template.format("about 58km (36 miles)"), "a.txt")
    b = doc(template.format("35 miles"), "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "36 miles", 36, "miles", kind="measure")]),
                      extraction(b, numbers=[number(b, "35 miles", 35, "miles", kind="measure")]))
    assert result == []


def test_hedge_within_allows_a_smaller_figure():
    template = "A rocket landed {} of Springfield, the Acme Motors guards said."
    assert findings("QC301", *_two("within 20 miles", "17 miles", 20, 17, unit="miles", template=template)) == []


def test_an_addition_is_not_the_total():
    template = "The Acme Phone from Springfield Mobile gets {} of storage, Mayor Ruth Okafor said."
    a = doc(template.format("an extra 256GB"), "a.txt")
    b = doc(template.format("500GB"), "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "256GB", 256, "GB", kind="measure")]),
                      extraction(b, numbers=[number(b, "500GB", 500, "GB", kind="measure")]))
    assert result == []


def _models(*sizes):
    story = " The Acme Phone from Springfield Mobile goes on sale in May."
    out = []
    for n, size in enumerate(sizes):
        d = doc(f"Acme launched the {size}-inch Acme Book with a faster processor." + story, f"{n}.txt")
        out.append(extraction(d, numbers=[number(d, f"{size}-inch", size, "inch", kind="measure")]))
    return out


def test_sizes_of_several_models_in_a_story_are_not_a_conflict():
    assert findings("QC301", *_models(17, 15)) == []
    assert findings("QC301", *_models(17, 17, 15, 15)) == []


def test_model_size_no_other_article_writes_is_a_conflict():
    result = findings("QC301", *_models(15, 15, 18))
    assert len(result) == 1 and result[0].primary.text == "18-inch"


def test_measures_of_two_quakes_in_one_article_with_other_times():
    a = doc("The Springfield quake struck at about 9:30 a.m. and had a depth of 2.7 miles, Acme said.\n\n"
            "The Springfield quake struck at about 7:30 a.m. and had a depth of 1.4 miles, Acme said.")
    result = findings("QC301", extraction(a, numbers=[number(a, "2.7 miles", 2.7, "miles", kind="measure"),
                                                      number(a, "1.4 miles", 1.4, "miles", kind="measure")]))
    assert result == []


def test_event_counts_are_blocked_by_pairs_of_story_names():
    from quotecli.check.rules.figures import STORY_KEY_NAMES, figure_items
    a = doc("Officials said 12 people were injured in the blast." + STORY, "a.txt")
    items = {item for _, item in figure_items(extraction(a, numbers=[number(a, "12 people", 12, "people")]))}
    (item,) = items
    event_keys = [k for k in item.keys if k[0] == "event"]
    size = 3 + STORY_KEY_NAMES
    assert event_keys and all(len(k) == size and list(k[3:]) == sorted(k[3:]) for k in event_keys)
    first = sorted(item.topic)   # blocked by any two shared names: short reports of one story rank
                                 # their names differently, so a third is checked by same_fact, not here
    assert len(event_keys) == len(list(__import__("itertools").combinations(first, STORY_KEY_NAMES)))


def test_story_keys_meet_whenever_two_stories_share_enough_names():
    """Fewer keys, no pair lost: any two name sets sharing ``shared`` names share a key."""
    import itertools
    import random
    from quotecli.check.rules.figures import _story_keys
    rng = random.Random(7)
    pool = [f"n{i:02d}" for i in range(14)]
    for _ in range(400):
        shared = rng.choice((2, 3))
        common = rng.sample(pool, shared)
        rest = [w for w in pool if w not in common]
        a = frozenset(common + rng.sample(rest, rng.randint(0, 6)))
        b = frozenset(common + rng.sample([w for w in rest if w not in a], rng.randint(0, 5)))
        assert set(_story_keys(a, shared)) & set(_story_keys(b, shared))
    assert len(_story_keys(frozenset(pool[:8]), 3)) < len(list(itertools.combinations(pool[:8], 2)))


def test_restated_prefix_meets_for_every_restatement():
    """Prefix filtering: two contexts sharing what a near word-for-word restatement shares
    have a word in common among their first words, so the unit keys stay few."""
    import random
    from quotecli.check.rules.figures import MIN_OVERLAP_RESTATED, MIN_RESTATED_TERMS, _restated_prefix
    rng = random.Random(3)
    pool = [f"w{i:02d}" for i in range(40)]
    for _ in range(400):
        a = frozenset(rng.sample(pool, rng.randint(5, 20)))
        keep = max(MIN_RESTATED_TERMS, -(-int(MIN_OVERLAP_RESTATED * 100 * len(a)) // 100))
        b = frozenset(rng.sample(sorted(a), min(len(a), keep + rng.randint(0, 2))))
        shared = a & b
        if len(shared) >= MIN_RESTATED_TERMS and len(shared) >= MIN_OVERLAP_RESTATED * max(len(a), len(b)):
            assert _restated_prefix(a) & _restated_prefix(b)
    assert len(_restated_prefix(frozenset(pool[:20]))) == 5


def test_figures_about_different_people_are_different_facts():
    template = " spent {} with the Springfield Acme Motors team, Mayor Ruth Okafor said."
    a = doc("Tom Hale" + template.format("four seasons"), "a.txt")
    b = doc("Ann Dube" + template.format("six seasons"), "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "four seasons", 4, "seasons")],
                                          people=[person(a, "Tom Hale")]),
                      extraction(b, numbers=[number(b, "six seasons", 6, "seasons")], people=[person(b, "Ann Dube")]))
    assert result == []


def test_modifier_figure_is_not_a_count():
    story = " The Springfield navy of Acme Motors said the attack was foiled, Mayor Ruth Okafor said."
    a = doc("The warship foiled a five-boat pirate attack in the Gulf." + story, "a.txt")
    b = doc("The warship foiled the pirate attack and captured three boats in the Gulf." + story, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "five-boat", 5, "boat")]),
                      extraction(b, numbers=[number(b, "three boats", 3, "boats")]))
    assert result == []
    c = doc("The warship foiled a three-boat pirate attack in the Gulf." + story, "c.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "five-boat", 5, "boat")]),
                      extraction(c, numbers=[number(c, "three-boat", 3, "boat")]))
    assert len(result) == 1


def test_what_the_extractor_says_a_figure_is_about_is_its_event():
    from dataclasses import replace

    a = doc("Officials gave 12 people as the figure." + STORY, "a.txt")
    b = doc("The brigade gave 18 people as the figure." + STORY, "b.txt")
    na, nb = number(a, "12 people", 12, "people"), number(b, "18 people", 18, "people")
    result = findings("QC301", extraction(a, numbers=[replace(na, about="the injured")]),
                      extraction(b, numbers=[replace(nb, about="injuries")]))
    assert len(result) == 1 and "injure" in result[0].message


def test_ages_three_years_apart_stay_a_warning():
    template = "The {} Springfield man fired at his former colleagues of Acme Motors, police said."
    kw = dict(unit="years", template=template, a={"kind": "age"}, b={"kind": "age"})
    result = findings("QC301", *_two("29-year-old", "32-year-old", 29, 32, **kw))
    assert len(result) == 1 and result[0].severity == "warning"


def test_event_counts_need_four_story_names():
    story = " The blast at the Acme depot shook Springfield."   # three story names only
    a = doc("Officials said 12 people were injured in the blast." + story, "a.txt")
    b = doc("The explosion injured 18, the fire brigade said." + story, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "12 people", 12, "people")]),
                      extraction(b, numbers=[number(b, "18", 18, None)]))
    assert result == []


# --- evidence: a warning needs one fact, not only shared words ---------------------------

SHARES = " Acme Motors of Springfield faces a takeover, Mayor Ruth Okafor and the Springfield board said."


def test_two_holders_shares_meeting_on_words_are_info_with_the_reason():
    a = doc("Under Ruth Okafor, Tom Hale owns 28.1% of Acme Motors in Springfield." + SHARES, "a.txt")
    b = doc("Under Ruth Okafor, Ann Dube and Tom Reyes own 28.9% of Acme Motors in Springfield." + SHARES,
            "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "28.1%", 28.1, "percent")],
                                          people=[person(a, "Ruth Okafor"), person(a, "Tom Hale")]),
                      extraction(b, numbers=[number(b, "28.9%", 28.9, "percent")],
                                 people=[person(b, "Ruth Okafor"), person(b, "Ann Dube"),
                                         person(b, "Tom Reyes")]))
    assert len(result) == 1 and result[0].severity == "info" and result[0].confidence == "low"
    assert result[0].confidence_reason == "each figure follows another person"


def test_same_frame_and_same_name_make_a_warning():
    template = "Police in Springfield said {} people were injured in the riots on Monday, Mayor Ruth Okafor said."
    a = doc(template.format("12"), "a.txt")
    b = doc(template.replace("in the riots on Monday", "in the riots, on Monday").format("18"), "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "12 people", 12, "people")]),
                      extraction(b, numbers=[number(b, "18 people", 18, "people")]))
    assert len(result) == 1 and result[0].severity == "warning" and result[0].confidence == "high"


def test_counts_worded_alike_without_one_frame_are_info():
    story = " Acme Motors of Springfield hired Tom Hale, Mayor Ruth Okafor said at the Springfield hall."
    a = doc("Tom Hale spent four seasons as the Springfield Acme Motors director." + story, "a.txt")
    b = doc("Tom Hale left the Springfield Acme Motors team after six seasons as director." + story, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "four seasons", 4, "seasons")]),
                      extraction(b, numbers=[number(b, "six seasons", 6, "seasons")]))
    assert len(result) == 1 and result[0].severity == "info"


def test_a_growing_count_in_articles_of_two_days_is_info_even_when_it_fell():
    template = "Officials said {} people were killed when the bridge collapsed in Genoa, Italy."
    result = findings("QC301", *_two("39", "26", 39, 26, unit="people", template=template,
                                     date_a="2018-08-14", date_b="2018-08-16"))
    assert len(result) == 1 and result[0].severity == "info" and "days" in result[0].confidence_reason


def test_the_same_growing_count_in_undated_articles_stays_a_warning():
    template = "Officials said {} people were killed when the bridge collapsed in Genoa, Italy."
    result = findings("QC301", *_two("39", "26", 39, 26, unit="people", template=template))
    assert len(result) == 1 and result[0].severity == "warning"


def test_a_name_near_one_figure_the_other_article_never_writes_is_info():
    story = " Ruth Okafor led the Springfield Greens in the European elections."
    a = doc("The Springfield Greens won 16.1% of the vote at the European elections." + story, "a.txt")
    b = doc("The Springfield Greens won 31% of the vote in Erewash at the European elections." + story, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "16.1%", 16.1, "percent")]),
                      extraction(b, numbers=[number(b, "31%", 31, "percent")]))
    assert result and all(f.severity == "info" for f in result)
    assert "never writes" in result[0].confidence_reason


def test_a_place_refined_after_a_comma_is_not_another_setting():
    story = " Ruth Okafor of the Acme Motors shelter in Springfield spoke."
    a = doc("Officials said 51 migrants were found dead in a trailer in San Antonio on Monday." + story, "a.txt")
    b = doc("Officials said 53 migrants were found dead in a trailer in San Antonio, Texas, on Monday." + story,
            "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "51", 51, "migrants")]),
                      extraction(b, numbers=[number(b, "53", 53, "migrants")]))
    assert len(result) == 1 and result[0].severity == "warning"


def test_the_first_few_of_a_count_are_a_part_not_the_total():
    story = " Tom Hale led the Springfield Acme Motors team past Ohio, Mayor Ruth Okafor said."
    a = doc("Tom Hale completed his first 17 passes for the Springfield Acme Motors team." + story, "a.txt")
    b = doc("Tom Hale completed 34 passes for the Springfield Acme Motors team." + story, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "17 passes", 17, "passes")]),
                      extraction(b, numbers=[number(b, "34 passes", 34, "passes")]))
    assert result == []


def _story(names: str) -> str:
    """Sentences naming each of ``names`` three times: the article's story names."""
    return " ".join(f"{n} met {n} and {n}." for n in names.split())


def test_sentences_sharing_names_need_one_story_name_fewer():
    """Two articles sharing two story names (Sudan, Unity) meet when the figure's sentences share
    two names ("Miabek Lang of Pariang county said 12 people were killed"); with none they do not."""
    a = doc("Miabek Lang of Pariang said 12 people were killed in the bombing. "
            + _story("Sudan Unity Alder Birch Cedar Dogwood Elm Fir"), "a.txt")
    b = doc("Miabek Lang of Pariang said that 15 people were killed in the bombing. "
            + _story("Sudan Unity Gorse Hazel Ivy Juniper Kale Larch"), "b.txt")
    c = doc("Officials said that 15 people were killed in the bombing. "
            + _story("Sudan Unity Gorse Hazel Ivy Juniper Kale Larch"), "c.txt")
    twelve = extraction(a, numbers=[number(a, "12 people", 12, "people")])
    assert len(findings("QC301", twelve, extraction(b, numbers=[number(b, "15 people", 15, "people")]))) == 1
    assert findings("QC301", twelve, extraction(c, numbers=[number(c, "15 people", 15, "people")])) == []


def test_a_count_restated_in_other_words_meets_with_the_real_extractors():
    import quotecli
    a = quotecli.from_text("Officials in Springfield said 12 people were injured in the blast at the Acme Motors"
                           " plant in Springfield on Monday.", "a.txt")
    b = quotecli.from_text("The explosion at the Acme Motors plant in Springfield injured 18, officials in"
                           " Springfield said on Monday.", "b.txt")
    result = quotecli.check([a, b], select=["QC301"])
    assert len(result) == 1 and {loc.text for loc in result[0].locations} == {"12 people", "18"}


def test_one_sentence_restated_with_other_words_next_to_the_figure_is_info():
    template = "But markets in Springfield reacted with alarm as Acme Motors stocks {} {} per cent. Ruth Okafor said so."
    a = doc(template.format("plunged", "5.4"), "a.txt")
    b = doc(template.format("closed down", "3.9"), "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "5.4 per cent", 5.4, "per cent", kind="percent")]),
                      extraction(b, numbers=[number(b, "3.9 per cent", 3.9, "per cent", kind="percent")]))
    assert len(result) == 1 and result[0].severity == "info"
    c = doc(template.format("plunged", "3.9"), "c.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "5.4 per cent", 5.4, "per cent", kind="percent")]),
                      extraction(c, numbers=[number(c, "3.9 per cent", 3.9, "per cent", kind="percent")]))
    assert len(result) == 1 and result[0].severity == "warning"


def test_additions_are_compared_with_additions_only():
    story = " Ruth Okafor led the Springfield march of Acme Motors workers through Springfield."
    a = doc("In Springfield another 20,000 people marched through the city centre." + story, "a.txt")
    b = doc("In Springfield a further 24,000 people marched through the city centre." + story, "b.txt")
    c = doc("In Springfield 24,000 people marched through the city centre." + story, "c.txt")
    another = extraction(a, numbers=[number(a, "20,000 people", 20000, "people")])
    assert len(findings("QC301", another, extraction(b, numbers=[number(b, "24,000 people", 24000, "people")]))) == 1
    assert findings("QC301", another, extraction(c, numbers=[number(c, "24,000 people", 24000, "people")])) == []


def _small_story(sentence_a: str, sentence_b: str):
    """Two articles whose stories share exactly three names (Pelago, Gulf, Okafor)."""
    a = doc(sentence_a + " Governor Okafor visited the Gulf town.", "a.txt")
    b = doc(sentence_b + " Okafor flew over the Gulf coast, Ms Dube said.", "b.txt")
    return a, b


def test_event_counts_with_shared_story_words_meet_in_a_smaller_story():
    """Three story names shared and the sentences share three words besides the event
    (quake, magnitude, island): one count told twice, found at info, since a name by one
    figure ("Persian") is one the other article never writes."""
    a, b = _small_story("A magnitude-5 quake injured three people on Pelago island in the Persian Gulf.",
                        "A 5.6 magnitude quake hit Pelago island on Sunday, injuring five people.")
    result = findings("QC301", extraction(a, numbers=[number(a, "three people", 3, "people")]),
                      extraction(b, numbers=[number(b, "five people", 5, "people")]))
    assert len(result) == 1 and result[0].severity == "info"
    assert {loc.text for loc in result[0].locations} == {"three people", "five people"}


def test_event_counts_sharing_only_the_event_word_in_a_small_story_do_not_meet():
    a, b = _small_story("Police said three people were injured when the roof fell in Pelago.",
                        "A bus crash injured five people near the port of Pelago on Sunday.")
    result = findings("QC301", extraction(a, numbers=[number(a, "three people", 3, "people")]),
                      extraction(b, numbers=[number(b, "five people", 5, "people")]))
    assert result == []


def test_event_word_distance_counts_from_its_near_edge():
    """"killing at least seven people and injuring 40": "injuring" is next to 40, so 40 were
    injured (the gap used to be measured from the word's far edge and gave it to "seven")."""
    from quotecli.check.rules.figures import _event
    a = doc("The quake killed at least seven people and injuring 40, officials said.", "a.txt")
    numbers = [number(a, "at least seven people", 7, "people"), number(a, "40", 40, None)]
    spans = [(n.start, n.end) for n in numbers]
    assert _event(a, numbers[1], None, spans) == "injure"
    assert _event(a, numbers[0], "peopl", spans) == "kill"


FALL = " The climber from Springfield fell on Mount Pelago, Inspector Ruth Okafor said."


def test_measures_in_other_units_are_compared_in_one_unit():
    """"fell 2,000 feet" (610 m) against "fell 900 meters": one distance, two units."""
    a = doc("Tom Hale fell 2,000 feet from the ridge of Mount Pelago." + FALL, "a.txt")
    b = doc("Tom Hale fell 900 meters from the ridge of Mount Pelago." + FALL, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "2,000 feet", 2000, "ft", kind="measure")]),
                      extraction(b, numbers=[number(b, "900 meters", 900, "m", kind="measure")]))
    assert len(result) == 1 and {loc.text for loc in result[0].locations} == {"2,000 feet", "900 meters"}


def test_a_converted_measure_that_agrees_is_not_reported():
    a = doc("Tom Hale fell 2,000 feet from the ridge of Mount Pelago." + FALL, "a.txt")
    b = doc("Tom Hale fell 610 metres from the ridge of Mount Pelago." + FALL, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "2,000 feet", 2000, "ft", kind="measure")]),
                      extraction(b, numbers=[number(b, "610 metres", 610, "m", kind="measure")]))
    assert result == []


def test_measures_of_different_dimensions_never_meet():
    a = doc("Tom Hale fell 2,000 feet from the ridge of Mount Pelago." + FALL, "a.txt")
    b = doc("Tom Hale fell 900 kg from the ridge of Mount Pelago." + FALL, "b.txt")
    result = findings("QC301", extraction(a, numbers=[number(a, "2,000 feet", 2000, "ft", kind="measure")]),
                      extraction(b, numbers=[number(b, "900 kg", 900, "kg", kind="measure")]))
    assert result == []
