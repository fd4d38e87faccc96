"""Candidates of one article → merged meetings and one official per person.

Unit tests of the code-side rules: the drafts are hand-built stand-ins for what a
model might return, not model output.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from extract import _article_place, _assemble, _missing_sides, _officials, _places
from extract._candidates import Candidate, build
from extract._drafts import DraftMeeting
from extract._models import Official
from extract._passages import passages

PUBLISHED = dt.date(2025, 6, 26)  # a Thursday


def draft(people: Sequence[str | Mapping[str, str]], **fields: object) -> DraftMeeting:
    fields.setdefault("kind", "in_person")
    fields.setdefault("status", "held")
    participants = [{"name": p} if isinstance(p, str) else dict(p) for p in people]
    return DraftMeeting.model_validate({"participants": participants, **fields})


def candidates(
    text: str, drafts: Mapping[str, Sequence[DraftMeeting]], published: dt.date | None = PUBLISHED
) -> list[Candidate]:
    """Build candidates for each passage containing a key of `drafts` (text order)."""
    out: list[Candidate] = []
    for passage in passages(text):
        for key, meetings in drafts.items():
            if key in passage.text:
                for meeting in meetings:
                    cand = build(text, passage, meeting, published)
                    assert cand is not None, f"draft for {key!r} did not ground"
                    out.append(cand)
    return out


def names(cand: Candidate) -> list[str]:
    return [p.name for p in cand.participants]


# --- merging repeats -------------------------------------------------------------------

REPEATED = (
    "Foreign Minister Cho Hyun met Secretary of State Marco Rubio in Washington on Tuesday.\n\n"
    "Cho and Rubio also spoke by phone about tariffs, and agreed to expand shipbuilding ties."
)


def test_repeats_of_one_meeting_merge_and_keep_both_sentences() -> None:
    cands = candidates(
        REPEATED,
        {
            "Cho Hyun met": [draft(["Cho Hyun", "Marco Rubio"], location="Washington")],
            "Cho and Rubio": [
                draft(
                    ["Cho", "Rubio"],
                    agreements=[{"what": "expand shipbuilding ties", "type": "commitment"}],
                )
            ],
        },
    )
    (merged,) = _assemble.merge(cands)
    assert names(merged) == ["Cho Hyun", "Marco Rubio"]
    assert merged.date == dt.date(2025, 6, 24)
    assert merged.location == "Washington"
    assert [a.summary for a in merged.agreements] == ["Expand shipbuilding ties"]
    assert [s.text for s in [merged.sentence, *merged.extra_evidence]] == REPEATED.split("\n\n")


def test_meetings_with_different_status_or_dates_stay_apart() -> None:
    text = (
        "Cho Hyun met Marco Rubio at the White House in Washington on Tuesday.\n\n"
        "Cho Hyun met Marco Rubio again on Wednesday at the State Department.\n\n"
        "Cho Hyun will meet Marco Rubio in Seoul next month, officials said."
    )
    cands = candidates(
        text,
        {
            "on Tuesday": [draft(["Cho Hyun", "Marco Rubio"])],
            "on Wednesday": [draft(["Cho Hyun", "Marco Rubio"])],
            "will meet": [draft(["Cho Hyun", "Marco Rubio"], status="planned")],
        },
    )
    merged = _assemble.merge(cands)
    assert [(m.date, m.status) for m in merged] == [
        (dt.date(2025, 6, 24), "held"),
        (dt.date(2025, 6, 25), "held"),
        (None, "planned"),
    ]


def test_a_one_person_candidate_is_not_a_meeting() -> None:
    text = "Rubio met reporters on Tuesday in Washington, officials said afterwards."
    cands = candidates(text, {"Rubio": [draft(["Rubio"])]})
    assert _assemble.merge(cands) == []


def test_the_other_side_named_in_the_sentence_completes_a_one_person_draft() -> None:
    text = "Rubio met Cho Hyun on Tuesday in Washington, officials said afterwards."
    cands = candidates(text, {"Rubio": [draft(["Rubio"])]})
    assert [names(c) for c in _assemble.merge(cands)] == [["Rubio", "Cho Hyun"]]


# --- the article's main actor ----------------------------------------------------------

ALBANESE = (
    "Australian Prime Minister Anthony Albanese met Chinese Premier Li Qiang in Beijing on "
    "Tuesday.\n\n"
    "He also held talks with President Xi Jinping, who said ties were improving.\n\n"
    "Albanese later called Indian Prime Minister Narendra Modi by phone."
)


def test_main_actor_is_added_to_a_one_person_meeting() -> None:
    cands = candidates(
        ALBANESE,
        {
            "Li Qiang": [draft(["Anthony Albanese", "Li Qiang"], location="Beijing")],
            "He also": [draft(["Xi Jinping"])],
            "Modi": [draft(["Albanese", "Narendra Modi"])],
        },
    )
    _missing_sides.add_missing_subjects(cands, ALBANESE)
    assert [names(c) for c in cands] == [
        ["Anthony Albanese", "Li Qiang"],
        ["Anthony Albanese", "Xi Jinping"],
        ["Albanese", "Narendra Modi"],
    ]


def test_a_lone_mention_joins_only_where_a_pronoun_stands_for_them() -> None:
    # Named in one meeting only, Albanese is still the "He" of "He also held talks with".
    cands = candidates(
        ALBANESE,
        {"Li Qiang": [draft(["Anthony Albanese", "Li Qiang"])], "He also": [draft(["Xi Jinping"])]},
    )
    _missing_sides.add_missing_subjects(cands, ALBANESE)
    assert names(cands[1]) == ["Anthony Albanese", "Xi Jinping"]
    # But not where the one named person is the sentence's subject ("Xi said he would").
    text = (
        "Australian Prime Minister Anthony Albanese met Chinese Premier Li Qiang in Beijing on "
        "Tuesday.\n\nPresident Xi Jinping has said he would like to visit Canberra, but no "
        "trip is planned."
    )
    cands = candidates(
        text,
        {
            "Li Qiang": [draft(["Anthony Albanese", "Li Qiang"])],
            "Xi Jinping": [draft(["Xi Jinping"])],
        },
    )
    _missing_sides.add_missing_subjects(cands, text)
    assert names(cands[1]) == ["Xi Jinping"]


def test_held_in_person_meetings_inherit_the_one_place_of_the_visit() -> None:
    cands = candidates(
        ALBANESE,
        {
            "Li Qiang": [draft(["Anthony Albanese", "Li Qiang"], location="Beijing")],
            "He also": [draft(["Xi Jinping"])],
            "Modi": [draft(["Albanese", "Narendra Modi"])],
        },
    )
    _missing_sides.add_missing_subjects(cands, ALBANESE)
    merged = _assemble.merge(cands)
    _places.inherit_locations(merged, ALBANESE)
    # The phone call does not take place in Beijing.
    assert [(m.location, m.kind) for m in merged] == [
        ("Beijing", "in_person"),
        ("Beijing", "in_person"),
        (None, "call"),
    ]


def test_two_stated_places_are_not_spread_to_other_meetings() -> None:
    text = (
        "Lee Jae-myung met Shigeru Ishiba in Tokyo on Saturday.\n\n"
        "Lee Jae-myung met Donald Trump in Washington on Monday.\n\n"
        "Lee Jae-myung also met Howard Lutnick, his office said afterwards."
    )
    cands = candidates(
        text,
        {
            "Ishiba": [draft(["Lee Jae-myung", "Shigeru Ishiba"], location="Tokyo")],
            "Trump": [draft(["Lee Jae-myung", "Donald Trump"], location="Washington")],
            "Lutnick": [draft(["Lee Jae-myung", "Howard Lutnick"])],
        },
    )
    merged = _assemble.merge(cands)
    _places.inherit_locations(merged, text)
    assert [m.location for m in merged] == ["Tokyo", "Washington", None]


# --- officials -------------------------------------------------------------------------


def registry_for(text: str, drafts: Mapping[str, Sequence[DraftMeeting]]) -> dict[str, Official]:
    return _officials.officials(text, _assemble.merge(candidates(text, drafts)))


def test_titles_and_countries_come_from_how_the_article_introduces_people() -> None:
    text = (
        "U.S. Secretary of State Marco Rubio met South Korean Foreign Minister Cho Hyun in "
        "Washington.\n\n"
        "Rubio also held talks with his Japanese counterpart Takeshi Iwaya, the State "
        "Department said."
    )
    registry = registry_for(
        text,
        {
            "Marco Rubio met": [draft(["Marco Rubio", "Cho Hyun"])],
            "Rubio also": [draft(["Rubio", "Takeshi Iwaya"])],
        },
    )
    rubio, cho, iwaya = registry["Rubio"], registry["Cho Hyun"], registry["Takeshi Iwaya"]
    assert registry["Marco Rubio"] is rubio
    assert (rubio.name, rubio.aliases) == ("Marco Rubio", ["Rubio"])
    assert (rubio.title, rubio.country, rubio.country_code) == (
        "Secretary of State",
        "United States",
        "US",
    )
    assert (cho.title, cho.country, cho.country_code) == ("Foreign Minister", "South Korea", "KR")
    # "his Japanese counterpart": a country, but "counterpart" is not a title.
    assert (iwaya.title, iwaya.country, iwaya.country_code) == (None, "Japan", "JP")
    for official in (rubio, cho, iwaya):
        assert official.evidence
        assert all(e.matches(text) for e in official.evidence)


def test_a_surname_takes_the_full_name_written_elsewhere() -> None:
    text = (
        "Australian Prime Minister Anthony Albanese arrived in Beijing on Monday for a visit.\n\n"
        "Albanese met Chinese Premier Li Qiang at the Great Hall of the People on Tuesday."
    )
    registry = registry_for(text, {"Albanese met": [draft(["Albanese", "Li Qiang"])]})
    albanese = registry["Albanese"]
    assert albanese.name == "Anthony Albanese"
    assert albanese.aliases == ["Albanese"]
    assert (albanese.title, albanese.country) == ("Prime Minister", "Australia")


WI = (
    "National Security Director Wi Seong-rak met U.S. Secretary of State Marco Rubio in "
    "Washington on Monday.\n\n"
    "On Tuesday, Director Wi held talks with his Japanese counterpart Masataka Okano, the "
    "presidential office said.\n\n"
    "Seongrak Wi also spoke by phone with NATO Secretary-General Mark Rutte on Wednesday."
)


def test_name_variants_become_one_official_with_the_fullest_name() -> None:
    registry = registry_for(
        WI,
        {
            "Wi Seong-rak met": [draft(["Wi Seong-rak", "Marco Rubio"])],
            "Director Wi": [draft(["Director Wi", "Masataka Okano"])],
            "Seongrak Wi": [draft(["Seongrak Wi", "Mark Rutte"])],
        },
    )
    wi = registry["Wi"]
    assert registry["Wi Seong-rak"] is wi
    assert registry["Seongrak Wi"] is wi
    assert wi.name == "Wi Seong-rak"
    assert sorted(wi.aliases) == ["Seongrak Wi", "Wi"]
    assert wi.title is not None
    assert wi.title.endswith("Director")
    assert registry["Mark Rutte"].country == "NATO"
    assert registry["Mark Rutte"].country_code is None  # an organization, not a country


def test_a_name_ending_the_previous_sentence_is_not_part_of_the_next_name() -> None:
    # "…counterpart Masataka Okano.\n\nSeongrak Wi also…": the words before "Seongrak Wi"
    # belong to the previous sentence, not to a longer form of Wi's name.
    text = (
        "On Tuesday, Director Wi held talks with his Japanese counterpart Masataka Okano.\n\n"
        "Seongrak Wi also spoke by phone with NATO Secretary-General Mark Rutte on Wednesday."
    )
    registry = registry_for(
        text,
        {
            "Director Wi": [draft(["Director Wi", "Masataka Okano"])],
            "Seongrak Wi": [draft(["Seongrak Wi", "Mark Rutte"])],
        },
    )
    assert registry["Wi"].name == "Seongrak Wi"


def test_a_name_variant_seen_only_in_a_merged_repeat_is_kept_as_an_alias() -> None:
    text = (
        "National Security Director Wi Seong-rak met Secretary of State Marco Rubio in "
        "Washington on Monday.\n\n"
        "Director Wi and Rubio discussed tariffs and agreed to meet again next month."
    )
    registry = registry_for(
        text,
        {
            "Wi Seong-rak met": [draft(["Wi Seong-rak", "Marco Rubio"])],
            "Director Wi and": [draft(["Director Wi", "Rubio"])],
        },
    )
    official = registry["Wi Seong-rak"]
    assert official.aliases == ["Wi"]
    assert registry["Marco Rubio"].aliases == ["Rubio"]


# --- records ---------------------------------------------------------------------------


def test_meeting_record_carries_exact_sorted_evidence_and_a_stable_id() -> None:
    cands = candidates(
        REPEATED,
        {
            "Cho Hyun met": [draft(["Cho Hyun", "Marco Rubio"])],
            "Cho and Rubio": [
                draft(
                    ["Cho", "Rubio"],
                    agreements=[{"what": "expand shipbuilding ties", "type": "commitment"}],
                )
            ],
        },
    )
    merged = _assemble.merge(cands)
    registry = _officials.officials(REPEATED, merged)
    (meeting,) = [_assemble.to_meeting(REPEATED, c, registry, "a1") for c in merged]
    again = _assemble.to_meeting(REPEATED, merged[0], registry, "a1")
    assert meeting.id.startswith("m-")
    assert meeting.id == again.id
    assert meeting.sources == ["a1"]
    assert [p.name for p in meeting.participants] == ["Cho Hyun", "Marco Rubio"]
    assert [e.start for e in meeting.evidence] == sorted(e.start for e in meeting.evidence)
    assert all(e.matches(REPEATED) for e in meeting.evidence)
    (agreement,) = meeting.agreements
    assert agreement.parties == ["Cho Hyun", "Marco Rubio"]
    assert agreement.evidence[0].quote == REPEATED.split("\n\n")[1]


# --- the article's place as a fallback ---------------------------------------------------------


def test_the_dateline_city_stands_in_when_no_meeting_states_a_place() -> None:
    text = (
        "SEOUL, June 26 (Yonhap) -- Foreign Minister Cho Hyun met Japanese Foreign Minister "
        "Takeshi Iwaya on Tuesday.\n\n"
        "Cho Hyun also spoke by phone with Secretary of State Marco Rubio on Wednesday."
    )
    cands = candidates(
        text,
        {
            "Iwaya": [draft(["Cho Hyun", "Takeshi Iwaya"])],
            "Rubio": [draft(["Cho Hyun", "Marco Rubio"])],
        },
    )
    merged = _assemble.merge(cands)
    _places.inherit_locations(merged, text)
    assert [(m.location, m.kind) for m in merged] == [("Seoul", "in_person"), (None, "call")]


def test_the_event_place_is_the_place_name_only() -> None:
    text = (
        "Lee met Modi at the G20 summit in Johannesburg. Later, the two leaders toured a car plant."
    )
    assert _article_place.article_place(text) == "Johannesburg"
