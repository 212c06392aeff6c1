"""Deterministic demo data: realistic Jakarta reports with plausible histories.

A pure generator (no SQL) so it can be tested alone and streamed into any database
in batches; the same seed and anchor always give the same reports.
"""

from __future__ import annotations

import random
from itertools import accumulate
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterator

from desktop.core import demo_text as text
from desktop.core.catalog import CATEGORIES, CITY_AGENCIES, CategoryDef, Channel, Privacy, suggested_agency
from desktop.core.geo import Area, jitter_point, load_areas, location_problem
from desktop.core.identity_crypto import Identity
from desktop.core.ids import id_for
from desktop.core.progress import Progress
from desktop.core.sla import HolidayCalendar, due_at
from desktop.core.workflow import UNROUTED, Status

HISTORY = timedelta(days=180)
OFFICERS = ("petugas1", "petugas2", "petugas3")
DEMO_PASSWORD = "demo12345"


@dataclass(frozen=True)
class DemoUser:
    username: str
    display_name: str
    role: str
    agency_code: str | None = None


def demo_users() -> tuple[DemoUser, ...]:
    users = [
        DemoUser("admin", "Admin Sistem", "admin"),
        DemoUser("auditor1", "Rahmat Auditor", "auditor"),
        DemoUser("supervisor1", "Sri Wahyuni", "supervisor"),
        DemoUser("petugas1", "Budi Hartono", "officer"),
        DemoUser("petugas2", "Ayu Lestari", "officer"),
        DemoUser("petugas3", "Dimas Prasetyo", "officer"),
    ]
    users += [DemoUser(f"staf.{a.code.lower()}", f"Staf {a.short_name}", "agency_staff", a.code)
              for a in CITY_AGENCIES]
    return tuple(users)


@dataclass(frozen=True)
class DemoEvent:
    at: datetime
    action: str
    from_status: str | None
    to_status: str
    actor: str | None
    agency_code: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class DemoAssignment:
    agency_code: str
    role: str
    assigned_at: datetime
    assigned_by: str
    accepted_at: datetime | None
    ended_at: datetime | None
    end_reason: str | None = None


@dataclass(frozen=True)
class DemoNote:
    at: datetime
    author: str | None
    agency_code: str | None
    kind: str
    body: str


@dataclass(frozen=True)
class DemoReport:
    id: int
    reference: str
    channel: str
    external_id: str | None
    category: str
    title: str
    description: str
    address: str
    lat: float | None
    lon: float | None
    location_problem: str | None
    area_code: str
    status: str
    priority: str
    privacy: str
    emergency: bool
    lead_agency: str | None
    received_at: datetime
    first_action_at: datetime | None
    dispatched_at: datetime | None
    done_at: datetime | None
    due_at: datetime | None
    updated_at: datetime
    duplicate_of: int | None
    events: tuple[DemoEvent, ...]
    assignments: tuple[DemoAssignment, ...]
    notes: tuple[DemoNote, ...]
    rating: tuple[int, str, datetime] | None
    identity: Identity | None
    has_photo: bool


class _Weighted:
    """A weighted choice with the cumulative weights computed once (it runs millions of times)."""

    def __init__(self, pairs):
        self.values, weights = zip(*pairs)
        self.cumulative = list(accumulate(weights))

    def pick(self, rng: random.Random):
        return rng.choices(self.values, cum_weights=self.cumulative)[0]


_CHANNELS = _Weighted((
    (Channel.JAKI, 45), (Channel.SOCIAL_MEDIA, 15), (Channel.CALL_CENTRE, 10), (Channel.LAPOR, 12),
    (Channel.SMS, 5), (Channel.EMAIL, 5), (Channel.WALK_IN, 8),
))
# How often citizens report each category: rubbish, roads and water dominate real intake.
_CATEGORY_WEIGHTS = {
    "sampah": 18, "jalan_rusak": 12, "genangan": 8, "banjir": 4, "saluran_tersumbat": 9,
    "pju_mati": 7, "parkir_liar": 9, "pkl": 7, "pohon_tumbang": 4, "kebakaran": 2, "sarang_tawon": 2,
    "gelandangan": 4, "bangunan_liar": 4, "kemacetan": 4, "jentik_dbd": 3, "ketertiban": 5, "adminduk": 3,
}


# Young reports are mostly still open; old ones mostly done, with a realistic backlog.
_FRESH = _Weighted(((Status.WAITING, 60), (Status.DISPATCHED, 25), (Status.COORDINATION, 5), (Status.IN_PROGRESS, 10)))
_RECENT = _Weighted(((Status.WAITING, 15), (Status.DISPATCHED, 25), (Status.COORDINATION, 6), (Status.IN_PROGRESS, 30),
                     (Status.DONE, 18), (Status.REJECTED, 4), (Status.DUPLICATE, 2)))
_OLD = _Weighted(((Status.DONE, 79), (Status.REJECTED, 6), (Status.DUPLICATE, 4), (Status.IN_PROGRESS, 4),
                  (Status.DISPATCHED, 2), (Status.WAITING, 2), (Status.REOPENED, 1), (Status.COORDINATION, 2)))
_PRIVACY = _Weighted(((Privacy.PUBLIC, 70), (Privacy.CONFIDENTIAL, 20), (Privacy.ANONYMOUS, 10)))
_PRIORITY = _Weighted((("high", 15), ("normal", 70), ("low", 15)))
_SCORES = _Weighted(((1, 6), (2, 7), (3, 15), (4, 35), (5, 37)))


def _final_status(rng: random.Random, age: timedelta) -> Status:
    if age < timedelta(hours=2):
        return _FRESH.pick(rng)
    if age < timedelta(days=3):
        return _RECENT.pick(rng)
    return _OLD.pick(rng)


def _identity(rng: random.Random, area: Area) -> Identity:
    first, last = rng.choice(text.FIRST_NAMES), rng.choice(text.LAST_NAMES)
    birth = datetime(1960, 1, 1) + timedelta(days=rng.randrange(365 * 45))
    nik = f"31{rng.randint(71, 75):02d}{rng.randint(1, 10):02d}{birth:%d%m%y}{rng.randint(1, 9999):04d}"
    return Identity(
        name=f"{first} {last}",
        phone=f"08{rng.choice((11, 12, 13, 21, 22, 52, 56, 57, 77, 78, 81, 95, 96))}{rng.randint(10**7, 10**8 - 1)}",
        email=f"{first.lower()}.{last.lower()}{rng.randint(1, 999)}@{rng.choice(('gmail.com', 'yahoo.co.id', 'outlook.com'))}",
        nik=nik,
    )


def _location(rng: random.Random, area: Area) -> tuple[float | None, float | None]:
    lat, lon = jitter_point(area, rng, 700)
    roll = rng.random()
    # A few intake records arrive broken, as they do from real apps and call-takers.
    if roll < 0.001:
        return None, None
    if roll < 0.002:
        return lon, lat
    if roll < 0.003:
        return 0.0, 0.0
    return round(lat, 6), round(lon, 6)


class _Timeline:
    """Builds a report's history step by step, never past the anchor time."""

    def __init__(self, received: datetime, limit: datetime):
        self.now = received
        self.limit = limit
        self.events: list[DemoEvent] = []
        self.status = Status.WAITING
        self.stopped = False

    def fits(self, delay: timedelta) -> bool:
        return self.now + delay < self.limit

    def move(self, delay: timedelta, action: str, target: Status, actor: str | None,
             agency: str | None = None, note: str | None = None) -> datetime | None:
        """Record the next step, or nothing if it would happen after the anchor.

        Once a step does not fit, the history ends there: later steps would be in the future.
        """
        if self.stopped or not self.fits(delay):
            self.stopped = True
            return None
        self.now += delay
        self.events.append(DemoEvent(self.now, action, self.status.value, target.value, actor, agency, note))
        self.status = target
        return self.now


def _minutes(rng: random.Random, low: float, high: float) -> timedelta:
    return timedelta(minutes=rng.uniform(low, high))


def generate(count: int, seed: int, anchor: datetime, calendar: HolidayCalendar,
             photo_every: int | None = None, state: Progress | None = None) -> Iterator[DemoReport]:
    """Yield ``count`` reports in time order, received over the 180 days before ``anchor``."""
    rng = random.Random(seed)
    areas = load_areas()
    # The islands hold a tiny share of the population, and of the reports.
    area_choice = _Weighted((a, 0.05 if a.city == "Kepulauan Seribu" else 1.0) for a in areas)
    category_choice = _Weighted((c, _CATEGORY_WEIGHTS.get(c.code, 1)) for c in CATEGORIES)
    staff = {u.agency_code: u.username for u in demo_users() if u.agency_code}
    city_agency_codes = [a.code for a in CITY_AGENCIES]
    # Generated photos cost a few milliseconds each: every recent report gets one, older
    # reports a sample, so a million-report seed stays in minutes.
    photo_every = photo_every or max(1, count // 200)
    photo_recent_from = count - 500
    start = anchor - HISTORY
    step = HISTORY / max(count, 1)
    month_serial: dict[str, int] = {}
    last_by_category: dict[str, int] = {}

    for i in range(count):
        if state is not None:
            state.advance(i, count)
        received = start + step * (i + rng.random() * 0.999)
        received = received.replace(microsecond=0)
        category: CategoryDef = category_choice.pick(rng)
        area = area_choice.pick(rng)
        channel = Channel.CALL_CENTRE if category.emergency and rng.random() < 0.4 else _CHANNELS.pick(rng)
        privacy = _PRIVACY.pick(rng)
        lat, lon = _location(rng, area)
        month = f"{received:%y%m}"
        month_serial[month] = month_serial.get(month, 0) + 1
        report_id = id_for(received, i)
        title = rng.choice(text.TITLES[category.code])
        street = rng.choice(text.STREETS)
        landmark = rng.choice(text.LANDMARKS)
        suggested = suggested_agency(category, area.kecamatan)

        timeline = _Timeline(received, anchor)
        timeline.events.append(DemoEvent(received, "received", None, Status.WAITING.value, None))
        final = _final_status(rng, anchor - received)
        officer = rng.choice(OFFICERS)
        first_delay = _minutes(rng, 2, 14) if category.emergency else _minutes(rng, 10, 360)
        assignments: list[DemoAssignment] = []
        notes: list[DemoNote] = []
        lead: str | None = None
        dispatched_at = done_at = None
        duplicate_of = None
        rating = None

        if final in (Status.REJECTED, Status.DUPLICATE) and timeline.fits(first_delay):
            if final == Status.REJECTED:
                timeline.move(first_delay, "reject", Status.REJECTED, officer, note=rng.choice(text.REJECT_REASONS))
            elif category.code in last_by_category:
                duplicate_of = last_by_category[category.code]
                timeline.move(first_delay, "mark_duplicate", Status.DUPLICATE, officer)
        elif final != Status.WAITING and timeline.fits(first_delay):
            wrong_first = final != Status.REOPENED and rng.random() < 0.03
            lead = rng.choice([c for c in city_agency_codes if c != suggested]) if wrong_first else suggested
            dispatched_at = timeline.move(first_delay, "dispatch", Status.DISPATCHED, officer, lead)
            if wrong_first:
                reason = rng.choice(text.HANDBACK_REASONS)
                back = timeline.move(_minutes(rng, 20, 120), "hand_back", Status.WAITING, staff.get(lead), lead, reason)
                if back is not None:
                    assignments.append(DemoAssignment(lead, "lead", dispatched_at, officer, None, back, reason))
                    notes.append(DemoNote(back, staff.get(lead), lead, "handback", reason))
                    lead = suggested
                    dispatched_at = timeline.move(_minutes(rng, 5, 60), "dispatch", Status.DISPATCHED, officer, lead)
            if dispatched_at is not None and timeline.status != Status.WAITING:
                support: str | None = None
                if final == Status.COORDINATION or (final in (Status.IN_PROGRESS, Status.DONE) and rng.random() < 0.05):
                    support = rng.choice([c for c in city_agency_codes if c != lead])
                    if timeline.move(_minutes(rng, 5, 90), "coordinate", Status.COORDINATION, officer, support) is None:
                        support = None
                accepted = None
                if final in (Status.IN_PROGRESS, Status.DONE, Status.REOPENED):
                    delay = _minutes(rng, 5, 30) if category.emergency else _minutes(rng, 30, 60 * 30)
                    accepted = timeline.move(delay, "start", Status.IN_PROGRESS, staff.get(lead), lead)
                    if accepted is not None:
                        notes.append(DemoNote(accepted, staff.get(lead), lead, "field", rng.choice(text.FIELD_NOTES[:3])))
                if final in (Status.DONE, Status.REOPENED) and timeline.status == Status.IN_PROGRESS:
                    done_at = timeline.move(_minutes(rng, 60, 60 * 24 * 6), "complete", Status.DONE, staff.get(lead),
                                            lead, text.FIELD_NOTES[3])
                    if done_at is not None and rng.random() < 0.6:
                        score = _SCORES.pick(rng)
                        rating = (score, rng.choice(text.RATING_COMMENTS[score]),
                                  min(done_at + _minutes(rng, 30, 2880), anchor))
                    if done_at is not None and final == Status.REOPENED:
                        timeline.move(_minutes(rng, 60, 4000), "reopen", Status.REOPENED, officer,
                                      note="Warga melaporkan masalah muncul kembali")
                # A finished assignment stays on record (ended_at = done) so the history shows who did the work.
                assignments.append(DemoAssignment(lead, "lead", dispatched_at, officer, accepted, done_at))
                if support:
                    assignments.append(DemoAssignment(support, "support", dispatched_at, officer, accepted, done_at))
            if timeline.status in UNROUTED:
                lead = None
        last_by_category[category.code] = report_id

        emergency = category.emergency
        priority = "emergency" if emergency else _PRIORITY.pick(rng)
        first_action = timeline.events[1].at if len(timeline.events) > 1 else None
        yield DemoReport(
            id=report_id,
            reference=f"JL-{month}-{month_serial[month]:06d}",
            channel=channel.value,
            external_id=_external_id(rng, channel, i),
            category=category.code,
            title=title,
            description=f"{title} {landmark} di {street}. {text.DETAILS[category.code]}",
            address=f"{street} No. {rng.randint(1, 250)}, RT {rng.randint(1, 15):03d}/RW {rng.randint(1, 12):03d}, "
                    f"Kel. {area.kelurahan}, Kec. {area.kecamatan}, {area.city}",
            lat=lat, lon=lon, location_problem=location_problem(lat, lon),
            area_code=area.code,
            status=timeline.status.value,
            priority=priority,
            privacy=privacy.value,
            emergency=emergency,
            lead_agency=lead,
            received_at=received,
            first_action_at=first_action,
            dispatched_at=dispatched_at,
            done_at=done_at,
            due_at=due_at(received, category.deadline_days, calendar),
            updated_at=timeline.now,
            duplicate_of=duplicate_of,
            events=tuple(timeline.events),
            assignments=tuple(assignments),
            notes=tuple(notes),
            rating=rating,
            identity=None if privacy == Privacy.ANONYMOUS else _identity(rng, area),
            has_photo=i >= photo_recent_from or i % photo_every == 0,
        )


def _external_id(rng: random.Random, channel: Channel, serial: int) -> str | None:
    prefixes = {Channel.JAKI: "JAKI-", Channel.LAPOR: "LAPOR-", Channel.SOCIAL_MEDIA: "X-",
                Channel.SMS: "SMS-", Channel.EMAIL: "MAIL-", Channel.CALL_CENTRE: "CC112-"}
    prefix = prefixes.get(channel)
    return None if prefix is None else f"{prefix}{serial:07d}{rng.randint(0, 99):02d}"
