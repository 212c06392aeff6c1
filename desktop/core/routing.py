"""Where a report should go: the category's agency, or the area's kecamatan office for local matters.

The rule itself is ``catalog.suggested_agency``; this module adds what a live
installation needs on top: an installer may have disabled an office, in which case the
category's own agency takes over, and the officer is told why a column is suggested.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.catalog import suggested_agency
from desktop.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class CategoryRoute:
    """The routing facts of a category as the database holds them (an installer may change them)."""

    code: str
    default_agency: str
    local: bool = False


class Why(StrEnum):
    CATEGORY = "category"
    LOCAL_OFFICE = "local_office"
    OFFICE_DISABLED = "office_disabled"


WHY_TEXT: dict[Why, str] = {
    Why.CATEGORY: QT_TRANSLATE_NOOP("routing", "Reports of this category go to {agency}."),
    Why.LOCAL_OFFICE: QT_TRANSLATE_NOOP("routing", "A local matter: the office of {agency} handles it."),
    Why.OFFICE_DISABLED: QT_TRANSLATE_NOOP(
        "routing", "The local office {office} is disabled, so the category's agency {agency} takes it."),
}


@dataclass(frozen=True)
class Suggestion:
    agency_code: str
    why: Why
    # The office that would normally have taken it, when it is disabled.
    passed_over: str | None = None


def suggest(category: CategoryRoute, kecamatan: str | None, active: Collection[str]) -> Suggestion | None:
    """The agency to offer first, among ``active`` agency codes; None when every candidate is disabled."""
    preferred = suggested_agency(category, kecamatan)
    if preferred in active:
        why = Why.CATEGORY if preferred == category.default_agency else Why.LOCAL_OFFICE
        return Suggestion(preferred, why)
    if preferred != category.default_agency and category.default_agency in active:
        return Suggestion(category.default_agency, Why.OFFICE_DISABLED, preferred)
    return None
