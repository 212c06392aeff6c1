"""The login dialog; in demo mode it lists the demo accounts to pick from."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from desktop.core.demo_data import DEMO_PASSWORD, demo_users
from desktop.core.roles import Role, role_name
from desktop.ui.i18n import current_language


class LoginDialog(QDialog):
    sig_login_requested = Signal(str, str)
    """Emitted when the user pressed Log in; carries username and password."""

    def __init__(self, demo: bool, database_label: str, parent=None):
        super().__init__(parent)
        self._demo = demo
        self._database_label = database_label
        self._pending: asyncio.Future | None = None
        # A press that came before anyone awaited next_attempt(); kept, not lost.
        self._submitted: tuple[str, str] | None = None
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b71c1c;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.login_button = QPushButton()
        self.login_button.setDefault(True)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size:18px; font-weight:700;")
        self.database = QLabel()
        self.database.setStyleSheet("color:#616161;")
        self.username_label = QLabel()
        self.password_label = QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.username_label, self.username)
        self.form.addRow(self.password_label, self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.database)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.login_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.accounts_hint = QLabel()
        self.accounts = QTableWidget(0, 2)
        if demo:
            self.accounts.verticalHeader().hide()
            self.accounts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            self.accounts.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            self.accounts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            self.accounts.itemSelectionChanged.connect(self._on_account_picked)
            layout.addWidget(self.accounts_hint)
            layout.addWidget(self.accounts)
            self.resize(460, 560)
        self.login_button.clicked.connect(self._on_login)
        self.password.returnPressed.connect(self._on_login)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("JakLapor Desk — Log in"))
        self.heading.setText(self.tr("JakLapor Desk"))
        self.database.setText(self.tr("Database: {name}").format(name=self._database_label))
        self.username_label.setText(self.tr("Username:"))
        self.password_label.setText(self.tr("Password:"))
        self.login_button.setText(self.tr("Log in"))
        if self._demo:
            self.accounts_hint.setText(
                self.tr("Demo accounts (password: {password}) — pick one:").format(password=DEMO_PASSWORD))
            self.accounts.setHorizontalHeaderLabels([self.tr("Username"), self.tr("Role")])
            self._fill_accounts()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_accounts(self) -> None:
        users = demo_users()
        self.accounts.setRowCount(len(users))
        for row, user in enumerate(users):
            self.accounts.setItem(row, 0, QTableWidgetItem(user.username))
            label = role_name(Role(user.role), current_language())
            if user.agency_code:
                label += f" · {user.agency_code}"
            self.accounts.setItem(row, 1, QTableWidgetItem(label))

    @Slot()
    def _on_account_picked(self) -> None:
        rows = self.accounts.selectionModel().selectedRows()
        if rows:
            self.username.setText(self.accounts.item(rows[0].row(), 0).text())
            self.password.setText(DEMO_PASSWORD)

    @Slot()
    def _on_login(self) -> None:
        if not self.username.text().strip():
            self.show_error(self.tr("Enter your username."))
            return
        self.login_button.setEnabled(False)
        self.error.hide()
        credentials = (self.username.text(), self.password.text())
        self.sig_login_requested.emit(*credentials)
        if self._pending is not None and not self._pending.done():
            self._pending.set_result(credentials)
        else:
            self._submitted = credentials

    def show_refused(self) -> None:
        self.show_error(self.tr("Wrong username or password, or the account is disabled."))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.login_button.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()

    async def next_attempt(self) -> tuple[str, str]:
        """Wait for the user to press Log in."""
        if self._submitted is not None:
            credentials, self._submitted = self._submitted, None
            return credentials
        self._pending = asyncio.get_running_loop().create_future()
        return await self._pending

    def reject(self) -> None:
        if self._pending is not None and not self._pending.done():
            self._pending.cancel()
        super().reject()
