-- Ownership, grants and row-level security. Runs after functions.sql: the policies call
-- its functions. Nothing is granted to PUBLIC; a table another feature adds later has no
-- grants until its own migration gives them (docs/central-database-security.md).

REVOKE ALL ON DATABASE @database@ FROM PUBLIC;
GRANT CONNECT ON DATABASE @database@ TO @officer@, @supervisor@, @agency_staff@, @auditor@, @admin@, @gate@;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO @officer@, @supervisor@, @agency_staff@, @auditor@, @admin@, @gate@, @owner@, @vault@;

-- A NOLOGIN owner: nobody can connect as the owner of a table, so nobody bypasses its policies.
ALTER TABLE agencies OWNER TO @owner@;
ALTER TABLE areas OWNER TO @owner@;
ALTER TABLE categories OWNER TO @owner@;
ALTER TABLE users OWNER TO @owner@;
ALTER TABLE reports OWNER TO @owner@;
ALTER TABLE photos OWNER TO @owner@;
ALTER TABLE assignments OWNER TO @owner@;
ALTER TABLE status_events OWNER TO @owner@;
ALTER TABLE notes OWNER TO @owner@;
ALTER TABLE ratings OWNER TO @owner@;
ALTER TABLE audit_entries OWNER TO @owner@;
ALTER TABLE audit_head OWNER TO @owner@;
ALTER TABLE login_roles OWNER TO @owner@;
ALTER TABLE reveal_requests OWNER TO @owner@;
ALTER TABLE reporter_identities OWNER TO @vault@;

REVOKE ALL ON agencies, areas, categories, users, reports, photos, assignments, status_events, notes, ratings,
    audit_entries, audit_head, login_roles, reveal_requests, reporter_identities, alembic_version FROM PUBLIC;

GRANT SELECT ON alembic_version TO @officer@, @supervisor@, @agency_staff@, @auditor@, @admin@, @gate@;
GRANT SELECT ON agencies, areas, categories TO @officer@, @supervisor@, @agency_staff@, @auditor@, @admin@;
-- Never password_hash.
GRANT SELECT (id, username, display_name, role, agency_id, active, created_at, conduct_accepted_at) ON users
    TO @officer@, @supervisor@, @agency_staff@, @auditor@, @admin@;
GRANT SELECT ON login_roles TO @admin@;

GRANT SELECT, INSERT, UPDATE ON reports, photos, assignments, status_events, notes, ratings TO @officer@, @supervisor@;
GRANT SELECT ON reports, photos, assignments, status_events, notes, ratings TO @agency_staff@;
GRANT UPDATE (status, first_action_at, done_at, updated_at, version) ON reports TO @agency_staff@;
GRANT UPDATE (accepted_at) ON assignments TO @agency_staff@;
GRANT INSERT ON photos, status_events, notes TO @agency_staff@;

-- Tables other features add (before or after this migration, whatever the branch order):
-- the command centre sees every report anyway, so it may use them; agency staff, auditors
-- and administrators get nothing until that feature's migration grants it with row-level
-- security. Reporter identity is never stored outside the vault (docs/central-database-security.md).
DO $$
DECLARE
    v_table text;
BEGIN
    FOR v_table IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v') AND c.relname NOT IN (
            'agencies', 'areas', 'categories', 'users', 'reports', 'photos', 'assignments', 'status_events',
            'notes', 'ratings', 'audit_entries', 'audit_head', 'login_roles', 'reveal_requests',
            'reporter_identities', 'vault_presence', 'alembic_version') LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO @officer@, @supervisor@', v_table);
    END LOOP;
END $$;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO @officer@, @supervisor@;
REVOKE ALL ON SEQUENCE audit_entries_id_seq, reveal_requests_id_seq FROM @officer@, @supervisor@;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO @officer@, @supervisor@;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO @officer@, @supervisor@;

-- Requests are written only by the functions; the token hash is readable by nobody.
GRANT SELECT (id, report_id, requested_by, requested_at, reason, needs_approval, status, expires_at, decided_by,
              decided_at, decision_note, used_at) ON reveal_requests TO @officer@, @supervisor@;
GRANT SELECT ON audit_entries, audit_head TO @auditor@;
-- The auditor reads which report an entry concerns by its reference, and nothing else of it.
GRANT SELECT (id, reference) ON reports TO @auditor@;

-- The vault: owned by its own role, no grants; only the vault functions and this view read it.
ALTER VIEW vault_presence OWNER TO @vault@;
REVOKE ALL ON vault_presence FROM PUBLIC;
GRANT SELECT ON vault_presence TO @owner@, @officer@, @supervisor@;
ALTER TABLE reporter_identities ENABLE ROW LEVEL SECURITY;
ALTER TABLE reporter_identities FORCE ROW LEVEL SECURITY;
CREATE POLICY vault_only ON reporter_identities TO @vault@ USING (true) WITH CHECK (true);

ALTER FUNCTION vault_read(bigint) OWNER TO @vault@;
ALTER FUNCTION vault_store(bigint, text, bytea) OWNER TO @vault@;
ALTER FUNCTION vault_purge(bigint[]) OWNER TO @vault@;
REVOKE ALL ON FUNCTION vault_read(bigint), vault_store(bigint, text, bytea), vault_purge(bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vault_read(bigint), vault_store(bigint, text, bytea), vault_purge(bigint[]) TO @owner@;

-- The owner runs every app and audit function; the public may call none of them.
DO $$
DECLARE
    v_function regprocedure;
BEGIN
    FOREACH v_function IN ARRAY ARRAY[
        'app_current_user_id()', 'app_current_role()', 'app_current_agency_id()', 'app_agency_report_ids()',
        'app_is_privileged_session()', 'audit_iso(timestamptz)',
        'audit_entry_hash(text, timestamptz, text, text, bigint, text)',
        'audit_write(integer, text, text, bigint, text)', 'audit_append(integer, text, text, bigint, text)',
        'app_me_name()', 'app_login()', 'app_login_failed(text)', 'app_accept_conduct(text)',
        'app_refused(text, bigint, text, jsonb)', 'app_reason_problem(text)',
        'app_request_reveal(bigint, text)', 'app_decide_reveal(bigint, boolean, text)', 'app_reveal(text)',
        'app_store_identity(bigint, text, bytea)', 'app_purge_identities(integer)',
        'app_grant_login(integer, text, text)', 'app_may_manage_users()',
        'app_create_user(text, text, text, integer, text, text, text)',
        'app_update_user(integer, text, integer, boolean, text, text)'
    ]::regprocedure[] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO @owner@', v_function);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', v_function);
    END LOOP;
END $$;
-- Every app role may call the entry points; each decides inside, and audits a refusal.
GRANT EXECUTE ON FUNCTION app_current_user_id(), app_current_role(), app_current_agency_id(), app_agency_report_ids(),
    audit_append(integer, text, text, bigint, text), app_login(), app_accept_conduct(text),
    app_request_reveal(bigint, text), app_decide_reveal(bigint, boolean, text), app_reveal(text),
    app_store_identity(bigint, text, bytea), app_purge_identities(integer),
    app_create_user(text, text, text, integer, text, text, text),
    app_update_user(integer, text, integer, boolean, text, text)
    TO @officer@, @supervisor@, @agency_staff@, @auditor@, @admin@;
GRANT EXECUTE ON FUNCTION app_login_failed(text) TO @gate@;
-- CREATE ROLE inside app_grant_login runs as the owner; it hands out only our groups.
GRANT @officer@, @supervisor@, @agency_staff@, @auditor@, @admin@ TO @owner@ WITH ADMIN OPTION;

-- Row-level security on the tables of report data: FORCE so the owner is bound too (the
-- owner's own policy is what the definer functions run under); the command centre sees every
-- report. Agency staff see only their own reports' rows, table by table below.
DO $$
DECLARE
    v_table text;
BEGIN
    FOREACH v_table IN ARRAY ARRAY['reports', 'assignments', 'status_events', 'notes', 'ratings', 'photos'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', v_table);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', v_table);
        EXECUTE format('CREATE POLICY owner_all ON %I TO @owner@ USING (true) WITH CHECK (true)', v_table);
        EXECUTE format('CREATE POLICY command_centre ON %I TO @officer@, @supervisor@ USING (true) WITH CHECK (true)',
                       v_table);
    END LOOP;
END $$;
CREATE POLICY auditor_reference ON reports FOR SELECT TO @auditor@ USING (true);
CREATE POLICY agency ON reports TO @agency_staff@
    USING (id IN (SELECT app_agency_report_ids())) WITH CHECK (id IN (SELECT app_agency_report_ids()));
CREATE POLICY agency ON assignments TO @agency_staff@
    USING (report_id IN (SELECT app_agency_report_ids()))
    WITH CHECK (report_id IN (SELECT app_agency_report_ids()) AND agency_id = app_current_agency_id());
CREATE POLICY agency ON status_events TO @agency_staff@
    USING (report_id IN (SELECT app_agency_report_ids()))
    WITH CHECK (report_id IN (SELECT app_agency_report_ids()) AND actor_id = app_current_user_id());
CREATE POLICY agency ON notes TO @agency_staff@
    USING (report_id IN (SELECT app_agency_report_ids()))
    WITH CHECK (report_id IN (SELECT app_agency_report_ids()) AND author_id = app_current_user_id());
CREATE POLICY agency ON ratings TO @agency_staff@ USING (report_id IN (SELECT app_agency_report_ids()));
-- Agencies only ever get the redacted photo (and their own after-photos): the original may
-- show the reporter, bystanders' faces and plates.
CREATE POLICY agency ON photos TO @agency_staff@
    USING (kind IN ('redacted', 'after') AND report_id IN (SELECT app_agency_report_ids()))
    WITH CHECK (kind = 'after' AND report_id IN (SELECT app_agency_report_ids()));

ALTER TABLE reveal_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE reveal_requests FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON reveal_requests TO @owner@ USING (true) WITH CHECK (true);
CREATE POLICY own_requests ON reveal_requests TO @officer@ USING (requested_by = app_current_user_id());
CREATE POLICY supervisors ON reveal_requests TO @supervisor@ USING (true);

-- Append-only audit log: no UPDATE, DELETE or TRUNCATE, whoever asks. A superuser can
-- still disable triggers; `jaklapor-desk audit verify` catches what they change.
CREATE FUNCTION audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;
ALTER FUNCTION audit_refuse_change() OWNER TO @owner@;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER no_truncate BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER keep_head BEFORE DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER no_truncate BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- The inbox's map index (migration 0002). Its triggers are definer functions: given to the
-- owner, they keep the index right whoever writes a report. The command centre reads it
-- through the grant above on other features' tables; agency staff read only their own
-- reports' points, and never the city-wide cell counts.
ALTER TABLE map_points OWNER TO @owner@;
ALTER TABLE map_cells OWNER TO @owner@;
ALTER FUNCTION reports_map_insert() OWNER TO @owner@;
ALTER FUNCTION reports_map_delete() OWNER TO @owner@;
ALTER FUNCTION reports_map_update() OWNER TO @owner@;
REVOKE ALL ON FUNCTION reports_map_insert(), reports_map_delete(), reports_map_update() FROM PUBLIC;
GRANT SELECT ON map_points TO @agency_staff@;
ALTER TABLE map_points ENABLE ROW LEVEL SECURITY;
ALTER TABLE map_points FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON map_points TO @owner@ USING (true) WITH CHECK (true);
CREATE POLICY command_centre ON map_points TO @officer@, @supervisor@ USING (true) WITH CHECK (true);
CREATE POLICY agency ON map_points FOR SELECT TO @agency_staff@ USING (report_id IN (SELECT app_agency_report_ids()));
