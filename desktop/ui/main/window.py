"""The main window: menus, the workspace of screens beside the detail pane, and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QWidget
from qasync import asyncSlot

import importlib

from desktop import __version__
from desktop.core.roles import Permission, can, role_name
from desktop.services.changes import Changes
from desktop.ui.context import AppContext
from desktop.ui.detail.pane import DetailPane
from desktop.ui.i18n import current_language, install_language, translate
from desktop.ui.main.screens import SCREENS
from desktop.ui.settings import app_settings, save_language


class MainWindow(QMainWindow):
    sig_first_page_shown = Signal(int)
    """Emitted once, when the first page of reports is on screen; carries the total."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._first_page_announced = False
        self.setObjectName("mainWindow")
        self.workspace = QTabWidget()
        self.workspace.setObjectName("workspace")
        self.workspace.setDocumentMode(True)
        self.detail = DetailPane(ctx)
        self.screens: dict[str, QWidget] = {}
        for spec in SCREENS:
            if can(ctx.user.role, spec.permission):
                module_name, class_name = spec.factory.split(":")
                screen = getattr(importlib.import_module(module_name), class_name)(ctx)
                self.screens[spec.key] = screen
                self.workspace.addTab(screen, "")
                if hasattr(screen, "sig_report_selected"):
                    screen.sig_report_selected.connect(self.detail.show_report)
        self.no_screens = QLabel()
        self.no_screens.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if not self.screens:
            self.workspace.addTab(self.no_screens, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.workspace)
        self.splitter.addWidget(self.detail)
        self.detail.setVisible(can(ctx.user.role, Permission.VIEW_REPORTS))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)
        self.user_label = QLabel()
        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_actions()
        if ctx.sync is not None:
            from desktop.ui.sync.status import SyncStatusWidget

            self.sync_status = SyncStatusWidget(ctx.sync)
            self.statusBar().addPermanentWidget(self.sync_status)
        if self.inbox is not None:
            self.inbox.sig_page_loaded.connect(self._on_page_loaded)
        self.retranslate()
        self._restore_layout()

    @property
    def context(self) -> AppContext:
        return self._ctx

    @property
    def inbox(self):
        return self.screens.get("inbox")

    def load_screens(self) -> None:
        """Start each screen's first query; they arrive in the background.

        The one runner answers in order, so when the officer looks at the inbox its first page
        goes first and the tabs behind it load once that page is on screen (at 100,000 reports
        the board and duplicate queries ahead of it held the first page back by a second).
        """
        others = [screen for screen in self.screens.values()
                  if screen is not self.inbox and hasattr(screen, "reload")]
        if self.inbox is not None and self.workspace.currentWidget() is self.inbox:
            self.sig_first_page_shown.connect(lambda _total: self._reload(others))
            self.inbox.reload()
        else:
            self._reload([*others, *([self.inbox] if self.inbox is not None else [])])

    @staticmethod
    def _reload(screens: list[QWidget]) -> None:
        for screen in screens:
            screen.reload()

    def show_screen(self, key: str) -> QWidget:
        screen = self.screens[key]
        self.workspace.setCurrentWidget(screen)
        return screen

    def _build_actions(self) -> None:
        self.action_refresh = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Refresh))
        self.action_quit = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        self.action_search = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.Find))
        self.action_next = QAction(self, shortcut=QKeySequence("Ctrl+Down"))
        self.action_previous = QAction(self, shortcut=QKeySequence("Ctrl+Up"))
        self.action_open = QAction(self, shortcut=QKeySequence("Ctrl+Return"))
        self.action_toggle_map = QAction(self, shortcut=QKeySequence("Ctrl+M"))
        self.action_shortcuts = QAction(self, shortcut=QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.action_about = QAction(self)
        self.language_group = QActionGroup(self)
        self.action_indonesian = QAction("Bahasa Indonesia", self, checkable=True)
        self.action_english = QAction("English", self, checkable=True)
        for action, lang in ((self.action_indonesian, "id"), (self.action_english, "en")):
            action.setData(lang)
            action.setChecked(current_language() == lang)
            self.language_group.addAction(action)

        self.menu_file = self.menuBar().addMenu("")
        self.menu_file.addAction(self.action_refresh)
        self.action_sync_now = QAction(self, shortcut=QKeySequence("Ctrl+Shift+S"))
        self.action_sync_now.setVisible(self._ctx.sync is not None)
        self.menu_file.addAction(self.action_sync_now)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_view = self.menuBar().addMenu("")
        for action in (self.action_search, self.action_next, self.action_previous, self.action_open,
                       self.action_toggle_map):
            self.menu_view.addAction(action)
        self.menu_settings = self.menuBar().addMenu("")
        self.menu_language = self.menu_settings.addMenu("")
        self.menu_language.addAction(self.action_indonesian)
        self.menu_language.addAction(self.action_english)
        self.menu_help = self.menuBar().addMenu("")
        self.menu_help.addAction(self.action_shortcuts)
        self.menu_help.addAction(self.action_about)

        self.action_refresh.triggered.connect(lambda: self._ctx.bus.sig_changes_committed.emit(Changes(all_reports=True)))
        self.action_quit.triggered.connect(self.close)
        self.action_sync_now.triggered.connect(self._on_sync_now)
        self.action_search.triggered.connect(lambda: self.inbox and self.inbox.focus_search())
        self.action_next.triggered.connect(lambda: self.inbox and self.inbox.move_selection(1))
        self.action_previous.triggered.connect(lambda: self.inbox and self.inbox.move_selection(-1))
        self.action_open.triggered.connect(lambda: self.detail.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.action_toggle_map.triggered.connect(lambda: self.inbox and self.inbox.toggle_map())
        self.action_shortcuts.triggered.connect(self._show_shortcuts)
        self.action_about.triggered.connect(self._show_about)
        self.language_group.triggered.connect(self._on_language_chosen)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("JakLapor Desk — Command centre"))
        titles = {spec.key: translate("screens", spec.title) for spec in SCREENS}
        for key, screen in self.screens.items():
            self.workspace.setTabText(self.workspace.indexOf(screen), titles[key])
        self.no_screens.setText(self.tr("Your role has no report screens."))
        if not self.screens:
            self.workspace.setTabText(0, self.tr("Start"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_settings.setTitle(self.tr("&Settings"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.action_refresh.setText(self.tr("&Refresh"))
        self.action_sync_now.setText(self.tr("S&ync now"))
        self.action_quit.setText(self.tr("&Quit"))
        self.action_search.setText(self.tr("&Search reports"))
        self.action_next.setText(self.tr("&Next report"))
        self.action_previous.setText(self.tr("&Previous report"))
        self.action_open.setText(self.tr("&Open report detail"))
        self.action_toggle_map.setText(self.tr("Toggle &map/list"))
        self.action_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.action_about.setText(self.tr("&About JakLapor Desk"))
        user = self._ctx.user
        role = role_name(user.role, current_language())
        agency = f" · {user.agency_code}" if user.agency_code else ""
        self.user_label.setText(self.tr("User: {name} ({role}{agency})").format(
            name=user.display_name, role=role, agency=agency))
        self.database_label.setText(self.tr("Database: {name}").format(name=user.database_label))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(QAction)
    def _on_language_chosen(self, action: QAction) -> None:
        lang = action.data()
        save_language(lang)
        install_language(lang)
        self._ctx.bus.sig_language_changed.emit(lang)

    @Slot(int)
    def _on_page_loaded(self, total: int) -> None:
        self.statusBar().showMessage(self.tr("%n report(s)", "", total), 5000)
        if not self._first_page_announced:
            self._first_page_announced = True
            self.sig_first_page_shown.emit(total)

    @asyncSlot()
    async def _on_sync_now(self) -> None:
        if self._ctx.sync is not None:
            await self._ctx.sync.sync_now()

    def _show_shortcuts(self) -> None:
        lines = [f"{action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}\t{action.text().replace('&', '')}"
                 for action in (self.action_search, self.action_next, self.action_previous, self.action_open,
                                self.action_toggle_map,
                                self.action_refresh, self.action_shortcuts, self.action_quit)]
        self._ctx.dialogs.info(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    def _show_about(self) -> None:
        self._ctx.dialogs.info(self, self.tr("About JakLapor Desk"), self.tr(
            "JakLapor Desk {version}\nThe command centre's back office for citizen reports.").format(version=__version__))

    def _restore_layout(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        state = settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([860, 580])

    def save_layout(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.save_layout()
        super().closeEvent(event)
