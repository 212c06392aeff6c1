"""Identifiers that any workstation can create offline without asking the server."""

from __future__ import annotations

import secrets
from datetime import datetime, timezone

EPOCH = datetime(2020, 1, 1, tzinfo=timezone.utc)
_RANDOM_BITS = 20


def new_id(now: datetime | None = None) -> int:
    """A time-ordered 63-bit id: milliseconds since 2020 then 20 random bits.

    Two workstations clash only if they create a row in the same millisecond and
    draw the same 20 bits, which is rare enough to treat as a constraint error.
    """
    now = now or datetime.now(timezone.utc)
    ms = int((now - EPOCH).total_seconds() * 1000)
    return (ms << _RANDOM_BITS) | secrets.randbits(_RANDOM_BITS)


def id_for(moment: datetime, serial: int) -> int:
    """A deterministic id for generated data: the same time layout, the serial as low bits."""
    ms = int((moment - EPOCH).total_seconds() * 1000)
    return (ms << _RANDOM_BITS) | (serial & ((1 << _RANDOM_BITS) - 1))
