"""What the model fills in for one passage: small, strict, copy-from-text.

These are deliberately narrower than the public records: a small model copies
names, dates and places as written; code then resolves dates, merges names,
normalizes countries and locates evidence. Enums and item limits become part of
the JSON-schema grammar, so a small model cannot loop or invent categories.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_MEETINGS_PER_PASSAGE = 4
MAX_PARTICIPANTS = 6
MAX_AGREEMENTS = 3


class _Draft(BaseModel):
    model_config = ConfigDict(extra="ignore")


NAME_LIMIT = 60  # a small model sometimes copies a whole office here and is cut off


class DraftPerson(_Draft):
    name: str = Field(
        max_length=NAME_LIMIT,
        description=(
            "The person's name copied exactly from the passage, without their title, "
            "e.g. 'Marco Rubio' or 'Wi'. Only people's names, never a country or an office "
            "like 'Prime Minister'."
        ),
    )
    title: str | None = Field(
        default=None,
        max_length=80,
        description="Their office as written in the passage, e.g. 'Secretary of State'; null if not given.",
    )
    country: str | None = Field(
        default=None,
        max_length=40,
        description=(
            "The country or organization they represent, as written, e.g. 'U.S.', 'Japanese', "
            "'NATO'; null if not given."
        ),
    )


class DraftAgreement(_Draft):
    what: str = Field(
        max_length=200,
        description="What both sides agreed, signed or pledged, in the passage's words.",
    )
    type: Literal["signed_document", "commitment", "intent_to_meet", "other"] = Field(
        description=(
            "signed_document if a treaty, memorandum or deal was signed; intent_to_meet if they "
            "agreed to meet or talk again or keep communicating; commitment for other joint pledges; other."
        )
    )


class DraftMeeting(_Draft):
    participants: list[DraftPerson] = Field(
        max_length=MAX_PARTICIPANTS,
        description=(
            "Every named person who took part, including the subject of the sentence. "
            "Leave out anyone who was only represented by someone else ('on behalf of X')."
        ),
    )
    kind: Literal["in_person", "call", "virtual"] = Field(
        description="call for a phone call, virtual for a video conference, else in_person."
    )
    status: Literal["held", "planned", "cancelled"] = Field(
        description="held if it already took place, planned if it is expected or scheduled, cancelled if called off."
    )
    date_text: str | None = Field(
        default=None,
        max_length=60,
        description="The words that say when it happened, copied exactly, e.g. 'on Tuesday'; null if none.",
    )
    location: str | None = Field(
        default=None,
        max_length=80,
        description="The city or place where it happened, copied from the passage; null if none.",
    )
    agreements: list[DraftAgreement] = Field(
        default_factory=list,
        max_length=MAX_AGREEMENTS,
        description=(
            "Each thing both sides agreed, signed or pledged together ('agreed to ...', "
            "'signed ...'); a statement by one side is not an agreement."
        ),
    )


class PassageDraft(_Draft):
    """The meetings between named officials reported in one passage."""

    meetings: list[DraftMeeting] = Field(
        max_length=MAX_MEETINGS_PER_PASSAGE,
        description=(
            "Meetings, talks, calls or visits between named officials reported in the passage; "
            "an empty list if there are none."
        ),
    )
