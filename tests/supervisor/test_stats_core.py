"""The statistics' pure functions on small inputs worked out by hand, and the cases with nothing to count."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest

from desktop.core.sla import HolidayCalendar, load_holidays
from desktop.core.stats.effectiveness import (
    CohortGroup, adaptation, clean_reason, goal_achievement, integration, rejection_reasons,
)
from desktop.core.stats.heat import AreaCounts, HeatMeasure, heat_cells
from desktop.core.stats.layout import Labels, build, duration, percent
from desktop.core.stats.measures import Durations, Ratio, mean, summarize_durations
from desktop.core.stats.period import Period, PeriodError, last_days, period_from
from desktop.core.stats.queues import Flow, Movement, QueueCount, age_bucket, build_queue_review, flows

NOW = datetime(2026, 11, 2, 5, 0, tzinfo=timezone.utc)


def _en(text: str) -> str:
    return text


LABELS = Labels(agency=lambda code: code or "", category=lambda code: code, lang="en")


def test_ratio_without_a_whole_has_no_share():
    assert Ratio(0, 0).share is None and Ratio(0, 0).percent is None
    assert Ratio(1, 4).percent == 25.0
    assert Ratio(1, 4) + Ratio(2, 6) == Ratio(3, 10)
    assert percent(Ratio(0, 0), "en") == "—" and percent(Ratio(1, 3), "id") == "33,3 %"


def test_median_and_p90_of_a_histogram():
    # 1, 2, 2, 9 (and one impossible -3): median (2 + 2) / 2 = 2, p90 the ceil(3.6) = 4th value, 9.
    assert summarize_durations([(2, 2), (9, 1), (1, 1), (-3, 1)]) == Durations(4, 2.0, 9.0, ignored=1)
    # Odd count: 5, 7, 40 -> median 7; p90 the ceil(2.7) = 3rd, 40.
    assert summarize_durations([(40, 1), (5, 1), (7, 1)]) == Durations(3, 7.0, 40.0)
    assert summarize_durations([]) == Durations(0, None, None)
    assert mean([(4, 2), (1, 2)]) == 2.5 and mean([]) is None


def test_durations_read_as_a_supervisor_says_them():
    assert [duration(m, _en) for m in (None, 0, 45, 125, 60 * 24 * 3 + 61)] == \
        ["—", "0 min", "45 min", "2 h 05 min", "3 d 1 h"]


def test_periods_are_whole_days_in_jakarta_time():
    period = Period(date(2026, 10, 19), date(2026, 11, 1))
    assert period.start == datetime(2026, 10, 18, 17, 0, tzinfo=timezone.utc)
    assert period.end == datetime(2026, 11, 1, 17, 0, tzinfo=timezone.utc)
    assert period.days == 14 and period.weekly
    assert period.trend_bucket(date(2026, 10, 21)) == date(2026, 10, 19)
    # Noon WIB on 2 November: the 30 days are 4 October to 2 November.
    assert last_days(30, NOW) == Period(date(2026, 10, 4), date(2026, 11, 2))
    assert period_from(None, "2026-10-31", NOW) == Period(date(2026, 10, 2), date(2026, 10, 31))
    assert period_from("2026-10-01", None, NOW) == Period(date(2026, 10, 1), date(2026, 11, 2))


@pytest.mark.parametrize("first, last, message", [
    ("2026-10-31", "2026-10-01", "ends (2026-10-01) before it starts"),
    ("31-10-2026", None, "not a date like 2026-10-31"),
    (None, "2026-02-30", "not a date like"),
])
def test_bad_periods_say_what_is_wrong(first, last, message):
    with pytest.raises(PeriodError, match=re.escape(message)):
        period_from(first, last, NOW)


def test_a_period_of_days_off_has_no_working_day():
    calendar = load_holidays()
    # 25 December 2026 is a Friday and Christmas; with the weekend after it, three days off.
    assert Period(date(2026, 12, 25), date(2026, 12, 27)).working_days(calendar) == 0
    assert Period(date(2026, 12, 24), date(2026, 12, 27)).working_days(HolidayCalendar()) == 2


def test_age_buckets_have_their_edges_where_the_inbox_filter_does():
    assert [age_bucket(NOW - age, NOW) for age in (
        timedelta(hours=23), timedelta(days=1), timedelta(days=1, seconds=1), timedelta(days=3),
        timedelta(days=6), timedelta(days=7), timedelta(days=7, seconds=1))] == [0, 0, 1, 1, 2, 2, 3]


def test_queue_rows_add_up_and_the_command_centre_comes_first():
    old = datetime(2026, 10, 1, tzinfo=timezone.utc)
    counts = [QueueCount("DLH", "dispatched", 3, 4, 4, old), QueueCount("DLH", "in_progress", 0, 2, 0, NOW),
              QueueCount(None, "waiting", 0, 1, 0, NOW), QueueCount("SDA", "dispatched", 1, 5, 1, NOW),
              QueueCount("SDA", "in_progress", 2, 0, 0, NOW)]
    review = build_queue_review(counts, [Flow("DLH", 3, 1)], ["DLH", "SDA", "BPBD"], NOW, Flow(None, 9, 2))
    assert [(q.agency, q.total, q.overdue) for q in review.queues] == [(None, 1, 0), ("DLH", 6, 4), ("SDA", 5, 1)]
    dlh = review.queues[1]
    assert dlh.by_age == (2, 0, 0, 4) and dlh.count("dispatched") == 4 and dlh.oldest == old
    assert dlh.net == 2 and dlh.growing
    assert (review.total.total, review.total.arrived, review.total.left) == (12, 9, 2)
    assert review.quiet == ("BPBD",)


def test_an_empty_city_has_empty_queues():
    review = build_queue_review([], [], ["DLH"], NOW)
    assert review.empty and review.total.oldest is None and review.total.waited(NOW) is None


def test_flows_of_recall_undo_and_merge():
    # A recall and an undone dispatch both return a report to the command centre from DLH;
    # a merge of a dispatched report closes it for the city (no agency is named on a merge).
    moved, city = flows([Movement("recall", "in_progress", "waiting", "DLH", 2),
                         Movement("undo", "dispatched", "waiting", "DLH", 1),
                         Movement("merge", "dispatched", "duplicate", None, 1)])
    assert moved == [Flow(None, 3, 0), Flow("DLH", 0, 3)]
    assert city == Flow(None, 0, 1)


def _group(agency, category, reports, **counts):
    return CohortGroup(agency, category, reports, **counts)


def test_goal_figures_never_divide_by_zero():
    goal = goal_achievement([_group(None, "sampah", 2, pending=2)], [], [], [])
    assert goal.compliance.ratio.share is None and goal.emergencies.share is None
    assert goal.first_action == Durations(0, None, None)
    assert goal.by_agency == ()


def test_integration_counts_channels_and_agency_work():
    groups = [_group("DLH", "sampah", 4), _group("SDA", "banjir", 1)]
    joined = integration(groups, [("jaki", 3), ("sms", 2), ("email", 0)],
                         [("hand_back", "SDA", 1), ("recall", "DLH", 1), ("escalate", "DLH", 5)],
                         [], [("DLH", 1)], [("SDA", 1)])
    assert joined.channels == (("jaki", 3), ("sms", 2))
    dlh = next(a for a in joined.agencies if a.agency == "DLH")
    # Reached DLH: the 4 it leads and the 1 recalled from it; handed back none.
    assert (dlh.sent, dlh.hand_back_rate) == (5, Ratio(0, 5))
    assert joined.coordinated == Ratio(1, 5) and (joined.hand_backs, joined.recalls) == (1, 1)


def test_adaptation_with_no_ratings_and_no_rejections():
    period = Period(date(2026, 10, 1), date(2026, 10, 31))
    adapted = adaptation([_group(None, "sampah", 3)], period, 0, [], [])
    assert adapted.mean_score is None and adapted.ratings == 0 and adapted.trend == ()
    assert adapted.reopened.share is None and adapted.reasons == () and adapted.rejected == 0


def test_rejection_reasons_keep_personal_details_out():
    assert clean_reason("  Hubungi  saya di budi@example.com ") is None
    assert clean_reason("NIK 3171 0101 9001 0001 salah") is None
    assert clean_reason("Bukan  kewenangan\nPemprov") == "Bukan kewenangan Pemprov"
    reasons, other = rejection_reasons([("Spam", 2), ("Spam ", 1), ("Sekali saja", 1), (None, 4)])
    assert reasons == (("Spam", 3),) and other == 5


def test_heat_cells_scale_to_the_worst_kelurahan():
    areas = [AreaCounts("Gambir", "Gambir", -6.17, 106.82, received=10, on_time=1, late=3, overdue=4),
             AreaCounts("Menteng", "Menteng", -6.19, 106.83, received=5, on_time=2, late=0, overdue=1),
             AreaCounts("Kota Bambu", "Palmerah", -6.18, 106.80, received=2, on_time=0, late=2)]
    overdue = heat_cells(areas, HeatMeasure.OVERDUE)
    assert [(c.label, c.value, c.intensity) for c in overdue] == [("Gambir, Gambir", 4.0, 1.0),
                                                                   ("Menteng, Menteng", 1.0, 0.25)]
    # Kota Bambu has 2 judged deadlines, fewer than the 3 a share needs; Menteng missed none.
    late = heat_cells(areas, HeatMeasure.LATE)
    assert [(c.label, c.value) for c in late] == [("Gambir, Gambir", 75.0)]
    assert heat_cells(areas, HeatMeasure.DISSATISFIED) == ()


def _empty_review(period: Period):
    board_goal = goal_achievement([], [], [], [])
    from desktop.core.stats.effectiveness import Dashboard

    return (build_queue_review([], [], [], NOW),
            Dashboard(period, 0, board_goal, integration([], [], [], [], [], []),
                      adaptation([], period, 0, [], [])))


@pytest.mark.parametrize("period, filters, days_off, expected", [
    (Period(date(2026, 10, 1), date(2026, 10, 7)), (), False,
     ["No reports were received from 01-10-2026 to 07-10-2026."]),
    (Period(date(2026, 10, 1), date(2026, 10, 7)), ("Agency: Dishub",), False,
     ["No report received from 01-10-2026 to 07-10-2026 matches the filters (Agency: Dishub)."]),
    # Saturday 15 to Monday 17 August 2026, Independence Day.
    (Period(date(2026, 8, 15), date(2026, 8, 17)), (), True,
     ["No reports were received from 15-08-2026 to 17-08-2026.",
      "15-08-2026 – 17-08-2026 holds only weekends and public holidays: working-day deadlines do not run on "
      "those days, so reports received then fall due on the next working days."]),
    (Period(date(2027, 1, 1), date(2027, 1, 31)), (), False,
     ["The period 01-01-2027 – 31-01-2027 has not begun yet: there is nothing to count."]),
])
def test_empty_states_are_said_in_plain_words(period, filters, days_off, expected):
    queues, board = _empty_review(period)
    document = build(queues, board, LABELS, filters, days_off, NOW, _en)
    assert list(document.notices) == expected
    # Every chart and table says why it is empty instead of drawing nothing.
    for section in document.sections:
        for chart in section.charts:
            assert chart.is_empty and chart.empty
        for table in section.tables:
            assert table.is_empty and table.empty
        for tile in section.tiles:
            assert "None" not in tile.value and "nan" not in tile.value
