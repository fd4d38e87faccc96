"""Writers: the crash-safe JSONL journal, atomic JSON/CSV files, and reading results back."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os

import pytest

from extract._exceptions import ConfigError, ExtractError, InputError
from extract._models import (
    Agreement,
    AgreementType,
    ArticleExtraction,
    Evidence,
    Failure,
    Meeting,
    MeetingKind,
    Official,
)
from extract._output import (
    CSV_COLUMNS,
    JsonlJournal,
    read_results,
    write_csv,
    write_json,
    write_text,
)

TEXT = "외교부 장관 조현과 Marco Rubio met in Washington.\nThey agreed to meet again."


def meeting_result(article_id: str = "news/a.txt") -> ArticleExtraction:
    quote = "Marco Rubio met in Washington.\nThey"
    start = TEXT.index(quote)
    meeting = Meeting(
        participants=[
            Official(name="조현", title="외교부 장관", country="South Korea", country_code="KR"),
            Official(name="Marco Rubio", title="Secretary of State", country="United States"),
            Official(name="Ivan Ivanov"),
        ],
        date=dt.date(2025, 7, 28),
        date_text="Monday",
        location="Washington, United States",
        kind=MeetingKind.IN_PERSON,
        agreements=[
            Agreement(summary="Meet again, soon", type=AgreementType.INTENT_TO_MEET),
            Agreement(summary="Sign a tariff deal", type=AgreementType.SIGNED_DOCUMENT),
        ],
        evidence=[Evidence(quote=quote, start=start, end=start + len(quote))],
        sources=[article_id],
    ).with_id()
    return ArticleExtraction(
        article_id=article_id, published=dt.date(2025, 7, 29), meetings=[meeting], model="m"
    )


def empty_result(article_id: str) -> ArticleExtraction:
    return ArticleExtraction(article_id=article_id, model="m")


def failed_result(article_id: str) -> ArticleExtraction:
    return ArticleExtraction(
        article_id=article_id, error=Failure(reason="binary_input", message="binary")
    )


def test_journal_appends_complete_lines_and_reports_done_ids_on_reopen(tmp_path):
    path = tmp_path / "out" / "results.jsonl"
    with JsonlJournal(path) as journal:
        journal.append(meeting_result("a"))
        journal.append(failed_result("b"))
    journal = JsonlJournal()
    assert journal.open(path) == {"a", "b"}
    assert journal.failed_ids == {"b"}
    journal.close()
    assert [r.article_id for r in read_results(path)] == ["a", "b"]
    assert path.read_bytes().endswith(b"\n")


def test_append_many_writes_a_group_with_one_fsync_and_records_every_id(tmp_path, monkeypatch):
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    path = tmp_path / "results.jsonl"
    with JsonlJournal(path) as journal:
        journal.append_many([meeting_result("a"), failed_result("b"), empty_result("c")])
        journal.append_many([])  # nothing finished: nothing written, nothing synced
        assert journal.done_ids == {"a", "b", "c"}
        assert journal.failed_ids == {"b"}
    assert len(synced) == 1
    assert [r.article_id for r in read_results(path)] == ["a", "b", "c"]
    assert JsonlJournal().open(path) == {"a", "b", "c"}


def test_a_group_that_fails_to_sync_is_not_counted_as_done(tmp_path, monkeypatch):
    path = tmp_path / "results.jsonl"
    journal = JsonlJournal(path)
    journal.open()
    journal.append(meeting_result("a"))

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExtractError, match="No space left on device") as info:
        journal.append_many([meeting_result("b"), meeting_result("c")])
    journal.close()
    assert info.value.reason == "output_error"
    assert journal.done_ids == {"a"}  # not counted as done until synced


def test_append_many_needs_an_open_journal(tmp_path):
    with pytest.raises(InputError, match="call open"):
        JsonlJournal(tmp_path / "results.jsonl").append_many([meeting_result("a")])


def test_journal_drops_a_truncated_last_line_and_keeps_appending(tmp_path):
    path = tmp_path / "results.jsonl"
    complete = meeting_result("a").model_dump_json()
    cut = meeting_result("b").model_dump_json()[:57]
    path.write_text(complete + "\n" + cut, encoding="utf-8")
    journal = JsonlJournal(path)
    assert journal.open() == {"a"}
    assert path.read_text(encoding="utf-8") == complete + "\n"  # rewritten without the cut line
    journal.append(meeting_result("b"))
    journal.close()
    assert [r.article_id for r in read_results(path)] == ["a", "b"]


def test_journal_recovers_from_any_kill_point(tmp_path):
    lines = [meeting_result(f"a{i}").model_dump_json().encode() + b"\n" for i in range(3)]
    whole = b"".join(lines)
    ends = [sum(len(line) for line in lines[: i + 1]) for i in range(3)]
    # Every 31st byte, plus the cuts right at and just before each newline.
    cuts = set(range(0, len(whole) + 1, 31)) | set(ends) | {end - 1 for end in ends}
    for cut in sorted(cuts):
        path = tmp_path / f"killed-{cut}.jsonl"
        path.write_bytes(whole[:cut])
        journal = JsonlJournal(path)
        done = journal.open()
        journal.close()
        complete = sum(1 for end in ends if cut >= end - 1)  # JSON whole, newline optional
        assert done == {f"a{i}" for i in range(complete)}
        assert path.read_bytes() == whole[: ends[complete - 1] if complete else 0]
        assert len(list(read_results(path))) == complete


def test_journal_completes_a_valid_last_line_missing_its_newline(tmp_path):
    path = tmp_path / "results.jsonl"
    path.write_text(meeting_result("a").model_dump_json(), encoding="utf-8")
    with JsonlJournal(path) as journal:
        journal.append(meeting_result("b"))
    assert [r.article_id for r in read_results(path)] == ["a", "b"]


def test_journal_refuses_a_damaged_middle_line(tmp_path):
    path = tmp_path / "results.jsonl"
    good = meeting_result("a").model_dump_json()
    path.write_text(f"{good}\nnot json\n{good}\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        JsonlJournal(path).open()
    with pytest.raises(InputError, match="line 2"):
        list(read_results(path))


def test_read_results_skips_and_reports_a_truncated_last_line(tmp_path):
    path = tmp_path / "results.jsonl"
    path.write_text(meeting_result("a").model_dump_json() + '\n{"article_id": "b", ', "utf-8")
    skipped: list[int] = []
    got = list(read_results(path, on_skip=lambda n, _m: skipped.append(n)))
    assert [r.article_id for r in got] == ["a"]
    assert skipped == [2]


def test_write_json_round_trips_through_read_results(tmp_path):
    path = tmp_path / "results.json"
    results = [meeting_result("a"), empty_result("b"), failed_result("c")]
    write_json(results, path)
    assert [item["article_id"] for item in json.loads(path.read_text("utf-8"))] == ["a", "b", "c"]
    assert list(read_results(path)) == results
    assert "조현" in path.read_text("utf-8")  # written as UTF-8, not \\u escapes


def test_csv_has_one_row_per_participant_and_every_article(tmp_path):
    path = tmp_path / "results.csv"
    write_csv([meeting_result("a"), empty_result("b"), failed_result("c")], path)
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        rows = list(reader)
    assert [(r["article_id"], r["participant_name"]) for r in rows] == [
        ("a", "조현"),
        ("a", "Marco Rubio"),
        ("a", "Ivan Ivanov"),
        ("b", ""),
        ("c", ""),
    ]
    first = rows[0]
    assert first["published"] == "2025-07-29"
    assert first["meeting_date"] == "2025-07-28"
    assert first["participant_title"] == "외교부 장관"
    assert first["participant_country_code"] == "KR"
    assert first["other_participants"] == "Marco Rubio; Ivan Ivanov"
    assert first["agreements"] == "Meet again, soon; Sign a tariff deal"
    assert first["agreement_types"] == "intent_to_meet; signed_document"
    assert first["evidence"] == "Marco Rubio met in Washington.\nThey"
    assert (first["kind"], first["status"], first["sources"]) == ("in_person", "held", "a")
    assert rows[0]["meeting_id"].startswith("m-")
    assert rows[3]["meeting_id"] == ""
    assert (rows[4]["error_reason"], rows[4]["meeting_id"]) == ("binary_input", "")


def test_writers_replace_files_atomically_and_leave_no_temp_files(tmp_path):
    path = tmp_path / "results.csv"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o644)

    def exploding():
        yield meeting_result("a")
        raise RuntimeError("crash while writing")

    with pytest.raises(RuntimeError):
        write_csv(exploding(), path)
    assert path.read_text(encoding="utf-8") == "old"
    write_csv([meeting_result("a")], path)
    assert path.read_text(encoding="utf-8").startswith("article_id,")
    assert path.stat().st_mode & 0o777 == 0o644  # kept, not mkstemp's 0600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.csv"]


def test_unwritable_output_paths_raise_errors_that_name_the_path(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExtractError, match="not-a-folder") as info:
        write_csv([meeting_result("a")], blocker / "results.csv")
    assert info.value.reason == "output_error"
    with pytest.raises(ConfigError, match="another output path"):
        JsonlJournal(tmp_path).open()  # a folder, not a file


def test_write_text_replaces_atomically_and_says_what_to_do_when_it_cannot(tmp_path):
    path = tmp_path / "corpus.json"
    path.write_text("old", encoding="utf-8")
    write_text(path, "new\n", hint="try another path")
    assert path.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.json"]
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExtractError, match=r"not-a-folder.*try another path"):
        write_text(blocker / "corpus.json", "{}", hint="try another path")
