"""supervision: daily report counts and duration buckets kept by triggers; indexes for the queue review

Revision ID: 0007
Revises: 0006
(on PostgreSQL its triggers run as the owner role from 0004, so that a user's own role,
which has no grant on the counts, can still change a report)

``report_stats`` counts the reports received each day (Jakarta time) by category, agency,
channel, status and emergency flag, with their deadlines met or missed, the emergencies'
first action, and the citizens' ratings; ``report_durations`` counts them by how long they
took to their first action, dispatch and done; ``report_area_stats`` by kelurahan.
Triggers on ``reports`` and ``ratings`` keep all three right whoever writes (seed, import,
sync, the UI), so the supervisor's figures for a month or a year add up a few thousand
rows instead of reading a million reports.

The rules are written out here rather than imported, because a migration must keep
meaning what it meant when it ran (desktop.core.stats.measures.duration_bucket and
desktop.services.supervision compute the same).
"""

from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

STATS_KEY = ("day", "category_id", "agency_id", "channel", "status", "emergency")
AREA_COUNTS = ("reports", "on_time", "late_done", "ratings", "poor_ratings")
STATS_COUNTS = ("reports", "done", "on_time", "late_done", "emergency_in_time", "emergency_late",
                "score_1", "score_2", "score_3", "score_4", "score_5")
# Metric number -> the report column its duration runs to from receipt.
DURATIONS = ((0, "first_action_at"), (1, "dispatched_at"), (2, "done_at"))
UNROUTED = "('waiting', 'reopened')"
EMERGENCY_SECONDS = 900
TRIGGER_COLUMNS = ("received_at, category_id, lead_agency_id, channel, status, emergency, first_action_at, "
                   "dispatched_at, done_at, due_at, area_id")
INDEXES = (
    # Ends with the id, so that a query for "these open reports" reads the index alone too.
    ("ix_reports_queue", "reports", ["status", "received_at", "lead_agency_id", "due_at", "category_id", "emergency",
                                     "first_action_at", "done_at", "area_id", "id"]),
    ("ix_status_events_at", "status_events", ["at", "action", "from_status", "to_status", "agency_id"]),
    ("ix_status_events_kind", "status_events", ["to_status", "action", "at", "report_id", "agency_id"]),
    ("ix_assignments_role", "assignments", ["role", "assigned_at", "report_id", "agency_id"]),
)


def _day(dialect: str, column: str) -> str:
    if dialect == "postgresql":
        return f"({column} AT TIME ZONE 'Asia/Jakarta')::date"
    return f"date({column}, '+7 hours')"


def _minutes(dialect: str, later: str, earlier: str) -> str:
    """Whole minutes, truncated towards zero (a millionth of a minute absorbs SQLite's float error)."""
    if dialect == "postgresql":
        return f"trunc(extract(epoch FROM ({later} - {earlier})) / 60)::integer"
    return f"CAST((julianday({later}) - julianday({earlier})) * 1440 + 1e-6 AS INTEGER)"


def _seconds(dialect: str, later: str, earlier: str) -> str:
    if dialect == "postgresql":
        return f"round(extract(epoch FROM ({later} - {earlier})))::integer"
    return f"CAST(round((julianday({later}) - julianday({earlier})) * 86400) AS INTEGER)"


def _bucket(minutes: str) -> str:
    """Exact minutes for the first two hours, tens of minutes within a day, whole hours after."""
    return (f"CASE WHEN {minutes} < 0 THEN -1 WHEN {minutes} < 120 THEN {minutes} "
            f"WHEN {minutes} < 1440 THEN {minutes} - {minutes} % 10 ELSE {minutes} - {minutes} % 60 END")


def _flag(condition: str) -> str:
    return f"CASE WHEN {condition} THEN 1 ELSE 0 END"


def _key(dialect: str, r: str) -> list[str]:
    return [_day(dialect, f"{r}.received_at"), f"{r}.category_id",
            f"CASE WHEN {r}.status IN {UNROUTED} OR {r}.lead_agency_id IS NULL THEN 0 ELSE {r}.lead_agency_id END",
            f"{r}.channel", f"{r}.status", f"{r}.emergency"]


def _counts(dialect: str, r: str, g: str) -> list[str]:
    """One report's share of each count (``g``: its rating, or NULLs)."""
    acted = _seconds(dialect, f"{r}.first_action_at", f"{r}.received_at")
    emergency = f"{r}.emergency" if dialect == "postgresql" else f"{r}.emergency = 1"
    return ["1", _flag(f"{r}.done_at IS NOT NULL"),
            _flag(f"{r}.done_at IS NOT NULL AND {r}.due_at IS NOT NULL AND {r}.done_at <= {r}.due_at"),
            _flag(f"{r}.done_at IS NOT NULL AND {r}.due_at IS NOT NULL AND {r}.done_at > {r}.due_at"),
            _flag(f"{emergency} AND {r}.first_action_at IS NOT NULL AND {acted} < {EMERGENCY_SECONDS}"),
            _flag(f"{emergency} AND {r}.first_action_at IS NOT NULL AND {acted} >= {EMERGENCY_SECONDS}"),
            *(_flag(f"{g}.score = {score}") for score in range(1, 6))]


def _upsert_stats(select: str) -> str:
    updates = ", ".join(f"{c} = report_stats.{c} + excluded.{c}" for c in STATS_COUNTS)
    return (f"INSERT INTO report_stats ({', '.join(STATS_KEY + STATS_COUNTS)}) {select} "
            f"ON CONFLICT ({', '.join(STATS_KEY)}) DO UPDATE SET {updates}")


def _area_counts(r: str, g: str) -> list[str]:
    return ["1", _flag(f"{r}.done_at IS NOT NULL AND {r}.due_at IS NOT NULL AND {r}.done_at <= {r}.due_at"),
            _flag(f"{r}.done_at IS NOT NULL AND {r}.due_at IS NOT NULL AND {r}.done_at > {r}.due_at"),
            _flag(f"{g}.score IS NOT NULL"), _flag(f"{g}.score <= 2")]


def _upsert_areas(select: str) -> str:
    updates = ", ".join(f"{c} = report_area_stats.{c} + excluded.{c}" for c in AREA_COUNTS)
    return (f"INSERT INTO report_area_stats (day, area_id, {', '.join(AREA_COUNTS)}) {select} "
            f"ON CONFLICT (day, area_id) DO UPDATE SET {updates}")


def _report_share(dialect: str, row: str, sign: int) -> list[str]:
    """Add (1) or take away (-1) the report ``row``'s share of the three tables."""
    counts = ", ".join(f"{sign} * ({c})" for c in _counts(dialect, row, "g"))
    rated = f"FROM (SELECT 1 AS one) AS one LEFT JOIN ratings g ON g.report_id = {row}.id"
    area_counts = ", ".join(f"{sign} * ({c})" for c in _area_counts(row, "g"))
    statements = [_upsert_stats(f"SELECT {', '.join(_key(dialect, row))}, {counts} {rated} WHERE 1 = 1"),
                  _upsert_areas(f"SELECT {_day(dialect, f'{row}.received_at')}, {row}.area_id, {area_counts} {rated} "
                                f"WHERE {row}.area_id IS NOT NULL")]
    for metric, column in DURATIONS:
        bucket = _bucket(_minutes(dialect, f"{row}.{column}", f"{row}.received_at"))
        statements.append(
            f"INSERT INTO report_durations (day, metric, bucket, n) "
            f"SELECT {_day(dialect, f'{row}.received_at')}, {metric}, {bucket}, {sign} "
            f"WHERE {row}.{column} IS NOT NULL "
            f"ON CONFLICT (day, metric, bucket) DO UPDATE SET n = report_durations.n + excluded.n")
    return statements


def _rating_share(dialect: str, row: str, sign: int) -> list[str]:
    """Add or take away the rating ``row`` in its report's counts (nothing once the report is gone)."""
    counts = ", ".join(["0"] * 6 + [f"{sign} * ({_flag(f'{row}.score = {score}')})" for score in range(1, 6)])
    area_counts = f"0, 0, 0, {sign}, {sign} * ({_flag(f'{row}.score <= 2')})"
    key = ", ".join(_key(dialect, "r"))
    return [_upsert_stats(f"SELECT {key}, {counts} FROM reports r WHERE r.id = {row}.report_id"),
            _upsert_areas(f"SELECT {_day(dialect, 'r.received_at')}, r.area_id, {area_counts} FROM reports r "
                          f"WHERE r.id = {row}.report_id AND r.area_id IS NOT NULL")]


def _fill(dialect: str) -> None:
    """Count the reports already there (a database upgraded from an earlier version)."""
    key = _key(dialect, "r")
    sums = ", ".join(f"sum({c})" for c in _counts(dialect, "r", "g"))
    positions = ", ".join(str(n) for n in range(1, len(key) + 1))
    op.execute(f"INSERT INTO report_stats ({', '.join(STATS_KEY + STATS_COUNTS)}) "
               f"SELECT {', '.join(key)}, {sums} FROM reports r LEFT JOIN ratings g ON g.report_id = r.id "
               f"GROUP BY {positions}")
    area_sums = ", ".join(f"sum({c})" for c in _area_counts("r", "g"))
    op.execute(f"INSERT INTO report_area_stats (day, area_id, {', '.join(AREA_COUNTS)}) "
               f"SELECT {_day(dialect, 'r.received_at')}, r.area_id, {area_sums} FROM reports r "
               f"LEFT JOIN ratings g ON g.report_id = r.id WHERE r.area_id IS NOT NULL GROUP BY 1, 2")
    for metric, column in DURATIONS:
        bucket = _bucket(_minutes(dialect, f"r.{column}", "r.received_at"))
        op.execute(f"INSERT INTO report_durations (day, metric, bucket, n) "
                   f"SELECT {_day(dialect, 'r.received_at')}, {metric}, {bucket}, count(*) FROM reports r "
                   f"WHERE r.{column} IS NOT NULL GROUP BY 1, 2, 3")


def _create_tables() -> None:
    op.create_table('report_stats',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('category_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('agency_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('emergency', sa.Boolean(), nullable=False),
    *(sa.Column(name, sa.Integer(), nullable=False) for name in STATS_COUNTS),
    sa.PrimaryKeyConstraint(*STATS_KEY, name=op.f('pk_report_stats')),
    sqlite_with_rowid=False
    )
    op.create_table('report_durations',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('metric', sa.SmallInteger(), autoincrement=False, nullable=False),
    sa.Column('bucket', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'metric', 'bucket', name=op.f('pk_report_durations')),
    sqlite_with_rowid=False
    )
    op.create_table('report_area_stats',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('area_id', sa.Integer(), autoincrement=False, nullable=False),
    *(sa.Column(name, sa.Integer(), nullable=False) for name in AREA_COUNTS),
    sa.PrimaryKeyConstraint('day', 'area_id', name=op.f('pk_report_area_stats')),
    sqlite_with_rowid=False
    )


def _triggers(dialect: str) -> list[tuple[str, str, str, list[str]]]:
    """(name, table, event, statements) of every trigger."""
    return [
        ("report_stats_insert", "reports", "AFTER INSERT", _report_share(dialect, "NEW", 1)),
        # Before the delete: the report's rating, which the delete cascades away, is still there to count out.
        ("report_stats_delete", "reports", "BEFORE DELETE", _report_share(dialect, "OLD", -1)),
        ("report_stats_update", "reports", f"AFTER UPDATE OF {TRIGGER_COLUMNS}",
         _report_share(dialect, "OLD", -1) + _report_share(dialect, "NEW", 1)),
        ("rating_stats_insert", "ratings", "AFTER INSERT", _rating_share(dialect, "NEW", 1)),
        ("rating_stats_delete", "ratings", "AFTER DELETE", _rating_share(dialect, "OLD", -1)),
        ("rating_stats_update", "ratings", "AFTER UPDATE OF score, report_id",
         _rating_share(dialect, "OLD", -1) + _rating_share(dialect, "NEW", 1)),
    ]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    _create_tables()
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)
    _fill(dialect)
    if dialect == "postgresql":
        _upgrade_postgresql()
        return
    for name, table, event, statements in _triggers(dialect):
        body = "".join(f"  {statement};\n" for statement in statements)
        op.execute(f"CREATE TRIGGER {name} {event} ON {table} FOR EACH ROW BEGIN\n{body}END")


def _owner() -> str:
    from db.sql import group_role, role_prefix

    database = op.get_bind().execute(sa.text("SELECT current_database()")).scalar()
    return '"' + group_role(role_prefix(database), "owner") + '"'


def _upgrade_postgresql() -> None:
    # The triggers write as the owner: a user's own role (migration 0004) may change a report
    # but has no grant on the counts, and agency staff must not read city-wide counts at all.
    owner = _owner()
    for table in ("report_stats", "report_durations", "report_area_stats"):
        op.execute(f"ALTER TABLE {table} OWNER TO {owner}")
    for name, table, event, statements in _triggers("postgresql"):
        body = "".join(f"  {statement};\n" for statement in statements)
        returns = "OLD" if "DELETE" in event else "NEW"
        op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                   f"SET search_path = pg_catalog, public, pg_temp AS $$\nBEGIN\n{body}  RETURN {returns};\nEND\n$$")
        op.execute(f"ALTER FUNCTION {name}() OWNER TO {owner}")
        op.execute(f"CREATE TRIGGER {name} {event} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, table, _event, _statements in _triggers(dialect):
        op.execute(f"DROP TRIGGER {name}" + (f" ON {table}" if dialect == "postgresql" else ""))
        if dialect == "postgresql":
            op.execute(f"DROP FUNCTION {name}()")
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    op.drop_table('report_area_stats')
    op.drop_table('report_durations')
    op.drop_table('report_stats')
