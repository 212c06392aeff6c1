"""The supervisor's review: every agency's queue now, and the service's effectiveness over a period.

Every figure is counted by the database in grouped queries and comes back as a few
hundred rows; the arithmetic on those rows is ``desktop.core.stats``. Over a period with
no other filter, the counts come from the daily counts the database keeps
(``report_stats``, ``report_durations``, migration 0007), so a month of a million-report
city adds up a few thousand rows; only what depends on the present moment (is an open
report past its deadline now?) is read from the open reports themselves. Any other filter
reads the matching reports directly, the way the inbox finds them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timezone

from sqlalchemy import Integer, and_, case, cast, func, literal, select, union_all
from sqlalchemy.orm import Session

from db.models import (
    Agency, Area, Assignment, Category, MapPoint, Rating, Report, ReportAreaStats, ReportDuration, ReportStats,
    StatusEvent,
)
from desktop.core.roles import Permission
from desktop.core.sla import EMERGENCY_FIRST_ACTION
from desktop.core.stats.effectiveness import CohortGroup, Dashboard, adaptation, goal_achievement, integration
from desktop.core.stats.heat import AreaCounts
from desktop.core.stats.layout import Link
from desktop.core.stats.measures import EXACT_MINUTES, TEN_MINUTES_UNTIL
from desktop.core.stats.period import Period
from desktop.core.stats.queues import (
    FLOW_WINDOW, Movement, QueueCount, QueueReview, age_edges, build_queue_review, flows,
)
from desktop.core.workflow import OPEN_STATUSES, UNROUTED, WITH_AGENCY
from desktop.services.access import require, scoped
from desktop.services.calendar import calendar_in_use
from desktop.services.database import Database
from desktop.services.dto import ReportQuery, UserSession
from desktop.services.reports import _filtered, scoped_points

_OPEN = sorted(s.value for s in OPEN_STATUSES)
_UNROUTED = sorted(s.value for s in UNROUTED)
_EMERGENCY_SECONDS = int(EMERGENCY_FIRST_ACTION.total_seconds())
# Events the figures count, by the action names the workflow services write ("reject", "reopen"
# and these), and the statuses they lead to (naming both lets the database go straight to them).
_HANDOVER_ACTIONS = ("hand_back", "reroute", "recall")
_HANDOVER_TARGETS = sorted(s.value for s in UNROUTED | WITH_AGENCY)
# Durations in the order of report_durations.metric.
_DURATION_COLUMNS = (Report.first_action_at, Report.dispatched_at, Report.done_at)
_SCORES = (ReportStats.score_1, ReportStats.score_2, ReportStats.score_3, ReportStats.score_4, ReportStats.score_5)


@dataclass(frozen=True)
class Names:
    """Display names for the codes the figures carry."""

    agencies: dict[str, str]
    categories: dict[str, tuple[str, str]]  # code -> (Indonesian, English)

    def agency(self, code: str | None) -> str:
        return self.agencies.get(code, code) if code else ""

    def category(self, code: str, lang: str) -> str:
        names = self.categories.get(code)
        if names is None:
            return code
        return names[1] if lang == "en" else names[0]


@dataclass(frozen=True)
class Review:
    """What the supervisor's screen shows: queues now, effectiveness over ``dashboard.period``."""

    queues: QueueReview
    dashboard: Dashboard
    query: ReportQuery
    names: Names
    now: datetime
    # Whether the filters (beside the period) narrow anything: an empty result then means "nothing matches".
    filtered: bool
    # The period holds no working day (weekends and holidays only): deadlines did not run in it.
    days_off_only: bool


# --- SQL pieces both databases understand ------------------------------------------------------

def seconds_between(later, earlier, dialect: str):
    """Whole seconds from ``earlier`` to ``later`` as an SQL expression (negative when reversed)."""
    if dialect == "postgresql":
        return cast(func.round(func.extract("epoch", later - earlier)), Integer)
    # SQLite keeps UTC text; julianday gives days as a float, rounded to whole seconds.
    return cast(func.round((func.julianday(later) - func.julianday(earlier)) * 86400), Integer)


def _minutes(later, earlier, dialect: str):
    """Whole minutes from ``earlier`` to ``later``, truncated towards zero, as migration 0007 counts them."""
    if dialect == "postgresql":
        return cast(func.trunc(func.extract("epoch", later - earlier) / 60), Integer)
    # The millionth of a minute keeps an exact minute from rounding down to the one before.
    return cast((func.julianday(later) - func.julianday(earlier)) * 1440 + 1e-6, Integer)


def _bucket(minutes):
    """desktop.core.stats.measures.duration_bucket in SQL."""
    return case((minutes < 0, -1), (minutes < EXACT_MINUTES, minutes),
                (minutes < TEN_MINUTES_UNTIL, minutes - minutes.op("%")(10)), else_=minutes - minutes.op("%")(60))


def _day_wib(column, dialect: str):
    if dialect == "postgresql":
        return func.date(func.timezone("Asia/Jakarta", column))
    return func.date(column, "+7 hours")


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _flag(condition):
    return func.sum(case((condition, 1), else_=0))


def _agency_key():
    """A report back in the command centre's inbox is nobody's, whatever agency it last had."""
    return case((Report.status.in_(_UNROUTED), None), else_=Report.lead_agency_id)


def _cohort_query(query: ReportQuery, period: Period) -> ReportQuery:
    """The inbox filters, narrowed to the reports received in ``period``."""
    start = max(query.received_from, period.start) if query.received_from else period.start
    end = min(query.received_to, period.end) if query.received_to else period.end
    return replace(query, received_from=start, received_to=end)


def _is_filtered(query: ReportQuery) -> bool:
    plain = replace(query, received_from=None, received_to=None)
    return plain != ReportQuery()


class _Reader:
    """The reports a review counts, and the code maps, for one review."""

    def __init__(self, session: Session, user: UserSession, dialect: str, now: datetime):
        self.session = session
        self.user = user
        self.dialect = dialect
        self.now = now
        self.agency_codes = dict(session.execute(select(Agency.id, Agency.code)).all())
        self.active_agencies = tuple(session.scalars(select(Agency.code).where(Agency.active.is_(True))))
        self.category_codes = dict(session.execute(select(Category.id, Category.code)).all())
        # The first and last receipt: a period reaching beyond them needs no check on that side.
        # Asked apart, each is one step down the index (together they would read every report).
        self.first = session.scalar(select(func.min(Report.received_at)))
        self.last = session.scalar(select(func.max(Report.received_at)))

    def ids(self, query: ReportQuery):
        """The ids of the reports ``query`` selects, found the way the inbox finds them."""
        return scoped_points(_filtered(select(MapPoint.report_id), query, self.now, self.dialect), self.user)

    def where(self, statement, query: ReportQuery):
        """Narrow a statement over ``Report`` to ``query``.

        The period alone is a range on the reports' own arrival index; other filters go
        through the inbox's filter columns.
        """
        if self._bounds_start(query):
            statement = statement.where(Report.received_at >= query.received_from)
        if self._bounds_end(query):
            statement = statement.where(Report.received_at < query.received_to)
        if _is_filtered(query):
            statement = statement.where(Report.id.in_(self.ids(query)))
        return scoped(statement, self.user)

    def _bounds_start(self, query: ReportQuery) -> bool:
        return query.received_from is not None and (self.first is None or query.received_from > self.first)

    def _bounds_end(self, query: ReportQuery) -> bool:
        return query.received_to is not None and (self.last is None or query.received_to <= self.last)

    def narrows(self, query: ReportQuery) -> bool:
        """Whether ``query`` leaves out any report (else the reports table need not be read to apply it)."""
        probe = select(Report.id)
        return self._bounds_start(query) or self._bounds_end(query) or _is_filtered(query) or \
            scoped(probe, self.user) is not probe

    def on_reports(self, statement, report_id, query: ReportQuery, always: bool = False):
        """``statement`` (over events or assignments) narrowed to those of the reports ``query`` selects.

        It is joined to the inbox's narrow filter rows (``map_points``), which hold each
        report's arrival and filter columns: far cheaper to reach by id than the wide reports.
        ``always`` joins them even when nothing is left out, for their columns.
        """
        if not (always or self.narrows(query)):
            return statement
        return scoped_points(_filtered(statement.join(MapPoint, MapPoint.report_id == report_id), query, self.now,
                                       self.dialect), self.user)

    def agency(self, agency_id: int | None) -> str | None:
        return self.agency_codes.get(agency_id)


# --- queues -------------------------------------------------------------------------------------

def _queue_counts(reader: _Reader, query: ReportQuery) -> list[QueueCount]:
    now = reader.now
    young, middle, old = age_edges(now)
    bucket = case((Report.received_at >= young, 0), (Report.received_at >= middle, 1),
                  (Report.received_at >= old, 2), else_=3)
    statement = reader.where(
        select(Report.lead_agency_id, Report.status, bucket, func.count(),
               _flag(and_(Report.due_at.is_not(None), Report.due_at < now)), func.min(Report.received_at))
        .where(Report.status.in_(_OPEN)), query).group_by(Report.lead_agency_id, Report.status, bucket)
    return [QueueCount(None if status in _UNROUTED else reader.agency(agency_id), status, age, n, overdue, oldest)
            for agency_id, status, age, n, overdue, oldest in reader.session.execute(statement)]


# Ids per statement, well below every database's limit on bound parameters.
_CHUNK = 900


def _rerouted_away(reader: _Reader, reroutes) -> list[tuple[str | None, int]]:
    """Per agency, how many of the re-routes ``reroutes`` (report id, instant, new agency id) took a report from it.

    A re-route's event names only the new agency; the old one is the lead whose part ended
    at that very instant. Re-routes are few, so their reports' lead parts are read by id.
    """
    new_agency = {(report_id, at): agency_id for report_id, at, agency_id in reroutes}
    ids = sorted({report_id for report_id, _at in new_agency})
    counts: dict[str | None, int] = {}
    for chunk in range(0, len(ids), _CHUNK):
        for report_id, ended, agency_id in reader.session.execute(
                select(Assignment.report_id, Assignment.ended_at, Assignment.agency_id)
                .where(Assignment.role == "lead", Assignment.ended_at.is_not(None),
                       Assignment.report_id.in_(ids[chunk:chunk + _CHUNK]))):
            key = (report_id, ended)
            if key in new_agency and new_agency[key] != agency_id:
                code = reader.agency(agency_id)
                counts[code] = counts.get(code, 0) + 1
    return sorted(counts.items(), key=lambda item: item[0] or "")


_REROUTE = (StatusEvent.to_status.in_(_HANDOVER_TARGETS), StatusEvent.action == "reroute")


def _movements(reader: _Reader, query: ReportQuery, filtered: bool):
    since = reader.now - FLOW_WINDOW
    events = (select(StatusEvent.action, StatusEvent.from_status, StatusEvent.to_status, StatusEvent.agency_id,
                     func.count()).where(StatusEvent.at >= since)
              .group_by(StatusEvent.action, StatusEvent.from_status, StatusEvent.to_status, StatusEvent.agency_id))
    reroutes = select(StatusEvent.report_id, StatusEvent.at, StatusEvent.agency_id).where(
        *_REROUTE, StatusEvent.at >= since)
    if filtered:
        events = events.where(StatusEvent.report_id.in_(reader.ids(query)))
        reroutes = reroutes.where(StatusEvent.report_id.in_(reader.ids(query)))
    movements = [Movement(action, before, after, reader.agency(agency_id), n)
                 for action, before, after, agency_id, n in reader.session.execute(events)]
    return flows(movements, _rerouted_away(reader, reader.session.execute(reroutes).all()))


def _queue_review(reader: _Reader, query: ReportQuery) -> QueueReview:
    # A queue is what waits now, however long ago it arrived: the period does not apply.
    open_query = replace(query, received_from=None, received_to=None)
    agency_flows, city = _movements(reader, open_query, _is_filtered(open_query))
    return build_queue_review(_queue_counts(reader, open_query), agency_flows, reader.active_agencies,
                              reader.now, city)


# --- the period's reports, read directly -------------------------------------------------------

def _emergency_flags(reader: _Reader):
    """(in time, late): first action within 15 minutes; after them, or none yet though they are over."""
    acted = seconds_between(Report.first_action_at, Report.received_at, reader.dialect)
    emergency = Report.emergency.is_(True)
    in_time = and_(emergency, Report.first_action_at.is_not(None), acted < _EMERGENCY_SECONDS)
    late = and_(emergency, case(
        (Report.first_action_at.is_not(None), acted >= _EMERGENCY_SECONDS),
        else_=and_(Report.status.in_(_OPEN), Report.received_at <= reader.now - EMERGENCY_FIRST_ACTION)))
    return in_time, late


def _groups_read(reader: _Reader, query: ReportQuery) -> list[CohortGroup]:
    now = reader.now
    judged = Report.due_at.is_not(None)
    done = Report.done_at.is_not(None)
    still_open = and_(Report.done_at.is_(None), Report.status.in_(_OPEN))
    in_time, late = _emergency_flags(reader)
    agency = _agency_key()
    statement = reader.where(select(
        agency, Report.category_id, func.count(),
        _flag(and_(judged, done, Report.done_at <= Report.due_at)),
        _flag(and_(judged, case((done, Report.done_at > Report.due_at), else_=and_(still_open, Report.due_at < now)))),
        _flag(and_(judged, still_open, Report.due_at >= now)),
        _flag(Report.emergency.is_(True)), _flag(in_time), _flag(late), _flag(done),
        _flag(Report.status == "rejected")), query).group_by(agency, Report.category_id)
    return [CohortGroup(reader.agency(agency_id), reader.category_codes[category_id], *counts)
            for agency_id, category_id, *counts in reader.session.execute(statement)]


def _channels_read(reader: _Reader, query: ReportQuery) -> list[tuple[str, int]]:
    statement = reader.where(select(Report.channel, func.count()), query).group_by(Report.channel)
    return list(reader.session.execute(statement).tuples())


def _durations_read(reader: _Reader, query: ReportQuery) -> list[list[tuple[int, int]]]:
    parts = []
    for metric, column in enumerate(_DURATION_COLUMNS):
        bucket = _bucket(_minutes(column, Report.received_at, reader.dialect))
        parts.append(reader.where(select(literal(metric), bucket, func.count()).where(column.is_not(None)), query)
                     .group_by(bucket))
    return _histograms(reader.session.execute(union_all(*parts)))


def _ratings_read(reader: _Reader, query: ReportQuery) -> list[tuple[date, int, int]]:
    day = _day_wib(Report.received_at, reader.dialect)
    statement = reader.where(
        select(day, Rating.score, func.count()).join(Rating, Rating.report_id == Report.id), query
    ).group_by(day, Rating.score)
    return [(_as_date(d), score, n) for d, score, n in reader.session.execute(statement)]


def _histograms(rows) -> list[list[tuple[int, int]]]:
    histograms: list[list[tuple[int, int]]] = [[], [], []]
    for metric, bucket, n in rows:
        histograms[metric].append((int(bucket), int(n)))
    return histograms


# --- the period's reports, from the daily counts --------------------------------------------------

def _days(period: Period):
    return ReportStats.day.between(period.first, period.last)


def _groups_counted(reader: _Reader, period: Period) -> list[CohortGroup]:
    """The daily counts, completed with what only the present moment decides about the open reports."""
    s = ReportStats
    counted = reader.session.execute(
        select(s.agency_id, s.category_id, func.sum(s.reports), func.sum(s.on_time), func.sum(s.late_done),
               func.sum(case((s.emergency.is_(True), s.reports), else_=0)), func.sum(s.emergency_in_time),
               func.sum(s.emergency_late), func.sum(s.done),
               func.sum(case((s.status == "rejected", s.reports), else_=0)))
        .where(_days(period)).group_by(s.agency_id, s.category_id))
    now = reader.now
    agency = _agency_key()
    waiting_emergency = and_(Report.emergency.is_(True), Report.first_action_at.is_(None),
                             Report.received_at <= now - EMERGENCY_FIRST_ACTION)
    live = {(agency_id or 0, category_id): (late, pending, emergency_late) for agency_id, category_id, late, pending,
            emergency_late in reader.session.execute(scoped(
                select(agency, Report.category_id, _flag(and_(Report.due_at.is_not(None), Report.due_at < now)),
                       _flag(Report.due_at >= now), _flag(waiting_emergency))
                .where(Report.status.in_(_OPEN), Report.done_at.is_(None), Report.received_at >= period.start,
                       Report.received_at < period.end), reader.user).group_by(agency, Report.category_id))}
    groups = []
    for agency_id, category_id, n, on_time, late_done, emergencies, in_time, acted_late, done, rejected in counted:
        late_open, pending, waited = live.get((agency_id, category_id), (0, 0, 0))
        groups.append(CohortGroup(reader.agency(agency_id) if agency_id else None, reader.category_codes[category_id],
                                  int(n), int(on_time), int(late_done) + late_open, pending, int(emergencies),
                                  int(in_time), int(acted_late) + waited, int(done), int(rejected)))
    return [g for g in groups if g.reports]


def _channels_counted(reader: _Reader, period: Period) -> list[tuple[str, int]]:
    rows = reader.session.execute(select(ReportStats.channel, func.sum(ReportStats.reports))
                                  .where(_days(period)).group_by(ReportStats.channel))
    return [(channel, int(n)) for channel, n in rows]


def _durations_counted(reader: _Reader, period: Period) -> list[list[tuple[int, int]]]:
    d = ReportDuration
    return _histograms(reader.session.execute(
        select(d.metric, d.bucket, func.sum(d.n)).where(d.day.between(period.first, period.last))
        .group_by(d.metric, d.bucket)))


def _ratings_counted(reader: _Reader, period: Period) -> list[tuple[date, int, int]]:
    rows = reader.session.execute(select(ReportStats.day, *(func.sum(c) for c in _SCORES))
                                  .where(_days(period)).group_by(ReportStats.day))
    return [(_as_date(day), score, int(n)) for day, *counts in rows for score, n in enumerate(counts, start=1) if n]


# --- events and agencies' parts on the period's reports ---------------------------------------------

def _events(reader: _Reader, query: ReportQuery, *columns):
    """A statement over the status events of the reports ``query`` selects, since the period began.

    An event on a report comes after its receipt, so the events index is read from the
    period's start only.
    """
    return reader.on_reports(select(*columns).where(StatusEvent.at >= query.received_from), StatusEvent.report_id,
                             query)


def _handovers(reader: _Reader, query: ReportQuery):
    statement = _events(reader, query, StatusEvent.action, StatusEvent.agency_id, func.count()).where(
        StatusEvent.to_status.in_(_HANDOVER_TARGETS), StatusEvent.action.in_(_HANDOVER_ACTIONS)
    ).group_by(StatusEvent.action, StatusEvent.agency_id)
    reroutes = _events(reader, query, StatusEvent.report_id, StatusEvent.at, StatusEvent.agency_id).where(*_REROUTE)
    return ([(action, reader.agency(agency_id), n) for action, agency_id, n in reader.session.execute(statement)],
            _rerouted_away(reader, reader.session.execute(reroutes).all()))


def _reopened(reader: _Reader, query: ReportQuery) -> int:
    return reader.session.scalar(_events(reader, query, func.count(func.distinct(StatusEvent.report_id)))
                                 .where(StatusEvent.to_status == "reopened", StatusEvent.action == "reopen")) or 0


def _reject_notes(reader: _Reader, query: ReportQuery) -> list[tuple[str | None, int]]:
    statement = _events(reader, query, StatusEvent.note, func.count()).where(
        StatusEvent.to_status == "rejected", StatusEvent.action == "reject").group_by(StatusEvent.note)
    return list(reader.session.execute(statement).tuples())


def _supports(reader: _Reader, query: ReportQuery):
    """Reports led with another agency's support (per lead), and supported (per supporting agency)."""
    rows = reader.session.execute(reader.on_reports(
        select(Assignment.report_id, Assignment.agency_id, MapPoint.lead_agency_id).where(
            Assignment.role == "support", Assignment.assigned_at >= query.received_from),
        Assignment.report_id, query, always=True)).all()
    led: dict[int, set[int]] = {}
    supported: dict[int, set[int]] = {}
    for report_id, agency_id, lead_id in rows:
        if lead_id is not None:
            led.setdefault(lead_id, set()).add(report_id)
        supported.setdefault(agency_id, set()).add(report_id)
    return ([(reader.agency(a), len(ids)) for a, ids in led.items()],
            [(reader.agency(a), len(ids)) for a, ids in supported.items()])


def _dashboard(reader: _Reader, query: ReportQuery, period: Period) -> Dashboard:
    cohort = _cohort_query(query, period)
    if query == ReportQuery():
        groups = _groups_counted(reader, period)
        channels = _channels_counted(reader, period)
        durations = _durations_counted(reader, period)
        ratings = _ratings_counted(reader, period)
    else:
        groups = _groups_read(reader, cohort)
        channels = _channels_read(reader, cohort)
        durations = _durations_read(reader, cohort)
        ratings = _ratings_read(reader, cohort)
    goal = goal_achievement(groups, *durations)
    events, rerouted_away = _handovers(reader, cohort)
    led_with_support, supported = _supports(reader, cohort)
    joined = integration(groups, channels, events, rerouted_away, led_with_support, supported)
    adapted = adaptation(groups, period, _reopened(reader, cohort), ratings, _reject_notes(reader, cohort))
    return Dashboard(period, joined.reports, goal, joined, adapted)


def _names(session: Session) -> Names:
    return Names(dict(session.execute(select(Agency.code, Agency.short_name)).all()),
                 {code: (name_id, name_en) for code, name_id, name_en
                  in session.execute(select(Category.code, Category.name_id, Category.name_en))})


def load_review(db: Database, user: UserSession, period: Period, query: ReportQuery = ReportQuery(),
                now: datetime | None = None) -> Review:
    """Queues now and the effectiveness of the reports received in ``period`` that match ``query``."""
    require(user, Permission.SUPERVISE)
    now = now or datetime.now(timezone.utc)
    with db.session() as session:
        reader = _Reader(session, user, db.dialect, now)
        queues = _queue_review(reader, query)
        board = _dashboard(reader, query, period)
        names = _names(session)
    days_off_only = period.working_days(calendar_in_use().calendar) == 0
    return Review(queues, board, query, names, now, _is_filtered(query), days_off_only)


def load_queues(db: Database, user: UserSession, query: ReportQuery = ReportQuery(),
                now: datetime | None = None) -> QueueReview:
    require(user, Permission.SUPERVISE)
    now = now or datetime.now(timezone.utc)
    with db.session() as session:
        return _queue_review(_Reader(session, user, db.dialect, now), query)


def load_dashboard(db: Database, user: UserSession, period: Period, query: ReportQuery = ReportQuery(),
                   now: datetime | None = None) -> Dashboard:
    require(user, Permission.SUPERVISE)
    now = now or datetime.now(timezone.utc)
    with db.session() as session:
        return _dashboard(_Reader(session, user, db.dialect, now), query, period)


def link_query(link: Link, base: ReportQuery, now: datetime) -> ReportQuery:
    """The inbox filter that lists exactly the reports a queue cell counts (within ``base``'s filters)."""
    statuses = link.statuses or tuple(sorted(s.value for s in (UNROUTED if link.agency is None else WITH_AGENCY)))
    query = replace(base, statuses=statuses, agencies=(link.agency,) if link.agency else (),
                    received_from=None, received_to=None, deadline="overdue" if link.overdue else None)
    if link.age is not None:
        edges = age_edges(now)
        query = replace(query, received_from=edges[link.age] if link.age < len(edges) else None,
                        received_to=edges[link.age - 1] if link.age > 0 else None)
    return query


def _areas_counted(reader: _Reader, period: Period) -> dict[int, list[int]]:
    a = ReportAreaStats
    rows = reader.session.execute(
        select(a.area_id, func.sum(a.reports), func.sum(a.on_time), func.sum(a.late_done), func.sum(a.ratings),
               func.sum(a.poor_ratings)).where(a.day.between(period.first, period.last)).group_by(a.area_id))
    counts = {area_id: [int(n), int(on_time), int(late), int(rated), int(poor), 0]
              for area_id, n, on_time, late, rated, poor in rows}
    late_open = reader.session.execute(scoped(
        select(Report.area_id, func.count()).where(
            Report.status.in_(_OPEN), Report.done_at.is_(None), Report.due_at < reader.now,
            Report.received_at >= period.start, Report.received_at < period.end, Report.area_id.is_not(None)),
        reader.user).group_by(Report.area_id))
    for area_id, n in late_open:
        counts.setdefault(area_id, [0] * 6)[2] += n
    return counts


def _areas_read(reader: _Reader, cohort: ReportQuery) -> dict[int, list[int]]:
    judged = Report.due_at.is_not(None)
    done = Report.done_at.is_not(None)
    rows = reader.session.execute(reader.where(
        select(Report.area_id, func.count(), _flag(and_(judged, done, Report.done_at <= Report.due_at)),
               _flag(and_(judged, case((done, Report.done_at > Report.due_at),
                                       else_=and_(Report.status.in_(_OPEN), Report.due_at < reader.now)))))
        .where(Report.area_id.is_not(None)), cohort).group_by(Report.area_id))
    counts = {area_id: [n, on_time, late, 0, 0, 0] for area_id, n, on_time, late in rows}
    rated = reader.session.execute(reader.where(
        select(Report.area_id, func.count(), _flag(Rating.score <= 2)).join(Rating, Rating.report_id == Report.id)
        .where(Report.area_id.is_not(None)), cohort).group_by(Report.area_id))
    for area_id, n, poor in rated:
        counts.setdefault(area_id, [0] * 6)[3:5] = [n, poor]
    return counts


def heat_by_area(db: Database, user: UserSession, period: Period, query: ReportQuery = ReportQuery(),
                 now: datetime | None = None) -> tuple[AreaCounts, ...]:
    """Per kelurahan: the period's reports (received, deadlines, ratings) and the open overdue reports now."""
    require(user, Permission.SUPERVISE)
    now = now or datetime.now(timezone.utc)
    with db.session() as session:
        reader = _Reader(session, user, db.dialect, now)
        counts = _areas_counted(reader, period) if query == ReportQuery() else \
            _areas_read(reader, _cohort_query(query, period))
        open_query = replace(query, received_from=None, received_to=None)
        overdue = session.execute(reader.where(
            select(Report.area_id, func.count())
            .where(Report.status.in_(_OPEN), Report.due_at < now, Report.area_id.is_not(None)), open_query)
            .group_by(Report.area_id))
        for area_id, n in overdue:
            counts.setdefault(area_id, [0] * 6)[5] = n
        areas = {a.id: a for a in session.scalars(select(Area).where(Area.id.in_(list(counts))))}
    return tuple(AreaCounts(areas[i].kelurahan, areas[i].kecamatan, areas[i].lat, areas[i].lon, *values)
                 for i, values in counts.items() if i in areas)
