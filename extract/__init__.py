"""Structured extraction of diplomatic meetings, officials and agreements from news.

from extract import extract_meetings
meetings = extract_meetings(text, published="2026-03-12")
"""

import logging

from ._api import (
    Extractor,
    extract_article,
    extract_article_async,
    extract_meetings,
    extract_meetings_async,
)
from ._config import DEFAULT_MODEL, Settings, resolve_settings
from ._consolidate import Corpus, consolidate
from ._exceptions import (
    BadModelOutput,
    CacheError,
    ConfigError,
    ExtractError,
    InputError,
    ModelSetupError,
    ProviderError,
    ProviderTimeout,
    ProviderUnavailable,
    RateLimited,
)
from ._models import (
    Agreement,
    AgreementType,
    ArticleExtraction,
    Evidence,
    Failure,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Official,
    Usage,
)
from ._registry import RegistryEntry, TitleSeen

__all__ = [
    "DEFAULT_MODEL",
    "Agreement",
    "AgreementType",
    "ArticleExtraction",
    "BadModelOutput",
    "CacheError",
    "ConfigError",
    "Corpus",
    "Evidence",
    "ExtractError",
    "Extractor",
    "Failure",
    "InputError",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "ModelSetupError",
    "Official",
    "ProviderError",
    "ProviderTimeout",
    "ProviderUnavailable",
    "RateLimited",
    "RegistryEntry",
    "Settings",
    "TitleSeen",
    "Usage",
    "consolidate",
    "extract_article",
    "extract_article_async",
    "extract_meetings",
    "extract_meetings_async",
    "resolve_settings",
]

# A library stays quiet unless the application configures logging.
logging.getLogger(__name__).addHandler(logging.NullHandler())
