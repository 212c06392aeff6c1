"""The five application roles and what each may do outside the workflow."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    AGENCY_STAFF = "agency_staff"
    AUDITOR = "auditor"
    ADMIN = "admin"


ROLE_NAMES: dict[Role, tuple[str, str]] = {
    Role.OFFICER: ("Petugas command center", "Command-centre officer"),
    Role.SUPERVISOR: ("Supervisor", "Supervisor"),
    Role.AGENCY_STAFF: ("Staf OPD", "Agency staff"),
    Role.AUDITOR: ("Auditor", "Auditor"),
    Role.ADMIN: ("Administrator", "Administrator"),
}


class Permission(StrEnum):
    VIEW_REPORTS = "view_reports"
    VIEW_ALL_AGENCIES = "view_all_agencies"
    REQUEST_REVEAL = "request_reveal"
    APPROVE_REVEAL = "approve_reveal"
    READ_AUDIT = "read_audit"
    MANAGE_USERS = "manage_users"
    BULK_ACTIONS = "bulk_actions"
    EXPORT = "export"
    IMPORT = "import"
    # Sending reports to agencies from the dispatch board (command centre).
    DISPATCH = "dispatch"
    # Working one's own agency's queue: accept, handle, finish or hand back.
    WORK_QUEUE = "work_queue"
    # Reviewing every agency's queue and the service's effectiveness (the supervisor's screen).
    SUPERVISE = "supervise"


# Admins manage accounts but never see reports or identities; auditors see the
# audit trail but nothing personal. Separation of duties is the point.
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OFFICER: frozenset({
        Permission.VIEW_REPORTS, Permission.VIEW_ALL_AGENCIES, Permission.REQUEST_REVEAL,
        Permission.EXPORT, Permission.IMPORT, Permission.DISPATCH,
    }),
    Role.SUPERVISOR: frozenset({
        Permission.VIEW_REPORTS, Permission.VIEW_ALL_AGENCIES, Permission.REQUEST_REVEAL,
        Permission.APPROVE_REVEAL, Permission.BULK_ACTIONS, Permission.EXPORT, Permission.IMPORT,
        Permission.DISPATCH, Permission.SUPERVISE,
    }),
    Role.AGENCY_STAFF: frozenset({Permission.VIEW_REPORTS, Permission.WORK_QUEUE}),
    Role.AUDITOR: frozenset({Permission.READ_AUDIT}),
    Role.ADMIN: frozenset({Permission.MANAGE_USERS}),
}


def parse_role(text: str) -> Role:
    """The role named by ``text``; ValueError listing the valid names otherwise."""
    try:
        return Role(text.strip().lower())
    except ValueError:
        valid = ", ".join(r.value for r in Role)
        raise ValueError(f"unknown role {text!r}; use one of: {valid}") from None


def can(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]


def role_name(role: Role, lang: str) -> str:
    indonesian, english = ROLE_NAMES[role]
    return english if lang == "en" else indonesian
