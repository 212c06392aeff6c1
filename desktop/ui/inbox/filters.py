"""The inbox's filter bar: search, presets, and every filter the list and the map share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Callable

from PySide6.QtCore import QDate, QEvent, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget,
)

from desktop.core.catalog import CHANNEL_NAMES, PRIVACY_NAMES, Channel, Privacy, localized
from desktop.core.geo import load_areas
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sla import WIB
from desktop.core.workflow import OPEN_STATUSES, STATUS_INFO, UNROUTED, Status
from desktop.services.dto import AgencyView, CategoryView, ReportQuery
from desktop.ui import format as fmt
from desktop.ui.i18n import current_language, translate

_OPEN = "__open__"
_UNROUTED = "__unrouted__"
_CUSTOM = "__custom__"
CONTEXT = "presets"


@dataclass(frozen=True)
class Preset:
    key: str
    title: str  # translated in context "presets"
    # What the preset sets on the filter bar; everything else goes back to "any".
    status: str | None = None
    deadline: str | None = None
    emergency: bool = False
    today: bool = False


PRESETS: tuple[Preset, ...] = (
    Preset("all", QT_TRANSLATE_NOOP("presets", "All reports")),
    Preset("emergency", QT_TRANSLATE_NOOP("presets", "Emergencies (open)"), status=_OPEN, emergency=True),
    Preset("overdue", QT_TRANSLATE_NOOP("presets", "Overdue"), deadline="overdue"),
    Preset("due_soon", QT_TRANSLATE_NOOP("presets", "Due within an hour"), deadline="due_soon"),
    Preset("unrouted", QT_TRANSLATE_NOOP("presets", "Not yet dispatched"), status=_UNROUTED),
    Preset("open", QT_TRANSLATE_NOOP("presets", "All open reports"), status=_OPEN),
    Preset("today", QT_TRANSLATE_NOOP("presets", "Received today"), today=True),
)


def _wib_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), WIB).astimezone(timezone.utc)


def _combo_value(combo: QComboBox):
    return combo.currentData()


def _refill(combo: QComboBox, any_text: str, items: list[tuple[str, object]]) -> None:
    """Replace a combo's items, keeping the chosen value when it is still offered."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(any_text, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


class FilterBar(QWidget):
    sig_query_changed = Signal(object)
    """Emitted when the officer changed a filter or the search; carries the new ReportQuery."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._categories: tuple[CategoryView, ...] = ()
        self._agencies: tuple[AgencyView, ...] = ()
        self._bounds: tuple[float, float, float, float] | None = None
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.preset_filter = QComboBox()
        self.status_filter = QComboBox()
        self.category_filter = QComboBox()
        self.more_button = QToolButton(checkable=True)
        self.clear_button = QPushButton()
        self.channel_filter = QComboBox()
        self.agency_filter = QComboBox()
        self.city_filter = QComboBox()
        self.kecamatan_filter = QComboBox()
        self.kelurahan_filter = QComboBox()
        self.deadline_filter = QComboBox()
        self.privacy_filter = QComboBox()
        self.emergency_check = QCheckBox()
        self.from_label, self.to_label = QLabel(), QLabel()
        self.received_from, self.received_to = QDateEdit(), QDateEdit()
        for edit in (self.received_from, self.received_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            # The earliest date stands for "no limit" and shows as a dash.
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setSpecialValueText("—")
            edit.setDate(edit.minimumDate())
        for combo in (self.preset_filter, self.status_filter, self.category_filter, self.channel_filter,
                      self.agency_filter, self.city_filter, self.kecamatan_filter, self.kelurahan_filter,
                      self.deadline_filter, self.privacy_filter):
            # Narrow windows squeeze the bar instead of the bar widening the window.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.search.setMinimumWidth(120)
        self.area_chip = QPushButton()
        self.area_chip.setObjectName("mapAreaChip")
        self.area_chip.setVisible(False)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 4)
        top.addWidget(self.preset_filter, 2)
        top.addWidget(self.status_filter, 2)
        top.addWidget(self.category_filter, 2)
        top.addWidget(self.more_button)
        top.addWidget(self.clear_button)
        self.more = QWidget()
        more = QHBoxLayout(self.more)
        more.setContentsMargins(0, 0, 0, 0)
        for widget in (self.channel_filter, self.agency_filter, self.city_filter, self.kecamatan_filter,
                       self.kelurahan_filter, self.deadline_filter, self.privacy_filter, self.emergency_check,
                       self.from_label, self.received_from, self.to_label, self.received_to):
            more.addWidget(widget)
        more.addStretch(1)
        self.more.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.more)

        # Typing fires a query only after a short pause, so each keystroke does not hit the database.
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.status_filter, self.category_filter, self.channel_filter, self.agency_filter,
                      self.kelurahan_filter, self.deadline_filter, self.privacy_filter):
            combo.currentIndexChanged.connect(self._emit)
        self.city_filter.currentIndexChanged.connect(self._on_city)
        self.kecamatan_filter.currentIndexChanged.connect(self._on_kecamatan)
        self.emergency_check.toggled.connect(self._emit)
        self.received_from.dateChanged.connect(self._emit)
        self.received_to.dateChanged.connect(self._emit)
        self.preset_filter.activated.connect(self._on_preset)
        self.more_button.toggled.connect(self.more.setVisible)
        self.clear_button.clicked.connect(lambda: self.apply_preset(PRESETS[0]))
        self.area_chip.clicked.connect(self.clear_bounds)
        self.retranslate()

    # -- filling -----------------------------------------------------------------------------

    def set_reference_data(self, categories: tuple[CategoryView, ...], agencies: tuple[AgencyView, ...]) -> None:
        self._categories, self._agencies = categories, agencies
        self._fill_lists()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search reference, description, address… (Ctrl+F)"))
        self.more_button.setText(self.tr("More filters"))
        self.more_button.setToolTip(self.tr("Channel, agency, area, deadline, privacy and dates"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.emergency_check.setText(self.tr("Emergencies only"))
        self.from_label.setText(self.tr("Received from"))
        self.to_label.setText(self.tr("to"))
        self.area_chip.setText(self.tr("Map area only  ✕"))
        self.area_chip.setToolTip(self.tr("The list and the map show only the area you clicked; click to show all"))
        self._fill_lists()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_lists(self) -> None:
        english = current_language() == "en"
        statuses = [(fmt.status_label(s.value), s.value) for s in STATUS_INFO]
        _refill(self.status_filter, self.tr("All statuses"),
                [(self.tr("All open reports"), _OPEN)] + statuses + [(self.tr("Not yet dispatched"), _UNROUTED)])
        for index in range(2, 2 + len(STATUS_INFO)):
            self.status_filter.setItemIcon(index, fmt.status_dot(self.status_filter.itemData(index)))
        _refill(self.category_filter, self.tr("All categories"),
                [(c.name_en if english else c.name_id, c.code) for c in self._categories])
        _refill(self.channel_filter, self.tr("All channels"),
                [(localized(CHANNEL_NAMES, c, current_language()), c.value) for c in Channel])
        _refill(self.agency_filter, self.tr("All agencies"),
                [(a.short_name, a.code) for a in self._agencies if a.active])
        _refill(self.city_filter, self.tr("All cities"), [(city, city) for city in self._cities()])
        self._fill_kecamatan()
        _refill(self.deadline_filter, self.tr("Any deadline"),
                [(self.tr("Overdue"), "overdue"), (self.tr("Due within an hour"), "due_soon")])
        _refill(self.privacy_filter, self.tr("Any privacy"),
                [(localized(PRIVACY_NAMES, p, current_language()), p.value) for p in Privacy])
        current = self.preset_filter.currentData()
        self.preset_filter.blockSignals(True)
        self.preset_filter.clear()
        for preset in PRESETS:
            self.preset_filter.addItem(translate(CONTEXT, preset.title), preset.key)
        self.preset_filter.addItem(self.tr("Custom filter"), _CUSTOM)
        self.preset_filter.setCurrentIndex(max(self.preset_filter.findData(current), 0))
        self.preset_filter.blockSignals(False)

    @staticmethod
    def _cities() -> list[str]:
        return sorted({a.city for a in load_areas()})

    def _fill_kecamatan(self) -> None:
        city = self.city_filter.currentData()
        names = sorted({a.kecamatan for a in load_areas() if a.city == city}) if city else []
        _refill(self.kecamatan_filter, self.tr("All kecamatan"), [(n, n) for n in names])
        self.kecamatan_filter.setEnabled(bool(city))
        self._fill_kelurahan()

    def _fill_kelurahan(self) -> None:
        city, kecamatan = self.city_filter.currentData(), self.kecamatan_filter.currentData()
        names = sorted({a.kelurahan for a in load_areas() if a.city == city and a.kecamatan == kecamatan}) \
            if kecamatan else []
        _refill(self.kelurahan_filter, self.tr("All kelurahan"), [(n, n) for n in names])
        self.kelurahan_filter.setEnabled(bool(kecamatan))

    @Slot(int)
    def _on_city(self, _index: int) -> None:
        self._fill_kecamatan()
        self._emit()

    @Slot(int)
    def _on_kecamatan(self, _index: int) -> None:
        self._fill_kelurahan()
        self._emit()

    # -- the query ---------------------------------------------------------------------------

    def query(self, today: Callable[[], date] | None = None) -> ReportQuery:
        status = self.status_filter.currentData()
        if status == _OPEN:
            statuses = tuple(sorted(s.value for s in OPEN_STATUSES))
        elif status == _UNROUTED:
            statuses = tuple(sorted(s.value for s in UNROUTED))
        elif status:
            statuses = (Status(status).value,)
        else:
            statuses = ()
        start, end = self._date(self.received_from), self._date(self.received_to)

        def one(combo: QComboBox) -> tuple[str, ...]:
            value = combo.currentData()
            return (value,) if value else ()

        return ReportQuery(
            statuses=statuses, categories=one(self.category_filter), channels=one(self.channel_filter),
            agencies=one(self.agency_filter), privacy=one(self.privacy_filter),
            city=self.city_filter.currentData(), kecamatan=self.kecamatan_filter.currentData(),
            kelurahan=self.kelurahan_filter.currentData(),
            received_from=_wib_midnight(start) if start else None,
            received_to=_wib_midnight(end + timedelta(days=1)) if end else None,
            deadline=self.deadline_filter.currentData(), emergency_only=self.emergency_check.isChecked(),
            text=self.search.text(), bounds=self._bounds)

    @staticmethod
    def _date(edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == edit.minimumDate() else value.toPython()

    def _matching_preset(self) -> str:
        for preset in PRESETS:
            if (self.status_filter.currentData() == preset.status
                    and self.deadline_filter.currentData() == preset.deadline
                    and self.emergency_check.isChecked() == preset.emergency
                    and (self._date(self.received_from) == _today_wib()) == preset.today
                    and self._date(self.received_to) is None
                    and not any(c.currentData() for c in (self.category_filter, self.channel_filter,
                                                          self.agency_filter, self.city_filter,
                                                          self.privacy_filter))
                    and (preset.today or self._date(self.received_from) is None)):
                return preset.key
        return _CUSTOM

    @Slot()
    def _emit(self) -> None:
        self._debounce.stop()
        self.preset_filter.setCurrentIndex(self.preset_filter.findData(self._matching_preset()))
        self.sig_query_changed.emit(self.query())

    @Slot(int)
    def _on_preset(self, index: int) -> None:
        key = self.preset_filter.itemData(index)
        preset = next((p for p in PRESETS if p.key == key), None)
        if preset is not None:
            self.apply_preset(preset)

    def apply_preset(self, preset: Preset) -> None:
        """Set the bar to exactly what ``preset`` means (search text and map area are kept)."""
        combos = (self.status_filter, self.category_filter, self.channel_filter, self.agency_filter,
                  self.city_filter, self.deadline_filter, self.privacy_filter)
        for widget in combos + (self.emergency_check, self.received_from, self.received_to):
            widget.blockSignals(True)
        for combo in combos:
            combo.setCurrentIndex(0)
        self._fill_kecamatan()
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(preset.status), 0))
        self.deadline_filter.setCurrentIndex(max(self.deadline_filter.findData(preset.deadline), 0))
        self.emergency_check.setChecked(preset.emergency)
        today = _today_wib()
        self.received_from.setDate(QDate(today.year, today.month, today.day) if preset.today
                                   else self.received_from.minimumDate())
        self.received_to.setDate(self.received_to.minimumDate())
        for widget in combos + (self.emergency_check, self.received_from, self.received_to):
            widget.blockSignals(False)
        self._emit()

    def select_preset(self, key: str) -> None:
        self.apply_preset(next(p for p in PRESETS if p.key == key))

    def set_bounds(self, bounds: tuple[float, float, float, float] | None) -> None:
        """Narrow list and map to a map area (a clicked cluster), or widen them again with None."""
        self._bounds = bounds
        self.area_chip.setVisible(bounds is not None)
        self._emit()

    @Slot()
    def clear_bounds(self) -> None:
        self.set_bounds(None)

    @property
    def bounds(self) -> tuple[float, float, float, float] | None:
        return self._bounds


def _today_wib() -> date:
    return datetime.now(WIB).date()
