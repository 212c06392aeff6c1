"""Duplicates: likely duplicate groups with a suggested primary, merged incidents, merge and un-merge."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)
from qasync import asyncSlot

from desktop.services.access import AccessDenied
from desktop.services.changes import Changes
from desktop.services.duplicates import (
    DuplicateGroupView, DuplicateMember, MergedIncident, MergeError, dismiss_group, find_duplicate_groups,
    merge_duplicates, merged_incidents, unmerge,
)
from desktop.ui import format as fmt
from desktop.ui.context import AppContext
from desktop.ui.errors import error_text

_ID = Qt.ItemDataRole.UserRole
_GROUP = Qt.ItemDataRole.UserRole + 1
PRIMARY_MARK = "★"


class DuplicatesScreen(QWidget):
    sig_report_selected = Signal(object)
    """Emitted when the officer selects a report in either list; carries its id."""

    sig_groups_loaded = Signal(int)
    """Emitted after the likely-duplicate groups were (re)computed; carries how many there are."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._groups: tuple[DuplicateGroupView, ...] = ()
        self._incidents: tuple[MergedIncident, ...] = ()
        # The officer may pick another primary than the suggested one, per group.
        self._primary: dict[int, int] = {}
        self.count_label = QLabel()
        self.refresh_button = QPushButton()
        self.groups = self._tree("duplicateGroups")
        self.merge_button = QPushButton()
        self.make_primary_button = QPushButton()
        self.dismiss_button = QPushButton()
        self.groups_title = QLabel()
        self.merged = self._tree("mergedIncidents")
        self.merged_title = QLabel()
        self.unmerge_button = QPushButton()
        for title in (self.groups_title, self.merged_title):
            title.setStyleSheet("font-weight: 600;")

        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.refresh_button)
        group_buttons = QHBoxLayout()
        group_buttons.addWidget(self.merge_button)
        group_buttons.addWidget(self.make_primary_button)
        group_buttons.addWidget(self.dismiss_button)
        group_buttons.addStretch(1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.groups_title)
        upper_layout.addWidget(self.groups, 1)
        upper_layout.addLayout(group_buttons)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.merged_title)
        lower_layout.addWidget(self.merged, 1)
        unmerge_row = QHBoxLayout()
        unmerge_row.addWidget(self.unmerge_button)
        unmerge_row.addStretch(1)
        lower_layout.addLayout(unmerge_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.refresh_button.clicked.connect(self.reload)
        self.merge_button.clicked.connect(self._on_merge)
        self.make_primary_button.clicked.connect(self._on_make_primary)
        self.dismiss_button.clicked.connect(self._on_dismiss)
        self.unmerge_button.clicked.connect(self._on_unmerge)
        for tree in (self.groups, self.merged):
            tree.currentItemChanged.connect(self._on_current_item)
        ctx.bus.sig_changes_committed.connect(self._on_changes)
        self.retranslate()
        self._update_buttons()

    @staticmethod
    def _tree(name: str) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName(name)
        tree.setColumnCount(7)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setStretchLastSection(True)
        return tree

    def retranslate(self) -> None:
        headers = [self.tr("Report"), self.tr("Status"), self.tr("Channel"), self.tr("Received"),
                   self.tr("Distance"), self.tr("Reporter"), self.tr("Title")]
        self.groups.setHeaderLabels(headers)
        self.merged.setHeaderLabels(headers)
        self.refresh_button.setText(self.tr("Refresh"))
        self.groups_title.setText(self.tr("Likely duplicates (same category, nearby, close in time)"))
        self.merged_title.setText(self.tr("Merged incidents"))
        self.merge_button.setText(self.tr("Merge into {mark} primary").format(mark=PRIMARY_MARK))
        self.make_primary_button.setText(self.tr("Make selected the primary"))
        self.dismiss_button.setText(self.tr("Not duplicates"))
        self.unmerge_button.setText(self.tr("Un-merge selected"))
        self._fill()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @asyncSlot()
    async def reload(self) -> None:
        groups = await self._ctx.runner.run(find_duplicate_groups, self._ctx.db, self._ctx.user)
        incidents = await self._ctx.runner.run(merged_incidents, self._ctx.db, self._ctx.user)
        self._groups, self._incidents = groups, incidents
        members = {g.primary_id: {m.id for m in g.members} for g in groups}
        self._primary = {key: value for key, value in self._primary.items()
                         if key in members and value in members[key]}
        self._fill()
        self.sig_groups_loaded.emit(len(groups))

    # ---- showing -----------------------------------------------------------------------

    def _reporter(self, member: DuplicateMember) -> str:
        privacy = fmt.privacy_label(member.privacy)
        return privacy if member.has_identity else f"{privacy} · {self.tr('no identity')}"

    def _member_item(self, member: DuplicateMember, primary: bool, group_key: int | None) -> QTreeWidgetItem:
        distance = "" if member.distance_m is None else self.tr("{metres} m").format(metres=round(member.distance_m))
        reference = f"{PRIMARY_MARK} {member.reference}" if primary else member.reference
        item = QTreeWidgetItem([reference, fmt.status_label(member.status), fmt.channel_label(member.channel),
                                fmt.local_time(member.received_at), distance, self._reporter(member), member.title])
        item.setIcon(1, fmt.status_dot(member.status))
        item.setData(0, _ID, member.id)
        item.setData(0, _GROUP, group_key)
        if primary:
            font = item.font(0)
            font.setWeight(QFont.Weight.Bold)
            item.setFont(0, font)
        return item

    def _fill(self) -> None:
        self.count_label.setText(self.tr("%n likely duplicate group(s)", "", len(self._groups)))
        self.groups.clear()
        for group in self._groups:
            primary = self._primary.get(group.primary_id, group.primary_id)
            area = group.primary.location
            top = QTreeWidgetItem([self.tr("{category} — %n report(s)", "", len(group.members)).format(
                category=fmt.category_label(group.category_name_id, group.category_name_en)), "", "", "", "", "", area])
            top.setData(0, _GROUP, group.primary_id)
            for member in group.members:
                top.addChild(self._member_item(member, member.id == primary, group.primary_id))
            self.groups.addTopLevelItem(top)
            top.setExpanded(True)
        self.merged.clear()
        for incident in self._incidents:
            top = self._member_item(incident.primary, True, None)
            for member in incident.merged:
                top.addChild(self._member_item(member, False, None))
            self.merged.addTopLevelItem(top)
            top.setExpanded(True)
        self._update_buttons()

    def _current_group(self) -> DuplicateGroupView | None:
        item = self.groups.currentItem()
        key = item.data(0, _GROUP) if item is not None else None
        return next((g for g in self._groups if g.primary_id == key), None)

    def _update_buttons(self) -> None:
        group_item = self.groups.currentItem()
        has_group = self._current_group() is not None
        self.merge_button.setEnabled(has_group)
        self.dismiss_button.setEnabled(has_group)
        self.make_primary_button.setEnabled(has_group and group_item is not None and group_item.parent() is not None)
        merged_item = self.merged.currentItem()
        self.unmerge_button.setEnabled(merged_item is not None and merged_item.parent() is not None)

    @Slot(object, object)
    def _on_current_item(self, current, _previous) -> None:
        self._update_buttons()
        report_id = current.data(0, _ID) if current is not None else None
        if report_id is not None:
            self.sig_report_selected.emit(report_id)

    # ---- acting ------------------------------------------------------------------------

    def select_group(self, index: int) -> None:
        """Make group ``index`` current (keyboard users and tests)."""
        self.groups.setCurrentItem(self.groups.topLevelItem(index))

    @Slot()
    def _on_make_primary(self) -> None:
        item, group = self.groups.currentItem(), self._current_group()
        if item is None or group is None or item.data(0, _ID) is None:
            return
        self._primary[group.primary_id] = item.data(0, _ID)
        self._fill()

    @asyncSlot()
    async def _on_merge(self) -> None:
        group = self._current_group()
        if group is None:
            return
        primary = self._primary.get(group.primary_id, group.primary_id)
        others = [m.id for m in group.members if m.id != primary]
        reference = next(m.reference for m in group.members if m.id == primary)
        if not self._ctx.dialogs.confirm(self, self.tr("Merge duplicates"), self.tr(
                "Merge %n report(s) into {reference}? Every reporter is kept, each with their own privacy; "
                "you can un-merge later.", "", len(others)).format(reference=reference)):
            return
        await self._act(merge_duplicates, primary, others)

    @asyncSlot()
    async def _on_dismiss(self) -> None:
        group = self._current_group()
        if group is None:
            return
        if not self._ctx.dialogs.confirm(self, self.tr("Not duplicates"), self.tr(
                "Mark these reports as separate incidents? They will not be suggested together again.")):
            return
        try:
            await self._ctx.runner.run(dismiss_group, self._ctx.db, self._ctx.user, [m.id for m in group.members])
        except AccessDenied as exc:
            self._ctx.dialogs.error(self, self.tr("Not duplicates"), error_text(exc))
            return
        self.reload()

    @asyncSlot()
    async def _on_unmerge(self) -> None:
        item = self.merged.currentItem()
        if item is None or item.parent() is None:
            return
        await self._act(unmerge, item.data(0, _ID))

    async def _act(self, action, *args) -> None:
        try:
            changed = await self._ctx.runner.run(action, self._ctx.db, self._ctx.user, *args)
        except (MergeError, AccessDenied) as exc:
            self._ctx.dialogs.error(self, self.tr("Duplicates"), error_text(exc))
            return
        self._ctx.bus.sig_changes_committed.emit(Changes(reports=frozenset(changed)))

    @Slot(Changes)
    def _on_changes(self, changes: Changes) -> None:
        # Any new or moved report can make or break a group, not only the ones shown.
        if changes.all_reports or changes.reports:
            self.reload()
