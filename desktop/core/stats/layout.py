"""What the supervisor's review shows, as plain values: tiles, charts, tables and notices.

The screen, the PDF report and the CSV export all draw this one layout, so an export holds
exactly what is on screen. Texts are English templates marked for translation; the caller
passes ``tr`` (the interface's translation of a template) and the language of data labels.
Nothing here names a reporter: every figure is a count over many reports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.core.catalog import CHANNEL_NAMES, Channel, localized
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sla import WIB
from desktop.core.stats.effectiveness import Compliance, Dashboard
from desktop.core.stats.measures import Durations, Ratio
from desktop.core.stats.period import Period
from desktop.core.stats.queues import AGE_BUCKETS, OPEN_ORDER, AgencyQueue, QueueReview
from desktop.core.workflow import STATUS_INFO, Status, status_name

Translate = Callable[[str], str]
# Charts show the queues and agencies that matter most; tables list them all.
CHART_ROWS = 12
AGE_COLOURS = ("#90caf9", "#ffcc80", "#ff8a65", "#c62828")
SCORE_COLOURS = ("#c62828", "#ef6c00", "#fbc02d", "#7cb342", "#2e7d32")

# The review's words, English templates translated in context "supervision".
DAYS_HOURS = QT_TRANSLATE_NOOP("supervision", "{d} d {h} h")
HOURS_MINUTES = QT_TRANSLATE_NOOP("supervision", "{h} h {m:02d} min")
MINUTES = QT_TRANSLATE_NOOP("supervision", "{m} min")
THE_PERIOD_FIRST_LAST_HAS = QT_TRANSLATE_NOOP(
    "supervision", "The period {first} – {last} has not begun yet: there is nothing to count.")
NO_REPORT_RECEIVED_FROM_FIRST = QT_TRANSLATE_NOOP(
    "supervision", "No report received from {first} to {last} matches the filters ({filters}).")
NO_REPORTS_WERE_RECEIVED_FROM = QT_TRANSLATE_NOOP("supervision", "No reports were received from {first} to {last}.")
FIRST_LAST_HOLDS_ONLY_WEEKENDS = QT_TRANSLATE_NOOP(
    "supervision", "{first} – {last} holds only weekends and public holidays: working-day deadlines do not run on "
    "those days, so reports received then fall due on the next working days.")
UP_TO_1_DAY = QT_TRANSLATE_NOOP("supervision", "up to 1 day")
N_1_3_DAYS = QT_TRANSLATE_NOOP("supervision", "1–3 days")
N_3_7_DAYS = QT_TRANSLATE_NOOP("supervision", "3–7 days")
OVER_7_DAYS = QT_TRANSLATE_NOOP("supervision", "over 7 days")
COMMAND_CENTRE_NOT_YET_ROUTED = QT_TRANSLATE_NOOP("supervision", "Command centre (not yet routed)")
ALL_QUEUES = QT_TRANSLATE_NOOP("supervision", "All queues")
NO_REPORT_IS_WAITING_IN = QT_TRANSLATE_NOOP("supervision", "No report is waiting in any queue.")
QUEUES_NOW_BY_STATUS = QT_TRANSLATE_NOOP("supervision", "Queues now, by status")
QUEUE = QT_TRANSLATE_NOOP("supervision", "Queue")
OPEN = QT_TRANSLATE_NOOP("supervision", "Open")
OVERDUE = QT_TRANSLATE_NOOP("supervision", "Overdue")
OLDEST_WAITS = QT_TRANSLATE_NOOP("supervision", "Oldest waits")
QUEUES_NOW_BY_AGE_MOVEMENT = QT_TRANSLATE_NOOP("supervision", "Queues now, by age; movement this week")
IN_7_DAYS = QT_TRANSLATE_NOOP("supervision", "In (7 days)")
OUT_7_DAYS = QT_TRANSLATE_NOOP("supervision", "Out (7 days)")
TREND = QT_TRANSLATE_NOOP("supervision", "Trend")
OPEN_REPORTS_BY_AGE_PER = QT_TRANSLATE_NOOP("supervision", "Open reports by age, per queue")
NO_REPORT_IS_WAITING_EVERY = QT_TRANSLATE_NOOP("supervision", "No report is waiting: every queue is empty.")
UNIT_REPORTS = QT_TRANSLATE_NOOP("supervision", "reports")
OVERDUE_REPORTS_PER_QUEUE = QT_TRANSLATE_NOOP("supervision", "Overdue reports per queue")
NO_OPEN_REPORT_IS_PAST = QT_TRANSLATE_NOOP("supervision", "No open report is past its deadline.")
OPEN_REPORTS = QT_TRANSLATE_NOOP("supervision", "Open reports")
OVERDUE_PAST_THEIR_DEADLINE = QT_TRANSLATE_NOOP("supervision", "{overdue} past their deadline")
GROWING_QUEUES = QT_TRANSLATE_NOOP("supervision", "Growing queues")
NONE_THIS_WEEK = QT_TRANSLATE_NOOP("supervision", "none this week")
OLDEST_WAITING_REPORT = QT_TRANSLATE_NOOP("supervision", "Oldest waiting report")
THIS_WEEK_WHOLE_SERVICE = QT_TRANSLATE_NOOP("supervision", "This week, whole service")
RECEIVED_OR_REOPENED_CLOSED = QT_TRANSLATE_NOOP("supervision", "received or reopened / closed")
N_AGENCIES_HAVE_NO_OPEN = QT_TRANSLATE_NOOP(
    "supervision", "{n} agencies have no open report and no movement this week: {names}.")
QUEUE_REVIEW = QT_TRANSLATE_NOOP("supervision", "Queue review")
EVERY_OPEN_REPORT_NOW_WHATEVER = QT_TRANSLATE_NOOP(
    "supervision", "Every open report now, whatever the period: where it waits, for how long since it was received, "
    "and whether each queue grew this week. Double-click a number to see those reports on the map and in the list.")
NO_REPORT_HAS_REACHED_THIS = QT_TRANSLATE_NOOP("supervision", "no report has reached this step yet")
MEDIAN_DETAIL = QT_TRANSLATE_NOOP("supervision", "median of {n}; 9 in 10 within {p90}")
REPORTS = QT_TRANSLATE_NOOP("supervision", "Reports")
ON_TIME = QT_TRANSLATE_NOOP("supervision", "On time")
LATE = QT_TRANSLATE_NOOP("supervision", "Late")
NOT_YET_DUE = QT_TRANSLATE_NOOP("supervision", "Not yet due")
COMPLIANCE = QT_TRANSLATE_NOOP("supervision", "Compliance")
NO_DEADLINE_HAS_COME_DUE = QT_TRANSLATE_NOOP(
    "supervision", "No deadline has come due yet for the reports of this period.")
TIME_TO_FIRST_ACTION = QT_TRANSLATE_NOOP("supervision", "Time to first action")
TIME_TO_DISPATCH = QT_TRANSLATE_NOOP("supervision", "Time to dispatch")
TIME_TO_DONE = QT_TRANSLATE_NOOP("supervision", "Time to done")
DEADLINES_MET = QT_TRANSLATE_NOOP("supervision", "Deadlines met")
DEADLINES_DETAIL = QT_TRANSLATE_NOOP("supervision", "{on_time} on time, {late} late, {pending} not yet due")
EMERGENCIES_ACTED_ON_WITHIN_15 = QT_TRANSLATE_NOOP("supervision", "Emergencies acted on within 15 minutes")
PART_OF_WHOLE_EMERGENCIES = QT_TRANSLATE_NOOP("supervision", "{part} of {whole} emergencies")
NO_EMERGENCY_IN_THIS_PERIOD = QT_TRANSLATE_NOOP("supervision", "no emergency in this period")
DEADLINES_MET_THE_BUSIEST_AGENCIES = QT_TRANSLATE_NOOP(
    "supervision", "Deadlines met, the busiest agencies (lowest first)")
DEADLINES_MET_THE_BUSIEST_CATEGORIES = QT_TRANSLATE_NOOP(
    "supervision", "Deadlines met, the busiest categories (lowest first)")
DEADLINE_COMPLIANCE_BY_CATEGORY = QT_TRANSLATE_NOOP("supervision", "Deadline compliance by category")
CATEGORY = QT_TRANSLATE_NOOP("supervision", "Category")
NO_REPORTS_IN_THIS_PERIOD = QT_TRANSLATE_NOOP("supervision", "No reports in this period.")
DEADLINE_COMPLIANCE_BY_AGENCY = QT_TRANSLATE_NOOP("supervision", "Deadline compliance by agency")
AGENCY = QT_TRANSLATE_NOOP("supervision", "Agency")
NO_REPORT_REACHED_AN_AGENCY = QT_TRANSLATE_NOOP("supervision", "No report of this period has reached an agency.")
GOAL_ACHIEVEMENT = QT_TRANSLATE_NOOP("supervision", "Goal achievement")
HOW_FAST_REPORTS_RECEIVED_IN = QT_TRANSLATE_NOOP(
    "supervision", "How fast reports received in the period were acted on, dispatched and finished, and whether "
    "their deadlines were met. A deadline counts once it is met or has passed.")
REPORTS_RECEIVED = QT_TRANSLATE_NOOP("supervision", "Reports received")
THROUGH_N_CHANNELS = QT_TRANSLATE_NOOP("supervision", "through {n} channels")
HANDLED_BY_SEVERAL_AGENCIES = QT_TRANSLATE_NOOP("supervision", "Handled by several agencies")
PART_OF_WHOLE_REPORTS_WITH = QT_TRANSLATE_NOOP("supervision", "{part} of {whole} reports with a lead agency")
HAND_BACKS = QT_TRANSLATE_NOOP("supervision", "Hand-backs")
RETURNED_BY_AN_AGENCY_AS = QT_TRANSLATE_NOOP("supervision", "returned by an agency as not its remit")
RE_ROUTES_AND_RECALLS = QT_TRANSLATE_NOOP("supervision", "Re-routes and recalls")
MOVED_TO_ANOTHER_AGENCY_TAKEN = QT_TRANSLATE_NOOP("supervision", "moved to another agency / taken back")
REPORTS_BY_CHANNEL = QT_TRANSLATE_NOOP("supervision", "Reports by channel")
REPORTS_THAT_LEFT_AN_AGENCY = QT_TRANSLATE_NOOP("supervision", "Reports that left an agency again")
HANDED_BACK = QT_TRANSLATE_NOOP("supervision", "Handed back")
RE_ROUTED_AWAY = QT_TRANSLATE_NOOP("supervision", "Re-routed away")
RECALLED = QT_TRANSLATE_NOOP("supervision", "Recalled")
NO_HANDOVERS = QT_TRANSLATE_NOOP(
    "supervision", "No report of this period was handed back, re-routed or recalled.")
INTAKE_BY_CHANNEL = QT_TRANSLATE_NOOP("supervision", "Intake by channel")
CHANNEL = QT_TRANSLATE_NOOP("supervision", "Channel")
SHARE = QT_TRANSLATE_NOOP("supervision", "Share")
COORDINATION_BETWEEN_AGENCIES = QT_TRANSLATE_NOOP("supervision", "Coordination between agencies")
LEADS = QT_TRANSLATE_NOOP("supervision", "Leads")
LEADS_WITH_SUPPORT = QT_TRANSLATE_NOOP("supervision", "Leads with support")
SUPPORTS_OTHERS = QT_TRANSLATE_NOOP("supervision", "Supports others")
HAND_BACK_RATE = QT_TRANSLATE_NOOP("supervision", "Hand-back rate")
RE_ROUTED_TO_IT = QT_TRANSLATE_NOOP("supervision", "Re-routed to it")
INTEGRATION = QT_TRANSLATE_NOOP("supervision", "Integration")
WHERE_REPORTS_COME_FROM_AND = QT_TRANSLATE_NOOP(
    "supervision", "Where reports come from, and how agencies work together on them: coordination, reports handed "
    "back as not their remit, and reports moved between agencies.")
REOPENED = QT_TRANSLATE_NOOP("supervision", "Reopened")
PART_OF_WHOLE_FINISHED_REPORTS = QT_TRANSLATE_NOOP("supervision", "{part} of {whole} finished reports")
AVERAGE_RATING = QT_TRANSLATE_NOOP("supervision", "Average rating")
N_RATINGS_SHARE_OF_FINISHED = QT_TRANSLATE_NOOP("supervision", "{n} ratings; {share} of finished reports rated")
REJECTED = QT_TRANSLATE_NOOP("supervision", "Rejected")
REPORTS_CLOSED_AS_NOT_REAL = QT_TRANSLATE_NOOP("supervision", "reports closed as not real or not the city's")
AVERAGE_RATING_PER_WEEK = QT_TRANSLATE_NOOP("supervision", "Average rating per week")
AVERAGE_RATING_PER_MONTH = QT_TRANSLATE_NOOP("supervision", "Average rating per month")
CITIZENS_RATINGS_1_TO_5 = QT_TRANSLATE_NOOP("supervision", "Citizens' ratings, 1 to 5")
RATINGS = QT_TRANSLATE_NOOP("supervision", "Ratings")
NO_CITIZEN_HAS_RATED_A = QT_TRANSLATE_NOOP("supervision", "No citizen has rated a report of this period yet.")
UNIT_RATINGS = QT_TRANSLATE_NOOP("supervision", "ratings")
TREND_NEEDS_WEEKS = QT_TRANSLATE_NOOP("supervision", "A trend needs ratings in at least two weeks.")
TREND_NEEDS_MONTHS = QT_TRANSLATE_NOOP("supervision", "A trend needs ratings in at least two months.")
WHY_REPORTS_WERE_REJECTED = QT_TRANSLATE_NOOP("supervision", "Why reports were rejected")
NO_REJECTIONS = QT_TRANSLATE_NOOP("supervision", "No report of this period was rejected.")
OTHER_REASONS_EACH_WRITTEN_FOR = QT_TRANSLATE_NOOP(
    "supervision", "Other reasons, each written for one or two reports")
SCORE = QT_TRANSLATE_NOOP("supervision", "Score")
FROM = QT_TRANSLATE_NOOP("supervision", "From")
AVERAGE = QT_TRANSLATE_NOOP("supervision", "Average")
NO_RATINGS_IN_THIS_PERIOD = QT_TRANSLATE_NOOP("supervision", "No ratings in this period.")
REJECTION_REASONS = QT_TRANSLATE_NOOP("supervision", "Rejection reasons")
REASON = QT_TRANSLATE_NOOP("supervision", "Reason")
REASONS_WRITTEN_FOR_FEWER_THAN = QT_TRANSLATE_NOOP(
    "supervision", "Reasons written for fewer than {n} reports are counted together, so that no personal detail "
    "typed into a single reason reaches this review.")
ADAPTATION = QT_TRANSLATE_NOOP("supervision", "Adaptation")
WHETHER_THE_SERVICE_LEARNS_FROM = QT_TRANSLATE_NOOP(
    "supervision", "Whether the service learns from citizens: reports reopened after being finished, how citizens "
    "rate the work, and why reports are rejected.")
SUPERVISOR_REVIEW_QUEUES_AND_EFFECTIVENESS = QT_TRANSLATE_NOOP(
    "supervision", "Supervisor review: queues and effectiveness")
REPORTS_RECEIVED_FIRST_LAST = QT_TRANSLATE_NOOP("supervision", "Reports received {first} – {last}")
MADE_MOMENT = QT_TRANSLATE_NOOP("supervision", "Made {moment}")



@dataclass(frozen=True)
class Link:
    """The reports behind a queue cell, for the click-through to map and list.

    ``agency`` None is the command centre's own queue; no ``statuses`` means all the open
    statuses of that queue.
    """

    agency: str | None
    statuses: tuple[str, ...] = ()
    age: int | None = None
    overdue: bool = False


@dataclass(frozen=True)
class Cell:
    text: str
    link: Link | None = None
    # Numbers are right-aligned and sort as numbers.
    number: float | None = None


@dataclass(frozen=True)
class Tile:
    label: str
    value: str
    detail: str = ""


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]
    colour: str | None = None


@dataclass(frozen=True)
class Chart:
    """``kind``: "bar" (vertical), "hbar" (horizontal), "stacked" (horizontal, stacked) or "line"."""

    key: str
    kind: str
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    empty: str
    unit: str = ""
    maximum: float | None = None
    minimum: float = 0.0

    @property
    def is_empty(self) -> bool:
        return not self.categories or not any(v for s in self.series for v in s.values if v is not None)


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    empty: str

    @property
    def is_empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    intro: str
    tiles: tuple[Tile, ...] = ()
    charts: tuple[Chart, ...] = ()
    tables: tuple[Table, ...] = ()
    notices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    title: str
    period: str
    filters: tuple[str, ...]
    generated: str
    notices: tuple[str, ...]
    sections: tuple[Section, ...] = field(default=())

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


@dataclass(frozen=True)
class Labels:
    """Display names for codes, in the reader's language."""

    agency: Callable[[str | None], str]
    category: Callable[[str], str]
    lang: str

    def channel(self, code: str) -> str:
        try:
            return localized(CHANNEL_NAMES, Channel(code), self.lang)
        except ValueError:
            return code

    def status(self, code: str) -> str:
        return status_name(Status(code), self.lang)


# --- numbers in words -------------------------------------------------------------------------

def decimal(value: float, lang: str, places: int = 1) -> str:
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if lang == "id" else text


def percent(ratio: Ratio, lang: str) -> str:
    value = ratio.percent
    return "—" if value is None else f"{decimal(value, lang)} %"


def duration(minutes: float | None, tr: Translate) -> str:
    """"—", "45 min", "2 h 05 min", "3 d 4 h": a duration as a supervisor reads it, cut like a clock's."""
    if minutes is None:
        return "—"
    whole = int(minutes)
    days, rest = divmod(whole, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return tr(DAYS_HOURS).format(d=days, h=hours)
    if hours:
        return tr(HOURS_MINUTES).format(h=hours, m=mins)
    return tr(MINUTES).format(m=mins)


def day(value: date) -> str:
    return f"{value:%d-%m-%Y}"


def moment(value: datetime) -> str:
    return value.astimezone(WIB).strftime("%d-%m-%Y %H:%M WIB")


# --- notices -------------------------------------------------------------------------------------

def notices(dashboard: Dashboard, filters: tuple[str, ...], days_off_only: bool, today: date,
            tr: Translate) -> tuple[str, ...]:
    """Plain words for the cases where the figures alone would mislead or look broken."""
    period = dashboard.period
    found = []
    params = {"first": day(period.first), "last": day(period.last)}
    if period.first > today:
        found.append(tr(THE_PERIOD_FIRST_LAST_HAS).format(**params))
    elif dashboard.empty and filters:
        found.append(tr(NO_REPORT_RECEIVED_FROM_FIRST).format(
            filters="; ".join(filters), **params))
    elif dashboard.empty:
        found.append(tr(NO_REPORTS_WERE_RECEIVED_FROM).format(**params))
    if days_off_only:
        found.append(tr(FIRST_LAST_HOLDS_ONLY_WEEKENDS).format(**params))
    return tuple(found)


# --- the sections ---------------------------------------------------------------------------------

def _number(value: int | float) -> Cell:
    return Cell(str(value), number=float(value))


def _share(ratio: Ratio, lang: str) -> Cell:
    return Cell(percent(ratio, lang), number=ratio.percent)


def age_names(tr: Translate) -> tuple[str, ...]:
    # Plain words, not "<" and ">": chart legends read their text as markup.
    return (tr(UP_TO_1_DAY), tr(N_1_3_DAYS), tr(N_3_7_DAYS), tr(OVER_7_DAYS))


def _queue_name(queue: AgencyQueue, labels: Labels, tr: Translate) -> str:
    return labels.agency(queue.agency) if queue.agency else tr(COMMAND_CENTRE_NOT_YET_ROUTED)


def queue_section(review: QueueReview, labels: Labels, tr: Translate) -> Section:
    ages = age_names(tr)
    statuses = tuple(labels.status(s) for s in OPEN_ORDER)
    by_status, by_age = [], []
    # The total row only adds up rows that exist.
    for queue in (*review.queues, review.total) if review.queues else ():
        is_total = queue is review.total

        def link(count: int, **narrow) -> Link | None:
            return None if is_total or not count else Link(queue.agency, **narrow)

        name = Cell(tr(ALL_QUEUES) if is_total else _queue_name(queue, labels, tr), link(queue.total))
        waited = queue.waited(review.now)
        by_status.append((
            name, *(Cell(str(queue.count(s)), link(queue.count(s), statuses=(s,)), queue.count(s)) for s in OPEN_ORDER),
            _number(queue.total), Cell(str(queue.overdue), link(queue.overdue, overdue=True), queue.overdue),
            Cell(duration(waited.total_seconds() / 60, tr) if waited else "—",
                 number=waited.total_seconds() if waited else None)))
        trend = "▲ +{n}" if queue.net > 0 else ("▼ {n}" if queue.net < 0 else "= {n}")
        by_age.append((
            name, *(Cell(str(n), link(n, age=i), n) for i, n in enumerate(queue.by_age)),
            _number(queue.arrived), _number(queue.left), Cell(trend.format(n=queue.net), number=queue.net)))
    nothing_waits = tr(NO_REPORT_IS_WAITING_IN)
    tables = (
        Table("queues", tr(QUEUES_NOW_BY_STATUS),
              (tr(QUEUE), *statuses, tr(OPEN), tr(OVERDUE), tr(OLDEST_WAITS)),
              tuple(by_status), nothing_waits),
        Table("ageing", tr(QUEUES_NOW_BY_AGE_MOVEMENT),
              (tr(QUEUE), *ages, tr(IN_7_DAYS), tr(OUT_7_DAYS), tr(TREND)),
              tuple(by_age), nothing_waits),
    )
    charted = [q for q in review.queues if q.total][:CHART_ROWS]
    chart = Chart(
        "queue_ageing", "stacked", tr(OPEN_REPORTS_BY_AGE_PER),
        tuple(_queue_name(q, labels, tr) for q in charted),
        tuple(Series(ages[i], tuple(q.by_age[i] for q in charted), AGE_COLOURS[i]) for i in range(AGE_BUCKETS)),
        tr(NO_REPORT_IS_WAITING_EVERY), tr(UNIT_REPORTS))
    overdue = Chart(
        "queue_overdue", "hbar", tr(OVERDUE_REPORTS_PER_QUEUE),
        tuple(_queue_name(q, labels, tr) for q in charted),
        (Series(tr(OVERDUE), tuple(q.overdue for q in charted), STATUS_INFO[Status.WAITING].colour),),
        tr(NO_OPEN_REPORT_IS_PAST), tr(UNIT_REPORTS))
    growing = [q for q in review.queues if q.growing]
    total = review.total
    tiles = (
        Tile(tr(OPEN_REPORTS), str(total.total),
             tr(OVERDUE_PAST_THEIR_DEADLINE).format(overdue=total.overdue)),
        Tile(tr(GROWING_QUEUES), str(len(growing)),
             ", ".join(_queue_name(q, labels, tr) for q in growing[:4]) or tr(NONE_THIS_WEEK)),
        Tile(tr(OLDEST_WAITING_REPORT),
             duration(total.waited(review.now).total_seconds() / 60, tr) if total.oldest else "—"),
        Tile(tr(THIS_WEEK_WHOLE_SERVICE), f"+{total.arrived} / −{total.left}",
             tr(RECEIVED_OR_REOPENED_CLOSED)),
    )
    notes = []
    if review.quiet:
        notes.append(tr(N_AGENCIES_HAVE_NO_OPEN).format(
            n=len(review.quiet), names=", ".join(labels.agency(a) for a in review.quiet[:8])
            + (" …" if len(review.quiet) > 8 else "")))
    return Section("queues", tr(QUEUE_REVIEW), tr(EVERY_OPEN_REPORT_NOW_WHATEVER), tiles, (chart, overdue), tables,
                   tuple(notes))


def _durations_tile(label: str, durations: Durations, tr: Translate) -> Tile:
    if not durations.count:
        return Tile(label, "—", tr(NO_REPORT_HAS_REACHED_THIS))
    return Tile(label, duration(durations.median_min, tr), tr(MEDIAN_DETAIL).format(
        n=durations.count, p90=duration(durations.p90_min, tr)))


def _busiest(rows: tuple[Compliance, ...]) -> list[Compliance]:
    """The rows with the most judged deadlines, worst first: a handful of reports says little."""
    judged = sorted((c for c in rows if c.ratio.whole), key=lambda c: -c.ratio.whole)[:CHART_ROWS]
    return sorted(judged, key=lambda c: (c.ratio.share, -c.ratio.whole))


def _compliance_rows(rows: tuple[Compliance, ...], name: Callable[[str], str], lang: str):
    return tuple((Cell(name(c.key)), _number(c.reports), _number(c.on_time), _number(c.late), _number(c.pending),
                  _share(c.ratio, lang)) for c in rows)


def goal_section(board: Dashboard, labels: Labels, tr: Translate) -> Section:
    goal = board.goal
    lang = labels.lang

    def header(first: str) -> tuple[str, ...]:
        return first, tr(REPORTS), tr(ON_TIME), tr(LATE), tr(NOT_YET_DUE), tr(COMPLIANCE)

    judged = _busiest(goal.by_agency)
    judged_categories = _busiest(goal.by_category)
    no_deadline = tr(NO_DEADLINE_HAS_COME_DUE)
    tiles = (
        _durations_tile(tr(TIME_TO_FIRST_ACTION), goal.first_action, tr),
        _durations_tile(tr(TIME_TO_DISPATCH), goal.dispatch, tr),
        _durations_tile(tr(TIME_TO_DONE), goal.done, tr),
        Tile(tr(DEADLINES_MET), percent(goal.compliance.ratio, lang),
             tr(DEADLINES_DETAIL).format(
                 on_time=goal.compliance.on_time, late=goal.compliance.late, pending=goal.compliance.pending)),
        Tile(tr(EMERGENCIES_ACTED_ON_WITHIN_15), percent(goal.emergencies, lang),
             tr(PART_OF_WHOLE_EMERGENCIES).format(part=goal.emergencies.part, whole=goal.emergencies.whole)
             if goal.emergencies.whole else tr(NO_EMERGENCY_IN_THIS_PERIOD)),
    )
    charts = (
        Chart("compliance_agency", "hbar", tr(DEADLINES_MET_THE_BUSIEST_AGENCIES),
              tuple(labels.agency(c.key) for c in judged),
              (Series(tr(DEADLINES_MET), tuple(c.ratio.percent for c in judged), "#388e3c"),),
              no_deadline, "%", 100.0),
        Chart("compliance_category", "hbar", tr(DEADLINES_MET_THE_BUSIEST_CATEGORIES),
              tuple(labels.category(c.key) for c in judged_categories),
              (Series(tr(DEADLINES_MET), tuple(c.ratio.percent for c in judged_categories), "#1976d2"),),
              no_deadline, "%", 100.0),
    )
    tables = (
        Table("compliance_category", tr(DEADLINE_COMPLIANCE_BY_CATEGORY), header(tr(CATEGORY)),
              _compliance_rows(goal.by_category, labels.category, lang), tr(NO_REPORTS_IN_THIS_PERIOD)),
        Table("compliance_agency", tr(DEADLINE_COMPLIANCE_BY_AGENCY), header(tr(AGENCY)),
              _compliance_rows(goal.by_agency, labels.agency, lang),
              tr(NO_REPORT_REACHED_AN_AGENCY)),
    )
    return Section("goal", tr(GOAL_ACHIEVEMENT), tr(HOW_FAST_REPORTS_RECEIVED_IN), tiles, charts, tables)


def integration_section(board: Dashboard, labels: Labels, tr: Translate) -> Section:
    joined = board.integration
    lang = labels.lang
    channels = joined.channels
    moved = [a for a in joined.agencies if a.hand_backs or a.rerouted_away or a.recalled][:CHART_ROWS]
    tiles = (
        Tile(tr(REPORTS_RECEIVED), str(joined.reports),
             tr(THROUGH_N_CHANNELS).format(n=len(channels))),
        Tile(tr(HANDLED_BY_SEVERAL_AGENCIES), percent(joined.coordinated, lang),
             tr(PART_OF_WHOLE_REPORTS_WITH).format(
                 part=joined.coordinated.part, whole=joined.coordinated.whole)),
        Tile(tr(HAND_BACKS), str(joined.hand_backs), tr(RETURNED_BY_AN_AGENCY_AS)),
        Tile(tr(RE_ROUTES_AND_RECALLS), f"{joined.reroutes} / {joined.recalls}",
             tr(MOVED_TO_ANOTHER_AGENCY_TAKEN)),
    )
    charts = (
        Chart("channels", "bar", tr(REPORTS_BY_CHANNEL), tuple(labels.channel(c) for c, _count in channels),
              (Series(tr(REPORTS), tuple(n for _c, n in channels), "#1976d2"),),
              tr(NO_REPORTS_IN_THIS_PERIOD), tr(UNIT_REPORTS)),
        Chart("handovers", "hbar", tr(REPORTS_THAT_LEFT_AN_AGENCY),
              tuple(labels.agency(a.agency) for a in moved),
              (Series(tr(HANDED_BACK), tuple(a.hand_backs for a in moved), "#d32f2f"),
               Series(tr(RE_ROUTED_AWAY), tuple(a.rerouted_away for a in moved), "#7b1fa2"),
               Series(tr(RECALLED), tuple(a.recalled for a in moved), "#616161")),
              tr(NO_HANDOVERS), tr(UNIT_REPORTS)),
    )
    channel_rows = tuple((Cell(labels.channel(c)), _number(n), _share(joined.channel_share(c), lang))
                         for c, n in channels)
    agency_rows = tuple(
        (Cell(labels.agency(a.agency)), _number(a.led), _number(a.led_with_support), _number(a.supported),
         _number(a.hand_backs), _share(a.hand_back_rate, lang), _number(a.rerouted_to), _number(a.rerouted_away),
         _number(a.recalled)) for a in joined.agencies)
    tables = (
        Table("channels", tr(INTAKE_BY_CHANNEL), (tr(CHANNEL), tr(REPORTS), tr(SHARE)),
              channel_rows, tr(NO_REPORTS_IN_THIS_PERIOD)),
        Table("agencies", tr(COORDINATION_BETWEEN_AGENCIES),
              (tr(AGENCY), tr(LEADS), tr(LEADS_WITH_SUPPORT), tr(SUPPORTS_OTHERS),
               tr(HANDED_BACK), tr(HAND_BACK_RATE), tr(RE_ROUTED_TO_IT),
               tr(RE_ROUTED_AWAY), tr(RECALLED)),
              agency_rows, tr(NO_REPORT_REACHED_AN_AGENCY)),
    )
    return Section("integration", tr(INTEGRATION), tr(WHERE_REPORTS_COME_FROM_AND), tiles, charts, tables)


def adaptation_section(board: Dashboard, labels: Labels, tr: Translate) -> Section:
    adapted = board.adaptation
    lang = labels.lang
    weekly = board.period.weekly
    trend = adapted.trend
    mean = adapted.mean_score
    tiles = (
        Tile(tr(REOPENED), percent(adapted.reopened, lang),
             tr(PART_OF_WHOLE_FINISHED_REPORTS).format(part=adapted.reopened.part,
                                                                 whole=adapted.reopened.whole)),
        Tile(tr(AVERAGE_RATING), "—" if mean is None else f"{decimal(mean, lang, 2)} / 5",
             tr(N_RATINGS_SHARE_OF_FINISHED).format(
                 n=adapted.ratings, share=percent(adapted.rated, lang))),
        Tile(tr(REJECTED), str(adapted.rejected), tr(REPORTS_CLOSED_AS_NOT_REAL)),
    )
    trend_title = tr(AVERAGE_RATING_PER_WEEK) if weekly else tr(AVERAGE_RATING_PER_MONTH)
    charts = (
        Chart("scores", "bar", tr(CITIZENS_RATINGS_1_TO_5), tuple(str(s) for s in range(1, 6)),
              (Series(tr(RATINGS), tuple(adapted.scores), "#fbc02d"),),
              tr(NO_CITIZEN_HAS_RATED_A), tr(UNIT_RATINGS)),
        Chart("trend", "line", trend_title, tuple(day(p.start) for p in trend) if len(trend) > 1 else (),
              (Series(tr(AVERAGE_RATING), tuple(p.mean for p in trend), "#2e7d32"),),
              tr(TREND_NEEDS_WEEKS) if weekly
              else tr(TREND_NEEDS_MONTHS), "", 5.0, 1.0),
        Chart("reasons", "hbar", tr(WHY_REPORTS_WERE_REJECTED),
              tuple(r for r, _count in adapted.reasons[:CHART_ROWS]),
              (Series(tr(REPORTS), tuple(n for _r, n in adapted.reasons[:CHART_ROWS]), "#616161"),),
              tr(NO_REJECTIONS), tr(UNIT_REPORTS)),
    )
    reason_rows = [(Cell(reason), _number(n)) for reason, n in adapted.reasons]
    if adapted.other_reasons:
        reason_rows.append((Cell(tr(OTHER_REASONS_EACH_WRITTEN_FOR)),
                            _number(adapted.other_reasons)))
    score_rows = tuple((Cell(str(score)), _number(n), _share(Ratio(n, adapted.ratings), lang))
                       for score, n in zip(range(1, 6), adapted.scores))
    trend_rows = tuple((Cell(day(p.start)), _number(p.ratings),
                        Cell("—" if p.mean is None else decimal(p.mean, lang, 2), number=p.mean)) for p in trend)
    tables = (
        Table("scores", tr(RATINGS), (tr(SCORE), tr(RATINGS), tr(SHARE)),
              score_rows if adapted.ratings else (), tr(NO_CITIZEN_HAS_RATED_A)),
        Table("trend", trend_title, (tr(FROM), tr(RATINGS), tr(AVERAGE)), trend_rows,
              tr(NO_RATINGS_IN_THIS_PERIOD)),
        Table("reasons", tr(REJECTION_REASONS), (tr(REASON), tr(REPORTS)), tuple(reason_rows),
              tr(NO_REJECTIONS)),
    )
    notes = (tr(REASONS_WRITTEN_FOR_FEWER_THAN).format(n=3),)
    return Section("adaptation", tr(ADAPTATION), tr(WHETHER_THE_SERVICE_LEARNS_FROM), tiles, charts, tables, notes)


def build(queues: QueueReview, board: Dashboard, labels: Labels, filters: tuple[str, ...], days_off_only: bool,
          now: datetime, tr: Translate) -> Document:
    """The whole review: queues now, then the three dimensions over the period."""
    period: Period = board.period
    today = now.astimezone(WIB).date()
    return Document(
        title=tr(SUPERVISOR_REVIEW_QUEUES_AND_EFFECTIVENESS),
        period=tr(REPORTS_RECEIVED_FIRST_LAST).format(first=day(period.first), last=day(period.last)),
        filters=filters,
        generated=tr(MADE_MOMENT).format(moment=moment(now)),
        notices=notices(board, filters, days_off_only, today, tr),
        sections=(queue_section(queues, labels, tr), goal_section(board, labels, tr),
                  integration_section(board, labels, tr), adaptation_section(board, labels, tr)))
