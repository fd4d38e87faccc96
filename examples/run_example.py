"""Extract the meetings of one example article and print them with their evidence.

python examples/run_example.py                    # embedded model, no API key
EXTRACT_MODEL=openai/gpt-4o-mini OPENAI_API_KEY=... python examples/run_example.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from extract import ExtractError, extract_article

HERE = Path(__file__).resolve().parent


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "02_phone_call.txt"
    text = path.read_text(encoding="utf-8")
    gold = path.with_name(path.stem + ".gold.json")
    published = json.loads(gold.read_text())["published"] if gold.exists() else None
    try:
        result = extract_article(text, published=published, article_id=path.name)
    except ExtractError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for meeting in result.meetings:
        people = ", ".join(
            f"{p.name} ({p.title or '?'}, {p.country or '?'})" for p in meeting.participants
        )
        print(
            f"{meeting.date or meeting.date_text or 'undated'} · {meeting.kind.value} · "
            f"{meeting.status.value} · {meeting.location or 'place not stated'}"
        )
        print(f"  {people}")
        for agreement in meeting.agreements:
            print(f"  agreed ({agreement.type.value}): {agreement.summary}")
        quote = meeting.evidence[0]
        print(f"  evidence [{quote.start}:{quote.end}]: {quote.quote!r}")
    print(
        f"{len(result.meetings)} meeting(s); tokens {result.usage.prompt_tokens} in, "
        f"{result.usage.completion_tokens} out"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
