"""Senders: e-mail over SMTP, SMS through Twilio's REST API. One job each, with timeouts.

Both raise SendError; `permanent` says whether trying again can help (a refused
recipient: no; a server that is down or a wrong password: yes, once fixed).
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage, Message
from email.utils import formatdate, make_msgid
from typing import Protocol

from bot.notify.settings import SmtpSettings, TwilioSettings
from bot.store.repositories_notify import Attachment


class SendError(RuntimeError):
    def __init__(self, message: str, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class Sender(Protocol):
    def send(
        self, to: str, subject: str | None, body: str, attachment: Attachment | None = None
    ) -> None: ...


def _attach(msg: EmailMessage, attachment: Attachment) -> None:
    """Add the file as its own MIME part, with its type's parameters kept (a calendar
    invitation needs "text/calendar; method=REQUEST" for mail clients to offer it)."""
    header = Message()
    header["Content-Type"] = attachment.mime_type  # parsed by the email package
    maintype, subtype = header.get_content_maintype(), header.get_content_subtype()
    params = dict(header.get_params() or [])
    params.pop(header.get_content_type(), None)  # the first "parameter" is the type itself
    params.pop("charset", None)  # set by the email package from the text
    if maintype == "text":
        msg.add_attachment(
            attachment.content.decode("utf-8"),
            subtype=subtype,
            filename=attachment.filename,
            params=params,
        )
    else:
        msg.add_attachment(
            attachment.content,
            maintype=maintype,
            subtype=subtype,
            filename=attachment.filename,
            params=params,
        )


class EmailSender:
    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings

    def _message(
        self, to: str, subject: str | None, body: str, attachment: Attachment | None = None
    ) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.settings.sender
        msg["To"] = to
        msg["Subject"] = subject or "Notification"
        msg["Date"] = formatdate(localtime=False)
        msg["Message-ID"] = make_msgid(domain=self.settings.sender.rpartition("@")[2] or None)
        msg.set_content(body)
        if attachment is not None:
            _attach(msg, attachment)
        return msg

    def send(
        self, to: str, subject: str | None, body: str, attachment: Attachment | None = None
    ) -> None:
        s = self.settings
        msg = self._message(to, subject, body, attachment)
        try:
            if s.security == "ssl":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=s.timeout, context=ssl.create_default_context()
                )
            else:
                client = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
            with client:
                if s.security == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if s.username:
                    client.login(s.username, s.password)
                client.send_message(msg)
        except smtplib.SMTPRecipientsRefused as exc:
            raise SendError(f"SMTP refused the recipient: {exc.recipients}", True) from exc
        except smtplib.SMTPDataError as exc:
            # 5xx after DATA: the server rejects this message for good.
            raise SendError(f"SMTP rejected the message: {exc}", exc.smtp_code >= 500) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise SendError(f"SMTP {s.host}:{s.port}: {type(exc).__name__}: {exc}") from exc


class SmsSender:
    """SMS through twilio's REST Client; `base_url` redirects its API host (tests)."""

    def __init__(self, settings: TwilioSettings) -> None:
        from twilio.http.http_client import TwilioHttpClient
        from twilio.rest import Client

        self.settings = settings
        self.client = Client(
            settings.account_sid,
            settings.auth_token,
            http_client=TwilioHttpClient(timeout=settings.timeout),
        )
        if settings.base_url:
            self.client.api.base_url = settings.base_url

    def send(
        self, to: str, subject: str | None, body: str, attachment: Attachment | None = None
    ) -> None:
        import requests
        from twilio.base.exceptions import TwilioException, TwilioRestException

        try:
            self.client.messages.create(to=to, from_=self.settings.from_number, body=body)
        except TwilioRestException as exc:
            # 400: a bad or unsubscribed number, final. 401/403/429/5xx: fixable or passing.
            raise SendError(
                f"Twilio {exc.status} (code {exc.code}): {exc.msg}", exc.status in (400, 404)
            ) from exc
        except (TwilioException, requests.RequestException, OSError) as exc:
            raise SendError(f"Twilio: {type(exc).__name__}: {exc}") from exc
