"""The screens ``jaklapor-desk screenshot --view`` can render, and whom it logs in as.

Each entry names an async ``prepare(window, size)`` that brings the main window to
that screen and returns once its data is on screen.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ViewSpec:
    default_user: str
    prepare: str  # "module:function"


VIEWS: dict[str, ViewSpec] = {
    "inbox": ViewSpec("petugas1", "desktop.ui.screenshot:prepare_inbox"),
    "detail": ViewSpec("petugas1", "desktop.ui.screenshot:prepare_detail"),
    "map": ViewSpec("petugas1", "desktop.ui.inbox.screenshot:prepare_map"),
    "board": ViewSpec("petugas1", "desktop.ui.board.screenshot:prepare_board"),
    "agency_desk": ViewSpec("staf.dlh", "desktop.ui.board.screenshot:prepare_agency_desk"),
    "duplicates": ViewSpec("petugas1", "desktop.ui.duplicates.screenshot:prepare_duplicates"),
    "intake": ViewSpec("petugas1", "desktop.ui.intake.screenshot:prepare_intake"),
    "reveal": ViewSpec("petugas1", "desktop.ui.reveal.screenshot:prepare_reveal"),
    "approvals": ViewSpec("supervisor1", "desktop.ui.approvals.screenshot:prepare_approvals"),
    "audit": ViewSpec("auditor1", "desktop.ui.audit.screenshot:prepare_audit"),
    "users": ViewSpec("admin", "desktop.ui.users.screenshot:prepare_users"),
    "redact": ViewSpec("petugas1", "desktop.ui.redact.screenshot:prepare_redact"),
    "supervisor": ViewSpec("supervisor1", "desktop.ui.supervisor.screenshot:prepare_supervisor"),
    "supervisor_goal": ViewSpec("supervisor1", "desktop.ui.supervisor.screenshot:prepare_goal"),
    "supervisor_integration": ViewSpec("supervisor1", "desktop.ui.supervisor.screenshot:prepare_integration"),
    "supervisor_adaptation": ViewSpec("supervisor1", "desktop.ui.supervisor.screenshot:prepare_adaptation"),
    "supervisor_heat": ViewSpec("supervisor1", "desktop.ui.supervisor.screenshot:prepare_heat"),
    "firstrun": ViewSpec("petugas1", "desktop.ui.firstrun.screenshot:prepare_firstrun"),
}
