-- SECURITY DEFINER functions: the only way to the identity vault, the audit chain and
-- user accounts. Each pins search_path so a caller cannot slip in their own objects, and
-- works out who is calling from session_user (the user's own login role), never from an
-- argument the client could forge. Refusals are returned, not raised, so that the refusal's
-- audit entry commits with the call.

-- Who is calling -------------------------------------------------------------------------

CREATE FUNCTION app_current_user_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT u.id FROM login_roles l JOIN users u ON u.id = l.user_id
    WHERE l.role_name = session_user AND u.active
$$;

CREATE FUNCTION app_current_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT u.role::text FROM users u WHERE u.id = app_current_user_id()
$$;

CREATE FUNCTION app_current_agency_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT u.agency_id FROM users u WHERE u.id = app_current_user_id() AND u.role = 'agency_staff'
$$;

-- The reports an agency leads or supports; row-level security on reports and everything
-- hanging off them asks this, once per query.
CREATE FUNCTION app_agency_report_ids() RETURNS SETOF bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT r.id FROM reports r WHERE r.lead_agency_id = app_current_agency_id()
    UNION
    SELECT a.report_id FROM assignments a
    WHERE a.agency_id = app_current_agency_id() AND a.ended_at IS NULL
$$;

-- True for sessions of no JakLapor user: installers and services on a privileged account.
CREATE FUNCTION app_is_privileged_session() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT NOT EXISTS (SELECT 1 FROM login_roles WHERE role_name = session_user)
       AND session_user <> '@gate@'::regrole::text
$$;

-- The audit chain ------------------------------------------------------------------------

-- Python's datetime.isoformat() of a UTC time, so both sides hash the same text.
CREATE FUNCTION audit_iso(p_at timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
        || CASE WHEN extract(microseconds FROM p_at) % 1000000 = 0 THEN ''
                ELSE '.' || to_char(p_at AT TIME ZONE 'UTC', 'US') END
        || '+00:00'
$$;

-- desktop.services.audit.entry_hash in SQL: SHA-256 of the compact JSON array of the fields.
CREATE FUNCTION audit_entry_hash(p_prev text, p_at timestamptz, p_actor text, p_action text,
                                 p_report_id bigint, p_detail text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT encode(sha256(convert_to(
        '[' || to_json(p_prev)::text || ',' || to_json(audit_iso(p_at))::text || ','
            || to_json(p_actor)::text || ',' || to_json(p_action)::text || ','
            || coalesce(p_report_id::text, 'null') || ',' || to_json(p_detail)::text || ']',
        'UTF8')), 'hex')
$$;

-- Appends one entry. The head row locked FOR UPDATE serialises writers, so two
-- transactions can never both extend the same predecessor.
CREATE FUNCTION audit_write(p_actor_id integer, p_actor text, p_action text, p_report_id bigint,
                            p_detail text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_prev text;
    v_at timestamptz;
    v_hash text;
    v_id bigint;
BEGIN
    SELECT h.last_hash INTO v_prev FROM audit_head h WHERE h.id = 1 FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the audit chain head is missing: the audit log has been tampered with';
    END IF;
    v_at := clock_timestamp();
    v_hash := audit_entry_hash(v_prev, v_at, p_actor, p_action, p_report_id, p_detail);
    INSERT INTO audit_entries (at, actor_id, actor_username, action, report_id, detail, prev_hash, hash)
    VALUES (v_at, p_actor_id, left(p_actor, 60), left(p_action, 40), p_report_id, p_detail, v_prev, v_hash)
    RETURNING id INTO v_id;
    UPDATE audit_head SET last_id = v_id, last_hash = v_hash, entries = entries + 1 WHERE id = 1;
    RETURN v_hash;
END $$;

-- For the services: an app user always writes under their own name, whatever they pass;
-- only a privileged session (installer tools) names the actor.
CREATE FUNCTION audit_append(p_actor_id integer, p_actor text, p_action text, p_report_id bigint,
                             p_detail text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_me integer := app_current_user_id();
BEGIN
    IF v_me IS NOT NULL THEN
        RETURN audit_write(v_me, (SELECT u.username FROM users u WHERE u.id = v_me), p_action, p_report_id,
                           p_detail);
    END IF;
    IF NOT app_is_privileged_session() THEN
        RAISE EXCEPTION 'this account may not write to the audit log' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN audit_write(p_actor_id, p_actor, p_action, p_report_id, p_detail);
END $$;

CREATE FUNCTION app_me_name() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce((SELECT u.username::text FROM users u WHERE u.id = app_current_user_id()), session_user::text)
$$;

-- Logging in -----------------------------------------------------------------------------

CREATE FUNCTION app_login() RETURNS TABLE (o_user_id integer, o_username text, o_display_name text, o_role text,
                                           o_agency_id integer, o_agency_code text, o_agency_name text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_me integer := app_current_user_id();
BEGIN
    IF v_me IS NULL THEN
        RAISE EXCEPTION 'this database account is not an active JakLapor user'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM audit_write(v_me, app_me_name(), 'login', NULL, '{"via": "own database role"}');
    RETURN QUERY
        SELECT u.id, u.username::text, u.display_name::text, u.role::text, a.id, a.code::text, a.name::text
        FROM users u LEFT JOIN agencies a ON a.id = u.agency_id WHERE u.id = v_me;
END $$;

-- Only the gate account may call this: the failed attempt never reached a user's role.
CREATE FUNCTION app_login_failed(p_username text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT audit_write(NULL, left(coalesce(p_username, ''), 60), 'login_failed', NULL, '{"via": "own database role"}')
$$;

CREATE FUNCTION app_accept_conduct(p_version text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_me integer := app_current_user_id();
BEGIN
    IF v_me IS NULL THEN
        RETURN false;
    END IF;
    IF (SELECT u.conduct_accepted_at FROM users u WHERE u.id = v_me) IS NOT NULL THEN
        RETURN true;
    END IF;
    UPDATE users SET conduct_accepted_at = now() WHERE id = v_me;
    PERFORM audit_write(v_me, app_me_name(), 'conduct_accepted', NULL,
                        jsonb_build_object('version', p_version)::text);
    RETURN true;
END $$;

-- Revealing an identity ------------------------------------------------------------------

CREATE FUNCTION app_refused(p_action text, p_report_id bigint, p_message text, p_detail jsonb) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM audit_write(app_current_user_id(), app_me_name(), p_action, p_report_id,
                        (p_detail || jsonb_build_object('refused', p_message))::text);
    RETURN p_message;
END $$;

CREATE FUNCTION app_reason_problem(p_reason text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT CASE
        WHEN coalesce(btrim(p_reason), '') = '' THEN 'write why you need to contact the reporter'
        WHEN array_length(regexp_split_to_array(btrim(p_reason), '\s+'), 1) < 3
             OR length(btrim(p_reason)) < 15
            THEN 'the reason is too short: say in a sentence why you need to contact the reporter'
    END
$$;

CREATE FUNCTION app_request_reveal(p_report_id bigint, p_reason text)
RETURNS TABLE (o_ok boolean, o_message text, o_request_id bigint, o_token text, o_needs_approval boolean,
               o_expires_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_me integer := app_current_user_id();
    v_role text := app_current_role();
    v_privacy text;
    v_problem text;
    v_needs boolean;
    v_token text;
    v_id bigint;
    v_expires timestamptz;
    v_reason text := btrim(coalesce(p_reason, ''));
BEGIN
    IF v_me IS NULL THEN
        v_problem := 'log in with your own account to reveal an identity';
    ELSIF v_role NOT IN ('officer', 'supervisor') THEN
        v_problem := format('a user with the role %s may not reveal a reporter''s identity', v_role);
    END IF;
    IF v_problem IS NULL THEN
        SELECT r.privacy INTO v_privacy FROM reports r WHERE r.id = p_report_id;
        IF NOT FOUND THEN
            v_problem := 'there is no such report';
        ELSIF v_privacy = 'anonymous' THEN
            v_problem := 'this report is anonymous: no identity is stored';
        ELSIF NOT EXISTS (SELECT 1 FROM vault_presence p WHERE p.report_id = p_report_id AND p.stored) THEN
            v_problem := 'no identity is stored for this report (it was never given or has been purged)';
        ELSIF (SELECT u.conduct_accepted_at FROM users u WHERE u.id = v_me) IS NULL THEN
            v_problem := 'accept the data-handling code of conduct before your first reveal';
        ELSE
            v_problem := app_reason_problem(v_reason);
        END IF;
    END IF;
    IF v_problem IS NOT NULL THEN
        RETURN QUERY SELECT false, app_refused('reveal_refused', p_report_id, v_problem,
                                                jsonb_build_object('reason', left(v_reason, 500))),
                            NULL::bigint, NULL::text, NULL::boolean, NULL::timestamptz;
        RETURN;
    END IF;
    v_needs := v_privacy = 'confidential';
    v_expires := now() + CASE WHEN v_needs THEN interval '8 hours' ELSE interval '15 minutes' END;
    v_token := encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex');
    INSERT INTO reveal_requests (report_id, requested_by, requested_at, reason, needs_approval, status, expires_at,
                                 token_hash, request_xact)
    VALUES (p_report_id, v_me, now(), v_reason, v_needs, CASE WHEN v_needs THEN 'pending' ELSE 'approved' END,
            v_expires, encode(sha256(convert_to(v_token, 'UTF8')), 'hex'), pg_current_xact_id()::text::bigint)
    RETURNING id INTO v_id;
    PERFORM audit_write(v_me, app_me_name(), 'reveal_requested', p_report_id,
                        jsonb_build_object('request', v_id, 'reason', v_reason, 'needs_approval', v_needs)::text);
    RETURN QUERY SELECT true, ''::text, v_id, v_token, v_needs, v_expires;
END $$;

CREATE FUNCTION app_decide_reveal(p_request_id bigint, p_approve boolean, p_note text)
RETURNS TABLE (o_ok boolean, o_message text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_me integer := app_current_user_id();
    v_req reveal_requests%ROWTYPE;
    v_problem text;
    v_note text := btrim(coalesce(p_note, ''));
BEGIN
    SELECT * INTO v_req FROM reveal_requests r WHERE r.id = p_request_id FOR UPDATE;
    IF v_me IS NULL OR app_current_role() <> 'supervisor' THEN
        v_problem := 'only a supervisor may approve or deny a reveal';
    ELSIF NOT FOUND THEN
        v_problem := 'there is no such reveal request';
    ELSIF v_req.requested_by = v_me THEN
        v_problem := 'you cannot decide your own request: another supervisor must';
    ELSIF v_req.status <> 'pending' THEN
        v_problem := 'this request has already been decided';
    ELSIF v_req.expires_at <= now() THEN
        v_problem := 'this request has expired; the officer must ask again';
    ELSIF NOT p_approve AND length(v_note) < 3 THEN
        v_problem := 'say why you deny the request';
    END IF;
    IF v_problem IS NOT NULL THEN
        RETURN QUERY SELECT false, app_refused(CASE WHEN p_approve THEN 'approval_refused' ELSE 'denial_refused' END,
                                                v_req.report_id, v_problem,
                                                jsonb_build_object('request', p_request_id));
        RETURN;
    END IF;
    UPDATE reveal_requests SET status = CASE WHEN p_approve THEN 'approved' ELSE 'denied' END,
           decided_by = v_me, decided_at = now(), decision_note = nullif(v_note, '')
    WHERE id = p_request_id;
    PERFORM audit_write(v_me, app_me_name(), CASE WHEN p_approve THEN 'reveal_approved' ELSE 'reveal_denied' END,
                        v_req.report_id, jsonb_build_object('request', p_request_id, 'note', v_note)::text);
    RETURN QUERY SELECT true, ''::text;
END $$;

CREATE FUNCTION app_reveal(p_token text)
RETURNS TABLE (o_ok boolean, o_message text, o_report_id bigint, o_key_id text, o_sealed bytea)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_me integer := app_current_user_id();
    v_req reveal_requests%ROWTYPE;
    v_problem text;
    v_key text;
    v_sealed bytea;
BEGIN
    SELECT * INTO v_req FROM reveal_requests r
    WHERE r.token_hash = encode(sha256(convert_to(coalesce(p_token, ''), 'UTF8')), 'hex') FOR UPDATE;
    IF v_me IS NULL OR app_current_role() NOT IN ('officer', 'supervisor') THEN
        v_problem := 'your account may not reveal a reporter''s identity';
    ELSIF NOT FOUND OR v_req.requested_by <> v_me THEN
        v_problem := 'this reveal token is not valid';
    ELSIF v_req.status = 'used' THEN
        v_problem := 'this reveal token has already been used; request a new reveal';
    ELSIF v_req.status = 'denied' THEN
        v_problem := 'a supervisor denied this request';
    ELSIF v_req.status = 'pending' THEN
        v_problem := 'this request is waiting for a supervisor''s approval';
    ELSIF v_req.expires_at <= now() THEN
        v_problem := 'this reveal request has expired; request a new reveal';
    ELSIF pg_xact_status(v_req.request_xact::text::xid8) IS DISTINCT FROM 'committed' THEN
        -- The request's audit entry must be durable before any identity leaves the vault.
        v_problem := 'the reveal request must be committed before the identity is shown';
    END IF;
    IF v_problem IS NULL THEN
        SELECT v.o_key_id, v.o_sealed INTO v_key, v_sealed FROM vault_read(v_req.report_id) v;
        IF v_sealed IS NULL THEN
            v_problem := 'the identity has been purged';
        END IF;
    END IF;
    IF v_problem IS NOT NULL THEN
        RETURN QUERY SELECT false, app_refused('reveal_refused', v_req.report_id, v_problem,
                                                jsonb_build_object('request', v_req.id)),
                            NULL::bigint, NULL::text, NULL::bytea;
        RETURN;
    END IF;
    UPDATE reveal_requests SET status = 'used', used_at = now() WHERE id = v_req.id;
    PERFORM audit_write(v_me, app_me_name(), 'identity_revealed', v_req.report_id,
                        jsonb_build_object('request', v_req.id, 'reason', v_req.reason)::text);
    RETURN QUERY SELECT true, ''::text, v_req.report_id, v_key, v_sealed;
END $$;

-- Intake and retention -------------------------------------------------------------------

CREATE FUNCTION app_store_identity(p_report_id bigint, p_key_id text, p_sealed bytea) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT (app_current_role() IN ('officer', 'supervisor') OR app_is_privileged_session()) THEN
        RAISE EXCEPTION 'your account may not record a reporter''s identity' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = p_report_id AND r.privacy <> 'anonymous') THEN
        RAISE EXCEPTION 'no identity may be stored for this report (unknown or anonymous)';
    END IF;
    -- Replacing a stored identity would let a user swap in someone else; only intake by the installer may.
    IF EXISTS (SELECT 1 FROM vault_presence p WHERE p.report_id = p_report_id AND p.stored)
       AND NOT app_is_privileged_session() THEN
        RAISE EXCEPTION 'an identity is already stored for this report' USING ERRCODE = 'unique_violation';
    END IF;
    RETURN vault_store(p_report_id, p_key_id, p_sealed);
END $$;

CREATE FUNCTION app_purge_identities(p_days integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_ids bigint[];
    v_count integer;
BEGIN
    IF NOT (app_current_role() = 'supervisor' OR app_is_privileged_session()) THEN
        RAISE EXCEPTION 'only a supervisor or the installer may purge identities'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_days IS NULL OR p_days < 0 THEN
        RAISE EXCEPTION 'the retention period must be zero or more days';
    END IF;
    SELECT coalesce(array_agg(r.id), '{}') INTO v_ids FROM reports r
    WHERE r.status IN ('done', 'rejected', 'duplicate')
      AND coalesce(r.done_at, r.updated_at) < now() - make_interval(days => p_days);
    v_count := vault_purge(v_ids);
    PERFORM audit_write(app_current_user_id(), app_me_name(), 'identity_purged', NULL,
                        jsonb_build_object('days', p_days, 'purged', v_count)::text);
    RETURN v_count;
END $$;

-- The vault's own functions: owned by the vault role, callable only by the owner's functions.

CREATE FUNCTION vault_read(p_report_id bigint) RETURNS TABLE (o_key_id text, o_sealed bytea)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT i.key_id::text, i.sealed FROM reporter_identities i
    WHERE i.report_id = p_report_id AND i.sealed IS NOT NULL AND i.purged_at IS NULL
$$;

CREATE FUNCTION vault_store(p_report_id bigint, p_key_id text, p_sealed bytea) RETURNS boolean
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    INSERT INTO reporter_identities (id, report_id, key_id, sealed, created_at)
    VALUES (p_report_id, p_report_id, p_key_id, p_sealed, now())
    ON CONFLICT (report_id) DO UPDATE SET key_id = excluded.key_id, sealed = excluded.sealed, purged_at = NULL
    RETURNING true
$$;

CREATE FUNCTION vault_purge(p_report_ids bigint[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_count integer;
BEGIN
    UPDATE reporter_identities SET sealed = NULL, purged_at = now()
    WHERE report_id = ANY (p_report_ids) AND sealed IS NOT NULL;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END $$;

CREATE VIEW vault_presence WITH (security_barrier) AS
    SELECT i.report_id, (i.sealed IS NOT NULL AND i.purged_at IS NULL) AS stored FROM reporter_identities i;

-- User accounts --------------------------------------------------------------------------

-- Creates or updates the login role of one user: LOGIN only while active, member of exactly
-- the group of their app role. p_scram is a SCRAM-SHA-256 verifier made by the client, so
-- no password ever reaches the server (or its log) in clear.
CREATE FUNCTION app_grant_login(p_user_id integer, p_role_name text, p_scram text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_user users%ROWTYPE;
    v_known text;
    v_group text;
BEGIN
    SELECT * INTO v_user FROM users u WHERE u.id = p_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no user %', p_user_id;
    END IF;
    SELECT l.role_name INTO v_known FROM login_roles l WHERE l.user_id = p_user_id;
    IF v_known IS NULL THEN
        IF p_role_name IS NULL OR NOT starts_with(p_role_name, '@login_prefix@') OR length(p_role_name) > 63 THEN
            RAISE EXCEPTION 'login role % does not belong to this database', p_role_name;
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_role_name) THEN
            RAISE EXCEPTION 'a database role named % already exists', p_role_name;
        END IF;
        EXECUTE format('CREATE ROLE %I NOLOGIN', p_role_name);
        INSERT INTO login_roles (user_id, role_name) VALUES (p_user_id, p_role_name);
        v_known := p_role_name;
    END IF;
    IF p_scram IS NOT NULL THEN
        IF p_scram !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
            RAISE EXCEPTION 'the password must arrive as a SCRAM-SHA-256 verifier';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', v_known, p_scram);
    END IF;
    FOREACH v_group IN ARRAY ARRAY['officer', 'supervisor', 'agency_staff', 'auditor', 'admin'] LOOP
        IF v_group = v_user.role THEN
            EXECUTE format('GRANT %I TO %I', '@prefix@' || v_group, v_known);
        ELSIF pg_has_role(v_known, '@prefix@' || v_group, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', '@prefix@' || v_group, v_known);
        END IF;
    END LOOP;
    EXECUTE format('ALTER ROLE %I %s', v_known, CASE WHEN v_user.active THEN 'LOGIN' ELSE 'NOLOGIN' END);
END $$;

CREATE FUNCTION app_may_manage_users() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT app_current_role() = 'admin' OR app_is_privileged_session()
$$;

CREATE FUNCTION app_create_user(p_username text, p_display_name text, p_role text, p_agency_id integer,
                                p_password_hash text, p_role_name text, p_scram text)
RETURNS TABLE (o_ok boolean, o_message text, o_user_id integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_id integer;
BEGIN
    IF NOT app_may_manage_users() THEN
        RETURN QUERY SELECT false, app_refused('user_change_refused', NULL, 'only an administrator may manage users',
                                                jsonb_build_object('username', p_username, 'role', p_role)),
                            NULL::integer;
        RETURN;
    END IF;
    INSERT INTO users (username, display_name, role, agency_id, password_hash, active, created_at)
    VALUES (p_username, p_display_name, p_role, p_agency_id, p_password_hash, true, now())
    RETURNING id INTO v_id;
    PERFORM app_grant_login(v_id, p_role_name, p_scram);
    PERFORM audit_write(app_current_user_id(), app_me_name(), 'user_created', NULL,
                        jsonb_build_object('user', p_username, 'role', p_role, 'agency_id', p_agency_id)::text);
    RETURN QUERY SELECT true, ''::text, v_id;
END $$;

CREATE FUNCTION app_update_user(p_user_id integer, p_role text, p_agency_id integer, p_active boolean,
                                p_password_hash text, p_scram text)
RETURNS TABLE (o_ok boolean, o_message text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_old users%ROWTYPE;
    v_problem text;
BEGIN
    SELECT * INTO v_old FROM users u WHERE u.id = p_user_id FOR UPDATE;
    IF NOT app_may_manage_users() THEN
        v_problem := 'only an administrator may manage users';
    ELSIF NOT FOUND THEN
        v_problem := 'there is no such user';
    ELSIF p_user_id = app_current_user_id() AND (p_role <> v_old.role OR NOT p_active) THEN
        v_problem := 'you cannot change your own role or disable your own account';
    END IF;
    IF v_problem IS NOT NULL THEN
        RETURN QUERY SELECT false, app_refused('user_change_refused', NULL, v_problem,
                                                jsonb_build_object('user_id', p_user_id, 'role', p_role));
        RETURN;
    END IF;
    UPDATE users SET role = p_role, agency_id = p_agency_id, active = p_active,
           password_hash = coalesce(p_password_hash, password_hash)
    WHERE id = p_user_id;
    PERFORM app_grant_login(p_user_id, NULL, p_scram);
    IF p_role <> v_old.role OR p_agency_id IS DISTINCT FROM v_old.agency_id THEN
        PERFORM audit_write(app_current_user_id(), app_me_name(), 'role_changed', NULL,
                            jsonb_build_object('user', v_old.username, 'from', v_old.role, 'to', p_role,
                                               'agency_id', p_agency_id)::text);
    END IF;
    IF p_active <> v_old.active THEN
        PERFORM audit_write(app_current_user_id(), app_me_name(),
                            CASE WHEN p_active THEN 'user_enabled' ELSE 'user_disabled' END, NULL,
                            jsonb_build_object('user', v_old.username)::text);
    END IF;
    IF p_scram IS NOT NULL THEN
        PERFORM audit_write(app_current_user_id(), app_me_name(), 'password_reset', NULL,
                            jsonb_build_object('user', v_old.username)::text);
    END IF;
    RETURN QUERY SELECT true, ''::text;
END $$;
