"""JakLapor Desk: the back office for citizen reports."""

__version__ = "0.1.0"
