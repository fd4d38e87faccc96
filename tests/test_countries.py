"""Country and organization normalization as the extractor relies on it."""

from __future__ import annotations

import pytest

from extract._countries import find_countries, normalize_country


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        *[
            (w, ("United States", "US"))
            for w in [
                "U.S.",
                "US",
                "USA",
                "U.S.A.",
                "United States",
                "American",
                "Americans",
                "Washington",
                "the United States of America",
                "u.s.",
            ]
        ],
        *[
            (w, ("South Korea", "KR"))
            for w in [
                "South Korea",
                "Republic of Korea",
                "ROK",
                "Korean",
                "South Korean",
                "Seoul",
                "Korea",
                "South Korea's",
                "S. Korea",
            ]
        ],
        *[(w, ("North Korea", "KP")) for w in ["North Korea", "DPRK", "Pyongyang", "North Korean"]],
        *[(w, ("Japan", "JP")) for w in ["Japan", "Japanese", "Tokyo", "Japan's"]],
        *[
            (w, ("Netherlands", "NL"))
            for w in ["Dutch", "the Netherlands", "Netherlands", "The Hague"]
        ],
        *[(w, ("Czech Republic", "CZ")) for w in ["Czech", "Czechia", "Czech Republic", "Prague"]],
        *[(w, ("United Kingdom", "GB")) for w in ["British", "UK", "U.K.", "Britain", "London"]],
        *[(w, ("China", "CN")) for w in ["China", "Chinese", "Beijing", "PRC"]],
        *[
            (w, ("Russia", "RU"))
            for w in ["Russia", "Russian", "Moscow", "Russian Federation", "Kremlin"]
        ],
        *[
            (w, ("Vietnam", "VN"))
            for w in ["Vietnam", "Vietnamese", "Viet Nam", "Hanoi", "Việt Nam"]
        ],
        *[(w, ("Turkey", "TR")) for w in ["Türkiye", "Turkiye", "Turkish", "Turkey", "Ankara"]],
        ("Taiwan", ("Taiwan", "TW")),
        ("Taipei", ("Taiwan", "TW")),
        ("Iranian", ("Iran", "IR")),
        ("Tehran", ("Iran", "IR")),
        ("Australian", ("Australia", "AU")),
        ("Indian", ("India", "IN")),
        ("New Delhi", ("India", "IN")),
        ("Saudi", ("Saudi Arabia", "SA")),
        ("Emirati", ("United Arab Emirates", "AE")),
        ("Israeli", ("Israel", "IL")),
        ("Ukrainian", ("Ukraine", "UA")),
        ("Kyiv", ("Ukraine", "UA")),
        ("German", ("Germany", "DE")),
        ("French", ("France", "FR")),
        ("Filipino", ("Philippines", "PH")),
        ("Côte d'Ivoire", ("Côte d'Ivoire", "CI")),
        ("Bolivia", ("Bolivia", "BO")),
        ("Laos", ("Laos", "LA")),
        ("Kosovo", ("Kosovo", "XK")),
        ("KOR", ("South Korea", "KR")),
        # Demonyms of smaller states and territories, which news writes as often.
        ("Faroese", ("Faroe Islands", "FO")),
        ("Greenlandic", ("Greenland", "GL")),
        ("Burundian", ("Burundi", "BI")),
        ("Kosovar", ("Kosovo", "XK")),
        ("Pristina", ("Kosovo", "XK")),
        ("Azeri", ("Azerbaijan", "AZ")),
        ("Togolese", ("Togo", "TG")),
        ("Malawian", ("Malawi", "MW")),
        ("Guinean", ("Guinea", "GN")),
        ("Papua New Guinean", ("Papua New Guinea", "PG")),
        ("Samoan", ("Samoa", "WS")),
        ("Mauritanian", ("Mauritania", "MR")),
        # Short forms and capitals of small states: "São Tomé", "St Lucia", "Brazzaville".
        ("São Tomé", ("Sao Tome and Principe", "ST")),
        ("Equatorial Guinean", ("Equatorial Guinea", "GQ")),
        ("Congo-Brazzaville", ("Republic of the Congo", "CG")),
        ("Brazzaville", ("Republic of the Congo", "CG")),
        ("St. Lucia", ("Saint Lucia", "LC")),
        ("Castries", ("Saint Lucia", "LC")),
        ("Roseau", ("Dominica", "DM")),
        ("Swazi", ("Eswatini", "SZ")),
        ("Bangui", ("Central African Republic", "CF")),
        ("Palikir", ("Micronesia", "FM")),
        ("Kingstown", ("Saint Vincent and the Grenadines", "VC")),
    ],
)
def test_normalize_country_maps_names_demonyms_and_capitals(written, expected):
    assert normalize_country(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("NATO", "NATO"), ("Nato", "NATO"), ("European Union", "European Union"),
        ("EU", "European Union"), ("the E.U.", "European Union"),
        ("United Nations", "United Nations"),
        ("UN", "United Nations"), ("U.N.", "United Nations"), ("ASEAN", "ASEAN"),
        ("African Union", "African Union"), ("G7", "G7"), ("G-7", "G7"), ("G20", "G20"),
        ("Group of 20", "G20"),
    ],
)  # fmt: skip
def test_normalize_country_maps_organizations_without_a_code(written, expected):
    assert normalize_country(written) == (expected, None)


def test_normalize_country_ignores_case_punctuation_and_spacing():
    assert normalize_country("  SOUTH   korea ") == ("South Korea", "KR")
    assert normalize_country("u.s") == ("United States", "US")
    assert normalize_country("united-states") == ("United States", "US")


@pytest.mark.parametrize(
    "written", ["Mars", "", "   ", "Latin American", "the government", "Congo"]
)
def test_normalize_country_returns_none_for_unknown_or_ambiguous(written):
    assert normalize_country(written) is None


def test_normalize_country_uses_the_one_country_inside_a_longer_phrase():
    assert normalize_country("the South Korean government") == ("South Korea", "KR")
    assert normalize_country("U.S. delegation") == ("United States", "US")
    # Two different countries: no single answer.
    assert normalize_country("South Korea-U.S.") is None


def test_iso_codes_count_only_when_written_in_capitals():
    assert normalize_country("JPN") == ("Japan", "JP")
    assert normalize_country("can") is None


# --- find_countries ------------------------------------------------------------------


def names(text):
    return [(name, code) for name, code, _, _ in find_countries(text)]


def test_find_countries_in_titles():
    assert names("U.S. Under Secretary of State") == [("United States", "US")]
    assert names("his Japanese counterpart") == [("Japan", "JP")]
    assert names("Foreign and Defense Advisor to the Prime Minister of the Netherlands") == [
        ("Netherlands", "NL")
    ]
    assert names("NATO Secretary-General") == [("NATO", None)]


def test_find_countries_offsets_point_at_the_mention():
    text = "talks on the South Korea-U.S. alliance in Türkiye's capital"
    found = find_countries(text)
    assert [text[s:e] for _, _, s, e in found] == ["South Korea", "U.S.", "Türkiye"]
    assert [code for _, code, _, _ in found] == ["KR", "US", "TR"]


def test_find_countries_prefers_the_longest_name():
    assert names("the North Korean leader") == [("North Korea", "KP")]
    assert names("South African officials") == [("South Africa", "ZA")]
    assert names("Papua New Guinea and Guinea") == [
        ("Papua New Guinea", "PG"),
        ("Guinea", "GN"),
    ]


def test_find_countries_skips_lowercase_words_and_pronouns():
    assert names("a turkey dinner served on china plates for us") == []
    assert names("Nato and the UN") == [("NATO", None), ("United Nations", None)]


def test_find_countries_skips_regions_that_contain_a_country_word():
    assert names("Latin American and Central American leaders on the Korean Peninsula") == []
    assert names("a New Mexico senator") == []


def test_find_countries_returns_nothing_for_text_without_countries():
    assert find_countries("The minister met the advisor.") == []
    assert find_countries("") == []


def test_grouped_pattern_finds_what_the_plain_longest_first_alternation_finds():
    # The scan groups the ~1,000 names by first letter for speed; the matches must be
    # those of the plain longest-first alternation, on every gold and example article.
    import re
    from pathlib import Path

    from extract._countries import _fold, _pattern, _table

    entities, surfaces = _table()
    parts = []
    for form in sorted({_fold(surfaces[k]) for k in entities}, key=len, reverse=True):
        words = [w for w in re.split(r"[\s\-]+", form) if w]
        parts.append(
            r"[\s\-]+".join(re.escape(w).replace(r"\.", r"\.?").replace("'", "'?") for w in words)
        )
    plain = re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("[ge]*/*.txt"))]
    assert len(texts) >= 30
    for text in texts:
        folded = _fold(text)
        assert [m.span() for m in _pattern().finditer(folded)] == [
            m.span() for m in plain.finditer(folded)
        ]
