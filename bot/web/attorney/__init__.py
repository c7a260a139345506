"""The attorney queue at /attorney: server-rendered pages on the same Starlette
app as the chat page.

Layout: `auth` (session + CSRF + role gate that every signed-in route goes
through), `security` (cookies, headers), `views_*` (one module per page group),
`templating`, `chart`, `profile_form`, `config`. The rules and use cases live in
bot/services/attorney_*.py, so the CLI and tests share them.
"""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from bot.web.attorney import (
    views_admin,
    views_auth,
    views_availability,
    views_casework,
    views_funnel,
    views_leads,
)
from bot.web.attorney.auth import signed_in
from bot.web.attorney.security import AttorneySecurityHeaders

__all__ = ["AttorneySecurityHeaders", "routes"]


def routes() -> list[BaseRoute]:
    lead = "/attorney/leads/{lead_id}"
    return [
        Route("/attorney", signed_in(views_leads.queue_page), name="attorney_queue"),
        Route("/attorney/login", views_auth.login_form, methods=["GET"], name="attorney_login"),
        Route("/attorney/login", views_auth.login_submit, methods=["POST"]),
        Route(
            "/attorney/logout",
            signed_in(views_auth.logout),
            methods=["POST"],
            name="attorney_logout",
        ),
        Route(
            "/attorney/account",
            signed_in(views_auth.account),
            methods=["GET", "POST"],
            name="attorney_account",
        ),
        Route(lead, signed_in(views_leads.lead_page), name="attorney_lead"),
        Route(f"{lead}/claim", signed_in(views_leads.claim), methods=["POST"]),
        Route(f"{lead}/release", signed_in(views_leads.release), methods=["POST"]),
        Route(f"{lead}/status", signed_in(views_leads.change_status), methods=["POST"]),
        Route(f"{lead}/notes", signed_in(views_leads.add_note), methods=["POST"]),
        Route(f"{lead}/export/{{fmt}}", signed_in(views_leads.export), methods=["POST"]),
        Route("/attorney/funnel", signed_in(views_funnel.funnel_page), name="attorney_funnel"),
        *availability_routes(),
        *casework_routes(),
        Route(
            "/attorney/admin/users",
            signed_in(views_admin.users_page, admin=True),
            name="attorney_users",
        ),
        Route(
            "/attorney/admin/users",
            signed_in(views_admin.create_user_submit, admin=True),
            methods=["POST"],
        ),
        Route(
            "/attorney/admin/users/{user_id}/active",
            signed_in(views_admin.set_user_active, admin=True),
            methods=["POST"],
        ),
        Route(
            "/attorney/admin/profile",
            signed_in(views_admin.profile_page, admin=True),
            name="attorney_profile",
        ),
        Route(
            "/attorney/admin/profile",
            signed_in(views_admin.profile_submit, admin=True),
            methods=["POST"],
        ),
        Route(
            "/attorney/admin/audit",
            signed_in(views_admin.audit_page, admin=True),
            name="attorney_audit",
        ),
        Route("/attorney/api/queue", signed_in(views_leads.api_queue)),
        Route("/attorney/api/leads/{lead_id}", signed_in(views_leads.api_lead)),
    ]


def casework_routes() -> list[BaseRoute]:
    """The conflict list (admins) and a lead's authorizations (issue 19)."""
    v = views_casework
    post = ["POST"]
    admin = "/attorney/admin/conflicts"
    lead = "/attorney/leads/{lead_id}/authorizations"
    return [
        Route(admin, signed_in(v.conflicts_page, admin=True), name="attorney_conflicts"),
        Route(admin, signed_in(v.conflicts_add, admin=True), methods=post),
        Route(f"{admin}/import", signed_in(v.conflicts_import, admin=True, files=1), methods=post),
        Route(f"{admin}/{{entry_id}}", signed_in(v.conflicts_edit, admin=True), methods=post),
        Route(
            f"{admin}/{{entry_id}}/delete", signed_in(v.conflicts_delete, admin=True), methods=post
        ),
        Route(lead, signed_in(v.authorization_create), methods=post),
        Route(
            f"{lead}/{{authorization_id}}/download",
            signed_in(v.authorization_download),
            methods=post,
        ),
        Route(
            f"{lead}/{{authorization_id}}/revoke", signed_in(v.authorization_revoke), methods=post
        ),
    ]


def availability_routes() -> list[BaseRoute]:
    """Consultation hours, blackout days and booked calls' .ics (issue 20)."""
    page = "/attorney/availability"
    post = ["POST"]
    v = views_availability
    return [
        Route(page, signed_in(v.availability_page), name="attorney_availability"),
        Route(f"{page}/windows", signed_in(v.add_window), methods=post),
        Route(f"{page}/windows/{{window_id}}/delete", signed_in(v.delete_window), methods=post),
        Route(f"{page}/blackouts", signed_in(v.add_blackout), methods=post),
        Route(
            f"{page}/blackouts/{{blackout_id}}/delete", signed_in(v.delete_blackout), methods=post
        ),
        Route("/attorney/bookings/{booking_id}.ics", signed_in(v.booking_ics)),
    ]
