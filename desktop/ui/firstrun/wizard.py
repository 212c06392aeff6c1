"""The first-run wizard: which database, which kind of workstation, and the key file if needed.

Shown on a first start (no workstation configuration yet), never with ``--demo``. Its answers
are saved by ``desktop.services.workstation``; the key file is copied into the config directory
only on a command-centre workstation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
    QVBoxLayout, QWizard, QWizardPage,
)
from qasync import asyncSlot

from desktop import config
from desktop.core.identity_crypto import IdentityKey, KeyFileError
from desktop.services.workstation import (
    AGENCY, CENTRAL, COMMAND_CENTRE, EMBEDDED, SSL_MODES, Workstation, WorkstationError, check_connection,
    describe_error, install_key_file, save_workstation, url_refusal, with_tls,
)
from desktop.ui.errors import error_text, refusal_text

PAGE_MODE, PAGE_CONNECTION, PAGE_ROLE, PAGE_KEY, PAGE_DONE = range(5)
_GOOD, _BAD = "color:#2e7d32;", "color:#b71c1c;"


def _note(style: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


class _ChoicePage(QWizardPage):
    """Two exclusive choices, each with a line explaining it; the first is preselected."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.first, self.second = QRadioButton(), QRadioButton()
        self.first.setChecked(True)
        self.group = QButtonGroup(self)
        self.first_note, self.second_note = _note("color:#616161;"), _note("color:#616161;")
        layout = QVBoxLayout(self)
        for button, note in ((self.first, self.first_note), (self.second, self.second_note)):
            self.group.addButton(button)
            layout.addWidget(button)
            layout.addWidget(note)
        layout.addStretch(1)


class ModePage(_ChoicePage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.embedded, self.central = self.first, self.second
        self.embedded_note, self.central_note = self.first_note, self.second_note

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to JakLapor Desk"))
        self.setSubTitle(self.tr("How will this computer work?"))
        self.embedded.setText(self.tr("A single workstation, with its own database on this computer"))
        self.embedded_note.setText(self.tr("No server needed; starts with the demo city of Jakarta reports."))
        self.central.setText(self.tr("A client of the central database"))
        self.central_note.setText(self.tr("For the command centre and the agencies: everyone works on the same "
                                          "reports on the central PostgreSQL server."))

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return PAGE_CONNECTION if self.central.isChecked() else PAGE_DONE


class ConnectionPage(QWizardPage):
    sig_test_requested = Signal()
    """Emitted when the user asked to test the connection."""

    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self._tested_url: str | None = None
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://jaklapor_gate@db.example/jaklapor")
        self.sslmode = QComboBox()
        self.sslmode.addItem("", "")
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.sslrootcert = QLineEdit()
        self.browse = QPushButton()
        self.test = QPushButton()
        self.result = _note()
        cert_row = QHBoxLayout()
        cert_row.addWidget(self.sslrootcert, 1)
        cert_row.addWidget(self.browse)
        self.labels = (QLabel(), QLabel(), QLabel())
        self.form = QFormLayout()
        for label, field in zip(self.labels, (self.url, self.sslmode, cert_row)):
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.test)
        layout.addWidget(self.result)
        layout.addStretch(1)
        for edit in (self.url, self.sslrootcert):
            edit.textChanged.connect(self._on_changed)
        self.sslmode.currentIndexChanged.connect(self._on_changed)
        self.browse.clicked.connect(self._on_browse)
        self.test.clicked.connect(self.sig_test_requested)
        self.sig_test_requested.connect(self._on_test)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Central database"))
        self.setSubTitle(self.tr("The address your database administrator gave you. Test it before going on."))
        for label, text in zip(self.labels, (self.tr("Database URL:"), self.tr("TLS (sslmode):"),
                                             self.tr("Server CA certificate:"))):
            label.setText(text)
        self.sslmode.setItemText(0, self.tr("as in the URL"))
        self.sslrootcert.setPlaceholderText(self.tr("root.crt, for sslmode verify-ca or verify-full"))
        self.browse.setText(self.tr("Browse…"))
        self.test.setText(self.tr("Test connection"))

    def database_url(self) -> str:
        return with_tls(self.url.text(), self.sslmode.currentData() or "", self.sslrootcert.text().strip())

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        """Going on needs a connection that was tested as it is now typed."""
        try:
            return self._tested_url is not None and self._tested_url == self.database_url()
        except WorkstationError:
            return False

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return PAGE_ROLE

    @Slot()
    def _on_changed(self) -> None:
        if self._tested_url is not None:
            self._tested_url = None
            self.result.clear()
        self.completeChanged.emit()

    @Slot()
    def _on_browse(self) -> None:
        path = self._wizard.dialogs.open_file(self, self.tr("Server CA certificate"),
                                              self.tr("Certificates (*.crt *.pem);;All files (*)"))
        if path:
            self.sslrootcert.setText(path)

    @asyncSlot()
    async def _on_test(self) -> None:
        problem = url_refusal(self.url.text())
        cert = self.sslrootcert.text().strip()
        if problem is None and cert and not Path(cert).is_file():
            problem = self.tr("the CA certificate file %1 does not exist").replace("%1", cert)
        if problem is not None:
            self._show(False, refusal_text(problem))
            return
        url = self.database_url()
        self.test.setEnabled(False)
        self._show(True, self.tr("Connecting…"))
        try:
            found = await self._wizard.runner.run(check_connection, url)
        except Exception as exc:  # noqa: BLE001 - every failure is shown to the installer as it is
            self._show(False, refusal_text(describe_error(exc)))
            return
        finally:
            self.test.setEnabled(True)
        self._tested_url = url
        self._show(found.current, self.tr("Connected to %1: %2").replace("%1", found.where)
                   .replace("%2", refusal_text(found.state)))
        self.completeChanged.emit()
        self._wizard.sig_connection_tested.emit(found.current)

    def _show(self, good: bool, text: str) -> None:
        self.result.setStyleSheet(_GOOD if good else _BAD)
        self.result.setText(text)


class RolePage(_ChoicePage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.command_centre, self.agency = self.first, self.second
        self.command_centre_note, self.agency_note = self.first_note, self.second_note

    def retranslate(self) -> None:
        self.setTitle(self.tr("Workstation"))
        self.setSubTitle(self.tr("Where does this computer stand?"))
        self.command_centre.setText(self.tr("Command centre"))
        self.command_centre_note.setText(self.tr("Officers and supervisors: can open a reporter's identity after an "
                                                 "audited reveal, so it needs the identity key file."))
        self.agency.setText(self.tr("Agency (OPD)"))
        self.agency_note.setText(self.tr("Agency staff never see reporter identity: this computer must not hold "
                                         "the key file."))

    def role(self) -> str:
        return COMMAND_CENTRE if self.command_centre.isChecked() else AGENCY

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return PAGE_KEY if self.command_centre.isChecked() else PAGE_DONE


class KeyPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.key: IdentityKey | None = None
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.browse = QPushButton()
        self.result = _note()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.explanation = _note()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.browse.clicked.connect(self._on_browse)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Identity key file"))
        self.setSubTitle(self.tr("The key that opens reporters' identities after a reveal."))
        self.explanation.setText(self.tr("Choose the key file the key custodian gave you (identity.key). It is "
                                         "copied into this installation, readable only by you; the database never "
                                         "holds it."))
        self.browse.setText(self.tr("Choose key file…"))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.key is not None

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return PAGE_DONE

    @Slot()
    def _on_browse(self) -> None:
        path = self._wizard.dialogs.open_file(self, self.tr("Identity key file"),
                                              self.tr("Key files (*.key);;All files (*)"))
        if path:
            self.choose(Path(path))

    def choose(self, path: Path) -> None:
        self.path.setText(str(path))
        try:
            self.key = IdentityKey.load(path)
        except KeyFileError as exc:
            self.key = None
            self.result.setStyleSheet(_BAD)
            self.result.setText(error_text(exc))
        else:
            self.result.setStyleSheet(_GOOD)
            self.result.setText(self.tr("Valid key file (key %1).").replace("%1", self.key.key_id))
        self.completeChanged.emit()


class DonePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = _note()
        self.folders = _note("color:#616161;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.folders)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Finish saves these settings; run the wizard again by deleting %1.")
                         .replace("%1", config.WORKSTATION_FILE))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        workstation = self.wizard().workstation()
        if workstation.mode == EMBEDDED:
            text = self.tr("This computer works on its own embedded database.")
        elif workstation.role == COMMAND_CENTRE:
            text = self.tr("Command-centre workstation on %1, with the identity key file.")
        else:
            text = self.tr("Agency workstation on %1, without any identity key file.")
        self.summary.setText(text.replace("%1", workstation.url))
        self.folders.setText(self.tr("Settings: %1\nData and cache: %2\nLog files: %3")
                             .replace("%1", str(config.config_dir())).replace("%2", str(config.data_dir()))
                             .replace("%3", str(config.log_dir())))


class FirstRunWizard(QWizard):
    sig_connection_tested = Signal(bool)
    """Emitted after a connection test that reached the server; True when its schema is current."""
    sig_workstation_saved = Signal(object)
    """Emitted with the saved Workstation when the user finished the wizard."""

    def __init__(self, runner, dialogs, parent=None):
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.runner, self.dialogs = runner, dialogs
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.mode_page, self.connection_page = ModePage(self), ConnectionPage(self)
        self.role_page, self.key_page, self.done_page = RolePage(self), KeyPage(self), DonePage(self)
        for page_id, page in enumerate((self.mode_page, self.connection_page, self.role_page, self.key_page,
                                        self.done_page)):
            self.setPage(page_id, page)
        self.resize(680, 480)
        self.retranslate()

    def workstation(self) -> Workstation:
        if self.mode_page.embedded.isChecked():
            return Workstation(mode=EMBEDDED)
        page = self.connection_page
        return Workstation(mode=CENTRAL, url=page.url.text().strip(), sslmode=page.sslmode.currentData() or "",
                           sslrootcert=page.sslrootcert.text().strip(), role=self.role_page.role())

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt API
        """On Finish: copy the key file (when needed), then save; nothing is saved if either fails."""
        if self.currentId() != PAGE_DONE:
            return super().validateCurrentPage()
        workstation = self.workstation()
        try:
            if workstation.needs_key:
                install_key_file(Path(self.key_page.path.text()))
            save_workstation(workstation)
        except (KeyFileError, OSError) as exc:
            self.dialogs.error(self, self.tr("Cannot save the settings"), refusal_text(describe_error(exc)))
            return False
        self.sig_workstation_saved.emit(workstation)
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("JakLapor Desk: first start"))
        for page in (self.mode_page, self.connection_page, self.role_page, self.key_page, self.done_page):
            page.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
