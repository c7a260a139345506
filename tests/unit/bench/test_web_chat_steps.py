"""bench/web_chat.py --by-step: each turn's latency is kept under its step of the script,
so the slow step (the one that stores the lead) can be told from the rest."""

from __future__ import annotations

import asyncio

import pytest

from bench import web_chat


async def _reply_after(seconds: float) -> list[str]:
    await asyncio.sleep(seconds)
    return ["ok"]


def test_each_turn_is_timed_under_its_own_step() -> None:
    result = web_chat.LevelResult("ours", 1)

    async def run() -> None:
        await web_chat._timed(result, _reply_after(0.0), 0)
        await web_chat._timed(result, _reply_after(0.05), 3)
        await web_chat._timed(result, _reply_after(0.0), 3)

    asyncio.run(run())
    assert sorted(result.by_step) == [0, 3]
    assert len(result.by_step[3]) == 2 and max(result.by_step[3]) >= 0.05
    assert len(result.latencies) == 3


def test_a_failed_turn_is_not_timed_under_any_step() -> None:
    result = web_chat.LevelResult("ours", 1)

    async def refused() -> list[str]:
        raise ValueError("bad body")

    asyncio.run(web_chat._timed(result, refused(), 2))
    assert result.by_step == {} and result.errors["ValueError"] == 1


def test_the_step_table_names_the_message_and_counts_the_slow_turns(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = web_chat.LevelResult("ours", 2, by_step={0: [0.1, 0.2], 2: [0.5, 1.5, 2.5]})
    web_chat.print_steps(result, ("first message", "second message"))
    lines = capsys.readouterr().out.splitlines()
    start = next(line for line in lines if "(session start)" in line)
    second = next(line for line in lines if "second message" in line)
    assert start.split()[1] == "2" and second.split()[1] == "3"
    assert second.split()[6] == "2"  # "2  3  p50 ms  p99 ms  2": two took over a second
