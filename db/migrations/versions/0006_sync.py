"""sync: workstation state, mutation log, conflicts, text versions, epoch; on PostgreSQL the change log

Revision ID: 0006
Revises: 0005

The change log is PostgreSQL-only and not modelled (db.migrate.UNMODELLED_TABLES): one row
per report touched, numbered ``(xid, seq)`` where ``xid`` is the writing transaction's
``xid8``. Workstations read it through their user's own role, below
``pg_snapshot_xmin(pg_current_snapshot())``, so a transaction that commits late is still
read (desktop.sync.pull). Statement triggers on the report tables fill it and NOTIFY the
channel ``jaklapor_sync``.
"""

import uuid
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa
import db.types

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# Written out rather than imported: a migration keeps meaning what it meant when it ran.
CHANNEL = "jaklapor_sync"
LOGGED_TABLES = (("reports", "id"), ("assignments", "report_id"), ("status_events", "report_id"),
                 ("notes", "report_id"), ("ratings", "report_id"))
REPORT_ROLES = ("officer", "supervisor", "agency_staff")


def upgrade() -> None:
    op.create_table('sync_clients',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('last_applied', sa.BigInteger(), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('seen_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_sync_clients_user_id_users')),
    sa.PrimaryKeyConstraint('client_id', name=op.f('pk_sync_clients'))
    )
    with op.batch_alter_table('sync_clients', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_clients_user_id'), ['user_id'], unique=False)

    op.create_table('sync_conflicts',
    sa.Column('id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.BigInteger(), nullable=True),
    sa.Column('mutation_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('field', sa.String(length=20), nullable=True),
    sa.Column('lost_value', sa.Text(), nullable=True),
    sa.Column('kept_value', sa.Text(), nullable=True),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('refused','overwritten','outdated')", name=op.f('ck_sync_conflicts_kind')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_sync_conflicts_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_user_id'), ['user_id'], unique=False)

    op.create_table('sync_epoch',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('epoch', sa.String(length=36), nullable=False),
    sa.Column('created_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_sync_epoch_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_epoch'))
    )
    op.create_table('sync_mutations',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('mutation_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('report_id', sa.BigInteger(), nullable=True),
    sa.Column('outcome', sa.String(length=12), nullable=False),
    sa.Column('message', sa.Text(), nullable=True),
    sa.Column('created_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('applied_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.CheckConstraint("outcome IN ('applied','rejected')", name=op.f('ck_sync_mutations_outcome')),
    sa.ForeignKeyConstraint(['client_id'], ['sync_clients.client_id'],
                            name=op.f('fk_sync_mutations_client_id_sync_clients'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_sync_mutations_user_id_users')),
    sa.PrimaryKeyConstraint('client_id', 'seq', name=op.f('pk_sync_mutations')),
    sa.UniqueConstraint('mutation_id', name=op.f('uq_sync_mutations_mutation_id'))
    )
    with op.batch_alter_table('sync_mutations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_mutations_report_id'), ['report_id'], unique=False)

    op.create_table('sync_text_versions',
    sa.Column('report_id', sa.BigInteger(), nullable=False),
    sa.Column('field', sa.String(length=20), nullable=False),
    sa.Column('written_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['report_id'], ['reports.id'], name=op.f('fk_sync_text_versions_report_id_reports'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_sync_text_versions_user_id_users')),
    sa.PrimaryKeyConstraint('report_id', 'field', name=op.f('pk_sync_text_versions'))
    )
    op.get_bind().execute(sa.text("INSERT INTO sync_epoch (id, epoch, created_at) VALUES (1, :epoch, :now)"),
                          {"epoch": str(uuid.uuid4()), "now": datetime.now(timezone.utc).replace(tzinfo=None)})
    if op.get_bind().dialect.name == "postgresql":
        _install_postgresql()


def _roles() -> dict[str, str]:
    from db.sql import group_role, role_prefix

    database = op.get_bind().execute(sa.text("SELECT current_database()")).scalar()
    prefix = role_prefix(database)
    return {role: '"' + group_role(prefix, role) + '"' for role in ("owner",) + REPORT_ROLES}


def _install_postgresql() -> None:
    roles = _roles()
    owner = roles["owner"]
    readers = ", ".join(roles[role] for role in REPORT_ROLES)
    command_centre = f"{roles['officer']}, {roles['supervisor']}"
    definer = "SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
    op.execute("""
        CREATE TABLE sync_change_log (
            xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
            seq bigint GENERATED ALWAYS AS IDENTITY,
            report_id bigint NOT NULL,
            CONSTRAINT pk_sync_change_log PRIMARY KEY (xid, seq)
        )""")
    for rows in ("new_rows", "old_rows"):
        for column in ("id", "report_id"):
            op.execute(f"""
                CREATE FUNCTION sync_log_{rows}_{column}() RETURNS trigger LANGUAGE plpgsql {definer} AS $$
                DECLARE
                    v_count bigint;
                BEGIN
                    INSERT INTO sync_change_log (report_id) SELECT DISTINCT {column} FROM {rows};
                    GET DIAGNOSTICS v_count = ROW_COUNT;
                    IF v_count > 0 THEN
                        PERFORM pg_notify('{CHANNEL}', '');
                    END IF;
                    RETURN NULL;
                END $$""")
            op.execute(f"ALTER FUNCTION sync_log_{rows}_{column}() OWNER TO {owner}")
    for table, column in LOGGED_TABLES:
        for event, rows in (("INSERT", "new_rows"), ("UPDATE", "new_rows"), ("DELETE", "old_rows")):
            alias = "NEW" if rows == "new_rows" else "OLD"
            op.execute(f"CREATE TRIGGER sync_log_{event.lower()} AFTER {event} ON {table} "
                       f"REFERENCING {alias} TABLE AS {rows} FOR EACH STATEMENT "
                       f"EXECUTE FUNCTION sync_log_{rows}_{column}()")

    # Agency staff read the change rows of every report their agency ever had a part in, so
    # they also learn of a report they have just lost (and drop it from their cache).
    op.execute(f"""
        CREATE FUNCTION sync_agency_report_ids() RETURNS SETOF bigint LANGUAGE sql STABLE {definer} AS $$
            SELECT r.id FROM reports r WHERE r.lead_agency_id = app_current_agency_id()
            UNION
            SELECT a.report_id FROM assignments a WHERE a.agency_id = app_current_agency_id()
        $$""")
    # The stored epoch plus what a restore changes: the cluster, the database's oid, the timeline.
    op.execute(f"""
        CREATE FUNCTION sync_server_epoch() RETURNS text LANGUAGE sql STABLE {definer} AS $$
            SELECT e.epoch || '/' || (pg_control_system()).system_identifier::text || '/'
                || (SELECT d.oid::text FROM pg_database d WHERE d.datname = current_database()) || '/'
                || (pg_control_checkpoint()).timeline_id::text
            FROM sync_epoch e WHERE e.id = 1
        $$""")
    for function in ("sync_agency_report_ids()", "sync_server_epoch()"):
        op.execute(f"ALTER FUNCTION {function} OWNER TO {owner}")
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {readers}")

    for table in ("sync_change_log", "sync_clients", "sync_mutations", "sync_conflicts", "sync_text_versions",
                  "sync_epoch"):
        op.execute(f"ALTER TABLE {table} OWNER TO {owner}")
        op.execute(f"REVOKE ALL ON {table} FROM PUBLIC")
    op.execute(f"GRANT SELECT ON sync_change_log, sync_epoch TO {readers}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE ON sync_clients TO {readers}")
    op.execute(f"GRANT SELECT, INSERT ON sync_mutations, sync_conflicts TO {readers}")
    op.execute(f"GRANT SELECT, INSERT, UPDATE ON sync_text_versions TO {command_centre}")

    op.execute("ALTER TABLE sync_change_log ENABLE ROW LEVEL SECURITY")
    op.execute("ALTER TABLE sync_change_log FORCE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY owner_all ON sync_change_log TO {owner} USING (true) WITH CHECK (true)")
    op.execute(f"CREATE POLICY command_centre ON sync_change_log FOR SELECT TO {command_centre} USING (true)")
    op.execute(f"CREATE POLICY agency ON sync_change_log FOR SELECT TO {roles['agency_staff']} "
               "USING (report_id IN (SELECT sync_agency_report_ids()))")
    for table in ("sync_clients", "sync_mutations"):
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY owner_all ON {table} TO {owner} USING (true) WITH CHECK (true)")
        op.execute(f"CREATE POLICY own_rows ON {table} TO {readers} "
                   "USING (user_id = app_current_user_id()) WITH CHECK (user_id = app_current_user_id())")
    op.execute("ALTER TABLE sync_conflicts ENABLE ROW LEVEL SECURITY")
    op.execute("ALTER TABLE sync_conflicts FORCE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY owner_all ON sync_conflicts TO {owner} USING (true) WITH CHECK (true)")
    op.execute(f"CREATE POLICY own_rows ON sync_conflicts FOR SELECT TO {readers} "
               "USING (user_id = app_current_user_id())")
    # A push records the conflict for whoever lost, who may be another user.
    op.execute(f"CREATE POLICY record ON sync_conflicts FOR INSERT TO {readers} WITH CHECK (true)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, _column in LOGGED_TABLES:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER sync_log_{event} ON {table}")
        for rows in ("new_rows", "old_rows"):
            for column in ("id", "report_id"):
                op.execute(f"DROP FUNCTION sync_log_{rows}_{column}()")
        op.execute("DROP TABLE sync_change_log")
        op.execute("DROP FUNCTION sync_agency_report_ids()")
        op.execute("DROP FUNCTION sync_server_epoch()")
    op.drop_table('sync_text_versions')
    with op.batch_alter_table('sync_mutations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_mutations_report_id'))

    op.drop_table('sync_mutations')
    op.drop_table('sync_epoch')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_user_id'))

    op.drop_table('sync_conflicts')
    with op.batch_alter_table('sync_clients', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_clients_user_id'))

    op.drop_table('sync_clients')
