"""Action server CPU per turn: written intakes replayed through our actions, in process.

Why: the action server re-reads the conversation on every call, so its cost grows
with the conversation's length (issue 17). This measures that cost alone, without
a Rasa server, a model or the network, so a change to actions/ can be compared
before and after by running this script at two commits.

What it does: a small stand-in for the Rasa server's form loop (rasa/core/actions/
forms.py: action_extract_slots fills the open question with the text, the form sends
`validate_intake_form` a tracker with that candidate, then `action_ask_<next>`)
builds the JSON body Rasa would send for every action call and hands it to
rasa_sdk's ActionExecutor, as `python -m bot.action_server` does. Each call's CPU
(time.process_time, all threads: the answer log's writes run in a worker thread)
is charged to its action and its visitor turn. The wire column is decoding the
request body and encoding the response (json), which the action server also pays.

Answers are written to SQLite in a temporary directory. Visitors' replies are
looked up by the question asked, so a visitor answers what is asked whatever the
order; INTAKE_TODAY is pinned so relative dates read the same on any day.
A digest of every response is printed: equal digests at two commits mean the
actions said and set the same things.

With --http the real action server (`python -m bot.action_server`) is started for
each visitor, serves the other visitors first, and is called over HTTP; its own
process's CPU is measured: Sanic and the JSON of each request (Rasa 3.6 sends the
whole domain with each) included.

Run:  .venv/bin/python bench/action_server.py [--repeat 5] [--profile out.prof]
      .venv/bin/python bench/action_server.py --http --repeat 3
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import functools
import hashlib
import json
import os
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python bench/action_server.py` from anywhere
    sys.path.insert(0, str(ROOT))

_TMP = Path(tempfile.mkdtemp(prefix="bench-actions-"))
os.environ.update(
    {
        "APP_ENV": "test",
        "DATABASE_URL": f"sqlite:///{_TMP / 'intake.db'}",
        "TRACKER_DATABASE_URL": f"sqlite:///{_TMP / 'tracker.db'}",
        "RASA_TELEMETRY_ENABLED": "false",
        "REDIS_URL": "",
        "INTAKE_TODAY": "2026-12-03",
    }
)
if not os.environ.get("DATA_ENCRYPTION_KEYS"):
    from cryptography.fernet import Fernet

    os.environ["DATA_ENCRYPTION_KEYS"] = Fernet.generate_key().decode()
for _name in ("BLIND_INDEX_KEY", "WEBCHAT_SECRET", "LEAD_API_TOKEN"):
    os.environ.setdefault(_name, secrets.token_urlsafe(16))

import bot.warning_filters  # noqa: E402, F401 - quiets pinned libraries' deprecations

# Digressions the form's from_text mappings leave alone (config/domain/intake.yml).
DIGRESSIONS = {
    "ask_cost": "utter_cost",
    "ask_confidential": "utter_confidential",
    "ask_deadline": "utter_deadline_general",
}
INTENTS = (
    "inform", "describe_incident", "affirm", "deny", "dont_know", "correct", "greet",
    "ask_cost", "ask_deadline", "chitchat",
)  # fmt: skip


@dataclass
class Visitor:
    """One written intake: an opening message, then replies by the question asked.

    `replies[question]` is used in order (a first try the form refuses, then a
    usable one); `asides` are digressions said instead of an answer at those turns.
    """

    name: str
    opening: str
    opening_intent: str
    replies: dict[str, list[str]]
    asides: dict[int, tuple[str, str]] = field(default_factory=dict)


VISITORS = [
    Visitor(
        name="daughter, story first",
        opening=(
            "My father had a knee replacement at Riverside General in Columbus, Ohio on "
            "August 14 2025 and they left a sponge inside him. He needed a second surgery "
            "and still has an infection."
        ),
        opening_intent="describe_incident",
        replies={
            "patient_is_self": ["no, it's my dad"],
            "patient_relationship": ["he's my father"],
            "patient_died": ["no, he is alive"],
            "discovery_date": ["we found out in October 2025"],
            "provider_government": ["no it's a private hospital"],
            "patient_age": ["71"],
            "has_lawyer": ["no"],
            "contact_consent": ["yes, Dana Whitfield, 614 555 0142"],
            "contact": ["614 555 0142"],
            "full_name": ["Dana Whitfield"],
            "summary_confirmed": ["yes that's right"],
        },
    ),
    Visitor(
        name="patient, step by step",
        opening="hi",
        opening_intent="greet",
        replies={
            "incident_description": [
                "I went to urgent care with chest pain and they sent me home saying it was "
                "heartburn, the next day I had a heart attack"
            ],
            "patient_is_self": ["hmm", "it happened to me"],
            "patient_died": ["no"],
            "provider": ["the urgent care", "QuickCare Urgent Care on Main Street"],
            "injury": ["permanent heart damage, I can't work anymore"],
            "case_kind": ["they missed the diagnosis"],
            "incident_date": ["sometime", "last spring, around April"],
            "incident_state": ["over there", "Texas"],
            "discovery_date": ["the day after"],
            "provider_government": ["not sure"],
            "patient_age": ["fifty something", "54"],
            "has_lawyer": ["nope"],
            "contact_consent": ["sure"],
            "contact": ["my number", "512 555 0199"],
            "full_name": ["Marcus Ellery"],
            "summary_confirmed": ["no", "the date was May not April", "yes"],
        },
        asides={
            5: ("ask_cost", "how much does this cost me?"),
            11: ("ask_confidential", "is this private?"),
        },
    ),
    Visitor(
        name="husband, a hard time answering",
        opening="hello",
        opening_intent="greet",
        replies={
            "incident_description": [
                "my wife",
                "My wife Carla gave birth at St. Luke's last year, the doctor waited too "
                "long to do a c-section and our son was born with brain damage. Carla "
                "also lost a lot of blood.",
            ],
            "patient_is_self": ["what?", "no", "not me"],
            "patient_relationship": ["family", "she's my wife"],
            "patient_died": ["um", "no she survived"],
            "provider": ["the doctor", "Dr. Alana Price at St. Luke's"],
            "injury": ["bad", "she needed transfusions and a hysterectomy"],
            "case_kind": ["I don't know", "the delivery went wrong"],
            "incident_date": ["a while back", "hmm", "June 2 2025"],
            "incident_state": ["here", "Boise"],
            "discovery_date": ["right away"],
            "provider_government": ["no idea", "I don't think so"],
            "patient_age": ["young", "she is 33"],
            "has_lawyer": ["not yet"],
            "contact_consent": ["ok", "yes"],
            "contact": ["call me", "208 555 0117"],
            "full_name": ["Rafael Ortiz"],
            "summary_confirmed": ["hmm", "wait", "yes correct"],
        },
        asides={
            4: ("ask_deadline", "is there a deadline to sue?"),
            9: ("ask_cost", "do I pay anything?"),
            15: ("ask_confidential", "will anyone else see this?"),
            21: ("ask_cost", "what are your fees"),
        },
    ),
    Visitor(
        name="sister, long and winding",
        opening="hey there",
        opening_intent="greet",
        replies={
            "incident_description": [
                "it's about my brother",
                "my brother Theo went in for a routine colonoscopy at a clinic in Portland and "
                "they perforated his bowel, nobody noticed for two days and he got sepsis",
            ],
            "patient_is_self": ["why do you need that?", "no, my brother"],
            "patient_relationship": ["he's my brother"],
            "patient_died": ["no", "he's alive but very sick"],
            "provider": [
                "why do you need to know that?",
                "the clinic",
                "Northgate Digestive Clinic",
            ],
            "injury": ["he is sick", "sepsis and a colostomy bag now"],
            "case_kind": ["a botched procedure"],
            "incident_date": ["not sure", "the beginning of this year", "January 9 2026"],
            "incident_state": ["Portland", "Oregon"],
            "discovery_date": ["two days after"],
            "provider_government": ["maybe", "no it's private"],
            "patient_age": ["he's old", "he is 62"],
            "has_lawyer": ["we talked to one", "no we don't have one"],
            "contact_consent": ["depends", "yes you can call me"],
            "contact": ["at home", "503 555 0163"],
            "full_name": ["why", "Noor Haddad"],
            "summary_confirmed": ["the state is wrong", "it was Washington not Oregon", "yes"],
        },
        asides={
            3: ("ask_cost", "do you charge for this?"),
            8: ("ask_deadline", "how long do we have to file?"),
            14: ("ask_confidential", "is what I tell you confidential?"),
            19: ("ask_cost", "what if we lose, do we owe money?"),
            24: ("ask_deadline", "are we too late?"),
        },
    ),
]


class Conversation:
    """The tracker the Rasa server keeps, as rasa_sdk event dicts, and the calls it makes."""

    def __init__(self, sender: str, domain: dict[str, Any]) -> None:
        self.sender = sender
        self.domain = domain
        self.events: list[dict[str, Any]] = []
        self.slots: dict[str, Any] = {
            name: slot.get("initial_value") for name, slot in domain["slots"].items()
        }
        self.active_loop: dict[str, Any] = {}
        self.latest_message: dict[str, Any] = {}
        self.clock = 1_764_750_000.0

    def stamp(self) -> float:
        self.clock += 1.5
        return self.clock

    def add(self, events: list[dict[str, Any]]) -> None:
        for event in events:
            event = {**event, "timestamp": event.get("timestamp") or self.stamp()}
            self.events.append(event)
            kind = event.get("event")
            if kind == "slot":
                self.slots[event["name"]] = event.get("value")
            elif kind == "active_loop":
                self.active_loop = {"name": event["name"]} if event.get("name") else {}
            elif kind == "session_started":
                pass

    def action(self, name: str) -> None:
        self.add([{"event": "action", "name": name, "policy": "RulePolicy", "confidence": 1.0}])

    def user(self, text: str, intent: str) -> None:
        ranking = [{"name": intent, "confidence": 0.91}] + [
            {"name": other, "confidence": 0.01} for other in INTENTS if other != intent
        ]
        parse = {
            "intent": {"name": intent, "confidence": 0.91},
            "entities": [],
            "text": text,
            "message_id": hashlib.md5(f"{self.sender}{len(self.events)}".encode()).hexdigest(),  # noqa: S324
            "metadata": {},
            "intent_ranking": ranking,
            "response_selector": {"all_retrieval_intents": [], "default": {}},
        }
        self.latest_message = parse
        self.add(
            [
                {
                    "event": "user",
                    "text": text,
                    "parse_data": parse,
                    "input_channel": "web",
                    "message_id": parse["message_id"],
                    "metadata": {},
                }
            ]
        )

    def body(self, action: str, extra: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """The request the Rasa server sends for `action` (events after the last restart,
        plus the form's temporary events)."""
        events = [*self.events, *(extra or [])]
        slots = dict(self.slots)
        loop = dict(self.active_loop)
        for event in extra or []:
            if event.get("event") == "slot":
                slots[event["name"]] = event.get("value")
        latest_action = next(
            (e["name"] for e in reversed(events) if e.get("event") == "action"), None
        )
        return {
            "next_action": action,
            "sender_id": self.sender,
            "version": "3.6.21",
            "domain": self.domain,
            "tracker": {
                "sender_id": self.sender,
                "slots": slots,
                "latest_message": self.latest_message,
                "latest_event_time": events[-1]["timestamp"] if events else None,
                "followup_action": None,
                "paused": False,
                "events": events,
                "latest_input_channel": "web",
                "active_loop": loop,
                "latest_action": {"action_name": latest_action},
                "latest_action_name": latest_action,
            },
        }


@dataclass
class Meter:
    """CPU ms by action and by (conversation, turn)."""

    by_action: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    # Keyed by str((["<round>", "<visitor>"], turn)): senders differ run to run.
    by_turn: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    wire_by_turn: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    digest: Any = field(default_factory=hashlib.sha256)


class Replayer:
    def __init__(
        self, executor: Any, domain: dict[str, Any], meter: Meter, show: bool = False
    ) -> None:
        self.show = show
        self.executor = executor
        self.domain = domain
        self.meter = meter
        self.form_slots = domain["forms"]["intake_form"]["required_slots"]

    async def call(
        self, convo: Conversation, turn: int, action: str, extra: list[dict[str, Any]] | None = None
    ) -> dict[str, Any]:
        body = convo.body(action, extra)
        raw = json.dumps(body)
        start = time.process_time()
        call = json.loads(raw)
        wire = time.process_time()
        response = await self.executor.run(call) or {"events": [], "responses": []}
        done = time.process_time()
        json.dumps(response)
        end = time.process_time()
        self.meter.by_action[action].append((done - wire) * 1000)
        key = (convo.sender.rsplit("-", 2)[-2:], turn)
        self.meter.by_turn[str(key)] += (done - wire) * 1000
        self.meter.wire_by_turn[str(key)] += ((wire - start) + (end - done)) * 1000
        if self.show:
            said = [r.get("response") or (r.get("text") or "")[:40] for r in response["responses"]]
            slots = {
                e["name"]: e.get("value") for e in response["events"] if e.get("event") == "slot"
            }
            print(f"  [{turn}] {action}: {said} {json.dumps(slots, default=str)[:300]}")
        self.meter.digest.update(
            json.dumps([action, _stable(response)], sort_keys=True, default=str).encode()
        )
        return response

    def bot(self, convo: Conversation, response: dict[str, Any]) -> None:
        convo.add(
            [
                {
                    "event": "bot",
                    "text": r.get("text"),
                    "data": {},
                    "metadata": {"utter_action": r.get("response")},
                }
                for r in response.get("responses", [])
            ]
        )

    def extracts(self, slot: str, intent: str) -> bool:
        for mapping in self.domain["slots"].get(slot, {}).get("mappings", []):
            if mapping.get("type") == "from_text" and intent not in mapping.get("not_intent", []):
                return True
        return False

    async def form(self, convo: Conversation, turn: int, candidates: dict[str, Any]) -> bool:
        """One run of intake_form (rasa/core/actions/forms.py); False once it is done."""
        prefix = [
            {"event": "slot", "name": "requested_slot", "value": convo.slots.get("requested_slot")},
            {"event": "action", "name": "intake_form"},
        ]
        extra = prefix + [{"event": "slot", "name": k, "value": v} for k, v in candidates.items()]
        for event in extra:
            event["timestamp"] = convo.stamp()
        validated = await self.call(convo, turn, "validate_intake_form", extra)
        convo.action("intake_form")
        if not convo.active_loop:
            convo.add([{"event": "active_loop", "name": "intake_form"}])
        convo.add(validated.get("events", []))
        self.bot(convo, validated)
        asked = convo.slots.get("requested_slot")
        if not asked:
            convo.add([{"event": "active_loop", "name": None}])
            response = await self.call(convo, turn, "action_submit_lead")
            convo.action("action_submit_lead")
            convo.add(response.get("events", []))
            self.bot(convo, response)
            return False
        response = await self.call(convo, turn, f"action_ask_{asked}")
        convo.add(response.get("events", []))
        self.bot(convo, response)
        return True

    async def replay(self, visitor: Visitor, sender: str, max_turns: int = 40) -> int:
        convo = Conversation(sender, self.domain)
        replies = {k: list(v) for k, v in visitor.replies.items()}
        convo.action("action_session_start")
        started = await self.call(convo, 0, "action_session_start")
        convo.add([{"event": "session_started"}, *started.get("events", [])])
        convo.user(visitor.opening, visitor.opening_intent)
        convo.action("action_extract_slots")
        convo.action("utter_greet_disclaimer")
        convo.add([{"event": "bot", "text": "Hello", "metadata": {}}])
        if visitor.opening_intent == "describe_incident":
            opened = await self.call(convo, 1, "action_capture_opening_story")
            convo.action("action_capture_opening_story")
            convo.add(opened.get("events", []))
        prefilled = {s: convo.slots[s] for s in self.form_slots if convo.slots.get(s) is not None}
        going = await self.form(convo, 1, prefilled)
        turn = 1
        while going and turn < max_turns:
            turn += 1
            convo.action("action_listen")
            asked = convo.slots.get("requested_slot")
            if turn in visitor.asides:
                intent, text = visitor.asides[turn]
            else:
                said = replies.get(asked) or []
                text = said.pop(0) if len(said) > 1 else (said[0] if said else "I don't know")
                intent = "affirm" if asked == "summary_confirmed" and "yes" in text else "inform"
            convo.user(text, intent)
            if self.show:
                print(f"[{turn}] visitor ({intent}) at {asked}: {text}")
            convo.action("action_extract_slots")
            candidates: dict[str, Any] = {}
            if asked and self.extracts(asked, intent):
                convo.add([{"event": "slot", "name": asked, "value": text}])
                candidates[asked] = text
            if intent in DIGRESSIONS:
                convo.action(DIGRESSIONS[intent])
                convo.add([{"event": "bot", "text": intent, "metadata": {}}])
            going = await self.form(convo, turn, candidates)
        convo.action("action_listen")
        return turn


def _stable(response: dict[str, Any]) -> dict[str, Any]:
    """A response without timestamps and lead ids (new uuids each run)."""
    events = [
        {k: v for k, v in e.items() if k != "timestamp"}
        for e in response.get("events", [])
        if not (e.get("event") == "slot" and e.get("name") in ("lead_id", "incomplete_lead_id"))
    ]
    return {"events": events, "responses": response.get("responses", [])}


def setup() -> tuple[Any, dict[str, Any]]:
    from rasa.shared.core.domain import Domain
    from rasa_sdk.executor import ActionExecutor

    from bot.config import CONFIG_DIR
    from bot.intake import places
    from bot.store import migrate

    migrate.upgrade(os.environ["DATABASE_URL"])
    places.warm()
    executor = ActionExecutor()
    executor.register_package("actions")
    return executor, Domain.load(str(CONFIG_DIR / "domain")).as_dict()


RUNS = iter(range(1_000_000))
# Caches keyed by the firm's own lists, not by what visitors say: kept warm, as in a
# server that has run for a while.
CONSTANT_DATA_CACHES = {"_entry_core", "_person_parts", "holiday_date"}


def forget_words() -> None:
    """Empty the caches keyed by visitors' words (lru_cache with room for many entries),
    so each replay is a new visitor whose words no cache has seen: replaying the same
    texts again would otherwise measure cache hits a real server never gets."""
    for name, module in list(sys.modules.items()):
        if not name.startswith(("bot.", "actions.")):
            continue
        for attr, value in list(vars(module).items()):
            params = getattr(value, "cache_parameters", None)
            if not isinstance(value, functools._lru_cache_wrapper) or attr in CONSTANT_DATA_CACHES:
                continue
            maxsize = params()["maxsize"]
            if maxsize is None or maxsize >= 128:
                value.cache_clear()


def run_all(
    executor: Any, domain: dict[str, Any], rounds: int, show: bool = False
) -> tuple[Meter, dict[str, int]]:
    """Every visitor `rounds` times, each a new conversation (a new lead at the end)."""
    meter = Meter()
    run = next(RUNS)
    turns: dict[str, int] = {}
    replayer = Replayer(executor, domain, meter, show)

    async def go() -> None:
        for r in range(rounds):
            for i, visitor in enumerate(VISITORS):
                forget_words()
                turns[visitor.name] = await replayer.replay(visitor, f"web-bench{run}-{r}-{i}")

    asyncio.run(go())
    return meter, turns


def _ms(values: list[float]) -> str:
    return f"{statistics.mean(values):7.2f}" if values else "      -"


class HttpActions:
    """`python -m bot.action_server` in its own process, called over HTTP as Rasa calls it:
    its CPU then includes Sanic and the JSON of each request (the domain comes with each)."""

    def __init__(self) -> None:
        import httpx

        from bot.devtools.stack import free_port

        self.port = free_port()
        self.log = open(_TMP / f"actions-{self.port}.log", "w")  # noqa: SIM115
        self.proc = subprocess.Popen(  # noqa: S603 - our own module
            [sys.executable, "-m", "bot.action_server"],
            cwd=ROOT,
            env={**os.environ, "ACTION_PORT": str(self.port)},
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.client = httpx.Client(timeout=60)
        deadline = time.monotonic() + 120
        while True:
            try:
                if self.client.get(f"http://127.0.0.1:{self.port}/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError(f"action server did not start; see {self.log.name}")
            time.sleep(0.2)

    async def run(self, call: dict[str, Any]) -> dict[str, Any]:
        response = self.client.post(f"http://127.0.0.1:{self.port}/webhook", json=call)
        response.raise_for_status()
        return response.json()

    def cpu_ms(self) -> float:
        """The server's CPU so far (user + system, its threads; children too)."""
        import psutil

        proc = psutil.Process(self.proc.pid)
        times = [proc.cpu_times(), *(c.cpu_times() for c in proc.children(recursive=True))]
        return sum(t.user + t.system for t in times) * 1000

    def stop(self) -> None:
        self.client.close()
        os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait(timeout=30)
        self.log.close()


async def _http_visitor(
    server: HttpActions, replayer: Replayer, measured: int, r: int
) -> tuple[int, float]:
    """Warm a fresh server with the other visitors (their words, not this one's), then
    replay visitor `measured`: its turns and the server's CPU ms for them."""
    for j, other in enumerate(VISITORS):
        if j != measured:
            await replayer.replay(other, f"web-warm-{r}-{measured}-{j}")
    replayer.meter.digest = hashlib.sha256()
    before = server.cpu_ms()
    n = await replayer.replay(VISITORS[measured], f"web-http-{r}-{measured}")
    return n, server.cpu_ms() - before


def run_http(domain: dict[str, Any], repeat: int) -> None:
    """Each visitor on a freshly started server that has served the other visitors first
    (imports, lazily loaded data and the database warm; no cache has seen this visitor's
    words); the server's own CPU per visitor turn. Process counters tick at 10 ms, so
    whole conversations are timed, not calls."""
    per_turn: dict[str, list[float]] = defaultdict(list)
    turns: dict[str, int] = {}
    digests = set()
    for r in range(repeat):
        for i, visitor in enumerate(VISITORS):
            server = HttpActions()
            try:
                replayer = Replayer(server, domain, Meter())
                n, cpu = asyncio.run(_http_visitor(server, replayer, i, r))
                turns[visitor.name] = n
                per_turn[visitor.name].append(cpu / n)
                digests.add((i, replayer.meter.digest.hexdigest()))
            finally:
                server.stop()
    print(f"action server over HTTP, its own process CPU, {repeat} repeats, a fresh server each")
    print(f"{'conversation':34} {'turns':>5} {'ms/turn median':>15} {'min':>7} {'max':>7}")
    for visitor in VISITORS:
        got = per_turn[visitor.name]
        print(
            f"{visitor.name:34} {turns[visitor.name]:5d} {statistics.median(got):15.2f} "
            f"{min(got):7.2f} {max(got):7.2f}"
        )
    # Every visitor's turns pooled (CPU over turns, each repeat), median of the repeats.
    total_turns = sum(turns.values())
    pooled = sorted(
        sum(per_turn[v.name][r] * turns[v.name] for v in VISITORS) / total_turns
        for r in range(repeat)
    )
    print(
        f"{'all turns':34} {total_turns:5d} {statistics.median(pooled):15.2f} "
        f"{pooled[0]:7.2f} {pooled[-1]:7.2f}"
    )
    load = " ".join(f"{v:.2f}" for v in os.getloadavg())
    print(f"load average (1, 5, 15 min) at the end: {load} on {os.cpu_count()} CPUs")
    if len(digests) != len(VISITORS):
        print("warning: responses differed between repeats")


def report(meters: list[Meter], turns: dict[str, int], rounds: int) -> None:
    print("\nCPU ms per action call (mean over calls; median of repeats)")
    print(f"{'action':38} {'calls':>6} {'mean':>8} {'max':>8} {'total':>9}")
    names = sorted(meters[0].by_action, key=lambda a: -sum(meters[0].by_action[a]))
    for name in names:
        means = [statistics.mean(m.by_action[name]) for m in meters]
        maxes = [max(m.by_action[name]) for m in meters]
        totals = [sum(m.by_action[name]) for m in meters]
        calls = len(meters[0].by_action[name])
        print(
            f"{name:38} {calls:6d} {statistics.median(means):8.2f} "
            f"{statistics.median(maxes):8.2f} {statistics.median(totals):9.1f}"
        )
    print("\nCPU ms per visitor turn, actions (wire = JSON in and out), median of repeats")
    print(f"{'conversation':34} {'turns':>5} {'per turn':>9} {'wire':>6} "
          f"{'t1-10':>7} {'t11-20':>7} {'t21-30':>7} {'last':>7}")  # fmt: skip
    for i, visitor in enumerate(VISITORS):
        n = turns[visitor.name]

        def per(m: Meter, lo: int, hi: int, wire: bool = False, i: int = i) -> float | None:
            source = m.wire_by_turn if wire else m.by_turn
            keys = [str(([str(r), str(i)], t)) for r in range(rounds) for t in range(lo, hi + 1)]
            values = [source[k] for k in keys if k in source]
            return statistics.mean(values) if values else None

        def med(lo: int, hi: int, wire: bool = False) -> str:
            got = [v for m in meters if (v := per(m, lo, hi, wire)) is not None]
            return f"{statistics.median(got):7.2f}" if got else "      -"

        print(
            f"{visitor.name:34} {n:5d} {med(0, n):>9} {med(0, n, True):>6} "
            f"{med(1, 10)} {med(11, 20)} {med(21, 30)} {med(n, n)}"
        )
    # One figure to compare commits by: every visitor turn of a repeat pooled (each turn
    # weighs the same, so long conversations count for more), median of the repeats.
    pooled = sorted(statistics.mean(m.by_turn.values()) for m in meters)
    print(
        f"{'all turns':34} {sum(turns.values()):5d} {statistics.median(pooled):9.2f} "
        f"(repeats {pooled[0]:.2f} to {pooled[-1]:.2f})"
    )
    load = " ".join(f"{v:.2f}" for v in os.getloadavg())
    print(f"load average (1, 5, 15 min) at the end: {load} on {os.cpu_count()} CPUs")
    print(f"\nresponse digest: {meters[0].digest.hexdigest()[:16]}")
    if len({m.digest.hexdigest() for m in meters}) != 1:
        print("warning: responses differed between repeats")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="measured repeats (median shown)")
    parser.add_argument("--rounds", type=int, default=2, help="conversations per visitor a repeat")
    parser.add_argument("--profile", help="write a cProfile of one more repeat here")
    parser.add_argument("--show", action="store_true", help="print one replay's dialogue, exit")
    parser.add_argument(
        "--http", action="store_true", help="run the real action server and measure its process"
    )
    args = parser.parse_args()
    executor, domain = setup()
    if args.http:
        run_http(domain, args.repeat)
        return 0
    if args.show:
        run_all(executor, domain, 1, show=True)
        return 0
    run_all(executor, domain, 1)  # warm: imports, caches of constant data, the database
    meters: list[Meter] = []
    turns: dict[str, int] = {}
    for _ in range(args.repeat):
        meter, turns = run_all(executor, domain, args.rounds)
        meters.append(meter)
    print(f"action server CPU, {args.repeat} repeats x {args.rounds} rounds, "
          f"INTAKE_TODAY={os.environ['INTAKE_TODAY']}")  # fmt: skip
    report(meters, turns, args.rounds)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        run_all(executor, domain, args.rounds)
        profiler.disable()
        profiler.dump_stats(args.profile)
        print(f"profile: {args.profile}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
