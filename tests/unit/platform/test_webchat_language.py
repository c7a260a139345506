"""The web chat hands the page's language choice to Rasa as message metadata, and only a
language the intake speaks."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa.core.channels.channel import UserMessage

from bot.channels.webchat import WebChatInput, chosen_language


def test_only_a_language_the_intake_speaks_is_passed_on() -> None:
    assert chosen_language({"text": "hola", "language": "es"}) == {"language": "es"}
    assert chosen_language({"text": "hi", "language": "en"}) == {"language": "en"}
    for body in ({"text": "x", "language": "fr"}, {"language": ["es"]}, {"text": "x"}, None, []):
        assert chosen_language(body) is None


def test_the_choice_reaches_the_rasa_message() -> None:
    seen: list[UserMessage] = []

    async def handler(message: UserMessage) -> None:
        seen.append(message)
        await message.output_channel.send_response(message.sender_id, {"text": "¿Qué pasó?"})

    metadata: Any = chosen_language({"language": "es"})
    asyncio.run(WebChatInput()._turn(handler, "web-x", "buenas tardes", metadata))
    assert seen[0].metadata == {"language": "es"}
    assert seen[0].sender_id == "web-x"  # the sender is the token's, never the body's
