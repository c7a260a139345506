"""The SMS channel's own texts (HELP, consent) follow the firm profile in force."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from bot.channels.sms.replies import Replies
from bot.channels.twilio_sms import keep_replies_current, replies_in_force
from bot.services import profile_store
from bot.store.unit_of_work import UnitOfWork


def test_the_texts_follow_a_profile_change_and_survive_a_failed_read() -> None:
    service = SimpleNamespace(replies=Replies("Old Firm", "+1 555 010 0100"))
    answers: list[object] = [
        Replies("New Firm", "+1 555 010 0111"),
        RuntimeError("database down"),
        Replies("Newer Firm", "+1 555 010 0122"),
    ]
    seen: list[str] = []

    def load() -> Replies:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    async def run() -> None:
        task = asyncio.create_task(keep_replies_current(service, load, every=0.01))  # type: ignore[arg-type]
        # Watched until the last text is in force (the reads run in a thread, so on a busy
        # machine the first may land after the first look), for at most ten seconds.
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 10
        while loop.time() < deadline:
            await asyncio.sleep(0.002)
            if not seen or seen[-1] != service.replies.firm_name:
                seen.append(service.replies.firm_name)
            if service.replies.firm_name == "Newer Firm":
                break
        task.cancel()

    asyncio.run(run())
    changed = seen[1:] if seen[0] == "Old Firm" else seen
    assert changed == ["New Firm", "Newer Firm"]  # the failed read in between kept New Firm


def _save(data: dict) -> None:
    with UnitOfWork() as uow:
        newest = profile_store.current_version(uow).version
        profile_store.save_profile(uow, data, based_on=newest, actor="admin-test")
        uow.commit()


def test_help_names_the_firm_from_the_database_profile() -> None:
    with UnitOfWork() as uow:
        original = dict(profile_store.current_version(uow).data)
        uow.commit()
    _save({**original, "firm_name": "Renamed & Partners", "phone": "+1 555 010 0177"})
    try:
        replies = replies_in_force()
    finally:
        _save(original)  # the session's database is shared with other tests
    assert replies.firm_name == "Renamed & Partners"
    assert "+1 555 010 0177" in replies.help
