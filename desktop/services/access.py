"""Which reports a logged-in user may see, applied to every query the services run."""

from __future__ import annotations

from sqlalchemy import Select, exists, select

from db.models import Assignment, Report
from desktop.core.dispatching import Refusal, RefusalError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Permission, Role, can
from desktop.services.dto import UserSession

# The context every AccessDenied template is marked with; lupdate only reads it written out in each one.
CONTEXT = "access"
ROLE_MAY_NOT = QT_TRANSLATE_NOOP("access", "{role} may not do this ({permission}).")
NOT_VISIBLE = QT_TRANSLATE_NOOP("access", "this report does not exist or is not yours to see")


class AccessDenied(RefusalError):
    """The user's role does not allow this; the message says so plainly.

    ``template`` is marked with QT_TRANSLATE_NOOP("access", ...), so the user reads it in their language.
    """

    def __init__(self, template: str, **params: str):
        super().__init__(Refusal(CONTEXT, template, params))


def role_refusal(role: Role, permission: Permission) -> Refusal:
    return Refusal(CONTEXT, ROLE_MAY_NOT, {"role": role.value, "permission": permission.value})


def require(user: UserSession, permission: Permission) -> None:
    if not can(user.role, permission):
        raise AccessDenied(ROLE_MAY_NOT, role=user.role.value, permission=permission.value)


def scoped(statement: Select, user: UserSession) -> Select:
    """Restrict a query over ``Report`` to what ``user`` may see.

    Agency staff see only reports their agency leads or supports; the command centre
    sees all. Roles without report access are refused outright rather than shown nothing.
    """
    require(user, Permission.VIEW_REPORTS)
    if user.role != Role.AGENCY_STAFF:
        return statement
    involved = exists().where(
        Assignment.report_id == Report.id,
        Assignment.agency_id == user.agency_id,
        Assignment.ended_at.is_(None),
    )
    return statement.where((Report.lead_agency_id == user.agency_id) | involved)


def visible_report(user: UserSession, report_id: int) -> Select:
    return scoped(select(Report).where(Report.id == report_id), user)
