"""dispatch board: deadline escalations

Revision ID: 0003
Revises: 0002
"""

from alembic import op
import sqlalchemy as sa
import db.types

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('escalations',
    sa.Column('id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('report_id', sa.BigInteger(), nullable=False),
    sa.Column('clock', sa.String(length=16), nullable=False),
    sa.Column('due_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('escalated_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('acknowledged_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('acknowledged_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("clock IN ('first_action','deadline')", name=op.f('ck_escalations_clock')),
    sa.ForeignKeyConstraint(['acknowledged_by'], ['users.id'], name=op.f('fk_escalations_acknowledged_by_users')),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_escalations_agency_id_agencies')),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], name=op.f('fk_escalations_report_id_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_escalations')),
    sa.UniqueConstraint('report_id', 'clock', name='escalation_report_clock')
    )
    with op.batch_alter_table('escalations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_escalations_escalated_at'), ['escalated_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('escalations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_escalations_escalated_at'))

    op.drop_table('escalations')
