"""A fake Twilio REST API on 127.0.0.1: records every send and answers as scripted.

A real HTTP server in a thread, so the channel's real client (aiohttp, the
twilio library's URL building, auth and error parsing) is what gets tested.
Scripted behaviours are taken in order, per recipient first, then global:

    fake.script(Reply(429), Reply(201))           # next two sends: 429, then accepted
    fake.script(Slow(3.0), to="+12015550123")      # accepted, but only after 3 s
    fake.script(Reply(500))                       # a 5xx (nothing recorded as sent)
"""

from __future__ import annotations

import base64
import json
import threading
import time
import uuid
from collections import Counter, defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

ERRORS = {
    400: (21211, "The 'To' number is not a valid phone number."),
    429: (20429, "Too Many Requests"),
    500: (20500, "Internal Server Error"),
    503: (20503, "Service Unavailable"),
}


@dataclass(frozen=True)
class Reply:
    status: int = 201
    code: int | None = None  # Twilio error code for 4xx/5xx (e.g. 21610)


@dataclass(frozen=True)
class Slow:
    seconds: float
    status: int = 201


Behaviour = Reply | Slow


@dataclass
class Recorded:
    to: str
    body: str
    from_: str | None
    messaging_service_sid: str | None
    status_callback: str | None
    status_code: int
    sid: str | None
    at: float = field(default_factory=time.monotonic)

    @property
    def accepted(self) -> bool:
        return 200 <= self.status_code < 300


class FakeTwilio:
    def __init__(self, account_sid: str, auth_token: str) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.requests: list[Recorded] = []
        self.unauthorized = 0
        self._accepted: Counter[str] = Counter()  # per recipient, for cheap polling
        self._global: deque[Behaviour] = deque()
        self._per_to: dict[str, deque[Behaviour]] = defaultdict(deque)
        self._cond = threading.Condition()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------------

    def start(self) -> FakeTwilio:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                fake._handle(self)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeTwilio:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._server is not None, "start() first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # -- scripting and inspection --------------------------------------------

    def script(self, *behaviours: Behaviour, to: str | None = None) -> None:
        with self._cond:
            (self._per_to[to] if to else self._global).extend(behaviours)

    def clear_script(self) -> None:
        with self._cond:
            self._global.clear()
            self._per_to.clear()

    def reset(self) -> None:
        with self._cond:
            self.requests.clear()
            self._accepted.clear()
            self._global.clear()
            self._per_to.clear()

    def sent(self, to: str | None = None) -> list[Recorded]:
        """Accepted sends, in the order they were accepted."""
        with self._cond:
            return [r for r in self.requests if r.accepted and (to is None or r.to == to)]

    def count(self, to: str) -> int:
        """Accepted sends to `to` so far (no copy: cheap enough to poll)."""
        return self._accepted[to]

    def bodies(self, to: str | None = None) -> list[str]:
        return [r.body for r in self.sent(to)]

    def attempts(self, to: str | None = None) -> list[Recorded]:
        with self._cond:
            return [r for r in self.requests if to is None or r.to == to]

    def wait_for(self, predicate: Callable[[FakeTwilio], bool], timeout: float = 30.0) -> bool:
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate(self):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
        return True

    # -- the API ---------------------------------------------------------------

    def _next(self, to: str) -> Behaviour:
        with self._cond:
            if self._per_to.get(to):
                return self._per_to[to].popleft()
            if self._global:
                return self._global.popleft()
        return Reply(201)

    def _authorized(self, header: str) -> bool:
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            user, _, password = base64.b64decode(value).decode().partition(":")
        except ValueError:
            return False
        return user == self.account_sid and password == self.auth_token

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in parse_qs(h.rfile.read(length).decode()).items()}
        expected = f"/2010-04-01/Accounts/{self.account_sid}/Messages.json"
        if h.path != expected:
            return self._json(h, 404, {"code": 20404, "message": "Not found", "status": 404})
        if not self._authorized(h.headers.get("Authorization", "")):
            with self._cond:
                self.unauthorized += 1
            return self._json(h, 401, {"code": 20003, "message": "Authenticate", "status": 401})
        to = form.get("To", "")
        behaviour = self._next(to)
        if isinstance(behaviour, Slow):
            time.sleep(behaviour.seconds)
        status = behaviour.status
        sid = "SM" + uuid.uuid4().hex if 200 <= status < 300 else None
        record = Recorded(
            to=to,
            body=form.get("Body", ""),
            from_=form.get("From"),
            messaging_service_sid=form.get("MessagingServiceSid"),
            status_callback=form.get("StatusCallback"),
            status_code=status,
            sid=sid,
        )
        if sid:
            payload = {
                "sid": sid,
                "account_sid": self.account_sid,
                "to": to,
                "from": form.get("From"),
                "messaging_service_sid": form.get("MessagingServiceSid"),
                "body": record.body,
                "status": "queued" if not record.messaging_service_sid else "accepted",
                "direction": "outbound-api",
                "num_segments": "1",
                "uri": f"{expected[:-5]}/{sid}.json",
            }
        else:
            code, message = ERRORS.get(status, (status * 100, "Error"))
            if isinstance(behaviour, Reply) and behaviour.code:
                code = behaviour.code
            payload = {"code": code, "message": message, "status": status}
        # Recorded before answering: once the client has its answer, the record is there.
        with self._cond:
            self.requests.append(record)
            if record.accepted:
                self._accepted[to] += 1
            self._cond.notify_all()
        self._json(h, status, payload)

    @staticmethod
    def _json(h: BaseHTTPRequestHandler, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        try:
            h.send_response(status)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(data)))
            h.end_headers()
            h.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): the message still "went out"
