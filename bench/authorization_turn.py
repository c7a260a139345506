"""What preparing the records authorization costs the turn that stores a lead (issue 17):
drawn in the turn (the old way, still the attorney's "prepare" button) beside stored
undrawn (the intake's way since the PDF is drawn on first opening or by the worker).

There is no stock side: stock Rasa has no authorization. Both ways run in this process
on a throwaway schema of the machine's PostgreSQL (as the capacity stack uses),
interleaved so drifting load hits both alike; CPU is this process's, wall includes the
database round trips.

Run:  .venv/bin/python bench/authorization_turn.py [--leads 30]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from pathlib import Path

if __package__ in (None, ""):  # `python bench/authorization_turn.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.store_schema import bench_environment, throwaway_schema  # noqa: E402

bench_environment()

from sqlalchemy.engine import Engine  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402

from bench.common import machine_line  # noqa: E402
from bot.services.authorizations import create_authorization  # noqa: E402
from bot.store.db import make_engine  # noqa: E402
from bot.store.models import Lead  # noqa: E402
from bot.store.unit_of_work import UnitOfWork  # noqa: E402


def _lead(uow_factory) -> str:
    with uow_factory() as uow:
        conversation = f"web-{uuid.uuid4().hex}"
        lead = Lead(
            conversation_id=conversation,
            channel="web",
            full_name="Irene Szabo",
            provider="Dr. Halvorsen at Brookmere General",
        )
        uow.leads.add(lead)
        uow.answers.add(conversation, "patient_is_self", True, "it was me", "web")
        uow.commit()
        return lead.id


def _measure(engine: Engine, leads: int) -> None:
    maker = sessionmaker(bind=engine, future=True, expire_on_commit=False)

    def uow_factory() -> UnitOfWork:
        return UnitOfWork(maker)

    cpu: dict[bool, list[float]] = {True: [], False: []}
    wall: dict[bool, list[float]] = {True: [], False: []}
    for i in range(2 * leads):
        draw = i % 2 == 0
        lead_id = _lead(uow_factory)
        c0, w0 = time.process_time(), time.perf_counter()
        create_authorization(uow_factory, lead_id, draw=draw)
        cpu[draw].append((time.process_time() - c0) * 1000)
        wall[draw].append((time.perf_counter() - w0) * 1000)
    for draw, label in ((True, "drawn in the turn (old)"), (False, "stored undrawn (now)   ")):
        print(
            f"  {label}: CPU p50 {statistics.median(cpu[draw]):6.1f} ms, "
            f"wall p50 {statistics.median(wall[draw]):6.1f} ms, "
            f"wall max {max(wall[draw]):6.1f} ms  (n={len(cpu[draw])})"
        )
    cpu_ratio = statistics.median(cpu[False]) / statistics.median(cpu[True])
    wall_ratio = statistics.median(wall[False]) / statistics.median(wall[True])
    print(f"  ratio now/old: CPU {cpu_ratio:.2f}x, wall {wall_ratio:.2f}x")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--leads", type=int, default=30, help="leads per way (default 30)")
    args = ap.parse_args(argv)
    print(f"authorization in the lead's turn: {machine_line()}")
    with throwaway_schema() as url:
        engine = make_engine(url)
        try:
            _measure(engine, args.leads)
        finally:
            engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
