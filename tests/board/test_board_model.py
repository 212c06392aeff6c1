"""The column model: order, overdue counts and moves between columns, checked against the plain rules."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from desktop.core.deadlines import running_clock
from desktop.services.board import BoardCard, BoardSnapshot, CardUpdate
from desktop.ui.board.mime import INBOX
from desktop.ui.board.model import BoardData, timed

NOW = datetime(2026, 11, 9, 9, 0, tzinfo=timezone.utc)


def _card(n: int, rng: random.Random, status: str = "waiting", lead: str | None = None) -> BoardCard:
    received = NOW - timedelta(minutes=rng.uniform(0, 60 * 24 * 5))
    emergency = rng.random() < 0.2
    return BoardCard(
        id=n, reference=f"JL-{n:05d}", title="t", status=status, category="sampah", emergency=emergency,
        privacy="public", received_at=received,
        first_action_at=None if rng.random() < 0.5 else received + timedelta(minutes=5),
        due_at=None if rng.random() < 0.05 else received + timedelta(hours=rng.uniform(1, 120)),
        lead=lead, supports=(), accepted=(), version=1, kecamatan=None, kelurahan=None, suggestion=None,
        escalated=False)


def _overdue_by_rule(cards, now) -> int:
    return sum(1 for c in cards if (clock := running_clock(timed(c), now)) and clock.state == "overdue")


def test_overdue_count_matches_the_deadline_rules(qapp):
    rng = random.Random(11)
    data = BoardData()
    data.columns[INBOX].set_cards([_card(n, rng) for n in range(500)])
    model = data.columns[INBOX]
    for offset in (-48, -1, 0, 1, 24, 200):
        now = NOW + timedelta(hours=offset)
        assert model.overdue(now) == _overdue_by_rule(model.cards(), now)
    # Exactly at a due instant the card counts as overdue, as the SLA clock says.
    card = next(c for c in model.cards() if not c.emergency and c.due_at)
    at_due = card.due_at
    assert model.overdue(at_due) == _overdue_by_rule(model.cards(), at_due)


def test_moves_keep_columns_sorted_and_counts_right(qapp):
    rng = random.Random(5)
    data = BoardData()
    cards = [_card(n, rng) for n in range(200)]
    data.load(BoardSnapshot((), {}, tuple(cards), NOW))
    moved = tuple(_with(c, status="dispatched", lead="DLH") for c in cards[:30])
    data.apply(CardUpdate(moved, frozenset({cards[40].id})))
    inbox, dlh = data.columns[INBOX], data.columns["DLH"]
    assert inbox.rowCount() == 200 - 30 - 1 and dlh.rowCount() == 30
    for model in (inbox, dlh):
        keys = [data.order(c) for c in model.cards()]
        assert keys == sorted(keys)
        assert model.overdue(NOW) == _overdue_by_rule(model.cards(), NOW)
        assert model.stringList() == [c.reference for c in model.cards()]
    data.set_order("newest")
    times = [c.received_at for c in inbox.cards() if not (c.emergency and c.first_action_at is None)]
    assert times == sorted(times, reverse=True)
    assert inbox.overdue(NOW) == _overdue_by_rule(inbox.cards(), NOW)


def _with(card: BoardCard, **changes) -> BoardCard:
    return replace(card, version=card.version + 1, **changes)
