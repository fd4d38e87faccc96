"""Cross-article consolidation: one record per meeting, one registry entry per official."""

from __future__ import annotations

import datetime as dt

from extract._consolidate import Corpus, consolidate
from extract._models import (
    Agreement,
    AgreementType,
    ArticleExtraction,
    Evidence,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Official,
)
from extract._registry import RegistryEntry

D = dt.date


def person(name, *, title=None, country=None, code=None, aliases=()):
    return Official(
        name=name, title=title, country=country, country_code=code, aliases=list(aliases)
    )


def wi(**kw):
    return person(
        "Wi Seong-rak",
        title="Director of National Security",
        country="South Korea",
        code="KR",
        **kw,
    )


def rubio(**kw):
    return person(
        "Marco Rubio", title="Secretary of State", country="United States", code="US", **kw
    )


def meeting(*people, date=None, status=MeetingStatus.HELD, kind=MeetingKind.IN_PERSON, **kw):
    return Meeting(participants=list(people), date=date, status=status, kind=kind, **kw)


def article(article_id, *meetings, published=None, officials=()):
    return ArticleExtraction(
        article_id=article_id,
        published=published,
        meetings=list(meetings),
        officials=list(officials),
    )


def evidence(quote, start=0):
    return Evidence(quote=quote, start=start, end=start + len(quote))


# --- same meeting across articles ------------------------------------------------------


def test_same_meeting_reported_by_two_articles_becomes_one_record():
    a = article(
        "a1",
        meeting(wi(), rubio(), date=D(2025, 6, 25), date_text="on the 25th (local time)",
                location="The Hague", evidence=[evidence("Wi met Rubio")]),
        published=D(2025, 6, 25),
    )  # fmt: skip
    b = article(
        "b2",
        meeting(
            person(
                "Seongrak Wi", title="National Security Office Director", aliases=["Director Wi"]
            ),
            person("Rubio", title="U.S. Secretary of State", country="United States", code="US"),
            date=D(2025, 6, 25),
            evidence=[evidence("Director Wi held talks with Rubio", 40)],
        ),
        published=D(2025, 6, 26),
    )
    corpus = consolidate([a, b])
    assert isinstance(corpus, Corpus)
    assert len(corpus.meetings) == 1
    merged = corpus.meetings[0]
    assert merged.sources == ["a1", "b2"]
    assert merged.date == D(2025, 6, 25)
    assert merged.location == "The Hague"
    assert [e.quote for e in merged.evidence] == [
        "Wi met Rubio",
        "Director Wi held talks with Rubio",
    ]
    by_name = {p.name: p for p in merged.participants}
    assert set(by_name) == {"Wi Seong-rak", "Marco Rubio"}
    assert {"Seongrak Wi", "Director Wi"} <= set(by_name["Wi Seong-rak"].aliases)
    assert "Rubio" in by_name["Marco Rubio"].aliases
    assert by_name["Wi Seong-rak"].country_code == "KR"
    assert merged.id.startswith("m-")


def test_merged_date_prefers_a_known_date_over_null():
    a = article("a1", meeting(wi(), rubio()))
    b = article("b2", meeting(wi(), rubio(), date=D(2025, 6, 25), date_text="on Wednesday"))
    merged = consolidate([a, b]).meetings
    assert len(merged) == 1
    assert merged[0].date == D(2025, 6, 25)
    assert merged[0].date_text == "on Wednesday"


def test_conflicting_dates_mean_different_meetings():
    a = article("a1", meeting(wi(), rubio(), date=D(2025, 6, 25)))
    b = article("b2", meeting(wi(), rubio(), date=D(2025, 7, 10)))
    assert len(consolidate([a, b]).meetings) == 2


def test_planned_then_held_on_another_day_is_the_same_meeting():
    a = article("a1", meeting(wi(), rubio(), date=D(2025, 7, 1), status=MeetingStatus.PLANNED))
    b = article("b2", meeting(wi(), rubio(), date=D(2025, 7, 3), status=MeetingStatus.HELD))
    merged = consolidate([a, b]).meetings
    assert len(merged) == 1
    assert merged[0].status == MeetingStatus.HELD
    assert merged[0].date == D(2025, 7, 3)  # the held date wins over the planned one


def test_different_kind_is_a_different_meeting():
    a = article("a1", meeting(wi(), rubio(), date=D(2025, 6, 25)))
    b = article("b2", meeting(wi(), rubio(), date=D(2025, 6, 25), kind=MeetingKind.CALL))
    assert len(consolidate([a, b]).meetings) == 2


def test_one_shared_participant_is_not_enough():
    hooker = person("Allison Hooker", country="United States", code="US")
    a = article("a1", meeting(wi(), rubio(), date=D(2025, 6, 25)))
    b = article("b2", meeting(wi(), hooker, date=D(2025, 6, 25)))
    assert len(consolidate([a, b]).meetings) == 2


def test_a_wider_meeting_absorbs_a_report_naming_fewer_participants():
    hooker = person("Allison Hooker", country="United States", code="US")
    a = article("a1", meeting(wi(), rubio(), hooker))
    b = article("b2", meeting(wi(), rubio()))
    merged = consolidate([a, b]).meetings
    assert len(merged) == 1
    assert len(merged[0].participants) == 3


def test_partly_overlapping_groups_stay_apart():
    hooker = person("Allison Hooker", country="United States", code="US")
    iwaya = person("Takeshi Iwaya", country="Japan", code="JP")
    a = article("a1", meeting(wi(), rubio(), hooker))
    b = article("b2", meeting(wi(), rubio(), iwaya))
    assert len(consolidate([a, b]).meetings) == 2


def test_two_meetings_from_one_article_are_never_merged():
    a = article(
        "a1", meeting(wi(), rubio(), occasion="summit"), meeting(wi(), rubio(), occasion="dinner")
    )
    assert len(consolidate([a]).meetings) == 2


def test_same_surname_different_people_do_not_make_the_same_meeting():
    kim_un = person("Kim Jong Un", country="North Korea", code="KP")
    kim_yo = person("Kim Yo Jong", country="North Korea", code="KP")
    trump = person("Donald Trump", country="United States", code="US")
    a = article("a1", meeting(kim_un, trump))
    b = article("b2", meeting(kim_yo, trump))
    assert len(consolidate([a, b]).meetings) == 2


def test_agreements_are_deduplicated_by_summary_similarity():
    agreed = Agreement(
        summary="Both sides agreed to continue close communication.",
        type=AgreementType.INTENT_TO_MEET,
        parties=["Wi Seong-rak"],
    )
    same = Agreement(
        summary="both sides agreed to continue close communication",
        type=AgreementType.INTENT_TO_MEET,
        parties=["Marco Rubio"],
    )
    other = Agreement(
        summary="They signed a memorandum on nuclear energy.", type=AgreementType.SIGNED_DOCUMENT
    )
    a = article("a1", meeting(wi(), rubio(), agreements=[agreed]))
    b = article("b2", meeting(wi(), rubio(), agreements=[same, other]))
    agreements = consolidate([a, b]).meetings[0].agreements
    assert [x.summary for x in agreements] == [agreed.summary, other.summary]
    assert agreements[0].parties == ["Wi Seong-rak", "Marco Rubio"]


def test_topics_are_merged_case_insensitively():
    a = article("a1", meeting(wi(), rubio(), topics=["alliance", "tariffs"]))
    b = article("b2", meeting(wi(), rubio(), topics=["Alliance", "North Korea"]))
    assert consolidate([a, b]).meetings[0].topics == ["alliance", "tariffs", "North Korea"]


# --- official registry ---------------------------------------------------------------


def test_registry_lists_each_official_once_with_aliases_titles_and_articles():
    a = article("a1", meeting(wi(aliases=["Director Wi"]), rubio()), published=D(2025, 6, 17))
    b = article(
        "b2",
        meeting(person("Seongrak Wi", title="Director of National Security", country="South Korea"),
                person("Takeshi Iwaya", title="Foreign Minister", country="Japan", code="JP")),
        published=D(2025, 6, 25),
    )  # fmt: skip
    c = article(
        "c3",
        meeting(
            person("Wi Seongrak", title="National Security Adviser", country="South Korea"), rubio()
        ),
        published=D(2025, 7, 2),
    )
    registry = {e.name: e for e in consolidate([a, b, c]).officials}
    assert set(registry) == {"Wi Seong-rak", "Marco Rubio", "Takeshi Iwaya"}
    entry = registry["Wi Seong-rak"]
    assert isinstance(entry, RegistryEntry)
    assert entry.articles == ["a1", "b2", "c3"]
    assert {"Director Wi", "Seongrak Wi", "Wi Seongrak"} <= set(entry.aliases)
    assert entry.country == "South Korea"
    assert entry.country_code == "KR"
    titles = {t.title: t for t in entry.titles}
    assert titles["Director of National Security"].first_seen == D(2025, 6, 17)
    assert titles["Director of National Security"].last_seen == D(2025, 6, 25)
    assert titles["Director of National Security"].articles == ["a1", "b2"]
    assert titles["National Security Adviser"].first_seen == D(2025, 7, 2)
    assert registry["Marco Rubio"].articles == ["a1", "c3"]


def test_registry_includes_officials_not_in_any_meeting():
    a = article("a1", officials=[person("Lee Jae-myung", title="President", country="South Korea")])
    assert [e.name for e in consolidate([a]).officials] == ["Lee Jae-myung"]


def test_registry_does_not_merge_a_bare_surname_shared_by_two_people():
    a = article("a1", officials=[person("Kim Jong Un", country="North Korea")])
    b = article("b2", officials=[person("Kim Yo Jong", country="North Korea")])
    c = article("c3", officials=[person("Kim")])
    names = sorted(e.name for e in consolidate([a, b, c]).officials)
    assert names == ["Kim", "Kim Jong Un", "Kim Yo Jong"]


def test_registry_attaches_a_surname_with_one_owner_but_not_across_countries():
    a = article("a1", officials=[person("Lee Jae-myung", country="South Korea")])
    b = article("b2", officials=[person("Lee", country="South Korea")])
    c = article("c3", officials=[person("Lee", country="Singapore")])
    registry = consolidate([a, b, c]).officials
    assert [(e.name, e.articles) for e in registry] == [
        ("Lee Jae-myung", ["a1", "b2"]),
        ("Lee", ["c3"]),
    ]


def test_empty_input_gives_an_empty_corpus():
    assert consolidate([]) == Corpus()


def test_agreements_about_different_things_stay_apart():
    energy = Agreement(
        summary="Signed an MoU on energy cooperation.", type=AgreementType.SIGNED_DOCUMENT
    )
    defense = Agreement(
        summary="Signed an MoU on defense cooperation.", type=AgreementType.SIGNED_DOCUMENT
    )
    small = Agreement(summary="Agreed on a $10 billion investment.", type=AgreementType.COMMITMENT)
    large = Agreement(summary="Agreed on a $20 billion investment.", type=AgreementType.COMMITMENT)
    a = article("a1", meeting(wi(), rubio(), agreements=[energy, small]))
    b = article("b2", meeting(wi(), rubio(), agreements=[defense, large]))
    summaries = [x.summary for x in consolidate([a, b]).meetings[0].agreements]
    assert summaries == [energy.summary, small.summary, defense.summary, large.summary]


def test_paraphrased_agreement_with_the_same_content_words_is_merged():
    first = Agreement(
        summary="The two sides agreed to hold a summit as soon as possible.",
        type=AgreementType.INTENT_TO_MEET,
        evidence=[evidence("agreed on the need to hold a summit")],
    )
    second = Agreement(
        summary="Both agreed to hold a summit soon.",
        type=AgreementType.INTENT_TO_MEET,
        evidence=[evidence("a summit soon", 10)],
    )
    a = article("a1", meeting(wi(), rubio(), agreements=[first]))
    b = article("b2", meeting(wi(), rubio(), agreements=[second]))
    agreements = consolidate([a, b]).meetings[0].agreements
    assert len(agreements) == 1
    assert [e.quote for e in agreements[0].evidence] == [
        "agreed on the need to hold a summit",
        "a summit soon",
    ]


def test_a_bare_surname_is_not_pinned_on_one_of_two_namesakes():
    kim_un = person("Kim Jong Un", country="North Korea", code="KP")
    kim_yo = person("Kim Yo Jong", country="North Korea", code="KP")
    trump = person("Donald Trump", country="United States", code="US")
    a = article("a1", meeting(kim_un, kim_yo, trump))
    b = article("b2", meeting(person("Kim"), person("Trump")))
    merged = consolidate([a, b]).meetings
    assert len(merged) == 1
    names = [p.name for p in merged[0].participants]
    assert names == ["Kim Jong Un", "Kim Yo Jong", "Donald Trump", "Kim"]


def test_same_name_split_by_a_country_slip_still_matches_meetings():
    a = article("a1", meeting(wi(), rubio(), date=D(2025, 6, 25)))
    # Another article gives Rubio no country and Wi the wrong one.
    b = article("b2", meeting(person("Wi Seong-rak"), person("Marco Rubio"), date=D(2025, 6, 25)))
    c = article("c3", meeting(person("Wi Seong-rak", country="Japan"), person("Marco Rubio")))
    assert len(consolidate([a, b]).meetings) == 1
    # A conflicting country means a different person, so c3's meeting stays apart.
    assert len(consolidate([a, c]).meetings) == 2
