"""Turning what an officer types into a full-text query that cannot be misread as syntax."""

from __future__ import annotations

import re

# Letters and digits only: punctuation separates words in the index, so it does in queries.
_WORD = re.compile(r"[^\W_]+")
MAX_TOKENS = 8


def search_tokens(text: str) -> tuple[str, ...]:
    """The words of ``text``, lower-cased; "JL-2611-000123" gives ("jl", "2611", "000123")."""
    return tuple(word.lower() for word in _WORD.findall(text))[:MAX_TOKENS]


def fts5_query(tokens: tuple[str, ...]) -> str:
    """Every word must appear; the last may be unfinished, so typing "banj" already finds "banjir".

    Only the last word is a prefix: a short finished word such as "jl" as a prefix would
    merge the lists of hundreds of index terms for nothing.
    """
    return " ".join(f'"{token}"' + ("*" if last else "") for token, last in _with_last(tokens))


def tsquery(tokens: tuple[str, ...]) -> str:
    """The same query for PostgreSQL's to_tsquery."""
    return " & ".join(f"'{token}'" + (":*" if last else "") for token, last in _with_last(tokens))


def _with_last(tokens: tuple[str, ...]):
    return ((token, index == len(tokens) - 1) for index, token in enumerate(tokens))
