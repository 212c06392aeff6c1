"""What a user action changed, so each view can decide whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    reports: frozenset[int] = frozenset()
    # Set when too much changed to list (an import, a sync batch, a language switch).
    all_reports: bool = False
    reference_data: bool = False

    def touches(self, report_id: int) -> bool:
        return self.all_reports or report_id in self.reports
