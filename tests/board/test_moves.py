"""What a drop means (pure rules) and where a report should go."""

from __future__ import annotations

import pytest

from desktop.core.catalog import CATEGORY_BY_CODE
from desktop.core.dispatching import CardState, Move, plan_move, plan_moves
from desktop.core.roles import Role
from desktop.core.routing import CategoryRoute, Why, suggest
from desktop.core.workflow import Status

OFFICER, SUPERVISOR, STAFF = Role.OFFICER, Role.SUPERVISOR, Role.AGENCY_STAFF


def card(status: Status, lead: str | None = None, supports=()) -> CardState:
    return CardState("JL-1", status, lead, frozenset(supports))


@pytest.mark.parametrize(("state", "target", "support", "move", "status", "reason"), [
    (card(Status.WAITING), "DLH", False, Move.DISPATCH, Status.DISPATCHED, False),
    (card(Status.REOPENED), "DLH", True, Move.DISPATCH, Status.DISPATCHED, False),
    (card(Status.DISPATCHED, "DLH"), "SATPOLPP", True, Move.COORDINATE, Status.COORDINATION, False),
    (card(Status.COORDINATION, "DLH", {"SATPOLPP"}), "DISHUB", True, Move.COORDINATE, Status.COORDINATION, False),
    (card(Status.DISPATCHED, "DLH"), "SDA", False, Move.REROUTE, Status.DISPATCHED, True),
    (card(Status.COORDINATION, "DLH", {"SATPOLPP"}), "SDA", False, Move.REROUTE, Status.COORDINATION, True),
    # The supporter taking the lead leaves no supporter behind.
    (card(Status.COORDINATION, "DLH", {"SATPOLPP"}), "SATPOLPP", False, Move.REROUTE, Status.DISPATCHED, True),
    (card(Status.DISPATCHED, "DLH"), None, False, Move.RECALL, Status.WAITING, True),
])
def test_drop_meanings(state, target, support, move, status, reason):
    plan = plan_move(state, target, OFFICER, support=support)
    assert plan.allowed, plan.refusal
    assert (plan.move, plan.target_status, plan.needs_reason) == (move, status, reason)


@pytest.mark.parametrize(("state", "target", "role", "support", "active", "text"), [
    (card(Status.WAITING), None, OFFICER, False, True, "JL-1: The report is already in the inbox."),
    (card(Status.WAITING), "DLH", OFFICER, False, False,
     "JL-1: DLH is disabled and takes no reports; choose another agency."),
    (card(Status.DISPATCHED, "DLH"), "DLH", OFFICER, False, True, "JL-1: The report is already with DLH."),
    (card(Status.COORDINATION, "DLH", {"SDA"}), "SDA", OFFICER, True, True, "JL-1: SDA already supports this report."),
    (card(Status.IN_PROGRESS, "DLH"), None, OFFICER, False, True,
     "JL-1: A Command-centre officer may not move a report from In progress to Waiting."),
    (card(Status.IN_PROGRESS, "DLH"), "SDA", OFFICER, False, True,
     "JL-1: A Command-centre officer may not re-route a report that is In progress."),
])
def test_refused_drops_say_why(state, target, role, support, active, text):
    plan = plan_move(state, target, role, support=support, target_active=active)
    assert not plan.allowed and plan.move is None
    assert plan.refusal.text("en") == text


def test_agency_staff_cannot_dispatch_from_the_inbox():
    plan = plan_move(card(Status.WAITING), "DLH", STAFF)
    assert not plan.allowed and "may not move a report from Waiting to Dispatched" in plan.refusal.text("en")


def test_refusals_read_in_indonesian():
    plan = plan_move(card(Status.IN_PROGRESS, "DLH"), None, OFFICER)
    assert "Proses" in plan.refusal.text("id") and "Menunggu" in plan.refusal.text("id")


def test_supervisor_may_reroute_work_in_progress():
    plan = plan_move(card(Status.IN_PROGRESS, "DLH"), "SDA", SUPERVISOR)
    assert plan.allowed and plan.move == Move.REROUTE


def test_several_cards_move_together_or_the_first_refusal_is_given():
    many = [CardState(f"JL-{n}", Status.WAITING, None) for n in range(3)]
    assert plan_moves(many, "DLH", OFFICER).move == Move.DISPATCH
    mixed = many + [CardState("JL-9", Status.DISPATCHED, "DLH")]
    refused = plan_moves(mixed, "DLH", OFFICER)
    assert not refused.allowed and refused.refusal.reference == "JL-9"
    assert not plan_moves([], "DLH", OFFICER).allowed


def test_routing_follows_the_category_and_the_local_office():
    active = {"DLH", "SATPOLPP", "KEC-GAMBIR"}
    rubbish = CategoryRoute("sampah", "DLH")
    vendors = CategoryRoute("pkl", "SATPOLPP", local=True)
    assert suggest(rubbish, "Gambir", active).agency_code == "DLH"
    local = suggest(vendors, "Gambir", active)
    assert (local.agency_code, local.why) == ("KEC-GAMBIR", Why.LOCAL_OFFICE)
    assert suggest(vendors, None, active).agency_code == "SATPOLPP"
    # The office is disabled: the category's agency takes it, and says which office was passed over.
    fallback = suggest(vendors, "Gambir", {"SATPOLPP"})
    assert (fallback.agency_code, fallback.why, fallback.passed_over) == ("SATPOLPP", Why.OFFICE_DISABLED, "KEC-GAMBIR")
    assert suggest(rubbish, "Gambir", set()) is None


def test_catalogue_categories_route_like_the_catalogue_says():
    from desktop.core.catalog import suggested_agency

    for category in CATEGORY_BY_CODE.values():
        route = CategoryRoute(category.code, category.default_agency, category.local)
        expected = suggested_agency(category, "Tanah Abang")
        assert suggest(route, "Tanah Abang", {expected}).agency_code == expected
