"""PySide6 6.12.0 corrupted the refcount of True on every Python emit and aborted the process.

This emits 100,000 signals carrying True through a real connection; a broken PySide6
kills the test process, which shows as a crash, not a pass.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QObject, Signal, Slot


class _Emitter(QObject):
    sig_flag_changed = Signal(bool)
    """Emitted in bulk by the test."""


class _Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0

    @Slot(bool)
    def on_flag(self, value: bool) -> None:
        self.count += value is True


def test_pyside_is_not_the_aborting_release():
    assert PySide6.__version__ != "6.12.0"


def test_hundred_thousand_emits_survive(qapp):
    emitter, receiver = _Emitter(), _Receiver()
    emitter.sig_flag_changed.connect(receiver.on_flag)
    before = sys.getrefcount(True)
    for _ in range(100_000):
        emitter.sig_flag_changed.emit(True)
    assert receiver.count == 100_000
    # True is immortal in 3.12+, but on 3.11 a leak or over-release shows in its refcount.
    assert abs(sys.getrefcount(True) - before) < 1000
