"""Every cell of the transition table: each (from, to, role) is allowed or refused with a reason."""

from __future__ import annotations

import itertools

import pytest

from desktop.core.roles import Role
from desktop.core.workflow import (
    OPEN_STATUSES, REASON_REQUIRED, REFUSE_NO_PATH, REFUSE_REASON, REFUSE_ROLE, REFUSE_SAME, STATUS_INFO, Status,
    check_transition, status_name, targets_for,
)

W, C, D, P, F, R, X, O = (Status.WAITING, Status.COORDINATION, Status.DISPATCHED, Status.IN_PROGRESS,
                          Status.DONE, Status.REJECTED, Status.DUPLICATE, Status.REOPENED)
ROLE_LETTER = {Role.OFFICER: "o", Role.SUPERVISOR: "s", Role.AGENCY_STAFF: "a", Role.AUDITOR: "u", Role.ADMIN: "m"}

# The workflow as a supervisor would write it on a whiteboard, written independently of the code.
# Letters: o officer, s supervisor, a agency staff. Auditors and admins never move reports.
EXPECTED = {
    (W, D): "os", (W, C): "os", (W, R): "os", (W, X): "os",
    (O, D): "os", (O, C): "os", (O, R): "os", (O, X): "os",
    (D, C): "os", (D, P): "a", (D, W): "osa", (D, X): "os",
    (C, D): "os", (C, P): "a", (C, W): "osa", (C, X): "os",
    (P, F): "sa", (P, C): "os", (P, W): "sa",
    (F, O): "os",
    (R, O): "s",
    (X, W): "os",
}
NEEDS_REASON = {(W, R), (O, R), (D, W), (C, W), (P, W), (F, O), (R, O)}

CELLS = list(itertools.product(Status, Status, Role))


@pytest.mark.parametrize("current, target, role", CELLS, ids=lambda v: v.value)
def test_every_cell(current, target, role):
    decision = check_transition(current, target, role, reason="Alasan yang cukup jelas")
    allowed = ROLE_LETTER[role] in EXPECTED.get((current, target), "")
    assert decision.allowed is allowed
    if allowed:
        return
    # A refusal always says why, naming the statuses involved in words the officer knows.
    text = decision.text("en")
    assert text
    if current == target:
        assert decision.template == REFUSE_SAME
    elif (current, target) not in EXPECTED:
        assert decision.template == REFUSE_NO_PATH
        assert STATUS_INFO[current].name_en in text and STATUS_INFO[target].name_en in text
    else:
        assert decision.template == REFUSE_ROLE


def test_table_has_no_moves_beyond_the_expected_ones():
    cells_allowed = {(c, t) for c, t, r in CELLS if check_transition(c, t, r, reason="cukup jelas").allowed}
    assert cells_allowed == set(EXPECTED)


@pytest.mark.parametrize("pair", sorted(NEEDS_REASON), ids=lambda p: f"{p[0].value}-{p[1].value}")
@pytest.mark.parametrize("reason", [None, "", "   "])
def test_moves_that_need_a_reason_refuse_without_one(pair, reason):
    role = Role.SUPERVISOR
    decision = check_transition(*pair, role, reason=reason)
    assert not decision.allowed
    assert decision.template == REFUSE_REASON


def test_reason_required_set_matches_the_spec():
    assert REASON_REQUIRED == NEEDS_REASON


def test_refusal_text_in_indonesian_uses_indonesian_names():
    decision = check_transition(Status.DONE, Status.DISPATCHED, Role.OFFICER)
    assert "Selesai" in decision.text("id") and "Disposisi" in decision.text("id")


def test_role_refusal_names_the_role():
    decision = check_transition(Status.WAITING, Status.DISPATCHED, Role.ADMIN)
    assert "Administrator" in decision.text("en")


def test_the_five_public_statuses_keep_the_studys_colours():
    assert {s: STATUS_INFO[s].colour for s in (W, C, D, P, F)} == {
        W: "#d32f2f", C: "#7b1fa2", D: "#1976d2", P: "#f9a825", F: "#388e3c"}
    assert [status_name(s, "id") for s in (W, C, D, P, F)] == ["Menunggu", "Koordinasi", "Disposisi", "Proses", "Selesai"]


def test_open_statuses():
    assert OPEN_STATUSES == {W, C, D, P, O}


def test_targets_for_lists_only_allowed_moves():
    assert set(targets_for(W, Role.OFFICER)) == {D, C, R, X}
    assert set(targets_for(D, Role.AGENCY_STAFF)) == {P, W}
    assert targets_for(W, Role.AUDITOR) == []
