"""What the turn that stores a lead costs the action server (issue 17): the visitor's
"yes" to the read-back runs `action_submit_lead` (bot/services/intake.submit_lead: the
lead, its transcript, routing, the conflict check, the attorney's notification; then
bot/services/next_steps: the records authorization and the booking offer).

The real action runs in this process on real Trackers, against a throwaway schema of the
machine's PostgreSQL (as the capacity stack uses), for N fresh leads, each with its
answers recorded beforehand as the form does (not timed); every other lead is a child's
(urgent: its attorney's e-mail is queued). The firm has a conflict list
(`--conflicts` entries, none matching the lead's provider), consultation hours and an
SMTP channel, so every part of the turn runs. There is no stock side: stock Rasa stores
no lead.

CPU is this process's (time.process_time), wall includes the database round trips.
Each part's figure excludes the parts nested in it, so the parts add up to the whole;
"statements" counts the SQL statements sent (each a round trip) and commits.

Run:  .venv/bin/python bench/submit_turn.py [--leads 60] [--conflicts 300] [--cprofile 25]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import functools
import os
import pstats
import random
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # `python bench/submit_turn.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.store_schema import bench_environment, throwaway_schema  # noqa: E402
from tests.support.strong_lead import strong_lead_answers  # noqa: E402

# An SMTP channel, so an urgent lead queues its attorney's e-mail (nothing is sent).
bench_environment(SMTP_HOST="127.0.0.1", SMTP_FROM="intake@example.test")

WARMUP = 3


class Parts:
    """Self time per part (a part's time excludes the parts nested in it)."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = defaultdict(float)
        self.wall: dict[str, float] = defaultdict(float)
        self._stack: list[list[float]] = []  # [cpu0, wall0, nested cpu, nested wall]

    @contextlib.contextmanager
    def part(self, name: str) -> Iterator[None]:
        frame = [time.process_time(), time.perf_counter(), 0.0, 0.0]
        self._stack.append(frame)
        try:
            yield
        finally:
            self._stack.pop()
            cpu = time.process_time() - frame[0]
            wall = time.perf_counter() - frame[1]
            self.cpu[name] += cpu - frame[2]
            self.wall[name] += wall - frame[3]
            if self._stack:
                self._stack[-1][2] += cpu
                self._stack[-1][3] += wall

    def reset(self) -> tuple[dict[str, float], dict[str, float]]:
        done = (dict(self.cpu), dict(self.wall))
        self.cpu.clear()
        self.wall.clear()
        return done


PARTS = Parts()


def _timed(module: Any, attribute: str, name: str) -> None:
    """Replace module.attribute with a wrapper that times it as part `name`."""
    original = getattr(module, attribute, None)
    if original is None:  # not in this version of the code
        return

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with PARTS.part(name):
            return original(*args, **kwargs)

    setattr(module, attribute, wrapper)


def _instrument() -> None:
    """The main parts of the turn, each timed where the turn calls it (names that are
    not in the code measured are skipped, so the script times older code too)."""
    from actions import submit as action
    from bot.services import conflicts, intake, next_steps
    from bot.store import repositories, unit_of_work

    _timed(intake, "submit_lead", "store the lead: other (reads, lead, SQL)")
    _timed(intake, "current_profile", "store the lead: firm profile")
    _timed(intake, "assess", "store the lead: assessment (qualify, route)")
    _timed(intake, "_link_repeat", "store the lead: repeat-contact lookup")
    for name in ("check_and_record", "check_conflict", "record_check"):
        _timed(intake, name, "store the lead: conflict check")
    _timed(conflicts, "check_conflict", "store the lead: conflict check")
    _timed(conflicts, "record_check", "store the lead: conflict check")
    _timed(intake, "enqueue_for_lead", "store the lead: notification")
    _timed(action, "from_events", "transcript from events")
    _timed(action, "next_steps", "next steps: other (lead read, offered?)")
    for name in ("create_authorization", "create_for"):
        _timed(next_steps, name, "next steps: authorization")
    for name in ("chat_offer", "chat_offer_in"):
        _timed(next_steps, name, "next steps: booking offer")
    _timed(repositories.AnswerRepository, "latest", "next steps: answers read back")
    _timed(unit_of_work.UnitOfWork, "commit", "commits (flush + COMMIT)")


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_GIVEN = _names("Alan Beth Carla Dmitri Elena Farid Grace Hiro Ines Jonas Keiko Liam Mira Nadia")
_SURNAMES = _names(
    "Abernathy Bellweather Castellano Dunmore Eckhart Fairbanks Galloway Hargrove Ivanova "
    "Jankowski Kowalczyk Lindgren Marchetti Nakamura Oyelaran Pemberton Quintero Rasmussen "
    "Szczepanski Thorvaldsen Underhill Vasquez Whitcombe Yamamoto Zielinski"
)
_PLACES = _names(
    "Ashford Bramble Cedarcrest Dunwich Elmstead Foxhollow Glenmoor Harrowgate Ivybridge "
    "Juniper Kingsmere Larchmont Millbrook Northcote Oakhaven Pinecliff Queensbury Ravenwood"
)
_FACILITY_KINDS = ("Hospital", "Medical Center", "General Hospital", "Surgical Clinic")


def conflict_csv(count: int, seed: int = 17) -> str:
    """`count` people and facilities, a third with an alias; none is the bench's provider."""
    rng = random.Random(seed)
    rows = ["name,kind,role,aliases"]
    for i in range(count):
        role = "client" if i % 3 else "adverse_party"
        if i % 2:
            name = f"{rng.choice(_GIVEN)} {rng.choice(_SURNAMES)}{i}"
            alias = f"Dr. {name.split()[1]}" if i % 3 == 0 else ""
            rows.append(f"{name},person,{role},{alias}")
        else:
            place = f"{rng.choice(_PLACES)}{i}"
            name = f"Saint {place} {rng.choice(_FACILITY_KINDS)}"
            alias = f"St. {place}" if i % 3 == 0 else ""
            rows.append(f"{name},facility,{role},{alias}")
    return "\n".join(rows) + "\n"


# The answers of a strong lead (offered both next steps), as the form keeps them.
ANSWERS: dict[str, Any] = strong_lead_answers()
VISITOR = (
    "The surgeon took out my healthy kidney instead of the bad one",
    "Dr. Halvorsen at Brookmere General",
    "private hospital",
    "I lost a healthy kidney and now need dialysis",
    "about two and a half months ago",
    "Pennsylvania",
    "it was me, I'm 52",
    "no",
    "Irene Szabo, {phone}",
    "yes",
)


def _events() -> list[dict[str, Any]]:
    """A whole intake's user and bot events (what the transcript is built from)."""
    events: list[dict[str, Any]] = []
    now = time.time() - 600
    for n, said in enumerate(VISITOR):
        events.append({"event": "bot", "text": f"Question {n}: " + "x" * 120, "timestamp": now})
        events.append({"event": "user", "text": said, "timestamp": now + 20})
        now += 40
    return events


def _conversation(n: int) -> tuple[str, dict[str, Any], list[dict[str, Any]]]:
    phone = f"+1215555{n:04d}"
    # A story of its own (as every visitor's is), so no memo of an earlier lead's helps.
    story = f"{ANSWERS['incident_description']}, at my visit number {n}"
    slots = {
        **ANSWERS,
        "incident_description": story,
        "contact": phone,
        "phone": phone,
        "summary_confirmed": True,
    }
    if n % 2:  # every other lead is a child's: urgent, so its attorney is notified
        slots.update(patient_is_self=False, patient_age=9, patient_minor=True)
    events = _events()
    events[1]["text"] = story
    events = [
        {**e, "text": e["text"].format(phone=phone)} if e["event"] == "user" else e for e in events
    ]
    return f"web-{uuid.uuid4().hex}", slots, events


def _record_answers(sender: str, slots: dict[str, Any]) -> None:
    """What the form stored turn by turn before the read-back (not timed)."""
    from bot.services.intake import record_answer
    from bot.store.unit_of_work import UnitOfWork

    for name, value in slots.items():
        if name != "summary_confirmed":
            record_answer(UnitOfWork, sender, "web", {name: value}, f"typed: {value}")


async def _submit(sender: str, slots: dict[str, Any], events: list[dict[str, Any]]) -> list:
    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from actions.submit import ActionSubmitLead

    tracker = Tracker(
        sender_id=sender,
        slots=slots,
        latest_message={"text": "yes", "intent": {"name": "affirm"}},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="intake_form",
    )
    dispatcher = CollectingDispatcher()
    await ActionSubmitLead().run(dispatcher, tracker, {})
    return dispatcher.messages


def _seed(conflicts: int) -> None:
    from datetime import time as clock

    from bot.services import booking
    from bot.services.conflicts import import_csv
    from bot.services.intake import firm_profile
    from bot.store.unit_of_work import UnitOfWork

    with UnitOfWork() as uow:
        if conflicts:
            import_csv(uow, "bench", conflict_csv(conflicts))
    with UnitOfWork() as uow:
        for attorney in firm_profile().attorneys:
            for weekday in range(7):
                booking.add_window(
                    uow.speed, uow.audit, attorney.id, weekday, clock(9), clock(17), "UTC"
                )
        uow.commit()


def _counters() -> Callable[[], tuple[int, int]]:
    """SQL statements sent, and connections checked out (each checkout is a ping, a BEGIN
    and a COMMIT or ROLLBACK more: pool_pre_ping, psycopg2's implicit transactions)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.pool import Pool

    seen = [0, 0]

    def statement(*_: Any) -> None:
        seen[0] += 1

    def checkout(*_: Any) -> None:
        seen[1] += 1

    event.listen(Engine, "before_cursor_execute", statement)
    event.listen(Pool, "checkout", checkout)
    return lambda: (seen[0], seen[1])


def _inline_blocking() -> None:
    """Run the action's blocking calls in this thread instead of a worker thread."""
    from actions import submit as action

    async def inline(fn: Callable[..., Any], *args: Any) -> Any:
        return fn(*args)

    action.blocking = inline


def _pct(values: list[float], p: float) -> float:
    from bench.common import percentile

    return percentile(values, p)


def measure(leads: int, conflicts: int, profile_top: int) -> None:
    from bench.common import machine_line

    print(f"the lead's turn (action_submit_lead) in process: {machine_line()}")
    print(f"  PostgreSQL, {conflicts} conflict-list entries, {leads} leads (+{WARMUP} warm-up)")
    _seed(conflicts)
    _instrument()
    counters = _counters()
    loop = asyncio.new_event_loop()
    totals_cpu: list[float] = []
    totals_wall: list[float] = []
    per_part_cpu: dict[str, list[float]] = defaultdict(list)
    per_part_wall: dict[str, list[float]] = defaultdict(list)
    sent_statements: list[int] = []
    checkouts: list[int] = []
    offered = 0
    profiler = cProfile.Profile() if profile_top else None
    if profiler is not None:
        _inline_blocking()  # cProfile sees only the thread it was enabled in
    for n in range(leads + WARMUP):
        sender, slots, events = _conversation(n)
        _record_answers(sender, slots)
        PARTS.reset()
        before = counters()
        if profiler is not None and n >= WARMUP:
            profiler.enable()
        with PARTS.part("action: other"):
            messages = loop.run_until_complete(_submit(sender, slots, events))
        if profiler is not None:
            profiler.disable()
        after = counters()
        cpu, wall = PARTS.reset()
        if n < WARMUP:
            continue
        offered += any(str(m.get("response", "")).startswith("utter_next_steps") for m in messages)
        sent_statements.append(after[0] - before[0])
        checkouts.append(after[1] - before[1])
        totals_cpu.append(sum(cpu.values()) * 1000)
        totals_wall.append(sum(wall.values()) * 1000)
        for name in set(cpu) | set(per_part_cpu):
            per_part_cpu[name].append(cpu.get(name, 0.0) * 1000)
            per_part_wall[name].append(wall.get(name, 0.0) * 1000)
    loop.close()
    print(
        f"  whole turn: CPU p50 {_pct(totals_cpu, 50):6.1f} ms, p95 {_pct(totals_cpu, 95):6.1f} ms;"
        f" wall p50 {_pct(totals_wall, 50):6.1f} ms, p95 {_pct(totals_wall, 95):6.1f} ms;"
        f" SQL statements p50 {_pct(sent_statements, 50):.0f},"
        f" connection checkouts p50 {_pct(checkouts, 50):.0f}; next steps offered {offered}/{leads}"
    )
    mean_cpu = sum(totals_cpu) / len(totals_cpu)
    head = f"{'CPU p50':>8s} {'CPU mean':>9s} {'share':>6s} {'wall p50':>9s}"
    print(f"  {'part (self time)':48s} {head}")
    for name in sorted(per_part_cpu, key=lambda k: -sum(per_part_cpu[k])):
        values = per_part_cpu[name]
        share = sum(values) / len(values) / mean_cpu * 100
        print(
            f"  {name:48s} {_pct(values, 50):6.2f}ms {sum(values) / len(values):7.2f}ms "
            f"{share:5.1f}% {_pct(per_part_wall[name], 50):7.2f}ms"
        )
    if profiler is not None:
        print(f"\n  cProfile over the {leads} measured turns, top {profile_top} by own time:")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(profile_top)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--leads", type=int, default=60, help="measured leads (default 60)")
    ap.add_argument("--conflicts", type=int, default=300, help="conflict-list entries (300)")
    ap.add_argument("--cprofile", type=int, default=0, metavar="N", help="print cProfile's top N")
    args = ap.parse_args(argv)
    with throwaway_schema() as url:
        os.environ["DATABASE_URL"] = url
        from bot.config import get_settings
        from bot.store.db import engine_for

        get_settings.cache_clear()
        try:
            measure(args.leads, args.conflicts, args.cprofile)
        finally:
            engine_for(url).dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
