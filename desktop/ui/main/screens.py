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
)
