"""map grid index, cell pyramid and full-text search

Revision ID: 0002
Revises: 0001

``map_points`` (every report's filter columns, narrow and indexed, with its grid place) and
``map_cells`` (the per-cell counts of each pyramid level) are filled from ``reports`` by
triggers, so every writer (seed, import, sync, the UI) keeps list and map right without
knowing about them. SQLite gets an
FTS5 index over reference, title, description and address; PostgreSQL a GIN index on the
same text. The grid constants are written out here, not imported, because a migration
must keep meaning what it meant when it ran (desktop.core.clustering has the same values).
"""

from alembic import op
import sqlalchemy as sa
import db.types

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

GRID_BITS = 26
GRID_SCALE = repr((1 << GRID_BITS) / 360.0)
LEVELS = tuple(range(10, 18))
POINT_COLUMNS = ("received_at, report_id, gx, gy, lat, lon, status, category_id, channel, lead_agency_id, area_id, "
                 "privacy, emergency, awaiting, due_at")
MAP_COLUMNS = ["status", "gx", "gy", "awaiting", "emergency"]
INDEXES = (
    ("ix_map_points_report_id", ["report_id"] + MAP_COLUMNS, False),
    ("ix_map_points_grid", ["gx", "gy", "status", "awaiting", "emergency"], False),
    ("ix_map_points_status_due", ["status", "due_at", "gx", "gy", "awaiting", "emergency"], False),
    ("ix_map_points_category", ["category_id", "status"], False),
    ("ix_map_points_channel", ["channel"] + MAP_COLUMNS, False),
    ("ix_map_points_agency", ["lead_agency_id"] + MAP_COLUMNS, False),
    ("ix_map_points_area", ["area_id"] + MAP_COLUMNS, False),
    ("ix_map_points_privacy", ["privacy"] + MAP_COLUMNS, False),
    ("ix_map_points_emergency", ["emergency", "status"], False),
)
CELL_KEY = "level, cx, cy, status, category_id, emergency, awaiting"
TRIGGER_COLUMNS = ("lat, lon, location_problem, status, category_id, channel, lead_agency_id, area_id, privacy, "
                   "emergency, first_action_at, received_at, due_at")
FTS_COLUMNS = ("reference", "title", "description", "address")
PG_SEARCH_TEXT = "(reference || ' ' || title || ' ' || description || ' ' || address)"


def _floor(dialect: str, expression: str) -> str:
    # Grid coordinates are never negative, where SQLite's CAST truncates exactly as floor does.
    return f"floor({expression})::integer" if dialect == "postgresql" else f"CAST({expression} AS INTEGER)"


def _point_values(dialect: str, row: str) -> str:
    awaiting = f"({row}.emergency AND {row}.first_action_at IS NULL)"

    def located(expression: str) -> str:
        return f"CASE WHEN {_located(row)} THEN {expression} END"

    return (f"{row}.received_at, {row}.id, "
            f"{located(_floor(dialect, f'({row}.lon + 180.0) * {GRID_SCALE}'))}, "
            f"{located(_floor(dialect, f'(90.0 - {row}.lat) * {GRID_SCALE}'))}, "
            f"{located(f'{row}.lat')}, {located(f'{row}.lon')}, {row}.status, "
            f"{row}.category_id, {row}.channel, {row}.lead_agency_id, {row}.area_id, {row}.privacy, "
            f"{row}.emergency, {awaiting}, {row}.due_at")


def _located(row: str) -> str:
    return f"{row}.location_problem IS NULL AND {row}.lat IS NOT NULL AND {row}.lon IS NOT NULL"


def _levels() -> str:
    return "(VALUES " + ", ".join(f"({level})" for level in LEVELS) + ") AS lv"


def _count_point(sign: int, report_id: str) -> str:
    """Add (1) or remove (-1) one located point's share of every pyramid level's cell."""
    return (
        f"INSERT INTO map_cells ({CELL_KEY}, n, sum_lat, sum_lon, xor_id) "
        f"SELECT lv.column1, p.gx >> ({GRID_BITS} - lv.column1), p.gy >> ({GRID_BITS} - lv.column1), p.status, "
        f"p.category_id, p.emergency, p.awaiting, {sign}, {sign} * p.lat, {sign} * p.lon, p.report_id "
        f"FROM map_points p, {_levels()} WHERE p.report_id = {report_id} AND p.gx IS NOT NULL "
        f"ON CONFLICT ({CELL_KEY}) DO UPDATE SET n = map_cells.n + excluded.n, "
        "sum_lat = map_cells.sum_lat + excluded.sum_lat, sum_lon = map_cells.sum_lon + excluded.sum_lon, "
        # XOR, which neither database spells the same way; a report counted twice cancels out.
        "xor_id = (map_cells.xor_id | excluded.xor_id) - (map_cells.xor_id & excluded.xor_id)")


def _add_point(dialect: str) -> list[str]:
    return [f"INSERT INTO map_points ({POINT_COLUMNS}) SELECT {_point_values(dialect, 'NEW')}",
            _count_point(1, "NEW.id")]


def _remove_point() -> list[str]:
    return [_count_point(-1, "OLD.id"), "DELETE FROM map_points WHERE report_id = OLD.id"]


def _sqlite_trigger(name: str, event: str, statements: list[str]) -> str:
    body = "".join(f"  {statement};\n" for statement in statements)
    return f"CREATE TRIGGER {name} AFTER {event} ON reports FOR EACH ROW BEGIN\n{body}END"


def _fts_row(prefix: str, command: bool = False) -> str:
    columns = ", ".join(FTS_COLUMNS)
    values = ", ".join(f"{prefix}.{c}" for c in FTS_COLUMNS)
    if command:
        return f"INSERT INTO reports_fts (reports_fts, rowid, {columns}) VALUES ('delete', {prefix}.id, {values})"
    return f"INSERT INTO reports_fts (rowid, {columns}) VALUES ({prefix}.id, {values})"


def _create_tables() -> None:
    op.create_table('map_points',
    sa.Column('received_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('report_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('gx', sa.Integer(), nullable=True),
    sa.Column('gy', sa.Integer(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('lead_agency_id', sa.Integer(), nullable=True),
    sa.Column('area_id', sa.Integer(), nullable=True),
    sa.Column('privacy', sa.String(length=16), nullable=False),
    sa.Column('emergency', sa.Boolean(), nullable=False),
    sa.Column('awaiting', sa.Boolean(), nullable=False),
    sa.Column('due_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('received_at', 'report_id', name=op.f('pk_map_points')),
    sqlite_with_rowid=False
    )
    op.create_table('map_cells',
    sa.Column('level', sa.SmallInteger(), autoincrement=False, nullable=False),
    sa.Column('cx', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('cy', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('category_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('emergency', sa.Boolean(), nullable=False),
    sa.Column('awaiting', sa.Boolean(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.Column('sum_lat', sa.Float(), nullable=False),
    sa.Column('sum_lon', sa.Float(), nullable=False),
    sa.Column('xor_id', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('level', 'cx', 'cy', 'status', 'category_id', 'emergency', 'awaiting',
                            name=op.f('pk_map_cells')),
    sqlite_with_rowid=False
    )


class _BitXor:
    """SQLite's stand-in for PostgreSQL's bit_xor aggregate, for the one-off fill below."""

    def __init__(self):
        self.value = 0

    def step(self, value):
        self.value ^= value

    def finalize(self):
        return self.value


def _fill_from_reports(dialect: str) -> None:
    """Index the reports already there (a database upgraded from 0001)."""
    op.execute(f"INSERT INTO map_points ({POINT_COLUMNS}) SELECT {_point_values(dialect, 'r')} FROM reports r")
    if dialect == "sqlite":
        op.get_bind().connection.dbapi_connection.create_aggregate("bit_xor", 1, _BitXor)
    op.execute(
        f"INSERT INTO map_cells ({CELL_KEY}, n, sum_lat, sum_lon, xor_id) "
        f"SELECT lv.column1, p.gx >> ({GRID_BITS} - lv.column1), p.gy >> ({GRID_BITS} - lv.column1), p.status, "
        f"p.category_id, p.emergency, p.awaiting, count(*), sum(p.lat), sum(p.lon), bit_xor(p.report_id) "
        f"FROM map_points p, {_levels()} WHERE p.gx IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7")
    with op.batch_alter_table('map_points', schema=None) as batch_op:
        for name, columns, unique in INDEXES:
            batch_op.create_index(name, columns, unique=unique)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    _create_tables()
    _fill_from_reports(dialect)
    if dialect == "postgresql":
        _upgrade_postgresql()
    else:
        _upgrade_sqlite()


def _upgrade_sqlite() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE reports_fts USING fts5({', '.join(FTS_COLUMNS)}, content='reports', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
    op.execute("INSERT INTO reports_fts (reports_fts) VALUES ('rebuild')")
    op.execute(_sqlite_trigger("reports_fts_insert", "INSERT", [_fts_row("NEW")]))
    op.execute(_sqlite_trigger("reports_fts_delete", "DELETE", [_fts_row("OLD", command=True)]))
    op.execute(_sqlite_trigger("reports_fts_update", f"UPDATE OF {', '.join(FTS_COLUMNS)}",
                               [_fts_row("OLD", command=True), _fts_row("NEW")]))
    op.execute(_sqlite_trigger("reports_map_insert", "INSERT", _add_point("sqlite")))
    op.execute(_sqlite_trigger("reports_map_delete", "DELETE", _remove_point()))
    op.execute(_sqlite_trigger("reports_map_update", f"UPDATE OF {TRIGGER_COLUMNS}",
                               _remove_point() + _add_point("sqlite")))
    # Fresh statistics let the planner pick the grid and search indexes over a table scan.
    op.execute("ANALYZE")


def _upgrade_postgresql() -> None:
    # SECURITY DEFINER: whoever writes a report, the index is written with its owner's rights
    # (the NOLOGIN owner once 0004 hands it over), so users' own roles need no grant to write it.
    def function(name: str, statements: list[str], returns: str) -> str:
        body = "".join(f"  {statement};\n" for statement in statements)
        return (f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                f"SET search_path = pg_catalog, public, pg_temp AS $$\nBEGIN\n{body}"
                f"  RETURN {returns};\nEND\n$$")

    op.execute(function("reports_map_insert", _add_point("postgresql"), "NEW"))
    op.execute(function("reports_map_delete", _remove_point(), "OLD"))
    op.execute(function("reports_map_update", _remove_point() + _add_point("postgresql"), "NEW"))
    for name, event in (("reports_map_insert", "INSERT"), ("reports_map_delete", "DELETE"),
                        ("reports_map_update", f"UPDATE OF {TRIGGER_COLUMNS}")):
        op.execute(f"CREATE TRIGGER {name} AFTER {event} ON reports FOR EACH ROW EXECUTE FUNCTION {name}()")
    op.execute(f"CREATE INDEX search_reports_text ON reports USING gin (to_tsvector('simple', {PG_SEARCH_TEXT}))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX search_reports_text")
        for name in ("reports_map_insert", "reports_map_delete", "reports_map_update"):
            op.execute(f"DROP TRIGGER {name} ON reports")
            op.execute(f"DROP FUNCTION {name}()")
    else:
        for name in ("reports_fts_insert", "reports_fts_delete", "reports_fts_update",
                     "reports_map_insert", "reports_map_delete", "reports_map_update"):
            op.execute(f"DROP TRIGGER {name}")
        op.execute("DROP TABLE reports_fts")
    op.drop_table('map_cells')
    with op.batch_alter_table('map_points', schema=None) as batch_op:
        for name, _columns, _unique in reversed(INDEXES):
            batch_op.drop_index(name)
    op.drop_table('map_points')
