-- Undo functions.sql and security.sql (migration 0004's downgrade); roles are dropped by the caller.
DROP TRIGGER IF EXISTS append_only ON audit_entries;
DROP TRIGGER IF EXISTS no_truncate ON audit_entries;
DROP TRIGGER IF EXISTS keep_head ON audit_head;
DROP TRIGGER IF EXISTS no_truncate ON audit_head;
DROP FUNCTION IF EXISTS audit_refuse_change();

DO $$
DECLARE
    v_table text;
    v_policy text;
BEGIN
    FOREACH v_table IN ARRAY ARRAY['reports', 'assignments', 'status_events', 'notes', 'ratings', 'photos',
                                   'reveal_requests', 'reporter_identities', 'map_points'] LOOP
        FOR v_policy IN SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = v_table LOOP
            EXECUTE format('DROP POLICY %I ON %I', v_policy, v_table);
        END LOOP;
        EXECUTE format('ALTER TABLE %I NO FORCE ROW LEVEL SECURITY', v_table);
        EXECUTE format('ALTER TABLE %I DISABLE ROW LEVEL SECURITY', v_table);
    END LOOP;
END $$;

DROP VIEW IF EXISTS vault_presence;
DROP FUNCTION IF EXISTS app_update_user(integer, text, integer, boolean, text, text);
DROP FUNCTION IF EXISTS app_create_user(text, text, text, integer, text, text, text);
DROP FUNCTION IF EXISTS app_may_manage_users();
DROP FUNCTION IF EXISTS app_grant_login(integer, text, text);
DROP FUNCTION IF EXISTS app_purge_identities(integer);
DROP FUNCTION IF EXISTS app_store_identity(bigint, text, bytea);
DROP FUNCTION IF EXISTS vault_purge(bigint[]);
DROP FUNCTION IF EXISTS vault_store(bigint, text, bytea);
DROP FUNCTION IF EXISTS vault_read(bigint);
DROP FUNCTION IF EXISTS app_reveal(text);
DROP FUNCTION IF EXISTS app_decide_reveal(bigint, boolean, text);
DROP FUNCTION IF EXISTS app_request_reveal(bigint, text);
DROP FUNCTION IF EXISTS app_reason_problem(text);
DROP FUNCTION IF EXISTS app_refused(text, bigint, text, jsonb);
DROP FUNCTION IF EXISTS app_accept_conduct(text);
DROP FUNCTION IF EXISTS app_login_failed(text);
DROP FUNCTION IF EXISTS app_login();
DROP FUNCTION IF EXISTS app_me_name();
DROP FUNCTION IF EXISTS audit_append(integer, text, text, bigint, text);
DROP FUNCTION IF EXISTS audit_write(integer, text, text, bigint, text);
DROP FUNCTION IF EXISTS audit_entry_hash(text, timestamptz, text, text, bigint, text);
DROP FUNCTION IF EXISTS audit_iso(timestamptz);
DROP FUNCTION IF EXISTS app_is_privileged_session();
DROP FUNCTION IF EXISTS app_agency_report_ids();
DROP FUNCTION IF EXISTS app_current_agency_id();
DROP FUNCTION IF EXISTS app_current_role();
DROP FUNCTION IF EXISTS app_current_user_id();

ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM @officer@, @supervisor@;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM @officer@, @supervisor@;
GRANT CONNECT, TEMPORARY ON DATABASE @database@ TO PUBLIC;
