"""Run the visitors through the real stack and report, tuned and held-out apart.

The stack is the Procfile's (bot.devtools.stack.start_stack) with the SMS channel
on and a fake Twilio on loopback; throwaway databases and secrets. Conversations
run a few at a time (web and SMS together); each lead is read back from the
database after its conversation ends.

Figures are per split and per language: English as before, Spanish (issue 18) apart,
with the Spanish completion set beside the English one (target: within 5 points).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy.engine import Engine

from bench.common import ROOT, bench_model, machine_line, throwaway_secrets
from bench.conversation import visitors as visitors_mod
from bench.conversation.channels import SmsConfig, SmsConversation, WebConversation
from bench.conversation.driver import Result, converse, read_stored
from bench.conversation.score import ACCURACY_FIELDS, EXTRA_FIELDS, present, score
from bench.conversation.visitors import WRITTEN_ON, Visitor

OUT_DIR = ROOT / "var" / "conversation-benchmark"
TARGETS = {  # issue 13, for the held-out split
    "completion": 0.95, "state": 0.95, "case_type": 0.95, "incident_date": 0.95,
    "fp_rate": 0.01, "median_turns": 10,
}
SPANISH_COMPLETION_GAP = 0.05  # issue 18: Spanish completion within 5 points of English
LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}


@dataclass
class Bench:
    rasa_url: str
    db: Engine
    sms: SmsConfig
    fake: Any  # tests.support.fake_twilio.FakeTwilio


@contextlib.contextmanager
def running_stack(
    model: Path | None = None, keep_logs: Path | None = None, today: date = WRITTEN_ON
) -> Iterator[Bench]:
    """The whole stack with the SMS channel on, a fake Twilio, throwaway everything.

    Serves `model`, else BENCH_MODEL, else the fingerprinted model (trained if missing),
    and reads answers as of `today` (INTAKE_TODAY): the day the visitors were written.
    """
    from bot.devtools import stack as stack_mod
    from bot.store.db import make_engine
    from tests.support.fake_twilio import FakeTwilio

    sms = SmsConfig(
        account="AC" + secrets.token_hex(16),
        token=secrets.token_hex(16),
        our_number="+15550100000",
        public_url="https://sms.bench.test",
    )
    orig = stack_mod.ensure_model
    explicit = os.environ.get("BENCH_MODEL", "").strip()
    if model is None and explicit:
        model = Path(explicit).resolve()
    if model is not None:  # serve exactly this model: never train inside a benchmark
        stack_mod.ensure_model = lambda: model
    try:
        with FakeTwilio(sms.account, sms.token) as fake, tempfile.TemporaryDirectory(
            prefix="bench-conv-"
        ) as tmp:
            env = {
                "TWILIO_ACCOUNT_SID": sms.account,
                "TWILIO_AUTH_TOKEN": sms.token,
                "TWILIO_FROM_NUMBER": sms.our_number,
                "TWILIO_PUBLIC_URL": sms.public_url,
                "TWILIO_API_BASE_URL": fake.url,
                "SMS_RATE_LIMIT_BURST": "1000",  # the limiter is not what is measured
                "SMS_RATE_LIMIT_PER_MINUTE": "1000",
                # Every simulated visitor comes from 127.0.0.1: the per-address web limits
                # (bot/channels/web_limits.py) would refuse the 21st session an hour.
                "WEBCHAT_SESSIONS_PER_HOUR": "0",
                "WEBCHAT_MESSAGES_PER_MINUTE": "0",
                # Answers are read as of the day the visitors were written.
                "INTAKE_TODAY": today.isoformat(),
            }
            try:
                with stack_mod.start_stack(Path(tmp), extra_env=env) as s:
                    db = make_engine(s.database_url)
                    try:
                        yield Bench(s.rasa_url, db, sms, fake)
                    finally:
                        db.dispose()
            finally:
                if keep_logs is not None:  # the processes' logs, for debugging a tuned run
                    keep_logs.mkdir(parents=True, exist_ok=True)
                    for log in Path(tmp).glob("*.log"):
                        shutil.copy2(log, keep_logs / log.name)
    finally:
        stack_mod.ensure_model = orig


async def run_visitors(bench: Bench, visitors: list[Visitor], concurrency: int = 6) -> list[Result]:
    """Every visitor once, `concurrency` conversations at a time; results in input order."""
    gate = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency * 2 + 4)
    async with httpx.AsyncClient(timeout=120, limits=limits) as http:

        async def one(v: Visitor) -> Result:
            async with gate:
                conv = (
                    SmsConversation(
                        http, bench.rasa_url, bench.sms, bench.fake, bench.db, v.truth.phone
                    )
                    if v.channel == "sms"
                    else WebConversation(
                        http, bench.rasa_url, v.language if v.language_toggle else None
                    )
                )
                result = await converse(v, conv)
                if result.conversation_id:
                    result.stored = await asyncio.to_thread(
                        read_stored, bench.db, result.conversation_id, v.written_on
                    )
                return result

        return list(await asyncio.gather(*(one(v) for v in visitors)))


def run_everyone(
    visitors: list[Visitor],
    model: Path | None = None,
    concurrency: int = 6,
    keep_logs: Path | None = None,
) -> list[Result]:
    """Every visitor once, through a stack per day the visitors were written (each reads
    answers as of its day, so "yesterday" means what the writer meant); results in input
    order."""
    found: dict[int, Result] = {}
    for day in sorted({v.written_on for v in visitors}):
        group = [v for v in visitors if v.written_on == day]
        with running_stack(model, keep_logs, day) as bench:
            done = asyncio.run(run_visitors(bench, group, concurrency))
        for v, r in zip(group, done, strict=True):
            found[id(v)] = r
    return [found[id(v)] for v in visitors]


def summarise(results: list[Result]) -> dict[str, Any]:
    n = len(results)
    fields: dict[str, list[bool]] = {f: [] for f in (*ACCURACY_FIELDS, *EXTRA_FIELDS)}
    completed = lost = 0
    for r in results:
        stored = r.stored
        if stored is None or stored.lead is None:
            lost += 1
        elif not present(r.visitor.truth, stored, r.answered()):
            completed += 1
        if stored is not None:
            for name, ok in score(r.visitor.truth, stored, r.answered(), r.typed()).items():
                fields[name].append(ok)
        else:
            for name in score(r.visitor.truth, _empty(), r.answered()):
                fields[name].append(False)
    turns = [r.visitor_turns for r in results]
    messages = sum(turns)
    fps = sum(r.false_positives() for r in results)
    emergencies = sum(1 for r in results for t in r.turns if t.kind == "emergency")
    missed = sum(r.missed_emergencies() for r in results)
    loops = [r for r in results if r.looped]
    return {
        "visitors": n,
        "web": sum(1 for r in results if r.visitor.channel == "web"),
        "sms": sum(1 for r in results if r.visitor.channel == "sms"),
        "completion": completed / n if n else 0.0,
        "completed": completed,
        "accuracy": {
            k: {"right": sum(v), "of": len(v), "rate": (sum(v) / len(v)) if v else None}
            for k, v in fields.items()
        },
        "median_turns": statistics.median(turns) if turns else 0,
        "max_turns": max(turns) if turns else 0,
        "loops": len(loops),
        "loop_topics": dict(Counter(r.longest_run[0] or "?" for r in loops)),
        "messages": messages,
        "emergency_false_positives": fps,
        "fp_rate": fps / messages if messages else 0.0,
        "emergencies": emergencies,
        "emergency_false_negatives": missed,
        "leads_lost": lost,
        "capped": sum(1 for r in results if r.capped),
        "silent": sum(1 for r in results if r.silent),
        "errors": sum(1 for r in results if r.error),
        "unrecognised_questions": sum(r.unrecognised for r in results),
        # Where the turns go: how often each question was asked, over all visitors.
        "asked": dict(Counter(t.asked for r in results for t in r.turns if t.asked).most_common()),
    }


def _empty():  # noqa: ANN202 - a StoredLead with nothing in it
    from bench.conversation.score import StoredLead

    return StoredLead(None)


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:5.1f}%"


def report(split: str, s: dict[str, Any], heldout: bool) -> str:
    lines = [
        f"== {split}: {s['visitors']} visitors ({s['web']} web, {s['sms']} SMS) ==",
        f"  completion            {_pct(s['completion'])}  ({s['completed']}/{s['visitors']}: "
        "a lead stored with everything the visitor gave)",
        "  accuracy per field:",
    ]
    for name, a in s["accuracy"].items():
        if name == EXTRA_FIELDS[0]:
            lines.append("  also checked:")
        lines.append(f"    {name:<16} {_pct(a['rate'])}  ({a['right']}/{a['of']})")
    lines += [
        f"  visitor turns         median {s['median_turns']:g}, max {s['max_turns']}",
        f"  loops (a question 3+ times in a row)  {s['loops']}"
        + (f"  {s['loop_topics']}" if s["loops"] else ""),
        f"  emergency false pos.  {s['emergency_false_positives']} of {s['messages']} messages "
        f"({100 * s['fp_rate']:.2f}%)",
        f"  emergency false neg.  {s['emergency_false_negatives']} of {s['emergencies']} "
        "real emergencies",
        f"  leads lost            {s['leads_lost']}",
        f"  hit the 40-turn cap   {s['capped']};  bot went silent {s['silent']};  "
        f"errors (HTTP) {s['errors']};  unrecognised questions {s['unrecognised_questions']}",
        "  questions asked       "
        + ", ".join(f"{topic} {n}" for topic, n in s.get("asked", {}).items()),
    ]
    if heldout:
        acc = s["accuracy"]
        checks = [
            ("completion >= 95%", s["completion"] >= TARGETS["completion"]),
            ("zero loops", s["loops"] == 0),
            ("zero lost leads", s["leads_lost"] == 0),
            *(
                (f"{f} >= 95%", (acc[f]["rate"] or 0) >= 0.95)
                for f in ("state", "case_type", "incident_date")
            ),
            ("emergency FP <= 1%", s["fp_rate"] <= TARGETS["fp_rate"]),
            ("no missed emergency", s["emergency_false_negatives"] == 0),
            ("median turns <= 10", s["median_turns"] <= TARGETS["median_turns"]),
        ]
        met = [f"{'met' if ok else 'NOT met'}: {name}" for name, ok in checks]
        lines.append("  issue 13 targets:  " + "; ".join(met))
    return "\n".join(lines)


def by_file(results: list[Result]) -> str:
    """One aggregate line per visitor file: sets written on different days (a held-out set
    added later, say) stay comparable with their own earlier figures."""
    lines = ["  by file (completion, case type, incident date):"]
    for source in sorted({r.visitor.source for r in results}):
        s = summarise([r for r in results if r.visitor.source == source])
        acc = s["accuracy"]
        lines.append(
            f"    {source:<22} {s['visitors']:>3} visitors  {_pct(s['completion'])}  "
            f"{_pct(acc['case_type']['rate'])}  {_pct(acc['incident_date']['rate'])}"
        )
    return "\n".join(lines)


def language_report(split: str, language: str, s: dict[str, Any],
                    english: dict[str, Any] | None) -> str:
    """A non-English language's figures for one split (the fields the issue names), with
    its completion beside English's on the same split."""
    acc = s["accuracy"]

    def field(name: str) -> str:
        a = acc.get(name) or {"rate": None, "right": 0, "of": 0}
        return f"{_pct(a['rate'])} ({a['right']}/{a['of']})"

    lines = [
        f"== {split}, {LANGUAGE_NAMES.get(language, language)}: {s['visitors']} visitors "
        f"({s['web']} web, {s['sms']} SMS) ==",
        f"  completion            {_pct(s['completion'])}  ({s['completed']}/{s['visitors']})",
        f"  state {field('state')}; case type {field('case_type')}; "
        f"incident date {field('incident_date')}",
        f"  visitor turns         median {s['median_turns']:g}, max {s['max_turns']}",
        f"  loops {s['loops']}" + (f" {s['loop_topics']}" if s["loops"] else "")
        + f";  leads lost {s['leads_lost']};  unrecognised questions "
        f"{s['unrecognised_questions']};  errors (HTTP) {s['errors']}",
        f"  emergency false pos. {s['emergency_false_positives']} of {s['messages']} messages; "
        f"missed {s['emergency_false_negatives']} of {s['emergencies']}",
    ]
    if english is not None and english["visitors"]:
        gap = english["completion"] - s["completion"]
        ok = gap <= SPANISH_COMPLETION_GAP
        lines.append(
            f"  completion vs English {_pct(english['completion'])}: "
            + (
                f"{100 * gap:.1f} points behind" if gap > 0
                else f"{-100 * gap:.1f} points ahead" if gap < 0
                else "level"
            )
            + f" ({'met' if ok else 'NOT met'}: at most "
            f"{100 * SPANISH_COMPLETION_GAP:g} points behind)"
        )
    return "\n".join(lines)


def failures(results: list[Result], everyone: bool = False) -> list[dict[str, Any]]:
    """Per visitor: what went wrong (tuned split only: held-out contents stay unseen);
    `everyone` keeps the visitors with nothing wrong too (for counting the questions)."""
    rows = []
    for r in results:
        stored = r.stored
        told = r.answered()
        scored = score(r.visitor.truth, stored or _empty(), told, r.typed())
        wrong = [k for k, ok in scored.items() if not ok]
        missing = present(r.visitor.truth, stored, told) if stored and stored.lead else []
        problems = {
            "wrong": wrong,
            "missing": missing,
            "lost": stored is None or stored.lead is None,
            "loop": r.longest_run[0] if r.looped else None,
            "false_positive_emergency": r.false_positives(),
            "missed_emergency": r.missed_emergencies(),
            "unrecognised": r.unrecognised,
            "capped": r.capped,
            "silent": r.silent,
            "error": r.error,
        }
        if everyone or any(problems.values()):
            lead = (stored.lead if stored else None) or {}
            rows.append(
                {
                    "id": r.visitor.id,
                    "channel": r.visitor.channel,
                    **problems,
                    "stored": {
                        k: lead.get(k) for k in (
                            "incident_state", "case_type", "incident_date", "provider",
                            "patient_died", "patient_minor", "full_name", "phone", "email",
                            "has_lawyer",
                        )
                    } | {
                        "patient_age": (stored.answers.get("patient_age") if stored else None),
                        "patient_relationship": (
                            stored.answers.get("patient_relationship") if stored else None
                        ),
                        "patient_is_self": (
                            stored.answers.get("patient_is_self") if stored else None
                        ),
                        "discovery": stored.discovery if stored else None,
                    },
                    "truth": {k: _truth_for(k, r.visitor) for k in wrong},
                    "transcript": [
                        {"visitor": t.said, "kind": t.kind, "bot": t.replies, "asks": t.asked}
                        for t in r.turns
                    ],
                }
            )
    return rows


def write_failures(
    rows: list[dict[str, Any]], out_dir: Path = OUT_DIR, name: str = "failures-tuned"
) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{name}.json").write_text(json.dumps(rows, indent=1, default=str))
    text = out_dir / f"{name}.txt"
    with text.open("w") as f:
        for row in rows:
            bits = [f"wrong={','.join(row['wrong'])}" if row["wrong"] else ""]
            bits += [f"missing={','.join(row['missing'])}" if row["missing"] else ""]
            bits += [f"{k}={row[k]}" for k in (
                "lost", "loop", "false_positive_emergency", "missed_emergency", "unrecognised",
                "capped", "silent", "error",
            ) if row[k]]
            f.write(f"{row['id']} ({row['channel']}): {' '.join(b for b in bits if b)}\n")
            for k in row["wrong"]:
                f.write(
                    f"    {k}: stored {_stored_for(k, row['stored'])!r}, "
                    f"truth {row['truth'].get(k)!r}\n"
                )
    return text


def _truth_for(field: str, v: Visitor) -> Any:
    t = v.truth
    window = {"incident_date": t.incident, "discovery_date": t.discovery}.get(field)
    if window is not None:
        return f"{window.true} (allowed {window.earliest}..{window.latest})"
    return {
        "state": t.state, "case_type": "/".join(t.case_types), "provider": "/".join(t.provider),
        "relationship": "/".join(t.relationship), "death": t.died, "minor": t.minor,
        "age": t.age, "name": t.name, "contact": t.phone or t.email, "has_lawyer": t.has_lawyer,
    }.get(field)


def _stored_for(field: str, stored: dict[str, Any]) -> Any:
    key = {
        "state": "incident_state", "incident_date": "incident_date", "death": "patient_died",
        "minor": "patient_minor", "age": "patient_age", "name": "full_name",
        "discovery_date": "discovery", "case_type": "case_type", "provider": "provider",
        "has_lawyer": "has_lawyer",
    }.get(field)
    if field == "relationship":
        return f"is_self={stored['patient_is_self']} relationship={stored['patient_relationship']}"
    if field == "contact":
        return f"phone={stored['phone']} email={stored['email']}"
    return stored.get(key) if key else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Conversation benchmark (issue 13)")
    ap.add_argument("--split", choices=("both", "tuned", "heldout"), default="both")
    ap.add_argument("--only", help="comma-separated tuned visitor ids (debugging)")
    ap.add_argument("--language", choices=("all", "en", "es"), default="all",
                    help="only the visitors who write in this language")
    ap.add_argument("--concurrency", type=int, default=6)
    ap.add_argument("--all-transcripts", action="store_true",
                    help="also write every tuned conversation, not only the failures "
                    "(var/conversation-benchmark/transcripts-tuned.json)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--keep-logs", action="store_true",
                    help=f"copy the stack's logs to {OUT_DIR}/logs (tuned-only runs)")
    ap.add_argument("--model", type=Path, help="serve this model (default: BENCH_MODEL, "
                    "else the fingerprinted one, trained if missing)")
    args = ap.parse_args(argv)

    splits = ("tuned", "heldout") if args.split == "both" else (args.split,)
    chosen = {s: visitors_mod.load(s) for s in splits}
    if args.only:
        ids = set(args.only.split(","))
        chosen = {"tuned": [v for v in visitors_mod.load("tuned") if v.id in ids]}
    if args.language != "all":
        chosen = {s: [v for v in vs if v.language == args.language] for s, vs in chosen.items()}
    throwaway_secrets()
    model = args.model.resolve() if args.model else bench_model()
    started = time.monotonic()
    header = f"conversation benchmark: {machine_line()}\n  model {model.name}"
    if not args.json:
        print(header, flush=True)
    out: dict[str, Any] = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "model": model.name,
    }
    logs = OUT_DIR / "logs" if args.keep_logs and "heldout" not in chosen else None
    everything = [v for s in chosen.values() for v in s]
    results = run_everyone(everything, model, args.concurrency, logs)
    finished = time.monotonic()
    by_split = {s: [r for r in results if r.visitor.split == s] for s in chosen}
    languages = sorted({r.visitor.language for r in results}, key=visitors_mod.LANGUAGES.index)
    for split, rs in by_split.items():
        # out[split] keeps its meaning (English, as before Spanish visitors existed);
        # out["languages"][lang][split] has every language's figures.
        per_language = {
            lang: summarise(mine)
            for lang in languages
            if (mine := [r for r in rs if r.visitor.language == lang])
        }
        for lang, summary in per_language.items():
            out.setdefault("languages", {}).setdefault(lang, {})[split] = summary
        if "en" in per_language:
            out[split] = per_language["en"]
        if split == "tuned":
            # A debugging run (--only, --language) does not overwrite the whole split's list.
            name = "failures-tuned" + ("-only" if args.only else "") + (
                "" if args.language == "all" else f"-{args.language}"
            )
            path = write_failures(failures(rs), name=name)
            out["tuned_failures_file"] = str(path)
            if args.all_transcripts:
                everyone = failures(rs, everyone=True)
                write_failures(everyone, name=name.replace("failures", "transcripts"))
    out["seconds"] = {"stacks_and_conversations": round(finished - started, 1)}
    if args.json:
        print(json.dumps(out, indent=1, default=str))
        return 0
    for split in chosen:
        if split in out:
            print()
            print(report(split, out[split], heldout=split == "heldout"))
            print(by_file([r for r in by_split[split] if r.visitor.language == "en"]))
        for lang in languages:
            if lang == "en" or split not in out["languages"].get(lang, {}):
                continue
            print()
            print(language_report(split, lang, out["languages"][lang][split], out.get(split)))
    days = sorted({v.written_on.isoformat() for v in everything})
    print(
        f"\n{out['seconds']['stacks_and_conversations']}s for the stacks and conversations "
        f"at concurrency {args.concurrency}; answers read as of the days the visitors were "
        f"written ({', '.join(days)}), one stack each"
    )
    if "tuned_failures_file" in out:
        print(f"tuned-split failures per visitor: {out['tuned_failures_file']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
