"""What the provider makes of answers that are not textbook chat completions.

OpenAI-compatible servers differ: some leave out fields the OpenAI API always sends.
Those answers must still be read; a body that is not a chat completion at all must
become a clear error record, not a crash.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest

from extract._config import resolve_settings
from extract._drafts import PassageDraft
from extract._exceptions import ProviderError
from extract._provider import ModelClient
from tests.support.standin_server import STANDIN_DRAFT

URL = "http://127.0.0.1:9/v1"


def _client(tmp_path: Path, answer: httpx2.Response) -> tuple[ModelClient, list[dict[str, Any]]]:
    sent: list[dict[str, Any]] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent.append(json.loads(request.content))
        return answer

    settings = resolve_settings(
        model="compatible/any", base_url=URL, cache_dir=tmp_path, env={}, cwd=tmp_path
    )
    client = ModelClient(settings)
    client._openai = openai.AsyncOpenAI(
        base_url=URL,
        api_key="not-needed",
        max_retries=0,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(handler)),
    )
    return client, sent


def _ask(client: ModelClient) -> tuple[PassageDraft, Any]:
    messages = [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}]
    return asyncio.run(client.complete(messages, PassageDraft, max_tokens=100))


def test_an_answer_missing_fields_the_openai_api_always_sends_is_still_read(tmp_path):
    # No id, created, object or model; usage with prompt and completion tokens only.
    body = {
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": json.dumps(STANDIN_DRAFT)},
            }
        ],
        "usage": {"prompt_tokens": 12, "completion_tokens": 34},
    }
    client, sent = _client(tmp_path, httpx2.Response(200, json=body))
    draft, usage = _ask(client)
    assert draft.meetings[0].participants[0].name == "Anna Berg"
    assert (usage.requests, usage.prompt_tokens, usage.completion_tokens) == (1, 12, 34)
    assert sent[0]["max_tokens"] == 100
    assert sent[0]["messages"][-1]["content"] == "u"


@pytest.mark.parametrize(
    "answer",
    [
        httpx2.Response(200, text="<html>Welcome to nginx!</html>"),
        httpx2.Response(200, json=["not", "a", "completion"]),
    ],
    ids=["html page", "json list"],
)
def test_a_body_that_is_not_a_chat_completion_is_a_clear_error(tmp_path, answer):
    client, sent = _client(tmp_path, answer)
    with pytest.raises(ProviderError) as caught:
        _ask(client)
    assert caught.value.reason == "bad_response"
    assert "not a chat completion" in str(caught.value)
    assert "base_url" in str(caught.value)
    assert len(sent) == 1  # not retried: asking again would get the same page
