"""intake: import mappings and runs, other systems' service codes, duplicate merges

Revision ID: 0005
Revises: 0004
"""

from alembic import op
import sqlalchemy as sa
import db.types

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

# Written out rather than imported: a migration keeps meaning what it meant when it ran.
# Table -> what the command centre (officers and supervisors) may do with it.
GRANTS = {
    "import_mappings": "SELECT, INSERT, UPDATE, DELETE",
    "import_runs": "SELECT, INSERT",
    "intake_services": "SELECT, INSERT, UPDATE",
    "duplicate_merges": "SELECT, INSERT, UPDATE",
    "duplicate_dismissals": "SELECT, INSERT",
}


def upgrade() -> None:
    op.create_table('import_mappings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('settings', sa.Text(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_import_mappings_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_mappings')),
    sa.UniqueConstraint('name', name=op.f('uq_import_mappings_name'))
    )
    op.create_table('import_runs',
    sa.Column('id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('started_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('finished_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('actor_username', sa.String(length=60), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('format', sa.String(length=20), nullable=False),
    sa.Column('outcome', sa.String(length=12), nullable=False),
    sa.Column('imported', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('rejected', sa.Integer(), nullable=False),
    sa.Column('report', sa.Text(), nullable=False),
    sa.CheckConstraint("outcome IN ('done','cancelled','failed')", name=op.f('ck_import_runs_outcome')),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_import_runs_actor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_runs'))
    )
    op.create_index(op.f('ix_import_runs_started_at'), 'import_runs', ['started_at'], unique=False)
    op.create_table('intake_services',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('service_code', sa.String(length=120), nullable=False),
    sa.Column('service_name', sa.String(length=200), nullable=False),
    sa.Column('group_name', sa.String(length=200), nullable=False),
    sa.Column('category_code', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_services')),
    sa.UniqueConstraint('channel', 'service_code', name=op.f('uq_intake_services_channel'))
    )
    op.create_table('duplicate_merges',
    sa.Column('id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('report_id', sa.BigInteger(), nullable=False),
    sa.Column('primary_id', sa.BigInteger(), nullable=False),
    sa.Column('previous_status', sa.String(length=16), nullable=False),
    sa.Column('previous_lead_agency_id', sa.Integer(), nullable=True),
    sa.Column('ended_assignments', sa.Text(), nullable=False),
    sa.Column('merged_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('merged_by', sa.Integer(), nullable=True),
    sa.Column('unmerged_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('unmerged_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['merged_by'], ['users.id'], name=op.f('fk_duplicate_merges_merged_by_users')),
    sa.ForeignKeyConstraint(['previous_lead_agency_id'], ['agencies.id'], name=op.f('fk_duplicate_merges_previous_lead_agency_id_agencies')),
    sa.ForeignKeyConstraint(['primary_id'], ['reports.id'], name=op.f('fk_duplicate_merges_primary_id_reports'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], name=op.f('fk_duplicate_merges_report_id_reports'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unmerged_by'], ['users.id'], name=op.f('fk_duplicate_merges_unmerged_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duplicate_merges'))
    )
    op.create_index(op.f('ix_duplicate_merges_primary_id'), 'duplicate_merges', ['primary_id'], unique=False)
    op.create_index(op.f('ix_duplicate_merges_report_id'), 'duplicate_merges', ['report_id'], unique=False)
    op.create_table('duplicate_dismissals',
    sa.Column('report_a', sa.BigInteger(), nullable=False),
    sa.Column('report_b', sa.BigInteger(), nullable=False),
    sa.Column('at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['by'], ['users.id'], name=op.f('fk_duplicate_dismissals_by_users')),
    sa.ForeignKeyConstraint(['report_a'], ['reports.id'], name=op.f('fk_duplicate_dismissals_report_a_reports'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_b'], ['reports.id'], name=op.f('fk_duplicate_dismissals_report_b_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('report_a', 'report_b', name=op.f('pk_duplicate_dismissals'))
    )
    if op.get_bind().dialect.name == "postgresql":
        _grant_postgresql()


def _grant_postgresql() -> None:
    """The owner owns the new tables like every other; only the command centre gets grants."""
    from db.sql import group_role, role_prefix

    database = op.get_bind().execute(sa.text("SELECT current_database()")).scalar()
    prefix = role_prefix(database)
    owner, officer, supervisor = ('"' + group_role(prefix, role) + '"' for role in ("owner", "officer", "supervisor"))
    for table, rights in GRANTS.items():
        op.execute(f"ALTER TABLE {table} OWNER TO {owner}")
        op.execute(f"REVOKE ALL ON {table} FROM PUBLIC")
        op.execute(f"GRANT {rights} ON {table} TO {officer}, {supervisor}")
    # Their serial ids draw from these.
    for sequence in ("import_mappings_id_seq", "intake_services_id_seq"):
        op.execute(f"GRANT USAGE ON SEQUENCE {sequence} TO {officer}, {supervisor}")


def downgrade() -> None:
    op.drop_table('duplicate_dismissals')
    op.drop_index(op.f('ix_duplicate_merges_report_id'), table_name='duplicate_merges')
    op.drop_index(op.f('ix_duplicate_merges_primary_id'), table_name='duplicate_merges')
    op.drop_table('duplicate_merges')
    op.drop_table('intake_services')
    op.drop_index(op.f('ix_import_runs_started_at'), table_name='import_runs')
    op.drop_table('import_runs')
    op.drop_table('import_mappings')
