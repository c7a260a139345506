"""The few texts the SMS channel sends itself (the intake's come from Rasa).

Short, plain, GSM-7 only, and never about the person's medical story: an SMS
can be read by anyone who picks up the phone.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Replies:
    firm_name: str
    firm_phone: str

    @property
    def consent_prompt(self) -> str:
        return (
            f"{self.firm_name}: thanks for texting. To continue your free case review by text, "
            "reply YES. Msg & data rates may apply. Reply STOP to opt out, HELP for help."
        )

    @property
    def consent_reminder(self) -> str:
        return "To continue by text, please reply YES. Reply STOP to opt out, HELP for help."

    @property
    def consent_declined(self) -> str:
        return (
            f"Understood, we won't continue by text. To talk with someone at {self.firm_name}, "
            f"call {self.firm_phone}. Reply YES if you change your mind."
        )

    @property
    def help(self) -> str:
        return (
            f"{self.firm_name}: free case review by text. To talk with someone, call "
            f"{self.firm_phone}. Msg & data rates may apply. Reply STOP to opt out."
        )

    @property
    def resumed(self) -> str:
        return (
            "Welcome back. To pick up where we left off, reply to our last question. "
            "Text HELP for help."
        )

    @property
    def unreadable(self) -> str:
        return "Sorry, I can only read text messages. Could you type your answer?"

    @property
    def failed_turn(self) -> str:
        return (
            "Sorry, something went wrong on our side. Please send your last message again "
            "in a minute."
        )
