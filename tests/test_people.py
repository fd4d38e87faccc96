"""Titles split from names, name variants grouped into people, stand-ins detected."""

from __future__ import annotations

import pytest

from extract._people import (
    canonical_name,
    cluster_indices,
    cluster_names,
    same_person,
    split_title,
)
from extract._stand_ins import is_stand_in

# --- split_title ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Director Wi", ("Director", "Wi")),
        ("U.S. Secretary of State Marco Rubio", ("U.S. Secretary of State", "Marco Rubio")),
        ("President Lee Jae-myung", ("President", "Lee Jae-myung")),
        ("Mr. Chinh", (None, "Chinh")),
        ("Dr. Kim", (None, "Kim")),
        ("His Excellency Mr. Pham Minh Chinh", (None, "Pham Minh Chinh")),
        ("Marco Rubio", (None, "Marco Rubio")),
        ("Wi Seong-rak", (None, "Wi Seong-rak")),
        ("Prime Minister Chinh", ("Prime Minister", "Chinh")),
        ("Japanese Foreign Minister Takeshi Iwaya", ("Japanese Foreign Minister", "Takeshi Iwaya")),
        ("NATO Secretary-General Mark Rutte", ("NATO Secretary-General", "Mark Rutte")),
        ("Australia's Deputy PM Richard Marles", ("Australia's Deputy PM", "Richard Marles")),
        (
            "Under Secretary of State for Political Affairs Allison Hooker",
            ("Under Secretary of State for Political Affairs", "Allison Hooker"),
        ),
        (
            "President of the European Commission Ursula von der Leyen",
            ("President of the European Commission", "Ursula von der Leyen"),
        ),
        ("Crown Prince Mohammed bin Salman", ("Crown Prince", "Mohammed bin Salman")),
        ("Egyptian President Abdel Fattah al-Sisi", ("Egyptian President", "Abdel Fattah al-Sisi")),
        ("Vice Premier He Lifeng", ("Vice Premier", "He Lifeng")),
        ("Senator Angus King", ("Senator", "Angus King")),
        ("Sen. Marco Rubio", ("Sen.", "Marco Rubio")),
        ("Hun Sen", (None, "Hun Sen")),
        ("Defense Minister Israel Katz", ("Defense Minister", "Israel Katz")),
        ("Prime Minister of Israel Netanyahu", ("Prime Minister of Israel", "Netanyahu")),
    ],
)
def test_split_title_separates_office_from_name(mention, expected):
    assert split_title(mention) == expected


def test_split_title_handles_name_first_forms():
    assert split_title("Marco Rubio, U.S. Secretary of State") == (
        "U.S. Secretary of State",
        "Marco Rubio",
    )
    assert split_title("Secretary of State, Marco Rubio") == ("Secretary of State", "Marco Rubio")
    assert split_title("Wi Seong-rak, Director of the National Security Office") == (
        "Director of the National Security Office",
        "Wi Seong-rak",
    )


def test_split_title_moves_a_trailing_of_phrase_into_the_title():
    assert split_title("Director Wi Seong-rak of the National Security Office") == (
        "Director of the National Security Office",
        "Wi Seong-rak",
    )
    assert split_title("President Xi of China") == ("President of China", "Xi")
    assert split_title("Emmanuel Macron of France") == (None, "Emmanuel Macron")


def test_split_title_drops_parenthetical_remarks():
    assert split_title("Seongrak Wi (left)") == (None, "Seongrak Wi")
    assert split_title("Secretary Rubio (U.S.)") == ("Secretary", "Rubio")


def test_split_title_reports_a_mention_without_a_name():
    assert split_title("the Prime Minister of Japan") == ("the Prime Minister of Japan", "")
    assert split_title("the President") == ("the President", "")
    assert split_title("Saudi King") == ("Saudi King", "")


def test_split_title_keeps_plain_names_and_tidies_spaces():
    assert split_title("  Takeshi   Iwaya ") == (None, "Takeshi Iwaya")
    assert split_title("") == (None, "")
    assert split_title("Mr.") == (None, "")


# --- same_person ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Wi Seong-rak", "Seongrak Wi"),
        ("Wi Seong-rak", "Wi Seongrak"),
        ("Wi Seongrak", "Director Wi"),
        ("Wi", "Wi Seong-rak"),
        ("Pham Minh Chinh", "Phạm Minh Chính"),
        ("Chinh", "Prime Minister Chinh"),
        ("Pham Minh Chinh", "Mr. Chinh"),
        ("Lee Jae-myung", "Lee Jaemyung"),
        ("Lee Jae-myung", "Lee Jae Myung"),
        ("Jaemyung Lee", "Lee Jae-myung"),
        ("President Lee", "Lee Jae-myung"),
        ("Kim Jong Un", "Kim Jong-un"),
        ("M. Rubio", "Marco Rubio"),
        ("MARCO RUBIO", "Marco Rubio"),
    ],
)
def test_same_person_matches_spelling_order_and_title_variants(a, b):
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong Un", "Kim Yo Jong"),
        ("Marco Rubio", "Mark Rutte"),
        ("Donald Trump", "Donald Trump Jr."),
        ("Lee Jae-myung", "Lee Jun-seok"),
        ("the President", "President"),
        ("Wi", "Wu"),
        ("", "Wi"),
    ],
)
def test_same_person_rejects_different_people(a, b):
    assert not same_person(a, b)


# --- cluster_names -------------------------------------------------------------------


def test_cluster_names_groups_every_variant_of_one_person():
    variants = ["Wi Seong-rak", "Seongrak Wi", "Wi Seongrak", "Director Wi", "Wi"]
    assert cluster_names(variants) == [variants]


def test_cluster_names_separates_people_in_order_of_first_mention():
    names = [
        "Seongrak Wi", "Marco Rubio", "Director Wi", "Secretary Rubio", "Pham Minh Chinh",
        "Chinh", "Prime Minister Chinh", "Phạm Minh Chính", "Lee Jae-myung", "Lee Jaemyung",
        "President Lee",
    ]  # fmt: skip
    assert cluster_names(names) == [
        ["Seongrak Wi", "Director Wi"],
        ["Marco Rubio", "Secretary Rubio"],
        ["Pham Minh Chinh", "Chinh", "Prime Minister Chinh", "Phạm Minh Chính"],
        ["Lee Jae-myung", "Lee Jaemyung", "President Lee"],
    ]


def test_cluster_names_keeps_a_surname_shared_by_two_people_on_its_own():
    clusters = cluster_names(["Kim Jong Un", "Kim Yo Jong", "Kim", "Chairman Kim"])
    assert ["Kim Jong Un"] in clusters
    assert ["Kim Yo Jong"] in clusters
    assert ["Kim", "Chairman Kim"] in clusters


def test_cluster_names_attaches_a_surname_when_only_one_person_owns_it():
    clusters = cluster_names(["Kim Jong Un", "Kim Yo Jong", "Yo Jong", "Chairman Kim Jong-un"])
    assert clusters == [["Kim Jong Un", "Chairman Kim Jong-un"], ["Kim Yo Jong", "Yo Jong"]]


def test_cluster_names_lists_repeats_once_and_keeps_title_only_mentions_apart():
    assert cluster_names(["Wi", "Wi", "the President", "Wi Seong-rak"]) == [
        ["Wi", "Wi Seong-rak"],
        ["the President"],
    ]


def test_cluster_indices_honours_a_veto():
    names = ["Kim Min-seok", "Kim Min-seok", "Kim"]
    countries = ["KR", "KP", "KP"]
    groups = cluster_indices(names, lambda i, j: countries[i] == countries[j])
    assert groups == [[0], [1, 2]]


# --- canonical_name ------------------------------------------------------------------


def test_canonical_name_prefers_most_words_then_first_seen_and_never_a_title():
    assert canonical_name(["Director Wi", "Seongrak Wi", "Wi Seong-rak", "Wi"]) == "Seongrak Wi"
    assert canonical_name(["President Lee Jae-myung", "President Lee"]) == "Lee Jae-myung"
    assert canonical_name(["Chinh", "Prime Minister Chinh", "Pham Minh Chinh"]) == "Pham Minh Chinh"
    assert canonical_name(["Mr. Chinh"]) == "Chinh"
    assert canonical_name([]) == ""


# --- is_stand_in ---------------------------------------------------------------------

SUMMIT = (
    "Director Wi held a bilateral meeting with Secretary Rubio at the summit, where he "
    "attended on behalf of President Lee Jaemyung. Iwaya, who attended on behalf of Japanese "
    "Prime Minister Shigeru Ishiba, also met Wi. Richard Marles, standing in for Prime Minister "
    "Anthony Albanese, joined. Trump's special envoy Steve Witkoff met Putin in Moscow."
)


@pytest.mark.parametrize(
    "name",
    ["Lee Jae-myung", "Lee Jaemyung", "Shigeru Ishiba", "Ishiba", "Anthony Albanese", "Trump"],
)
def test_is_stand_in_true_for_people_only_represented(name):
    assert is_stand_in(name, SUMMIT)


@pytest.mark.parametrize("name", ["Rubio", "Wi", "Iwaya", "Richard Marles", "Putin", "Witkoff"])
def test_is_stand_in_false_for_people_who_took_part(name):
    assert not is_stand_in(name, SUMMIT)


@pytest.mark.parametrize(
    "phrase",
    [
        "in place of President Lee",
        "representing President Lee",
        "instead of President Lee",
        "sent by President Lee",
        "on behalf of South Korean President Lee",
    ],
)
def test_is_stand_in_recognizes_each_represented_by_phrase(phrase):
    assert is_stand_in("Lee", f"Wi attended the talks {phrase} and met Rubio.")


def test_is_stand_in_false_when_the_person_also_acts_in_person():
    passage = (
        "President Lee met Trump in Washington. Earlier, Wi attended in place of President Lee."
    )
    assert not is_stand_in("Lee", passage)


def test_is_stand_in_does_not_reach_across_clauses():
    assert not is_stand_in("Trump", "Wi attended on behalf of President Lee and met Trump.")
    assert not is_stand_in("Lee Jae-myung", "Kim, representing the party, met Lee Jae-myung.")


def test_is_stand_in_false_when_the_name_is_absent():
    assert not is_stand_in("Emmanuel Macron", SUMMIT)
    assert not is_stand_in("", SUMMIT)
