"""foundation schema

Revision ID: 0001
Revises: 
"""

from alembic import op
import sqlalchemy as sa
import db.types

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agencies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('city', sa.String(length=40), nullable=True),
    sa.Column('kecamatan', sa.String(length=60), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agencies')),
    sa.UniqueConstraint('code', name=op.f('uq_agencies_code'))
    )
    op.create_table('areas',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('city', sa.String(length=40), nullable=False),
    sa.Column('kecamatan', sa.String(length=60), nullable=False),
    sa.Column('kelurahan', sa.String(length=60), nullable=False),
    sa.Column('lat', sa.Float(), nullable=False),
    sa.Column('lon', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_areas')),
    sa.UniqueConstraint('code', name=op.f('uq_areas_code'))
    )
    with op.batch_alter_table('areas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_areas_city'), ['city'], unique=False)
        batch_op.create_index(batch_op.f('ix_areas_kecamatan'), ['kecamatan'], unique=False)

    op.create_table('categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_id', sa.String(length=80), nullable=False),
    sa.Column('name_en', sa.String(length=80), nullable=False),
    sa.Column('default_agency_id', sa.Integer(), nullable=False),
    sa.Column('emergency', sa.Boolean(), nullable=False),
    sa.Column('deadline_days', sa.SmallInteger(), nullable=False),
    sa.Column('dedup_radius_m', sa.Integer(), nullable=False),
    sa.Column('local', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['default_agency_id'], ['agencies.id'], name=op.f('fk_categories_default_agency_id_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_categories')),
    sa.UniqueConstraint('code', name=op.f('uq_categories_code'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('display_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('conduct_accepted_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.CheckConstraint("role <> 'agency_staff' OR agency_id IS NOT NULL", name=op.f('ck_users_agency_staff_has_agency')),
    sa.CheckConstraint("role IN ('officer','supervisor','agency_staff','auditor','admin')", name=op.f('ck_users_role')),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_users_agency_id_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('audit_entries',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('actor_username', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('report_id', sa.BigInteger(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_audit_entries_actor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_entries_hash'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entries_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entries_report_id'), ['report_id'], unique=False)

    op.create_table('reports',
    sa.Column('id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('reference', sa.String(length=24), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('external_id', sa.String(length=120), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('location_problem', sa.String(length=16), nullable=True),
    sa.Column('area_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('priority', sa.String(length=12), nullable=False),
    sa.Column('privacy', sa.String(length=16), nullable=False),
    sa.Column('emergency', sa.Boolean(), nullable=False),
    sa.Column('lead_agency_id', sa.Integer(), nullable=True),
    sa.Column('received_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('first_action_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('dispatched_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('done_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('due_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('duplicate_of_id', sa.BigInteger(), nullable=True),
    sa.Column('photo_count', sa.SmallInteger(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("privacy IN ('public','confidential','anonymous')", name=op.f('ck_reports_privacy')),
    sa.CheckConstraint("status IN ('waiting','coordination','dispatched','in_progress','done','rejected','duplicate','reopened')", name=op.f('ck_reports_status')),
    sa.ForeignKeyConstraint(['area_id'], ['areas.id'], name=op.f('fk_reports_area_id_areas')),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_reports_category_id_categories')),
    sa.ForeignKeyConstraint(['duplicate_of_id'], ['reports.id'], name=op.f('fk_reports_duplicate_of_id_reports')),
    sa.ForeignKeyConstraint(['lead_agency_id'], ['agencies.id'], name=op.f('fk_reports_lead_agency_id_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reports')),
    sa.UniqueConstraint('channel', 'external_id', name='channel_external_id'),
    sa.UniqueConstraint('reference', name=op.f('uq_reports_reference'))
    )
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reports_area_id'), ['area_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reports_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reports_channel'), ['channel'], unique=False)
        batch_op.create_index(batch_op.f('ix_reports_due_at'), ['due_at'], unique=False)
        batch_op.create_index('ix_reports_lead_agency_status', ['lead_agency_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_reports_received_at'), ['received_at'], unique=False)
        batch_op.create_index('ix_reports_status_received', ['status', 'received_at'], unique=False)

    op.create_table('assignments',
    sa.Column('id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('report_id', sa.BigInteger(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=8), nullable=False),
    sa.Column('assigned_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('assigned_by', sa.Integer(), nullable=True),
    sa.Column('accepted_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('ended_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('end_reason', sa.Text(), nullable=True),
    sa.CheckConstraint("role IN ('lead','support')", name=op.f('ck_assignments_role')),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_assignments_agency_id_agencies')),
    sa.ForeignKeyConstraint(['assigned_by'], ['users.id'], name=op.f('fk_assignments_assigned_by_users')),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], name=op.f('fk_assignments_report_id_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignments'))
    )
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.create_index('ix_assignments_agency_active', ['agency_id', 'ended_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_assignments_report_id'), ['report_id'], unique=False)

    op.create_table('notes',
    sa.Column('id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('report_id', sa.BigInteger(), nullable=False),
    sa.Column('at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_notes_agency_id_agencies')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_notes_author_id_users')),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], name=op.f('fk_notes_report_id_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notes'))
    )
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notes_report_id'), ['report_id'], unique=False)

    op.create_table('photos',
    sa.Column('id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('report_id', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('content_type', sa.String(length=40), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('original','redacted','after')", name=op.f('ck_photos_kind')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_photos_created_by_users')),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], name=op.f('fk_photos_report_id_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_photos'))
    )
    with op.batch_alter_table('photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_photos_report_id'), ['report_id'], unique=False)

    op.create_table('ratings',
    sa.Column('report_id', sa.BigInteger(), nullable=False),
    sa.Column('score', sa.SmallInteger(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('score BETWEEN 1 AND 5', name=op.f('ck_ratings_score')),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], name=op.f('fk_ratings_report_id_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('report_id', name=op.f('pk_ratings'))
    )
    op.create_table('reporter_identities',
    sa.Column('id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('report_id', sa.BigInteger(), nullable=False),
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('sealed', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('purged_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], name=op.f('fk_reporter_identities_report_id_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reporter_identities')),
    sa.UniqueConstraint('report_id', name=op.f('uq_reporter_identities_report_id'))
    )
    op.create_table('status_events',
    sa.Column('id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('report_id', sa.BigInteger(), nullable=False),
    sa.Column('at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=24), nullable=False),
    sa.Column('from_status', sa.String(length=16), nullable=True),
    sa.Column('to_status', sa.String(length=16), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_status_events_actor_id_users')),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_status_events_agency_id_agencies')),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], name=op.f('fk_status_events_report_id_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_events'))
    )
    with op.batch_alter_table('status_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_events_report_id'), ['report_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('status_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_events_report_id'))

    op.drop_table('status_events')
    op.drop_table('reporter_identities')
    op.drop_table('ratings')
    with op.batch_alter_table('photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_photos_report_id'))

    op.drop_table('photos')
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notes_report_id'))

    op.drop_table('notes')
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assignments_report_id'))
        batch_op.drop_index('ix_assignments_agency_active')

    op.drop_table('assignments')
    with op.batch_alter_table('reports', schema=None) as batch_op:
        batch_op.drop_index('ix_reports_status_received')
        batch_op.drop_index(batch_op.f('ix_reports_received_at'))
        batch_op.drop_index('ix_reports_lead_agency_status')
        batch_op.drop_index(batch_op.f('ix_reports_due_at'))
        batch_op.drop_index(batch_op.f('ix_reports_channel'))
        batch_op.drop_index(batch_op.f('ix_reports_category_id'))
        batch_op.drop_index(batch_op.f('ix_reports_area_id'))

    op.drop_table('reports')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entries_report_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entries_action'))

    op.drop_table('audit_entries')
    op.drop_table('users')
    op.drop_table('categories')
    with op.batch_alter_table('areas', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_areas_kecamatan'))
        batch_op.drop_index(batch_op.f('ix_areas_city'))

    op.drop_table('areas')
    op.drop_table('agencies')
