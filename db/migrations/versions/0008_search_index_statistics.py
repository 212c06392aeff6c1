"""search index statistics: forget what ANALYZE counted in the search index's own tables

Revision ID: 0008
Revises: 0007

Migration 0002 ends with ANALYZE. On a new embedded database it ran while the FTS5 search index
held only its two bookkeeping rows, and sqlite_stat1 has said ever since that 'reports_fts_data'
has 2 rows. FTS5 drops every segment it has merged with "DELETE ... WHERE id >= ? AND id <= ?",
and SQLite, trusting the count, scans the whole table for it instead of seeking the range. With a
million reports one scan took 0.3 s and a merge drops up to sixteen segments, so a single report
written or changed waited 6 s whenever the index merged. With no statistics for these tables SQLite
takes them for large ones and seeks by the primary key; FTS5 reads them by key alone, so nothing
else needs their statistics. PostgreSQL has no such tables.
"""

from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    if bind.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first() is None:
        return
    op.execute("DELETE FROM sqlite_stat1 WHERE tbl LIKE 'reports!_fts!_%' ESCAPE '!'")


def downgrade() -> None:
    # Statistics only guide the query planner; there is nothing to put back.
    pass
