"""The period a dashboard covers: whole days in Jakarta time, first and last day included."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from desktop.core.dispatching import Refusal, RefusalError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sla import WIB, HolidayCalendar

# Up to this many days the satisfaction trend is drawn per week, beyond it per month.
WEEKLY_UP_TO_DAYS = 92
DEFAULT_DAYS = 30


CONTEXT = "period"
ENDS_FIRST = QT_TRANSLATE_NOOP("period", "the period ends ({last}) before it starts ({first})")
NO_DAYS = QT_TRANSLATE_NOOP("period", "a period needs at least one day")
NOT_A_DATE = QT_TRANSLATE_NOOP("period", "{what} {text} is not a date like 2026-10-31")
# What parse_day calls the date it reads.
DATE = QT_TRANSLATE_NOOP("period", "date")
START_DATE = QT_TRANSLATE_NOOP("period", "the start date")
END_DATE = QT_TRANSLATE_NOOP("period", "the end date")


class PeriodError(RefusalError, ValueError):
    """The period cannot be used as given; ``refusal`` says why."""


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise PeriodError(Refusal(CONTEXT, ENDS_FIRST, {"last": f"{self.last:%Y-%m-%d}",
                                                            "first": f"{self.first:%Y-%m-%d}"}))

    @property
    def start(self) -> datetime:
        """The first instant of the period, in UTC."""
        return datetime.combine(self.first, time(0), WIB).astimezone(timezone.utc)

    @property
    def end(self) -> datetime:
        """The first instant after the period, in UTC."""
        return datetime.combine(self.last + timedelta(days=1), time(0), WIB).astimezone(timezone.utc)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def working_days(self, calendar: HolidayCalendar) -> int:
        return sum(calendar.is_working_day(self.first + timedelta(days=n)) for n in range(self.days))

    @property
    def weekly(self) -> bool:
        return self.days <= WEEKLY_UP_TO_DAYS

    def trend_bucket(self, day: date) -> date:
        """The first day of the week (Monday) or month ``day`` falls in, clipped to the period."""
        start = day - timedelta(days=day.weekday()) if self.weekly else day.replace(day=1)
        return max(start, self.first)

    def label(self) -> str:
        return f"{self.first:%d-%m-%Y} – {self.last:%d-%m-%Y}"


def today_wib(now: datetime | None = None) -> date:
    return (now or datetime.now(timezone.utc)).astimezone(WIB).date()


def last_days(count: int, now: datetime | None = None) -> Period:
    """The ``count`` days up to and including today (Jakarta time)."""
    if count < 1:
        raise PeriodError(Refusal(CONTEXT, NO_DAYS))
    today = today_wib(now)
    return Period(today - timedelta(days=count - 1), today)


def parse_day(text: str, what: str = DATE) -> date:
    """A YYYY-MM-DD date, or PeriodError saying what was wrong with ``text`` (``what``: one of the names above)."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise PeriodError(Refusal(CONTEXT, NOT_A_DATE, {"what": Refusal(CONTEXT, what), "text": repr(text)})) from None


def period_from(first: str | None, last: str | None, now: datetime | None = None) -> Period:
    """The period between two optional YYYY-MM-DD dates; a missing start means 30 days before the end,
    a missing end means today (or the start, if that is later)."""
    begin = parse_day(first, START_DATE) if first else None
    end = parse_day(last, END_DATE) if last else None
    if end is None:
        end = max(today_wib(now), begin) if begin else today_wib(now)
    if begin is None:
        begin = end - timedelta(days=DEFAULT_DAYS - 1)
    return Period(begin, end)
