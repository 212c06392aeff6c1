"""The effectiveness dashboard, by the three dimensions of Steers' model the study used.

Goal achievement: how fast reports are acted on, dispatched and finished, and whether
deadlines are met. Integration: where reports come from and how agencies work together
(coordination, hand-backs, re-routes). Adaptation: whether the service learns from its
citizens (reopened reports, satisfaction, why reports are rejected).

Every figure is computed here from grouped rows of the reports received in the period.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.core.stats.measures import Durations, Ratio, mean, summarize_durations
from desktop.core.stats.period import Period

# A rejection reason typed for fewer reports than this is shown only as "other reasons":
# a sentence written for one report may name the people involved.
MIN_REASON_USES = 3
REASON_LENGTH = 120
# Long digit runs and e-mail addresses are phone numbers, NIKs and addresses, never a reason.
_PERSONAL = re.compile(r"\d[\d\s.-]{5,}\d|@")
SCORES = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class CohortGroup:
    """Reports received in the period of one category, led by one agency (None: none leads it now).

    ``on_time``: finished by their deadline; ``late``: finished after it, or still open
    past it; ``pending``: open and not yet due (their deadline cannot be judged yet).
    ``emergency_in_time``: first action within 15 minutes; ``emergency_late``: first action
    later, or none yet although the 15 minutes are over. ``done``: finished at some point
    (done, or done and since reopened).
    """

    agency: str | None
    category: str
    reports: int
    on_time: int = 0
    late: int = 0
    pending: int = 0
    emergencies: int = 0
    emergency_in_time: int = 0
    emergency_late: int = 0
    done: int = 0
    rejected: int = 0


@dataclass(frozen=True)
class Compliance:
    """Deadline compliance of one category or agency (``key`` None: the whole selection)."""

    key: str | None
    reports: int
    on_time: int
    late: int
    pending: int

    @property
    def ratio(self) -> Ratio:
        return Ratio(self.on_time, self.on_time + self.late)


@dataclass(frozen=True)
class GoalAchievement:
    first_action: Durations
    dispatch: Durations
    done: Durations
    compliance: Compliance
    by_category: tuple[Compliance, ...]
    by_agency: tuple[Compliance, ...]
    emergencies: Ratio
    emergency_reports: int


@dataclass(frozen=True)
class AgencyWork:
    """How one agency worked with the others on the reports received in the period."""

    agency: str
    led: int = 0
    led_with_support: int = 0
    supported: int = 0
    hand_backs: int = 0
    rerouted_to: int = 0
    rerouted_away: int = 0
    recalled: int = 0

    @property
    def sent(self) -> int:
        """Reports that reached the agency: those it leads, and those that left it again."""
        return self.led + self.hand_backs + self.rerouted_away + self.recalled

    @property
    def hand_back_rate(self) -> Ratio:
        return Ratio(self.hand_backs, self.sent)


@dataclass(frozen=True)
class Integration:
    channels: tuple[tuple[str, int], ...]
    reports: int
    agencies: tuple[AgencyWork, ...]
    coordinated: Ratio
    hand_backs: int
    reroutes: int
    recalls: int

    def channel_share(self, channel: str) -> Ratio:
        return Ratio(dict(self.channels).get(channel, 0), self.reports)


@dataclass(frozen=True)
class TrendPoint:
    """Ratings of reports received in one week or month (``start``: its first day in the period)."""

    start: date
    ratings: int
    mean: float | None


@dataclass(frozen=True)
class Adaptation:
    reopened: Ratio
    scores: tuple[int, ...]
    rated: Ratio
    trend: tuple[TrendPoint, ...]
    reasons: tuple[tuple[str, int], ...]
    other_reasons: int
    rejected: int

    @property
    def mean_score(self) -> float | None:
        return mean(zip(SCORES, self.scores))

    @property
    def ratings(self) -> int:
        return sum(self.scores)


@dataclass(frozen=True)
class Dashboard:
    period: Period
    reports: int
    goal: GoalAchievement
    integration: Integration
    adaptation: Adaptation

    @property
    def empty(self) -> bool:
        return self.reports == 0


def _compliance(groups: Iterable[CohortGroup], key) -> tuple[Compliance, ...]:
    table: dict = {}
    for g in groups:
        k = key(g)
        reports, on_time, late, pending = table.get(k, (0, 0, 0, 0))
        table[k] = (reports + g.reports, on_time + g.on_time, late + g.late, pending + g.pending)
    rows = [Compliance(k, *v) for k, v in table.items()]
    # Lowest compliance first: the rows a supervisor must look at; unjudged rows last.
    return tuple(sorted(rows, key=lambda c: (c.ratio.share is None, c.ratio.share or 0.0, -c.reports, c.key or "")))


def goal_achievement(groups: list[CohortGroup], first_action: Iterable[tuple[int, int]],
                     dispatch: Iterable[tuple[int, int]], done: Iterable[tuple[int, int]]) -> GoalAchievement:
    """Duration histograms are (minutes from receipt, reports) pairs."""
    overall = _compliance(groups, lambda g: None)
    return GoalAchievement(
        first_action=summarize_durations(first_action),
        dispatch=summarize_durations(dispatch),
        done=summarize_durations(done),
        compliance=overall[0] if overall else Compliance(None, 0, 0, 0, 0),
        by_category=_compliance(groups, lambda g: g.category),
        by_agency=_compliance([g for g in groups if g.agency is not None], lambda g: g.agency),
        emergencies=Ratio(sum(g.emergency_in_time for g in groups),
                          sum(g.emergency_in_time + g.emergency_late for g in groups)),
        emergency_reports=sum(g.emergencies for g in groups),
    )


def integration(groups: list[CohortGroup], channels: Iterable[tuple[str, int]],
                events: Iterable[tuple[str, str | None, int]], rerouted_away: Iterable[tuple[str, int]],
                led_with_support: Iterable[tuple[str, int]], supported: Iterable[tuple[str, int]]) -> Integration:
    """``channels`` are (channel, reports); ``events`` (action, agency, count) of the hand_back,
    reroute and recall events on the period's reports."""
    work: dict[str, dict[str, int]] = {}

    def bump(agency: str | None, field: str, n: int) -> None:
        if agency is not None:
            row = work.setdefault(agency, {})
            row[field] = row.get(field, 0) + n

    for g in groups:
        bump(g.agency, "led", g.reports)
    totals = {"hand_back": 0, "reroute": 0, "recall": 0}
    fields = {"hand_back": "hand_backs", "reroute": "rerouted_to", "recall": "recalled"}
    for action, agency, n in events:
        if action in fields:
            totals[action] += n
            bump(agency, fields[action], n)
    for agency, n in rerouted_away:
        bump(agency, "rerouted_away", n)
    for agency, n in led_with_support:
        bump(agency, "led_with_support", n)
    for agency, n in supported:
        bump(agency, "supported", n)
    agencies = sorted((AgencyWork(code, **row) for code, row in work.items()), key=lambda a: (-a.sent, a.agency))
    reports = sum(g.reports for g in groups)
    led = sum(a.led for a in agencies)
    return Integration(
        channels=tuple(sorted(((c, n) for c, n in channels if n), key=lambda item: (-item[1], item[0]))),
        reports=reports, agencies=tuple(agencies),
        coordinated=Ratio(sum(a.led_with_support for a in agencies), led),
        hand_backs=totals["hand_back"], reroutes=totals["reroute"], recalls=totals["recall"])


def clean_reason(text: str | None) -> str | None:
    """The reason as one tidy line, or None when it is empty or holds personal details."""
    line = " ".join((text or "").split())
    if not line or _PERSONAL.search(line):
        return None
    return line if len(line) <= REASON_LENGTH else line[:REASON_LENGTH - 1] + "…"


def rejection_reasons(notes: Iterable[tuple[str | None, int]]) -> tuple[tuple[tuple[str, int], ...], int]:
    """Reasons used for at least ``MIN_REASON_USES`` reports, most used first, and how many others."""
    counted: dict[str, int] = {}
    other = 0
    for note, n in notes:
        reason = clean_reason(note)
        if reason is None:
            other += n
        else:
            counted[reason] = counted.get(reason, 0) + n
    shown = []
    for reason, n in counted.items():
        if n >= MIN_REASON_USES:
            shown.append((reason, n))
        else:
            other += n
    return tuple(sorted(shown, key=lambda item: (-item[1], item[0]))), other


def adaptation(groups: list[CohortGroup], period: Period, reopened: int,
               ratings: Iterable[tuple[date, int, int]], reject_notes: Iterable[tuple[str | None, int]]) -> Adaptation:
    """``ratings`` are (day received, score, count); ``reject_notes`` (reason, count) of reject events."""
    scores = dict.fromkeys(SCORES, 0)
    buckets: dict[date, dict[int, int]] = {}
    for day, score, n in ratings:
        if score in scores:
            scores[score] += n
            bucket = buckets.setdefault(period.trend_bucket(day), {})
            bucket[score] = bucket.get(score, 0) + n
    trend = tuple(TrendPoint(start, sum(b.values()), mean(b.items())) for start, b in sorted(buckets.items()))
    done = sum(g.done for g in groups)
    reasons, other = rejection_reasons(reject_notes)
    return Adaptation(
        reopened=Ratio(reopened, done), scores=tuple(scores.values()), rated=Ratio(sum(scores.values()), done),
        trend=trend, reasons=reasons, other_reasons=other,
        rejected=sum(g.rejected for g in groups))

