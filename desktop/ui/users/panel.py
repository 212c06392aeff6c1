"""The administrators' screen: accounts, their roles and agencies, enabling and disabling them.

Administrators manage accounts and nothing else: no reports, no identities. Every change
is audited (on PostgreSQL by the database itself, which also moves the account's login
role between groups).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableWidgetItem, QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desktop.core.roles import Role, role_name
from desktop.services import users
from desktop.services.directory import list_agencies
from desktop.services.users import UserAccount, UserError
from desktop.ui.context import AppContext
from desktop.ui.errors import error_text
from desktop.ui.i18n import current_language
from desktop.ui.tables import read_only_table


class UsersPanel(QWidget):
    sig_accounts_loaded = Signal(int)
    """Emitted after the account list was read; carries how many accounts there are."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._accounts: tuple[UserAccount, ...] = ()
        self._agencies = ()
        self.setObjectName("usersPanel")
        self.table = read_only_table(6, "accountsTable")
        self.table.currentCellChanged.connect(self._on_current)

        self.edit_box = QGroupBox()
        self.edit_role = QComboBox()
        self.edit_agency = QComboBox()
        self.edit_active = QCheckBox()
        self.edit_password = QLineEdit()
        self.edit_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyAccountButton")
        self.edit_form = QFormLayout(self.edit_box)
        self.edit_captions = [QLabel() for _ in range(4)]
        for caption, widget in zip(self.edit_captions, (self.edit_role, self.edit_agency, self.edit_active,
                                                        self.edit_password)):
            self.edit_form.addRow(caption, widget)
        self.edit_form.addRow(self.apply_button)

        self.add_box = QGroupBox()
        self.new_username = QLineEdit()
        self.new_username.setObjectName("newUsername")
        self.new_name = QLineEdit()
        self.new_role = QComboBox()
        self.new_role.setObjectName("newRole")
        self.new_agency = QComboBox()
        self.new_password = QLineEdit()
        self.new_password.setObjectName("newPassword")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addAccountButton")
        self.add_form = QFormLayout(self.add_box)
        self.add_captions = [QLabel() for _ in range(5)]
        for caption, widget in zip(self.add_captions, (self.new_username, self.new_name, self.new_role,
                                                       self.new_agency, self.new_password)):
            self.add_form.addRow(caption, widget)
        self.add_form.addRow(self.add_button)

        self.message = QLabel()
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.edit_box)
        side.addWidget(self.add_box)
        side.addWidget(self.message)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 2)
        self.apply_button.clicked.connect(self._on_apply)
        self.add_button.clicked.connect(self._on_add)
        self.new_role.currentIndexChanged.connect(lambda: self._agency_enabled(self.new_role, self.new_agency))
        self.edit_role.currentIndexChanged.connect(lambda: self._agency_enabled(self.edit_role, self.edit_agency))
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Username"), self.tr("Name"), self.tr("Role"),
                                              self.tr("Agency"), self.tr("Active"), self.tr("Code of conduct")])
        self.edit_box.setTitle(self.tr("Selected account"))
        self.add_box.setTitle(self.tr("New account"))
        for labels, captions in ((self.edit_captions, (self.tr("Role:"), self.tr("Agency:"), "",
                                                       self.tr("New password:"))),
                                 (self.add_captions, (self.tr("Username:"), self.tr("Name:"), self.tr("Role:"),
                                                      self.tr("Agency:"), self.tr("Password:")))):
            for label, caption in zip(labels, captions):
                label.setText(caption)
        self.edit_active.setText(self.tr("Account enabled"))
        self.edit_password.setPlaceholderText(self.tr("leave empty to keep the password"))
        self.apply_button.setText(self.tr("Apply changes"))
        self.add_button.setText(self.tr("Create account"))
        self._fill_roles()
        self._fill()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_roles(self) -> None:
        for combo in (self.new_role, self.edit_role):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for role in Role:
                combo.addItem(role_name(role, current_language()), role.value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        for combo in (self.new_agency, self.edit_agency):
            current = combo.currentData()
            combo.clear()
            combo.addItem("—", None)
            for agency in self._agencies:
                combo.addItem(f"{agency.short_name} ({agency.code})", agency.code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self._agency_enabled(self.new_role, self.new_agency)
        self._agency_enabled(self.edit_role, self.edit_agency)

    @staticmethod
    def _agency_enabled(role: QComboBox, agency: QComboBox) -> None:
        staff = role.currentData() == Role.AGENCY_STAFF.value
        agency.setEnabled(staff)
        if not staff:
            agency.setCurrentIndex(0)

    @asyncSlot()
    async def reload(self) -> None:
        ctx = self._ctx
        if not self._agencies:
            self._agencies = await ctx.runner.run(list_agencies, ctx.db)
            self._fill_roles()
        self._accounts = await ctx.runner.run(users.list_users, ctx.db, ctx.user)
        self._fill()
        self.sig_accounts_loaded.emit(len(self._accounts))

    def _fill(self) -> None:
        current = self.table.currentRow()
        self.table.setRowCount(len(self._accounts))
        for row, a in enumerate(self._accounts):
            values = (a.username, a.display_name, role_name(a.role, current_language()), a.agency_code or "",
                      self.tr("yes") if a.active else self.tr("disabled"),
                      self.tr("accepted") if a.conduct_accepted else "—")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not a.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if 0 <= current < len(self._accounts):
            self.table.setCurrentCell(current, 0)
        self.edit_box.setEnabled(0 <= self.table.currentRow() < len(self._accounts))

    @Slot(int, int, int, int)
    def _on_current(self, row: int, _column: int, _previous_row: int, _previous_column: int) -> None:
        valid = 0 <= row < len(self._accounts)
        self.edit_box.setEnabled(valid)
        if not valid:
            return
        account = self._accounts[row]
        self.edit_role.setCurrentIndex(self.edit_role.findData(account.role.value))
        self.edit_agency.setCurrentIndex(max(self.edit_agency.findData(account.agency_code), 0))
        self.edit_active.setChecked(account.active)
        self.edit_password.clear()

    def select_user(self, username: str) -> bool:
        for row, account in enumerate(self._accounts):
            if account.username == username:
                self.table.setCurrentCell(row, 0)
                return True
        return False

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color:#b71c1c;" if error else "color:#2e7d32;")

    @asyncSlot()
    async def _on_apply(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._accounts):
            return
        account, ctx = self._accounts[row], self._ctx
        try:
            await ctx.runner.run(users.update_user, ctx.db, ctx.user, account.id, self.edit_role.currentData(),
                                 self.edit_agency.currentData(), self.edit_active.isChecked(),
                                 self.edit_password.text() or None)
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return
        self._say(self.tr("Saved the changes to {user}.").format(user=account.username))
        await self.reload()

    @asyncSlot()
    async def _on_add(self) -> None:
        ctx = self._ctx
        try:
            created = await ctx.runner.run(
                users.add_user, ctx.db, self.new_username.text(), self.new_role.currentData(),
                self.new_password.text(), self.new_name.text() or None, self.new_agency.currentData(), by=ctx.user)
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return
        for field in (self.new_username, self.new_name, self.new_password):
            field.clear()
        self._say(self.tr("Created {user} ({role}).").format(
            user=created.username, role=role_name(created.role, current_language())))
        await self.reload()
        self.select_user(created.username)
