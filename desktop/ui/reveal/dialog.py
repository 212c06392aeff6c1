"""The reveal dialog: the code of conduct, a written reason, approval, then the identity for a minute.

The identity lives only in this dialog's labels while the countdown runs; it is cleared
when the time is up or the dialog closes, and nothing of it is written anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QStackedWidget, QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from desktop.core.identity_crypto import Identity
from desktop.services import privacy
from desktop.services.changes import Changes
from desktop.services.dto import ReportDetail
from desktop.ui import format as fmt
from desktop.ui.context import AppContext
from desktop.ui.errors import error_text
from desktop.ui.reveal import tokens

FORM, WAITING, SHOWN, HIDDEN = range(4)


class RevealDialog(QDialog):
    sig_identity_shown = Signal(object)
    """Emitted when an identity is on screen; carries the report id (never the identity)."""

    def __init__(self, ctx: AppContext, detail: ReportDetail, approved_request: int | None = None, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._detail = detail
        self._approved_request = approved_request
        self._conduct_accepted = False
        self._remaining = 0
        self.setObjectName("revealDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(560)
        self.pages = QStackedWidget()
        self._build_form()
        self._build_waiting()
        self._build_shown()
        self._build_hidden()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)
        self.retranslate()
        self._start()

    # --- pages --------------------------------------------------------------------------

    def _build_form(self) -> None:
        page = QWidget()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.conduct_text = QLabel()
        self.conduct_text.setWordWrap(True)
        self.conduct_text.setTextFormat(Qt.TextFormat.PlainText)
        self.conduct_text.setStyleSheet("background:#fff8e1; border:1px solid #ffe082; padding:8px;")
        self.conduct_box = QCheckBox()
        self.conduct_box.setObjectName("conductAccepted")
        self.reason_label = QLabel()
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("revealReason")
        self.reason.setFixedHeight(80)
        self.error = QLabel()
        self.error.setObjectName("revealError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b71c1c;")
        self.request_button = QPushButton()
        self.request_button.setObjectName("requestRevealButton")
        self.request_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.request_button.clicked.connect(self._on_request)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.request_button)
        layout = QVBoxLayout(page)
        for widget in (self.heading, self.explanation, self.conduct_text, self.conduct_box, self.reason_label,
                       self.reason, self.error):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.pages.addWidget(page)

    def _build_waiting(self) -> None:
        page = QWidget()
        self.waiting_text = QLabel()
        self.waiting_text.setObjectName("revealWaiting")
        self.waiting_text.setWordWrap(True)
        self.waiting_close = QPushButton()
        self.waiting_close.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(self.waiting_text)
        layout.addStretch(1)
        layout.addWidget(self.waiting_close, alignment=Qt.AlignmentFlag.AlignRight)
        self.pages.addWidget(page)

    def _build_shown(self) -> None:
        page = QWidget()
        self.shown_heading = QLabel()
        self.shown_heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.identity_labels: dict[str, QLabel] = {}
        self.identity_captions: dict[str, QLabel] = {}
        self.identity_form = QFormLayout()
        for field in ("name", "phone", "email", "nik"):
            label = QLabel()
            label.setObjectName(f"identity_{field}")
            # Plain text: whatever a reporter typed is never rendered as markup.
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setStyleSheet("font-size: 14px;")
            self.identity_labels[field] = label
            self.identity_captions[field] = QLabel()
            self.identity_form.addRow(self.identity_captions[field], label)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("revealCountdown")
        self.countdown_label.setStyleSheet("color:#e65100; font-weight:600;")
        self.shown_reason = QLabel()
        self.shown_reason.setWordWrap(True)
        self.shown_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.shown_reason.setStyleSheet("color:#616161;")
        self.hide_button = QPushButton()
        self.hide_button.setObjectName("hideIdentityButton")
        self.hide_button.clicked.connect(self._hide_identity)
        frame = QWidget()
        frame.setObjectName("identityFrame")
        frame.setStyleSheet("#identityFrame { background:#e8f5e9; border:1px solid #a5d6a7; }")
        frame.setLayout(self.identity_form)
        layout = QVBoxLayout(page)
        layout.addWidget(self.shown_heading)
        layout.addWidget(frame)
        layout.addWidget(self.shown_reason)
        layout.addWidget(self.countdown_label)
        layout.addStretch(1)
        layout.addWidget(self.hide_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.pages.addWidget(page)

    def _build_hidden(self) -> None:
        page = QWidget()
        self.hidden_text = QLabel()
        self.hidden_text.setWordWrap(True)
        self.hidden_close = QPushButton()
        self.hidden_close.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(self.hidden_text)
        layout.addStretch(1)
        layout.addWidget(self.hidden_close, alignment=Qt.AlignmentFlag.AlignRight)
        self.pages.addWidget(page)

    # --- text ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        d = self._detail
        self.setWindowTitle(self.tr("Show the reporter's identity"))
        self.heading.setText(self.tr("Reporter of {reference}").format(reference=d.reference))
        if d.privacy == "confidential":
            self.explanation.setText(self.tr(
                "This report is confidential ({privacy}). Your request and reason go to a supervisor; once "
                "another supervisor approves it, you can show the identity once. Everything is audited.")
                .format(privacy=fmt.privacy_label(d.privacy)))
        else:
            self.explanation.setText(self.tr(
                "Write why you need to contact the reporter. Your name, the time and the reason are recorded in "
                "the audit log before the identity is shown, once, for {seconds} seconds.")
                .format(seconds=privacy.SHOW_SECONDS))
        self.conduct_text.setText(QCoreApplication.translate("privacy", privacy.CODE_OF_CONDUCT))
        self.conduct_box.setText(self.tr("I have read the data-handling code of conduct and I accept it"))
        self.reason_label.setText(self.tr("Reason (at least a sentence):"))
        self.reason.setPlaceholderText(self.tr("e.g. The location is unclear; I need to call the reporter to "
                                               "find the fallen tree."))
        self.request_button.setText(self.tr("Request approval") if d.privacy == "confidential"
                                    else self.tr("Record reason and show"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.waiting_close.setText(self.tr("Close"))
        self.shown_heading.setText(self.tr("Reporter of {reference}").format(reference=d.reference))
        for field, caption in (("name", self.tr("Name:")), ("phone", self.tr("Phone:")),
                               ("email", self.tr("E-mail:")), ("nik", self.tr("NIK:"))):
            self.identity_captions[field].setText(caption)
        self.hide_button.setText(self.tr("Hide now"))
        self.hidden_text.setText(self.tr("The identity is hidden again. It was not stored on this workstation; "
                                         "a new reveal needs a new reason."))
        self.hidden_close.setText(self.tr("Close"))
        self._show_countdown()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- flow ---------------------------------------------------------------------------

    @asyncSlot()
    async def _start(self) -> None:
        if self._approved_request is not None:
            token = tokens.take(self._approved_request)
            if token:
                await self._reveal(token, self.tr("Approved request"))
                return
        self._conduct_accepted = await self._ctx.runner.run(privacy.conduct_accepted, self._ctx.db, self._ctx.user)
        self.conduct_text.setVisible(not self._conduct_accepted)
        self.conduct_box.setVisible(not self._conduct_accepted)
        self.reason.setFocus()

    @asyncSlot()
    async def _on_request(self) -> None:
        ctx, reason = self._ctx, self.reason.toPlainText()
        if not self._conduct_accepted and not self.conduct_box.isChecked():
            self.error.setText(self.tr("Accept the code of conduct before your first reveal."))
            return
        self.request_button.setEnabled(False)
        try:
            if not self._conduct_accepted:
                await ctx.runner.run(privacy.accept_conduct, ctx.db, ctx.user)
                self._conduct_accepted = True
            ticket = await ctx.runner.run(privacy.request_reveal, ctx.db, ctx.user, self._detail.id, reason)
        except privacy.RevealRefused as exc:
            self.error.setText(self.tr("Refused: {why}. The attempt was recorded.").format(why=error_text(exc)))
            self.request_button.setEnabled(True)
            return
        ctx.bus.sig_changes_committed.emit(Changes(reports=frozenset({self._detail.id})))
        if ticket.needs_approval:
            tokens.keep(ticket.request_id, ticket.token)
            self.waiting_text.setText(self.tr(
                "Your request was sent to the supervisors. When one approves it, open this report again and "
                "press \"Show identity\". The request expires at {time}.").format(time=fmt.local_time(ticket.expires_at)))
            self.pages.setCurrentIndex(WAITING)
            return
        await self._reveal(ticket.token, reason)

    async def _reveal(self, token: str, reason: str) -> None:
        ctx = self._ctx
        try:
            key = await ctx.runner.run(privacy.load_identity_key)
            identity = await ctx.runner.run(privacy.reveal, ctx.db, ctx.user, token, key)
        except privacy.RevealRefused as exc:
            self.error.setText(self.tr("Refused: {why}. The attempt was recorded.").format(why=error_text(exc)))
            self.request_button.setEnabled(True)
            self.pages.setCurrentIndex(FORM)
            return
        self._show_identity(identity, reason)

    def _show_identity(self, identity: Identity, reason: str) -> None:
        for field, label in self.identity_labels.items():
            label.setText(getattr(identity, field) or "—")
        self.shown_reason.setText(self.tr("Reason recorded: {reason}").format(reason=reason))
        self._remaining = privacy.SHOW_SECONDS
        self._show_countdown()
        self.pages.setCurrentIndex(SHOWN)
        self._countdown.start()
        self.sig_identity_shown.emit(self._detail.id)

    def _show_countdown(self) -> None:
        self.countdown_label.setText(self.tr("Hidden again in {seconds} s").format(seconds=self._remaining))

    @Slot()
    def _tick(self) -> None:
        self._remaining -= 1
        self._show_countdown()
        if self._remaining <= 0:
            self._hide_identity()

    @Slot()
    def _hide_identity(self) -> None:
        self._countdown.stop()
        for label in self.identity_labels.values():
            label.clear()
        self.pages.setCurrentIndex(HIDDEN)

    @property
    def identity_visible(self) -> bool:
        return self.pages.currentIndex() == SHOWN

    def done(self, result: int) -> None:
        self._hide_identity()
        super().done(result)
