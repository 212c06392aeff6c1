"""One-time reveal tokens waiting for a supervisor's approval, held in memory only.

A token never goes to disk: after a restart the officer simply asks again.
"""

from __future__ import annotations

_held: dict[int, str] = {}


def keep(request_id: int, token: str) -> None:
    _held[request_id] = token


def take(request_id: int) -> str | None:
    """The token, forgotten here as it is handed out: it works once anyway."""
    return _held.pop(request_id, None)


def held() -> frozenset[int]:
    return frozenset(_held)
