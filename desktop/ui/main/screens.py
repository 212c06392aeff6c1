"""The screens of the main window's workspace and which role sees each.

A screen is a QWidget built with ``Screen(ctx)``; if it has ``sig_report_selected``
the shared detail pane follows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Permission


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    factory: str  # "module:Class"
    title: str  # translated in context "screens"
    permission: Permission


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("inbox", "desktop.ui.inbox.panel:InboxPanel", QT_TRANSLATE_NOOP("screens", "Inbox"),
               Permission.VIEW_REPORTS),
    ScreenSpec("board", "desktop.ui.board.screen:BoardScreen", QT_TRANSLATE_NOOP("screens", "Dispatch board"),
               Permission.DISPATCH),
    ScreenSpec("agency_desk", "desktop.ui.agency_desk.screen:AgencyDeskScreen",
               QT_TRANSLATE_NOOP("screens", "Agency desk"), Permission.WORK_QUEUE),
    ScreenSpec("duplicates", "desktop.ui.duplicates.screen:DuplicatesScreen",
               QT_TRANSLATE_NOOP("screens", "Duplicates"), Permission.VIEW_ALL_AGENCIES),
    ScreenSpec("intake", "desktop.ui.intake.screen:IntakeScreen", QT_TRANSLATE_NOOP("screens", "Import and export"),
               Permission.IMPORT),
    ScreenSpec("approvals", "desktop.ui.approvals.panel:ApprovalsPanel",
               QT_TRANSLATE_NOOP("screens", "Reveal approvals"), Permission.APPROVE_REVEAL),
    ScreenSpec("audit", "desktop.ui.audit.panel:AuditPanel", QT_TRANSLATE_NOOP("screens", "Audit log"),
               Permission.READ_AUDIT),
    ScreenSpec("users", "desktop.ui.users.panel:UsersPanel", QT_TRANSLATE_NOOP("screens", "User accounts"),
               Permission.MANAGE_USERS),
    ScreenSpec("sync", "desktop.ui.sync.screen:SyncScreen", QT_TRANSLATE_NOOP("screens", "Offline and sync"),
               Permission.VIEW_REPORTS),
    ScreenSpec("supervisor", "desktop.ui.supervisor.panel:SupervisorPanel",
               QT_TRANSLATE_NOOP("screens", "Supervisor review"), Permission.SUPERVISE),
)
