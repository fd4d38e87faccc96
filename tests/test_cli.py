"""The `extract` command end to end against the stand-in server: output formats,
exit codes, resume, cache, progress lines and error messages."""

from __future__ import annotations

import csv
import io
import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract._cli import main
from extract._models import ArticleExtraction, Failure
from extract._output import read_results
from extract._progress import Progress
from extract._terminal import format_table
from tests.support.standin_server import StandinServer, standin_article
from tests.support.workdir import standin_workdir

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def server() -> Iterator[StandinServer]:
    with StandinServer(latency=0.01) as running:
        yield running


@pytest.fixture
def workdir(tmp_path, monkeypatch, server) -> Path:
    """A folder with three articles and an extract.toml pointing at the stand-in."""
    standin_workdir(tmp_path, monkeypatch, server.url)
    news = tmp_path / "news"
    news.mkdir()
    for i in range(3):
        (news / f"a{i}.txt").write_text(standin_article(i), encoding="utf-8")
    return tmp_path


def test_run_without_output_prints_each_articles_meetings(workdir, capsys):
    code = main(["run", "news"])

    out, err = capsys.readouterr()
    assert code == 0
    assert out.index("news/a0.txt") < out.index("news/a1.txt") < out.index("news/a2.txt")
    assert "Anna Berg" in out
    assert "John Carter" in out
    assert "Geneva" in out
    assert "3 ok, 0 failed" in err  # the summary goes to stderr


def test_run_writes_jsonl_and_exits_1_when_an_article_failed(workdir, capsys):
    (workdir / "news" / "empty.txt").write_text("", encoding="utf-8")

    code = main(["run", "news", "-o", "out.jsonl"])

    results = {r.article_id: r for r in read_results(workdir / "out.jsonl")}
    assert code == 1
    assert len(results) == 4
    assert results["news/empty.txt"].error is not None
    assert results["news/empty.txt"].error.reason == "empty_input"
    assert "news/empty.txt" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_run_writes_json_and_csv(workdir, fmt):
    code = main(["run", "news", "-o", f"out.{fmt}"])

    out = workdir / f"out.{fmt}"
    assert code == 0
    if fmt == "json":
        ids = {r["article_id"] for r in json.loads(out.read_text(encoding="utf-8"))}
    else:
        with out.open(encoding="utf-8", newline="") as fh:
            ids = {row["article_id"] for row in csv.DictReader(fh)}
    assert ids == {"news/a0.txt", "news/a1.txt", "news/a2.txt"}
    assert not (workdir / f"out.{fmt}.partial.jsonl").exists()


def test_rerun_resumes_and_the_cache_spares_model_calls(workdir, server, capsys):
    assert main(["run", "news/a0.txt", "-o", "out.jsonl"]) == 0
    after_first = server.requests

    assert main(["run", "news", "-o", "out.jsonl"]) == 0
    after_second = server.requests
    assert main(["run", "news", "-o", "again.jsonl"]) == 0

    ids = [r.article_id for r in read_results(workdir / "out.jsonl")]
    assert sorted(ids) == ["news/a0.txt", "news/a1.txt", "news/a2.txt"]  # each exactly once
    assert after_second > after_first
    assert server.requests == after_second  # third run: everything came from the cache
    assert "1 already done" in capsys.readouterr().err


def test_warnings_reach_stderr_even_though_the_library_logger_has_a_null_handler(
    workdir, capsys, monkeypatch
):
    ours = logging.getLogger("extract")
    monkeypatch.setattr(ours, "handlers", [logging.NullHandler()])  # as the library sets it up
    assert main(["run", "news/a0.txt", "-o", "out.jsonl"]) == 0
    with (workdir / "out.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"article_id": "news/a1.txt", "meet')  # a run killed mid-write
    capsys.readouterr()

    assert main(["run", "news", "-o", "out.jsonl"]) == 0

    err = capsys.readouterr().err
    assert "extract: warning:" in err
    assert "dropped truncated last line 2" in err
    for noisy in ("instructor.v2.retry", "openai", "httpx2"):  # retry chatter stays out
        assert not logging.getLogger(noisy).isEnabledFor(logging.ERROR)


def test_no_cache_calls_the_model_again(workdir, server):
    assert main(["run", "news", "-o", "one.jsonl"]) == 0
    calls = server.requests

    assert main(["run", "news", "-o", "two.jsonl", "--no-cache"]) == 0

    assert server.requests >= 2 * calls > 0


def test_quiet_prints_only_errors(workdir, capsys):
    (workdir / "news" / "empty.txt").write_text("", encoding="utf-8")

    code = main(["run", "news", "-o", "out.jsonl", "--quiet"])

    err_lines = capsys.readouterr().err.splitlines()
    assert code == 1
    assert err_lines
    assert all(line.startswith("error:") for line in err_lines)


def test_non_tty_progress_prints_plain_lines(workdir, capsys):
    code = main(["run", "news", "-o", "out.jsonl"])

    err = capsys.readouterr().err
    assert code == 0
    assert "\r" not in err
    assert "\x1b" not in err
    progress_lines = [line for line in err.splitlines() if line.startswith("[extract] ")]
    assert progress_lines
    assert progress_lines[-1].startswith("[extract] 3")


def test_config_error_exits_2_with_a_one_line_message(workdir, capsys):
    code = main(["run", "news", "--model", "nosuch/model"])

    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith("extract: error: ")
    assert "unknown provider 'nosuch'" in err
    assert "Traceback" not in err


def test_missing_config_file_exits_2(workdir, capsys):
    assert main(["run", "news", "--config", "nope.toml"]) == 2
    assert "nope.toml does not exist" in capsys.readouterr().err


def test_no_inputs_is_a_usage_error(workdir, capsys):
    assert main(["run"]) == 2
    assert "INPUT" in capsys.readouterr().err


def test_unknown_output_format_is_a_usage_error(workdir, capsys):
    assert main(["run", "news", "--format", "xml"]) == 2
    assert "xml" in capsys.readouterr().err


def test_show_prints_a_table_of_meetings_and_failures(workdir, capsys):
    main(["run", "news/a0.txt", "-o", "out.jsonl", "--quiet"])
    capsys.readouterr()

    assert main(["show", "out.jsonl"]) == 0

    out = capsys.readouterr().out
    assert "PARTICIPANTS" in out
    assert "news/a0.txt" in out
    assert "Anna Berg" in out
    assert "1 articles" in out


def test_table_lists_failures_and_fits_the_width():
    failed = ArticleExtraction(
        article_id="x", error=Failure(reason="provider_timeout", message="timed out; retry")
    )
    empty = ArticleExtraction(article_id="quiet-news")

    table = format_table([failed, empty], width=60)

    assert "FAILED x: provider_timeout: timed out; retry" in table
    assert "(no meetings)" in table
    assert "2 articles, 0 meetings, 1 failed" in table
    assert max(len(line) for line in table.splitlines()[:2]) <= 60


def test_report_command_writes_html(workdir, capsys):
    main(["run", "news", "-o", "out.jsonl", "--quiet"])

    code = main(["report", "out.jsonl", "-o", "report.html"])

    assert code == 0
    assert (workdir / "report.html").read_text(encoding="utf-8").lstrip().startswith("<!")
    assert "3 articles" in capsys.readouterr().out


def test_show_of_a_missing_file_says_so_without_traceback(workdir, capsys):
    code = main(["show", "missing.jsonl"])

    err = capsys.readouterr().err
    assert code == 2
    assert "missing.jsonl" in err
    assert "Traceback" not in err


def test_python_dash_m_extract_runs_the_command():
    done = subprocess.run(
        [sys.executable, "-m", "extract", "--help"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0
    assert "run" in done.stdout
    assert "eval" in done.stdout


# -- progress without a terminal, and on one ------------------------------------------
class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _result(i: int, *, failed: bool = False) -> ArticleExtraction:
    error = Failure(reason="provider_timeout", message="slow") if failed else None
    return ArticleExtraction(article_id=f"a{i}", error=error)


def test_log_progress_every_n_articles_or_every_interval():
    stream, clock = io.StringIO(), _Clock()
    progress = Progress(stream=stream, tty=False, every=5, interval=10.0, clock=clock)
    progress.start(total=12)

    for i in range(12):
        clock.now += 0.1
        progress.advance(_result(i))
    clock.now += 11  # a quiet spell: the 10 s log needs something new to report
    progress.tick()
    progress.finish()

    lines = stream.getvalue().splitlines()
    assert [line.split()[1] for line in lines] == ["5/12", "10/12", "12/12"]
    assert "ETA" in lines[0]


def test_log_progress_after_interval_even_if_few_articles():
    stream, clock = io.StringIO(), _Clock()
    progress = Progress(stream=stream, tty=False, every=100, interval=10.0, clock=clock)
    progress.start()

    progress.advance(_result(0))
    clock.now = 10.5
    progress.tick()

    assert len(stream.getvalue().splitlines()) == 1
    assert stream.getvalue().startswith("[extract] 1 |")


def test_tty_bar_redraws_at_most_ten_times_a_second():
    stream, clock = io.StringIO(), _Clock()
    progress = Progress(stream=stream, tty=True, clock=clock)
    progress.start(total=1000)

    for i in range(1000):
        clock.now += 0.001  # 1000 articles in one second
        progress.advance(_result(i, failed=(i == 500)))

    draws = stream.getvalue().count(" failed | ")
    assert 5 <= draws <= 12  # 10 a second, plus one redraw after the error line
    assert "error: a500: provider_timeout: slow" in stream.getvalue()


def test_quiet_progress_shows_errors_only():
    stream = io.StringIO()
    progress = Progress(stream=stream, quiet=True, tty=False, every=1)
    progress.start(total=2)
    progress.advance(_result(0))
    progress.advance(_result(1, failed=True))
    progress.info("hello")
    progress.finish()

    assert stream.getvalue() == "error: a1: provider_timeout: slow\n"


# -- eval and models -------------------------------------------------------------------
def _gold_dir(folder: Path) -> Path:
    gold = folder / "gold"
    gold.mkdir()
    (gold / "g1.txt").write_text(standin_article(7), encoding="utf-8")
    person = {"aliases": [], "title": None, "country": None}
    meeting = {
        "participants": [{**person, "name": "Anna Berg"}, {**person, "name": "John Carter"}],
        "date": None,
        "date_text": "on Tuesday",
        "location": "Geneva",
        "occasion": None,
        "kind": "in_person",
        "status": "held",
        "agreements": [],
    }
    (gold / "g1.gold.json").write_text(
        json.dumps({"id": "g1", "published": None, "meetings": [meeting]}), encoding="utf-8"
    )
    return gold


def test_eval_runs_the_model_on_gold_and_writes_scores(workdir, capsys):
    gold = _gold_dir(workdir)

    code = main(["eval", str(gold), "--json", "scores.json"])

    scores = json.loads((workdir / "scores.json").read_text(encoding="utf-8"))
    assert code == 0
    assert scores["articles"] == 1
    assert scores["meetings"]["tp"] == 1
    assert "meetings" in capsys.readouterr().out


def test_eval_scores_a_predictions_file_without_calling_the_model(workdir, server, capsys):
    gold = _gold_dir(workdir)
    missing = ArticleExtraction(article_id="g1")  # predicts no meeting
    (workdir / "pred.jsonl").write_text(missing.model_dump_json() + "\n", encoding="utf-8")

    code = main(["eval", str(gold), "--predictions", "pred.jsonl", "--json", "s.json"])

    scores = json.loads((workdir / "s.json").read_text(encoding="utf-8"))
    assert code == 0
    assert server.requests == 0
    assert scores["meetings"]["fn"] == 1
    assert scores["meetings"]["tp"] == 0


def test_models_lists_providers_and_reaches_the_configured_one(workdir, capsys):
    code = main(["models"])

    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("resolved model: compatible/standin")
    assert "reachable at" in out.splitlines()[2]  # the resolved model's row comes first
    assert "openai/" in out
    assert "not configured: export OPENAI_API_KEY" in out


def test_models_exits_1_when_the_configured_endpoint_is_down(workdir, capsys):
    down = workdir / "down.toml"
    # Port 9 (discard) has no listener here: the connection is refused at once.
    down.write_text('model = "compatible/gone"\nbase_url = "http://127.0.0.1:9/v1"\n')

    code = main(["models", "--config", str(down)])

    assert code == 1
    assert "unreachable" in capsys.readouterr().out.splitlines()[2]


@pytest.mark.parametrize("output", [None, "out.jsonl", "out.csv"])
def test_consolidate_writes_one_corpus_over_all_articles(workdir, output):
    argv = ["run", "news", "--consolidate", "corpus.json", "--quiet"]
    argv += ["-o", output] if output else []

    assert main(argv) == 0

    corpus = json.loads((workdir / "corpus.json").read_text(encoding="utf-8"))
    sources = {s for m in corpus["meetings"] for s in m["sources"]}
    assert sources == {"news/a0.txt", "news/a1.txt", "news/a2.txt"}
    names = {entry["name"] for entry in corpus["officials"]}
    assert {"Anna Berg", "John Carter"} <= names


def test_a_bad_flag_value_exits_2_naming_the_setting(workdir, capsys):
    code = main(["run", "news", "--concurrency", "0"])

    err = capsys.readouterr().err
    assert code == 2
    assert "concurrency must be positive" in err
