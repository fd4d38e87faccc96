"""`extract eval` scoring: gold loading, name/meeting/agreement matching, scores and tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from extract._evaluation import (
    GoldArticle,
    GoldMeeting,
    Scores,
    format_scores,
    format_side_by_side,
    load_gold,
    names_match,
    score,
    scores_to_markdown,
)
from extract._exceptions import ExtractError, InputError
from extract._models import ArticleExtraction, Failure, Meeting

REPO_GOLD = Path(__file__).resolve().parents[1] / "gold"


def person(name: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, **extra}


def meeting(*people: str | dict[str, Any], **extra: Any) -> dict[str, Any]:
    participants = [p if isinstance(p, dict) else person(p) for p in people]
    return {"participants": participants, "kind": "in_person", "status": "held", **extra}


def gold(article_id: str, *meetings: dict[str, Any]) -> GoldArticle:
    parsed = tuple(GoldMeeting.model_validate(m) for m in meetings)
    return GoldArticle(id=article_id, text="text", published=None, meetings=parsed)


def pred(article_id: str, *meetings: dict[str, Any]) -> ArticleExtraction:
    return ArticleExtraction(
        article_id=article_id, meetings=[Meeting.model_validate(m) for m in meetings]
    )


def run(golds: list[GoldArticle], *preds: ArticleExtraction) -> Scores:
    return score(golds, {p.article_id: p for p in preds})


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Wi Seong-rak", "Seongrak Wi"),
        ("Wi Seong-rak", "Director Wi"),
        ("Wi Seong-rak", "Wi"),
        ("Jean-Yves Le Drian", "Jean Yves Le Drian"),
        ("J.D. Vance", "JD Vance"),
        ("President Lee Jae-myung", "Lee Jae Myung"),
        ("Wi Seongrak", "Seong Rak Wi"),
        ("Gérard Araud", "GERARD ARAUD"),
        ("Secretary of State Marco Rubio", "Rubio"),
        ("위성락", "위성락"),
    ],
)
def test_name_variants_match(a: str, b: str) -> None:
    assert names_match(a, b)
    assert names_match(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Marco Rubio", "Wang Yi"), ("Cho Hyun", "Cho Tae-yul"), ("Director Wi", "Director Kim")],
)
def test_different_people_do_not_match(a: str, b: str) -> None:
    assert not names_match(a, b)


def test_prediction_aliases_and_gold_aliases_are_both_used() -> None:
    g = gold("a", meeting(person("Wi Seong-rak", aliases=["Seongrak Wi"]), "Keiichi Ichikawa"))
    p = pred("a", meeting(person("NSO chief", aliases=["Seongrak Wi"]), "Ichikawa"))
    assert run([g], p).participants.tp == 2


def test_surname_only_prediction_matches_the_right_one_of_two_namesakes() -> None:
    g = gold("a", meeting("Kim Jong Un", "Kim Yo Jong", "Sergei Lavrov"))
    p = pred("a", meeting("Kim Yo Jong", "Kim", "Lavrov"))
    scores = run([g], p)
    assert scores.participants.tp == 3
    assert scores.per_article[0].errors == ()


# ---------------------------------------------------------------- meetings


def test_perfect_prediction_scores_one_everywhere() -> None:
    m = meeting(
        person("Marco Rubio", title="Secretary of State", country="United States"),
        person("Wang Yi", title="Foreign Minister", country="China"),
        date="2026-03-10",
        location="Kuala Lumpur",
        agreements=[{"summary": "Agreed to resume military talks.", "type": "commitment"}],
    )
    scores = run([gold("a", m)], pred("a", m))
    assert (scores.meetings.precision, scores.meetings.recall, scores.meetings.f1) == (1, 1, 1)
    assert scores.participants.f1 == 1.0
    assert scores.agreements.f1 == 1.0
    for name in ("date", "location", "kind", "status", "title", "country", "agreement_type"):
        assert getattr(scores, name).accuracy == 1.0, name


def test_meetings_pair_by_highest_overlap_not_by_list_order() -> None:
    g = gold(
        "a",
        meeting("A Aa", "B Bb", "C Cc", date="2026-01-01"),
        meeting("A Aa", "B Bb", date="2026-01-02"),
    )
    # Listed the other way round: first-come pairing would swap the dates.
    p = pred(
        "a",
        meeting("A Aa", "B Bb", date="2026-01-02"),
        meeting("A Aa", "B Bb", "C Cc", date="2026-01-01"),
    )
    scores = run([g], p)
    assert scores.meetings.tp == 2
    assert scores.participants.fp == scores.participants.fn == 0
    assert scores.date.correct == 2


def test_assignment_maximizes_matched_meetings_over_greedy_choice() -> None:
    g = gold("a", meeting("A Aa", "B Bb", "C Cc"), meeting("A Aa", "B Bb"))
    # p1 overlaps g1 most, but p2 can only pair with g1; the optimum pairs both.
    p = pred(
        "a",
        meeting("A Aa", "B Bb", "C Cc", "D Dd"),
        meeting("A Aa", "C Cc", "X Xx", status="planned"),
    )
    assert run([g], p).meetings.tp == 2


@pytest.mark.parametrize(("n_pred", "n_gold"), [(12, 12), (3, 12), (12, 3)])
def test_large_articles_still_pair_every_meeting(n_pred: int, n_gold: int) -> None:
    def bilateral(k: int) -> dict[str, Any]:
        return meeting(f"Host Person{k}", f"Guest Person{k}")

    g = gold("a", *(bilateral(k) for k in range(n_gold)))
    scores = run([g], pred("a", *(bilateral(k) for k in reversed(range(n_pred)))))
    assert scores.meetings.tp == min(n_pred, n_gold)
    assert scores.participants.fp + scores.participants.fn == 2 * abs(n_pred - n_gold)


def test_one_shared_participant_matches_two_person_meeting_only_with_same_status() -> None:
    g = gold("a", meeting("Marco Rubio", "Wang Yi"))
    same = run([g], pred("a", meeting("Rubio", "Someone Else")))
    other = run([g], pred("a", meeting("Rubio", "Someone Else", status="planned")))
    assert same.meetings.tp == 1
    assert (same.participants.tp, same.participants.fp, same.participants.fn) == (1, 1, 1)
    assert other.meetings.tp == 0
    assert "shares 1 participant(s)" in other.per_article[0].errors[0]


def test_one_shared_participant_does_not_match_a_larger_meeting() -> None:
    g = gold("a", meeting("A Aa", "B Bb", "C Cc"))
    assert run([g], pred("a", meeting("A Aa", "Z Zz"))).meetings.tp == 0


def test_unmatched_meetings_count_all_their_participants_and_agreements() -> None:
    deal = [{"summary": "Signed a trade pact.", "type": "signed_document"}]
    g = gold("a", meeting("A Aa", "B Bb", agreements=deal))
    p = pred("a", meeting("X Xx", "Y Yy", "Z Zz", agreements=deal * 2))
    scores = run([g], p)
    assert (scores.meetings.tp, scores.meetings.fp, scores.meetings.fn) == (0, 1, 1)
    assert (scores.participants.fp, scores.participants.fn) == (3, 2)
    assert (scores.agreements.fp, scores.agreements.fn) == (2, 1)
    assert scores.date.total == 0
    errors = scores.per_article[0].errors
    assert any(e.startswith("spurious meeting: X Xx") for e in errors)
    assert any(e.startswith("missed meeting: A Aa + B Bb") for e in errors)


def test_precision_and_recall_follow_matched_over_predicted_and_gold() -> None:
    g = gold("a", meeting("A Aa", "B Bb"), meeting("C Cc", "D Dd"))
    p = pred("a", meeting("A Aa", "B Bb"))
    scores = run([g], p)
    assert (scores.meetings.precision, scores.meetings.recall) == (1.0, 0.5)
    assert scores.meetings.f1 == pytest.approx(2 / 3)


# ---------------------------------------------------------------- fields


def test_null_date_and_location_on_both_sides_count_as_correct() -> None:
    scores = run([gold("a", meeting("A Aa", "B Bb"))], pred("a", meeting("A Aa", "B Bb")))
    assert (scores.date.correct, scores.date.total) == (1, 1)
    assert (scores.location.correct, scores.location.total) == (1, 1)


def test_date_location_kind_status_mismatches_are_counted_and_explained() -> None:
    g = gold("a", meeting("A Aa", "B Bb", date="2026-03-10", location="Seoul"))
    p = pred(
        "a",
        meeting("A Aa", "B Bb", date="2026-03-11", location=None, kind="call", status="planned"),
    )
    scores = run([g], p)
    for name in ("date", "location", "kind", "status"):
        assert (getattr(scores, name).correct, getattr(scores, name).total) == (0, 1), name
    errors = " | ".join(scores.per_article[0].errors)
    assert "date 2026-03-11 vs gold 2026-03-10" in errors
    assert "kind call vs gold in_person" in errors


@pytest.mark.parametrize(
    ("predicted", "gold_location", "ok"),
    [
        ("The Hague, Netherlands", "The Hague", True),
        ("the hague", "The Hague, Netherlands", True),
        ("Jerome", "Rome", False),
        ("Seoul", None, False),
    ],
)
def test_location_matches_by_containment_either_way(
    predicted: str, gold_location: str | None, ok: bool
) -> None:
    g = gold("a", meeting("A Aa", "B Bb", location=gold_location))
    scores = run([g], pred("a", meeting("A Aa", "B Bb", location=predicted)))
    assert scores.location.correct == int(ok)


def test_title_and_country_scored_only_where_gold_sets_them() -> None:
    g = gold(
        "a",
        meeting(
            person(
                "Wi Seong-rak", title="National Security Office Director", country="South Korea"
            ),
            person("Keiichi Ichikawa", title="Secretary General", country="Japan"),
            person("Third Person"),
        ),
    )
    p = pred(
        "a",
        meeting(
            person("Wi", title="Director", country="Republic of Korea"),
            person("Ichikawa", title="Foreign Minister", country="China"),
            person("Third Person", title="Ambassador", country="France"),
        ),
    )
    scores = run([g], p)
    assert (scores.title.correct, scores.title.total) == (1, 2)
    assert (scores.country.correct, scores.country.total) == (1, 2)
    errors = " | ".join(scores.per_article[0].errors)
    assert "country of 'Keiichi Ichikawa' 'China' vs gold 'Japan'" in errors


def test_missing_predicted_title_is_wrong_when_gold_has_one() -> None:
    g = gold("a", meeting(person("A Aa", title="Prime Minister"), "B Bb"))
    scores = run([g], pred("a", meeting("A Aa", "B Bb")))
    assert (scores.title.correct, scores.title.total) == (0, 1)


def test_agreements_match_by_content_words_and_type_is_scored() -> None:
    g = gold(
        "a",
        meeting(
            "A Aa",
            "B Bb",
            agreements=[
                {
                    "summary": "Agreed to hold a summit in Seoul next year.",
                    "type": "intent_to_meet",
                },
                {
                    "summary": "Signed a memorandum on critical minerals supply chains.",
                    "type": "signed_document",
                },
            ],
        ),
    )
    p = pred(
        "a",
        meeting(
            "A Aa",
            "B Bb",
            agreements=[
                {
                    "summary": "The leaders agreed to meet again in Seoul next year.",
                    "type": "commitment",
                },
                {"summary": "Pledged to fight climate change.", "type": "commitment"},
            ],
        ),
    )
    scores = run([g], p)
    assert (scores.agreements.tp, scores.agreements.fp, scores.agreements.fn) == (1, 1, 1)
    assert (scores.agreement_type.correct, scores.agreement_type.total) == (0, 1)
    errors = " | ".join(scores.per_article[0].errors)
    assert "missed agreement 'Signed a memorandum" in errors
    assert "spurious agreement 'Pledged to fight" in errors


# ---------------------------------------------------------------- article level


def test_failed_prediction_counts_as_predicting_nothing() -> None:
    g = gold("a", meeting("A Aa", "B Bb"))
    failed = pred("a", meeting("A Aa", "B Bb")).model_copy(
        update={"error": Failure(reason="provider_timeout", message="timed out")}
    )
    scores = run([g], failed)
    assert (scores.meetings.tp, scores.meetings.fn) == (0, 1)
    assert scores.failed_predictions == ("a",)
    assert scores.per_article[0].prediction == "failed"
    assert "provider_timeout" in scores.per_article[0].errors[0]


def test_missing_prediction_counts_as_all_miss() -> None:
    golds = [gold("a", meeting("A Aa", "B Bb")), gold("b", meeting("C Cc", "D Dd"))]
    scores = run(golds, pred("a", meeting("A Aa", "B Bb")))
    assert (scores.meetings.tp, scores.meetings.fn) == (1, 1)
    assert scores.participants.fn == 2
    assert scores.missing_predictions == ("b",)


def test_predicted_meeting_in_no_meeting_article_is_a_false_alarm() -> None:
    golds = [gold("quiet"), gold("calm")]
    scores = run(golds, pred("quiet", meeting("A Aa", "B Bb")), pred("calm"))
    assert (scores.no_meeting_articles, scores.false_alarms) == (2, 1)
    assert scores.false_alarm_ids == ("quiet",)
    assert scores.meetings.fp == 1


def test_nothing_to_find_and_nothing_found_is_perfect() -> None:
    scores = run([gold("quiet")], pred("quiet"))
    assert (scores.meetings.precision, scores.meetings.recall) == (1.0, 1.0)
    assert scores.date.accuracy is None


def test_predictions_for_unknown_articles_are_listed_not_scored() -> None:
    scores = run([gold("a")], pred("a"), pred("stray", meeting("A Aa", "B Bb")))
    assert scores.unexpected_predictions == ("stray",)
    assert scores.meetings.fp == 0


def test_scores_round_trip_through_json() -> None:
    g = gold("a", meeting("A Aa", "B Bb", date="2026-01-01"))
    scores = run([g], pred("a", meeting("A Aa", "B Bb")))
    assert Scores.model_validate_json(scores.model_dump_json()) == scores
    assert json.loads(scores.model_dump_json())["meetings"]["f1"] == 1.0


# ---------------------------------------------------------------- tables


def _mixed_scores() -> Scores:
    golds = [gold("a", meeting("A Aa", "B Bb", date="2026-01-01")), gold("quiet")]
    return run(golds, pred("a", meeting("A Aa", "B Bb")), pred("quiet", meeting("C Cc", "D Dd")))


def test_format_scores_shows_metrics_counts_and_error_reasons() -> None:
    text = format_scores(_mixed_scores(), label="embedded")
    assert text.startswith("embedded: 2 articles, 1 without meetings")
    meetings_row = next(line for line in text.splitlines() if line.startswith("meetings"))
    assert meetings_row.split() == ["meetings", "0.500", "1.000", "0.667", "1", "1", "0"]
    assert "date None vs gold 2026-01-01" in text
    assert "false alarms: quiet" in text


def test_side_by_side_puts_both_systems_in_one_table() -> None:
    perfect = run([gold("a", meeting("A Aa", "B Bb"))], pred("a", meeting("A Aa", "B Bb")))
    empty = run([gold("a", meeting("A Aa", "B Bb"))], pred("a"))
    text = format_side_by_side(perfect, empty, ("embedded", "naive"))
    meetings_row = next(line for line in text.splitlines() if line.startswith("meetings"))
    expected = ["meetings", "1.000", "1.000", "1.000", "0.000", "0.000", "0.000"]
    assert meetings_row.split() == expected
    assert "embedded P" in text
    assert "naive F1" in text


def test_markdown_has_one_column_group_per_system() -> None:
    scores = _mixed_scores()
    one = scores_to_markdown(scores)
    two = scores_to_markdown([("embedded", scores), ("naive", scores)])
    assert "| meetings | 0.500 | 1.000 | 0.667 | 1 | 1 | 0 |" in one
    assert "| metric | embedded P | embedded R | embedded F1 | naive P |" in two
    assert "| date | 0.000 (0/1) | 0.000 (0/1) |" in two


# ---------------------------------------------------------------- load_gold


def write_pair(folder: Path, article_id: str, data: Any, text: str = "Article text.") -> Path:
    (folder / f"{article_id}.txt").write_text(text, encoding="utf-8")
    path = folder / f"{article_id}.gold.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def valid(article_id: str = "g01") -> dict[str, Any]:
    return {
        "id": article_id,
        "published": "2026-03-12",
        "notes": "n",
        "meetings": [
            meeting(
                person("Wi Seong-rak", aliases=["Wi"], title=None, country=None),
                "Keiichi Ichikawa",
                date="2026-03-10",
                date_text="on Tuesday",
                location="Seoul",
                occasion=None,
                agreements=[{"summary": "Agreed to meet.", "type": "intent_to_meet"}],
            )
        ],
    }


def test_load_gold_reads_pairs_sorted_by_id(tmp_path: Path) -> None:
    write_pair(tmp_path, "g02", valid("g02") | {"meetings": [], "published": None})
    write_pair(tmp_path, "g01", valid("g01"), text="Wi met Ichikawa.")
    articles = load_gold(tmp_path)
    assert [a.id for a in articles] == ["g01", "g02"]
    first = articles[0]
    assert first.text == "Wi met Ichikawa."
    assert first.published is not None
    assert first.published.isoformat() == "2026-03-12"
    assert first.meetings[0].participants[0].aliases == ("Wi",)
    assert first.meetings[0].agreements[0].type == "intent_to_meet"
    assert articles[1].published is None
    assert articles[1].meetings == ()


@pytest.mark.parametrize(
    ("change", "field_path"),
    [
        (
            lambda d: d["meetings"][0]["participants"][1].pop("name"),
            "meetings[0].participants[1].name",
        ),
        (lambda d: d["meetings"][0].update(date="10 March 2026"), "meetings[0].date"),
        (lambda d: d["meetings"][0].update(date="2026-02-30"), "meetings[0].date"),
        (lambda d: d["meetings"][0].update(kind="phone"), "meetings[0].kind"),
        (lambda d: d["meetings"][0].update(participants=[]), "meetings[0].participants"),
        (lambda d: d["meetings"][0].update(particpants=[]), "meetings[0].particpants"),
        (
            lambda d: d["meetings"][0]["agreements"][0].update(type="deal"),
            "meetings[0].agreements[0].type",
        ),
        (lambda d: d.update(published=20260312), "published"),
        (lambda d: d.pop("meetings"), "meetings"),
    ],
)
def test_malformed_gold_names_file_and_field(tmp_path: Path, change: Any, field_path: str) -> None:
    data = valid()
    change(data)
    write_pair(tmp_path, "g01", data)
    with pytest.raises(InputError) as info:
        load_gold(tmp_path)
    assert "g01.gold.json" in info.value.message
    assert field_path in info.value.message
    assert isinstance(info.value, ExtractError)


def test_gold_id_must_match_file_name(tmp_path: Path) -> None:
    write_pair(tmp_path, "g01", valid("g99"))
    with pytest.raises(InputError, match=r"g01\.gold\.json: id: 'g99' differs"):
        load_gold(tmp_path)


def test_gold_without_article_text_is_rejected(tmp_path: Path) -> None:
    write_pair(tmp_path, "g01", valid())
    (tmp_path / "g01.txt").unlink()
    with pytest.raises(InputError, match=r"g01\.txt cannot be read"):
        load_gold(tmp_path)


def test_gold_with_invalid_json_is_rejected(tmp_path: Path) -> None:
    write_pair(tmp_path, "g01", '{"id": "g01", ')
    with pytest.raises(InputError, match="not valid UTF-8 JSON"):
        load_gold(tmp_path)


def test_gold_listing_one_person_twice_in_a_meeting_is_rejected(tmp_path: Path) -> None:
    data = valid()
    data["meetings"][0]["participants"].append(person("Seongrak Wi"))
    write_pair(tmp_path, "g01", data)
    with pytest.raises(InputError, match=r"participants\[2\]: 'Seongrak Wi' repeats"):
        load_gold(tmp_path)


def test_empty_or_missing_gold_folder_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no \*\.gold\.json files"):
        load_gold(tmp_path)
    with pytest.raises(InputError, match="does not exist"):
        load_gold(tmp_path / "nowhere")


@pytest.mark.skipif(not REPO_GOLD.is_dir(), reason="repository gold folder not present")
def test_repository_gold_set_loads_and_scores_perfectly_against_itself() -> None:
    articles = load_gold(REPO_GOLD)
    assert articles
    echoes = {
        a.id: ArticleExtraction(
            article_id=a.id,
            meetings=[Meeting.model_validate(m.model_dump()) for m in a.meetings],
        )
        for a in articles
    }
    scores = score(articles, echoes)
    assert scores.meetings.f1 == scores.participants.f1 == scores.agreements.f1 == 1.0
    assert scores.false_alarms == 0
