"""An interview, a TV readout with two spellings of one name, a quotation naming the sides:
rules written after the held-out round 9 (g75-g80).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._people import cluster_names, same_person
from tests.support.scripted import agreed, by_people, extract, meeting


def test_the_arabic_article_in_any_spelling_is_one_name() -> None:
    assert same_person("Abdel Fattah El-Sisi", "Abdel Fattah al-Sisi")
    assert same_person("Ahmed ash-Shara", "Ahmed al-Shara")
    assert not same_person("Nguyen Van An", "Nguyen Van Al")  # "An" is a name, not "al"
    assert cluster_names(["Hosni al-Sayed", "Hosni El-Sayed", "Omar al-Bashir"]) == [
        ["Hosni al-Sayed", "Hosni El-Sayed"],
        ["Omar al-Bashir"],
    ]


READOUT = (
    "CAIRO - Egypt's President Karim al-Sayed hosted Sudan's General Omar al-Hadi at the "
    "palace in Cairo on Thursday.\n\n"
    'In a statement, the presidency said "President Karim El-Sayed and his brother General '
    'Hadi" had agreed to revive the joint water commission, which has barely met since 2023, '
    "and to coordinate their positions ahead of the flood season."
)


def test_sides_named_in_a_quotation_agreed_what_follows_it() -> None:
    result = extract(
        READOUT,
        {
            "hosted": [meeting(["Karim al-Sayed", "General Omar al-Hadi"])],
            "In a statement": [
                meeting(
                    ["President Karim El-Sayed", "General Hadi"],
                    agreements=[agreed("agreed to revive the joint water commission")],
                )
            ],
        },
        "2026-10-15",
    )
    (m,) = result.meetings  # one meeting: El-Sayed is al-Sayed
    assert m.date == dt.date(2026, 10, 15)
    assert [a.summary for a in m.agreements] == [
        "Agreed to revive the joint water commission",
        "To coordinate their positions ahead of the flood season",
    ]


INTERVIEW = (
    "INTERVIEW | Defence Minister Ken Sato\n\n"
    "May 12, 2026\n\n"
    "You met Mr. Tom Reid in Perth on Saturday. What exactly was signed?\n\n"
    "Sato: Tom and I signed a memorandum on frigate production.\n\n"
    "Hana Mori, a security researcher at a Tokyo think tank, said the deal marked a shift."
)


def test_an_interview_s_you_and_questions_are_no_one_and_nothing() -> None:
    result = extract(
        INTERVIEW,
        {
            "You met": [
                meeting(
                    ["You", "Mr. Tom Reid"],
                    agreements=[agreed("What exactly was signed?")],
                )
            ],
            "Sato:": [
                meeting(["Sato", "Tom"]),
                meeting(["Ken Sato", "Hana Mori"], status="planned"),
            ],
        },
    )
    met = by_people(result)
    assert list(met) == [("Ken Sato", "Tom Reid")]
    assert all(
        a.summary != "What exactly was signed?" for a in met[("Ken Sato", "Tom Reid")].agreements
    )


def test_the_day_of_a_journey_home_is_not_the_day_of_the_meeting_told_with_it() -> None:
    text = (
        "Defence Minister Ken Sato returned on Sunday from a two-day trip to Australia, where "
        "he and Deputy Prime Minister Tom Reid signed a frigate agreement."
    )
    result = extract(text, {"returned": [meeting(["Ken Sato", "Tom Reid"])]}, "2026-05-12")
    (m,) = result.meetings
    assert m.date is None


def test_a_readout_s_two_offices_and_had_agreed_are_joint_decisions() -> None:
    from extract._agreed_clauses import joint_agreement_in

    two_offices = joint_agreement_in(
        "The Prime Minister and the Taoiseach agreed that the next summit will take place in "
        "Cork in the autumn."
    )
    assert two_offices is not None
    assert two_offices.what.startswith("agreed that the next summit")
    had = joint_agreement_in("He noted that Ms Byrne and Mr Hale had agreed to meet again soon.")
    assert had is not None
    assert had.what == "agreed to meet again soon"
    assert joint_agreement_in("The meeting and the talks agreed nothing new.") is None


def test_a_name_with_von_der_is_read_whole_in_plain_wording() -> None:
    from extract._passages import Span
    from extract._wording import meetings_in

    sentence = (
        "The Prime Minister updated the Taoiseach on his call on Monday with the President of "
        "the European Commission, Ursula von der Leyen, in which they took stock of progress."
    )
    (draft,) = meetings_in(Span(0, len(sentence), sentence))
    assert [p.name for p in draft.participants] == ["Ursula von der Leyen"]


def test_a_later_gathering_of_others_gives_neither_plan_nor_place() -> None:
    text = (
        "PARIS, June 16 (Wire) - French President Paul Girard and German Chancellor Hans Vogel "
        "agreed on Tuesday at the Elysee Palace to present a joint proposal before EU leaders "
        "meet in Brussels next week."
    )
    result = extract(
        text,
        {"agreed on Tuesday": [meeting(["Paul Girard", "Hans Vogel"], status="planned")]},
        "2026-06-16",
    )
    (m,) = result.meetings
    assert (m.status.value, m.date) == ("held", dt.date(2026, 6, 16))
    assert m.location == "Elysee Palace, Paris"  # the venue and the dateline's city, not Brussels


def test_a_leader_who_joined_the_two_leaders_by_video_makes_a_three_way_meeting() -> None:
    text = (
        "PARIS, June 16 (Wire) - French President Paul Girard and German Chancellor Hans Vogel "
        "held talks at the Elysee Palace on Tuesday.\n\n"
        "Italian Prime Minister Lucia Conti joined the two leaders by video link in the "
        "afternoon. The three agreed to coordinate ahead of the June 25-26 summit."
    )
    result = extract(
        text,
        {
            "held talks": [meeting(["Paul Girard", "Hans Vogel"])],
            "video link": [meeting(["Hans Vogel", "Lucia Conti"], kind="virtual")],
        },
        "2026-06-16",
    )
    met = by_people(result)
    assert set(met) == {("Hans Vogel", "Paul Girard"), ("Hans Vogel", "Lucia Conti", "Paul Girard")}
    video = met[("Hans Vogel", "Lucia Conti", "Paul Girard")]
    assert video.kind.value == "virtual"
    assert video.date != dt.date(2026, 6, 25)  # a held meeting is never after publication


TRANSCRIPT = (
    "CITY FM - Transcript of the morning interview, broadcast Wednesday, 3 February 2027\n\n"
    "AMY SECKA (host): Good morning. With me is the Minister of Foreign Affairs, Musa Bah "
    "Darboe. Minister, you landed from Dakar last night.\n\n"
    "MUSA BAH DARBOE: Good morning, Amy. Yesterday I spent the whole day at the ministry in "
    "Dakar with my Senegalese counterpart, Minister Awa Ndour.\n\n"
    "SECKA: What came out of it?\n\n"
    "DARBOE: We agreed to harmonise the transit charges for trucks using the bridge. What we "
    "agreed is one fee, one receipt.\n\n"
    "SECKA: Will the presidents meet?\n\n"
    "DARBOE: Yes. President Faye will be in Banjul on 18 February for talks with President "
    "Jallow."
)


def test_an_interviewee_s_own_meeting_and_what_we_agreed() -> None:
    result = extract(TRANSCRIPT, {})
    meetings = by_people(result)
    own = meetings[("Awa Ndour", "Musa Bah Darboe")]  # "I" is the speaker of the turn
    assert (own.status, own.date) == ("held", dt.date(2027, 2, 2))
    assert [a.summary for a in own.agreements] == [
        "Agreed to harmonise the transit charges for trucks using the bridge"
    ]  # not "What we agreed is ...": a gloss
    # "will be in Banjul on 18 February for talks with": a plan, not the same sides again.
    visit = meetings[("Faye", "Jallow")]
    assert (visit.status, visit.date, visit.location) == (
        "planned",
        dt.date(2027, 2, 18),
        "Banjul",
    )
    assert "Amy Secka" not in {p.name for m in result.meetings for p in m.participants}


BRIEFING = (
    "Transcript: Joint press briefing\n\nFriday, 19 March 2027\n\n"
    "MODERATOR: Good afternoon. Today's bilateral talks between the Honourable Ruth Banda, "
    "Minister of Foreign Affairs of Malawi, and the Honourable Peter Zulu, Minister of Foreign "
    "Affairs of Zambia, ended twenty minutes ago.\n\n"
    "MINISTER ZULU: I spoke by telephone yesterday with my Zimbabwean counterpart, Minister "
    "John Moyo, before flying here."
)


def test_a_briefing_s_talks_between_the_honourable_ministers_and_a_call_told_by_one() -> None:
    result = extract(
        BRIEFING,
        # The model drafts only the speaker for his turn.
        {"I spoke by telephone": [meeting(["Minister ZULU"], kind="call", status="planned")]},
    )
    meetings = by_people(result)
    assert meetings[("Peter Zulu", "Ruth Banda")].date == dt.date(2027, 3, 19)
    call = meetings[("John Moyo", "Peter Zulu")]
    assert (call.kind, call.status, call.date) == ("call", "held", dt.date(2027, 3, 18))
