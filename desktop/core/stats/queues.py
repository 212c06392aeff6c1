"""Queue review: what waits where, for how long, and whether each queue is growing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from desktop.core.workflow import OPEN_STATUSES, STATUS_INFO, UNROUTED, WITH_AGENCY, Status

# Ageing buckets by time since the report was received: < 1 day, 1–3, 3–7, > 7 days.
AGE_LIMITS = (timedelta(days=1), timedelta(days=3), timedelta(days=7))
AGE_BUCKETS = len(AGE_LIMITS) + 1
# Arrivals and departures over this window tell a growing queue from a shrinking one.
FLOW_WINDOW = timedelta(days=7)
OPEN_ORDER = tuple(s.value for s in sorted(OPEN_STATUSES, key=lambda s: STATUS_INFO[s].urgency))


def age_bucket(received_at: datetime, now: datetime) -> int:
    """0: up to a day old, 1: one to three days, 2: three to seven, 3: more than a week."""
    age = now - received_at
    for index, limit in enumerate(AGE_LIMITS):
        if age <= limit:
            return index
    return len(AGE_LIMITS)


def age_edges(now: datetime) -> tuple[datetime, ...]:
    """Bucket i holds the reports received at or after ``edges[i]`` and before ``edges[i - 1]``.

    The same half-open ranges as the inbox's date filter, so a click-through lists exactly
    the reports a bucket counts.
    """
    return tuple(now - limit for limit in AGE_LIMITS)


@dataclass(frozen=True)
class QueueCount:
    """Open reports of one agency (None: still with the command centre) in one status and age bucket."""

    agency: str | None
    status: str
    age: int
    reports: int
    overdue: int
    oldest: datetime


@dataclass(frozen=True)
class Flow:
    """Reports that came into and left an agency's queue during the last ``FLOW_WINDOW``."""

    agency: str | None
    arrived: int = 0
    left: int = 0


@dataclass(frozen=True)
class AgencyQueue:
    agency: str | None
    by_status: tuple[int, ...] = (0,) * len(OPEN_ORDER)
    by_age: tuple[int, ...] = (0,) * AGE_BUCKETS
    overdue: int = 0
    oldest: datetime | None = None
    arrived: int = 0
    left: int = 0

    @property
    def total(self) -> int:
        return sum(self.by_age)

    @property
    def net(self) -> int:
        return self.arrived - self.left

    @property
    def growing(self) -> bool:
        return self.net > 0

    def count(self, status: str) -> int:
        return self.by_status[OPEN_ORDER.index(status)]

    def waited(self, now: datetime) -> timedelta | None:
        """How long the oldest open report has waited."""
        return None if self.oldest is None else now - self.oldest


@dataclass(frozen=True)
class QueueReview:
    now: datetime
    queues: tuple[AgencyQueue, ...]
    total: AgencyQueue
    # Active agencies with no open report and no movement in the window.
    quiet: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return self.total.total == 0


def _merge(queue: AgencyQueue, count: QueueCount) -> AgencyQueue:
    by_status = list(queue.by_status)
    by_status[OPEN_ORDER.index(count.status)] += count.reports
    by_age = list(queue.by_age)
    by_age[count.age] += count.reports
    oldest = count.oldest if queue.oldest is None else min(queue.oldest, count.oldest)
    return AgencyQueue(queue.agency, tuple(by_status), tuple(by_age), queue.overdue + count.overdue, oldest,
                       queue.arrived, queue.left)


def build_queue_review(counts: Iterable[QueueCount], flows: Iterable[Flow], agencies: Iterable[str],
                       now: datetime, city: Flow = Flow(None)) -> QueueReview:
    """One row per queue: the command centre's first, then the longest queues.

    ``city`` is the flow of the whole service (reports received, reports closed) for the
    total row; adding up the queues' flows would count every hand-over twice.
    """
    queues: dict[str | None, AgencyQueue] = {}
    total = AgencyQueue(None)
    for count in counts:
        if count.reports <= 0:
            continue
        queues[count.agency] = _merge(queues.get(count.agency, AgencyQueue(count.agency)), count)
        total = _merge(total, count)
    for flow in flows:
        queue = queues.get(flow.agency, AgencyQueue(flow.agency))
        queues[flow.agency] = AgencyQueue(queue.agency, queue.by_status, queue.by_age, queue.overdue, queue.oldest,
                                          queue.arrived + flow.arrived, queue.left + flow.left)
    ordered = sorted(queues.values(), key=lambda q: (q.agency is not None, -q.total, -q.net, q.agency or ""))
    quiet = tuple(sorted(set(agencies) - {q.agency for q in ordered}))
    total = AgencyQueue(None, total.by_status, total.by_age, total.overdue, total.oldest, city.arrived, city.left)
    return QueueReview(now, tuple(ordered), total, quiet)


@dataclass(frozen=True)
class Movement:
    """Status events of one kind during the flow window, as SQL groups them."""

    action: str
    from_status: str | None
    to_status: str
    agency: str | None
    events: int


_UNROUTED = frozenset(s.value for s in UNROUTED)
_WITH_AGENCY = frozenset(s.value for s in WITH_AGENCY)
_CLOSED = frozenset(s.value for s in STATUS_INFO if not STATUS_INFO[s].open)


def flows(movements: Iterable[Movement], rerouted_away: Iterable[tuple[str, int]] = ()) -> tuple[list[Flow], Flow]:
    """Arrivals and departures per queue, and for the city as a whole, from the window's events.

    A report arrives at an agency when it is dispatched or re-routed there, and leaves when
    it is done, handed back, recalled or re-routed elsewhere (``rerouted_away``: a re-route's
    event names only the new agency). The command centre's queue gains what becomes waiting
    or reopened, and loses what it routes, rejects or merges. The city gains each report
    received or reopened, and loses each one closed.
    """
    arrived: dict[str | None, int] = {}
    left: dict[str | None, int] = {}
    city_in = city_out = 0

    def add(table: dict, key: str | None, n: int) -> None:
        table[key] = table.get(key, 0) + n

    for m in movements:
        before, after = m.from_status, m.to_status
        if after in _UNROUTED and before not in _UNROUTED:
            add(arrived, None, m.events)
        if before in _UNROUTED and after not in _UNROUTED:
            add(left, None, m.events)
        if m.agency is not None:
            if m.action == "reroute" or (before in _UNROUTED and after in _WITH_AGENCY):
                add(arrived, m.agency, m.events)
            if before in _WITH_AGENCY and (after in _UNROUTED or after == Status.DONE.value):
                add(left, m.agency, m.events)
        if (before is None or before in _CLOSED) and after not in _CLOSED:
            city_in += m.events
        elif before is not None and before not in _CLOSED and after in _CLOSED:
            city_out += m.events
    for agency, n in rerouted_away:
        add(left, agency, n)
    keys = sorted(set(arrived) | set(left), key=lambda k: (k is not None, k or ""))
    return [Flow(k, arrived.get(k, 0), left.get(k, 0)) for k in keys], Flow(None, city_in, city_out)
