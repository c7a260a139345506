"""What happens to one inbound text, from acknowledgement to the last reply.

`accept` runs inside Twilio's webhook request and does only what must happen
before the acknowledgement, without waiting on anything: rate limit, and
queue in arrival order. An await there would put Twilio's 200 behind whatever
else the Rasa server's loop is doing (web chat turns, our workers) and behind
SQLite's write lock, which the action server shares; measured, even one fast
insert cost 80-100 ms at the median under load. Everything else runs in the conversation's
ordered worker (queues.py), after Twilio has its 200, starting with recording
the MessageSid: the database's primary key decides whether it is a replay
(replays of one number share its queue, so the second insert always loses).
Then:

  STOP words   -> opted out in the database; nothing more is sent, but for one
                  confirmation of an opt-out word Twilio does not confirm itself
                  (ALTO, PARAR, CANCELAR...: Twilio knows only its English words)
  START/UNSTOP -> opted in again; a short "welcome back" (or the consent prompt)
  opted out    -> ignored
  HELP         -> the firm's name and phone number
  no consent   -> the consent prompt; YES records consent and starts the intake
                  ("/start_intake", as the web channel does); NO is recorded. A story
                  texted before the YES is held in memory (held_story.py) and given
                  as the answer to "what happened?" once the intake starts
  otherwise    -> clean_text, one Rasa turn (on its own loop: turns.py),
                  replies sent in order

Language: each text may set the conversation's language (languages.py: a
Spanish keyword, or what the message is written in); it is kept per number
(sms_languages), the channel's own texts are written in it, and every Rasa turn
gets it as UserMessage metadata {"language": "en" | "es"}.

Conversation ids: Rasa's tracker store keeps sender ids in clear, so the
phone number is not one. The id is "sms-" + the first 32 hex digits of an
HMAC (BLIND_INDEX_KEY) of the number: stable, so a person who texts again
continues their conversation, but useless to anyone without the key. It is
derived with a different prefix from leads.phone_index, so the tracker's ids
cannot be joined to our tables without the key either.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from sqlalchemy.exc import SQLAlchemyError

from bot.channels.sanitize import MAX_MESSAGE_CHARS, clean_text
from bot.channels.sms import gsm, keywords, languages
from bot.channels.sms.held_story import HeldStories, tells_a_story
from bot.channels.sms.keywords import Keyword
from bot.channels.sms.queues import OrderedWorkers
from bot.channels.sms.ratelimit import RateLimiter
from bot.channels.sms.replies import Replies
from bot.channels.sms.retry import OPTED_OUT_CODE
from bot.channels.sms.sender import TwilioSender
from bot.channels.sms.settings import SmsSettings
from bot.channels.sms.turns import TurnRunner
from bot.services.sms_records import Admission, SmsRecords
from bot.store import crypto
from bot.store.repositories import phone_lookup_key

log = logging.getLogger(__name__)

CHANNEL = "twilio"
START_TRIGGER = "/start_intake"  # the same server-side trigger as the web channel's
STATUS_PATH = "/webhooks/twilio/status"
# UserMessage.metadata key with the conversation's language ("en" or "es") on every turn.
LANGUAGE_KEY = "language"
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
ADMIT_RETRIES = (0.5, 2.0, None)  # pauses between attempts to record an inbound message


def conversation_id(phone: str) -> str:
    return "sms-" + crypto.blind_index(f"sms-conversation:{phone}")[:32]


@dataclass
class Inbound:
    message_sid: str
    phone: str
    body: str
    num_media: int
    conversation_id: str
    phone_index: str
    keyword: Keyword | None
    opted_out: bool = False
    consent: str | None = None
    language: str | None = None  # the conversation's, once this text is read


class SmsService:
    def __init__(
        self,
        settings: SmsSettings,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        replies: Replies,
        *,
        store: SmsRecords | None = None,
        sender: TwilioSender | None = None,
        limiter: RateLimiter | None = None,
        max_pending: int = 20,
    ) -> None:
        self.settings = settings
        self.replies = replies
        self.store = store or SmsRecords()
        self.sender = sender or TwilioSender(settings)
        self.limiter = limiter or RateLimiter(settings.rate_burst, settings.rate_per_minute)
        self._on_new_message = on_new_message
        self._workers: OrderedWorkers[Inbound] = OrderedWorkers(self._process, max_pending)
        self._turns = asyncio.Semaphore(settings.max_concurrent_turns)
        self._runner = TurnRunner()
        self.held_stories = HeldStories()  # a story texted before consent (held_story.py)
        self._stopping: Counter[str] = Counter()  # STOPs queued but not yet recorded
        self._side_tasks: set[asyncio.Task[None]] = set()  # asyncio holds tasks weakly
        self.throttled = 0

    # -- in the webhook request ---------------------------------------------

    def accept(self, message_sid: str, phone: str, body: str, num_media: int = 0) -> str:
        """Queue one inbound text; returns queued, throttled, busy or unsupported.

        Synchronous on purpose: nothing here waits, so Twilio's 200 never queues
        behind a Rasa turn or a database lock.
        """
        if not _E164.match(phone):
            log.warning("sms %s: sender is not an E.164 phone number; ignored", message_sid)
            return "unsupported"
        conv, phone_index = conversation_id(phone), phone_lookup_key(phone)
        kw = keywords.keyword(body)
        if kw is not Keyword.STOP:  # an opt-out is always honoured, however fast it comes
            verdict = self.limiter.check(phone_index)
            if not verdict.allowed:
                self.throttled += 1
                if verdict.first_refusal:
                    log.warning(
                        "sms %s: rate limit reached (%d burst, %g/min); throttling",
                        conv,
                        self.settings.rate_burst,
                        self.settings.rate_per_minute,
                    )
                return "throttled"
            if verdict.refused:
                log.warning("sms %s: %d message(s) were throttled", conv, verdict.refused)
        item = Inbound(message_sid, phone, body, num_media, conv, phone_index, kw)
        if not self._workers.submit(conv, item):
            if kw is Keyword.STOP:  # never drop an opt-out: record it beside the queue
                self._stopping[conv] += 1
                task = asyncio.get_running_loop().create_task(self._process(item))
                self._side_tasks.add(task)
                task.add_done_callback(self._side_tasks.discard)
                return "queued"
            log.warning("sms %s: too many messages waiting; %s dropped", conv, message_sid)
            return "busy"
        if kw is Keyword.STOP:
            self._stopping[conv] += 1  # hold replies still being sent for earlier messages
        return "queued"

    async def status(
        self, message_sid: str, outbound_id: str | None, status: str, error_code: str | None
    ) -> str:
        return await asyncio.to_thread(
            self.store.apply_status, message_sid, outbound_id, status, error_code
        )

    # -- in the conversation's worker ----------------------------------------

    @property
    def pending(self) -> int:
        """Messages accepted but not yet handled (for the health route and shutdown)."""
        return self._workers.unfinished

    async def _process(self, item: Inbound) -> None:
        try:
            admitted = await self._admit(item)
            if admitted is None:
                return
            fresh, item.opted_out, item.consent, item.language = admitted
            if not fresh:
                log.info("sms %s: %s is a replay; ignored", item.conversation_id, item.message_sid)
                return
            try:
                outcome = await self._handle(item)
            except Exception:  # noqa: BLE001 - logged and recorded as the message's outcome
                log.exception("sms %s: could not handle %s", item.conversation_id, item.message_sid)
                outcome = "error"
            await asyncio.to_thread(self.store.finish_inbound, item.message_sid, outcome)
        finally:
            if item.keyword is Keyword.STOP:
                self._stopping[item.conversation_id] -= 1
                if self._stopping[item.conversation_id] <= 0:
                    del self._stopping[item.conversation_id]

    async def _admit(self, item: Inbound) -> Admission | None:
        """Record the MessageSid, retrying a database that is briefly away; None if it stays so."""
        for attempt, pause in enumerate(ADMIT_RETRIES, start=1):
            try:
                return await asyncio.to_thread(
                    self.store.admit, item.message_sid, item.conversation_id, item.phone_index
                )
            except SQLAlchemyError:
                if pause is None:
                    log.exception(
                        "sms %s: could not record %s after %d attempts; not processed",
                        item.conversation_id,
                        item.message_sid,
                        attempt,
                    )
                    return None
                log.warning("sms %s: database unavailable, retrying", item.conversation_id)
                await asyncio.sleep(pause)
        return None  # pragma: no cover - the last pause is None

    def _replies(self, item: Inbound) -> Replies:
        """The channel's own texts in the conversation's language."""
        return self.replies.in_language(item.language)

    async def _read_language(self, item: Inbound) -> None:
        """Move the conversation's language by this text, and remember a change.

        In a thread: a longer message is read by lingua, CPU work that must not
        hold up the webhook loop."""
        before = item.language
        item.language = await asyncio.to_thread(
            languages.after, item.body, before, asking_consent=item.consent != "given"
        )
        if item.language is not None and item.language != before:
            await asyncio.to_thread(self.store.set_language, item.phone_index, item.language)
            log.info("sms %s: language %s", item.conversation_id, item.language)

    async def _handle(self, item: Inbound) -> str:
        store = self.store
        if item.opted_out and item.keyword is None:
            return "ignored_opted_out"
        answering = item.language  # the language of the texts the person is answering
        await self._read_language(item)
        if item.keyword is Keyword.STOP:
            return await self._opt_out(item)
        if item.keyword is Keyword.START:
            if item.opted_out:
                await asyncio.to_thread(
                    store.set_opt_out,
                    item.phone_index,
                    False,
                    keywords.normalized(item.body),
                    item.message_sid,
                )
                log.info("sms %s: opted in again", item.conversation_id)
            if item.consent == "given":
                await self._deliver(item, [self._replies(item).resumed])
            else:
                await self._ask_consent(item)
            return "opted_in"
        if item.opted_out:
            return "ignored_opted_out"
        if item.keyword is Keyword.HELP:
            await self._deliver(item, [self._replies(item).help])
            return "help"
        if item.consent != "given":
            return await self._consent_gate(item, item.consent, answering)
        text = clean_text(item.body)[:MAX_MESSAGE_CHARS]
        if not text:
            await self._deliver(item, [self._replies(item).unreadable])
            return "unreadable"
        return await self._turn(item, text)

    async def _opt_out(self, item: Inbound) -> str:
        await asyncio.to_thread(
            self.store.set_opt_out,
            item.phone_index,
            True,
            keywords.normalized(item.body),
            item.message_sid,
        )
        log.info("sms %s: opted out", item.conversation_id)
        if keywords.carrier_confirms(item.body) or item.opted_out:
            # Twilio confirms its own words itself, and would refuse ours (21610); a
            # number already opted out was confirmed the first time.
            return "opted_out"
        # ALTO, CANCELAR, OPTOUT...: Twilio neither blocks nor confirms these, so the
        # one confirmation is ours, in the language the person wrote in.
        await self._deliver(item, [self._replies(item).opted_out], confirms_opt_out=True)
        return "opted_out"

    async def _ask_consent(self, item: Inbound) -> None:
        prompt = self._replies(item).consent_prompt
        await asyncio.to_thread(
            self.store.record_consent,
            item.phone_index,
            item.conversation_id,
            "asked",
            item.message_sid,
            prompt,
        )
        await self._deliver(item, [prompt])

    async def _consent_gate(self, item: Inbound, consent: str | None, answering: str | None) -> str:
        """Nothing reaches Rasa before the person agreed to continue by text.

        The answer is recorded with the wording of the prompt it answers, in the
        language that prompt was sent in (`answering`), whatever language the
        answer itself is in."""
        if consent is None:
            await self._hold_story(item)
            await self._ask_consent(item)
            return "consent_asked"
        answer = keywords.consent_answer(item.body)
        if answer is None:
            await self._hold_story(item)
            return await self._remind_consent(item)
        event = "given" if answer else "declined"
        await asyncio.to_thread(
            self.store.record_consent,
            item.phone_index,
            item.conversation_id,
            event,
            item.message_sid,
            self.replies.in_language(answering).consent_prompt,
        )
        log.info("sms %s: consent %s", item.conversation_id, event)
        if not answer:
            self.held_stories.drop(item.conversation_id)
            await self._deliver(item, [self._replies(item).consent_declined])
            return "consent_declined"
        story = self.held_stories.take(item.conversation_id)
        if story is None:
            await self._turn(item, START_TRIGGER)
            return "consent_given"
        # The greeting, then the held story as the answer to "what happened?", whose
        # ask (the greeting turn's last message) is not sent: it was already answered.
        greeting = await self._run_turn(item, START_TRIGGER)
        if greeting is None:
            self.held_stories.hold(item.conversation_id, story)  # for the next YES
            return "turn_failed"
        after = await self._run_turn(item, story)
        if after is None:
            await self._deliver(item, greeting)
            return "turn_failed"
        await self._deliver(item, greeting[:-1] + after if len(greeting) > 1 else after)
        log.info("sms %s: the story texted before consent was taken", item.conversation_id)
        return "consent_given"

    async def _remind_consent(self, item: Inbound) -> str:
        """An unclear reply to the consent prompt: the question put another way (YES or NO,
        or call the firm), then a note, once, that we wait for a YES; after that nothing is
        sent. The question is asked at most twice in a row (no question is asked three
        times), and nothing more is texted without consent."""
        replies = self._replies(item)
        sent_before = await asyncio.to_thread(self.store.consent_reminders, item.phone_index)
        ladder = (replies.consent_asked_again, replies.consent_waiting)
        if sent_before >= len(ladder):
            log.info("sms %s: consent still unclear; waiting for YES", item.conversation_id)
            return "consent_waiting"
        text = ladder[sent_before]
        await asyncio.to_thread(
            self.store.record_consent,
            item.phone_index,
            item.conversation_id,
            "reminded",
            item.message_sid,
            text,
        )
        await self._deliver(item, [text])
        return "consent_reminded"

    async def _hold_story(self, item: Inbound) -> None:
        text = clean_text(item.body)[:MAX_MESSAGE_CHARS]
        if text and await asyncio.to_thread(tells_a_story, text, item.language):
            self.held_stories.hold(item.conversation_id, text)

    async def _turn(self, item: Inbound, text: str) -> str:
        replies = await self._run_turn(item, text)
        if replies is None:
            return "turn_failed"
        await self._deliver(item, replies)
        return "rasa"

    async def _run_turn(self, item: Inbound, text: str) -> list[str] | None:
        """One Rasa turn's reply texts; None (and the person told) if the turn failed."""
        collector = CollectingOutputChannel()
        message = UserMessage(
            text,
            collector,
            item.conversation_id,
            input_channel=CHANNEL,
            metadata={LANGUAGE_KEY: item.language or languages.DEFAULT},
        )
        try:
            async with self._turns:
                await self._runner.run(self._on_new_message, message)
        except Exception:  # noqa: BLE001 - logged; the person is told to try again
            log.exception("sms %s: the Rasa turn failed", item.conversation_id)
            await self._deliver(item, [self._replies(item).failed_turn])
            return None
        return [m["text"] for m in collector.messages if m.get("text")]

    async def _deliver(
        self, item: Inbound, texts: list[str], *, confirms_opt_out: bool = False
    ) -> None:
        """Send replies one after another, each recorded before and after the API call."""
        for part in gsm.pack(texts, self.settings.max_part_chars):
            outbound_id, allowed = await asyncio.to_thread(
                self.store.begin_outbound,
                item.conversation_id,
                item.phone,
                item.phone_index,
                part,
                item.message_sid,
                self._stopping[item.conversation_id] > 0,
                confirms_opt_out,
            )
            if not allowed:
                log.info("sms %s: reply suppressed (opted out)", item.conversation_id)
                continue
            callback = self.settings.public(STATUS_PATH, f"o={outbound_id}")
            try:
                result = await self.sender.send(item.phone, part, callback)
            except Exception:  # noqa: BLE001 - a bug in the send path: it may have gone out
                log.exception("sms %s: send failed unexpectedly", item.conversation_id)
                await asyncio.to_thread(
                    self.store.finish_outbound, outbound_id, "unknown", None, 1, "error", None
                )
                continue
            await asyncio.to_thread(
                self.store.finish_outbound,
                outbound_id,
                result.status,
                result.message_sid,
                result.attempts,
                result.failure.value if result.failure else None,
                result.error_code,
            )
            if result.error_code == str(OPTED_OUT_CODE):
                # Twilio has the number on its STOP list (perhaps from before us): agree.
                await asyncio.to_thread(
                    self.store.set_opt_out, item.phone_index, True, "TWILIO-21610", None
                )

    # -- lifecycle -----------------------------------------------------------

    async def drain(self, timeout: float = 30.0) -> bool:
        """Wait for every accepted message to be handled (tests, shutdown)."""
        return await self._workers.drain(timeout)

    async def close(self, timeout: float = 10.0) -> None:
        if not await self._workers.drain(timeout):
            log.warning("sms: %d message(s) still waiting at shutdown", self._workers.pending())
        await self._workers.close()
        await self.sender.close()
        self._runner.close()
