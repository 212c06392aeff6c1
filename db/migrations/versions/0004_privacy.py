"""reporter privacy: reveal requests, login roles, audit chain head; on PostgreSQL roles, RLS, vault

Revision ID: 0004
Revises: 0003
"""

from alembic import op
import sqlalchemy as sa
import db.types

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def upgrade() -> None:
    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_id', sa.BigInteger(), nullable=True),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.Column('entries', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_audit_head_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('login_roles',
    sa.Column('user_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('role_name', sa.String(length=63), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_login_roles_user_id_users')),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_login_roles')),
    sa.UniqueConstraint('role_name', name=op.f('uq_login_roles_role_name'))
    )
    op.create_table('reveal_requests',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('report_id', sa.BigInteger(), nullable=False),
    sa.Column('requested_by', sa.Integer(), nullable=False),
    sa.Column('requested_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('needs_approval', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('expires_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('decided_by', sa.Integer(), nullable=True),
    sa.Column('decided_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=True),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('used_at', db.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('request_xact', sa.BigInteger(), nullable=True),
    sa.CheckConstraint("status IN ('pending','approved','denied','used')", name=op.f('ck_reveal_requests_status')),
    sa.ForeignKeyConstraint(['decided_by'], ['users.id'], name=op.f('fk_reveal_requests_decided_by_users')),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], name=op.f('fk_reveal_requests_report_id_reports'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['requested_by'], ['users.id'], name=op.f('fk_reveal_requests_requested_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reveal_requests')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_reveal_requests_token_hash'))
    )
    with op.batch_alter_table('reveal_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reveal_requests_report_id'), ['report_id'], unique=False)
        batch_op.create_index('ix_reveal_requests_status_expires', ['status', 'expires_at'], unique=False)
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_unique_constraint(batch_op.f('uq_audit_entries_prev_hash'), ['prev_hash'])

    bind = op.get_bind()
    last = bind.execute(sa.text("SELECT id, hash FROM audit_entries ORDER BY id DESC LIMIT 1")).first()
    count = bind.execute(sa.text("SELECT count(*) FROM audit_entries")).scalar()
    bind.execute(sa.text("INSERT INTO audit_head (id, last_id, last_hash, entries) VALUES (1, :id, :hash, :n)"),
                 {"id": last[0] if last else None, "hash": last[1] if last else GENESIS, "n": count})
    if bind.dialect.name == "postgresql":
        from db.sql import install

        install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from db.sql import uninstall

        uninstall(bind)
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_audit_entries_prev_hash'), type_='unique')
    with op.batch_alter_table('reveal_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_reveal_requests_status_expires')
        batch_op.drop_index(batch_op.f('ix_reveal_requests_report_id'))

    op.drop_table('reveal_requests')
    op.drop_table('login_roles')
    op.drop_table('audit_head')
