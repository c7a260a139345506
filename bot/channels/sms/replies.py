"""The few texts the SMS channel sends itself (the intake's come from Rasa).

Short, plain, GSM-7 only, and never about the person's medical story: an SMS
can be read by anyone who picks up the phone. Spanish texts keep their accents
here; gsm.normalize folds the ones GSM-7 lacks (í, ó, ú, á) when sending.
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
    def consent_asked_again(self) -> str:
        """An unclear reply: the question put another way, with the way out."""
        return (
            "Sorry, I couldn't tell if that was a yes. May we keep texting about your case? "
            f"Reply YES to go on or NO if not. You can also call us at {self.firm_phone}."
        )

    @property
    def consent_waiting(self) -> str:
        """A second unclear reply: said once, then the question is not sent again."""
        return (
            "We'll wait for your YES before texting more about your case. You can also "
            f"call {self.firm_phone} any time. Reply STOP to opt out."
        )

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

    @property
    def opted_out(self) -> str:
        """Sent once after an opt-out word Twilio does not confirm itself."""
        return (
            f"{self.firm_name}: you won't get any more texts from us. "
            "Reply START to receive texts again."
        )

    def in_language(self, language: str | None) -> Replies:
        """The same firm's texts in `language` ("es" for Spanish; anything else English)."""
        cls = SpanishReplies if language == "es" else Replies
        return cls(self.firm_name, self.firm_phone)


@dataclass(frozen=True)
class SpanishReplies(Replies):
    """The channel's own texts in Spanish, for someone who texts in Spanish or with a
    Spanish keyword (AYUDA, ALTO, SÍ)."""

    @property
    def consent_prompt(self) -> str:
        return (
            f"{self.firm_name}: gracias por escribirnos. Para seguir con su revisión gratuita "
            "por mensaje de texto, responda SÍ. Pueden aplicarse tarifas de mensajes y datos. "
            "Responda ALTO para no recibir más mensajes, AYUDA para ayuda."
        )

    @property
    def consent_asked_again(self) -> str:
        return (
            "Disculpe, no entendí si es un sí. ¿Podemos seguir hablando de su caso por mensaje "
            "de texto? Responda SÍ para seguir o NO si prefiere que no. También puede llamarnos "
            f"al {self.firm_phone}."
        )

    @property
    def consent_waiting(self) -> str:
        return (
            "Esperaremos su SÍ antes de escribirle más sobre su caso. También puede llamar al "
            f"{self.firm_phone} cuando quiera. Responda ALTO para no recibir más mensajes."
        )

    @property
    def consent_declined(self) -> str:
        return (
            f"Entendido, no seguiremos por mensaje de texto. Si quiere hablar con alguien de "
            f"{self.firm_name}, llame al {self.firm_phone}. Si cambia de opinión, responda SÍ."
        )

    @property
    def help(self) -> str:
        return (
            f"{self.firm_name}: revisión gratuita de su caso por mensaje de texto. Para hablar "
            f"con alguien, llame al {self.firm_phone}. Pueden aplicarse tarifas de mensajes y "
            "datos. Responda ALTO para no recibir más mensajes."
        )

    @property
    def resumed(self) -> str:
        return (
            "Qué bueno que regresó. Para seguir donde nos quedamos, conteste nuestra última "
            "pregunta. Escriba AYUDA si necesita ayuda."
        )

    @property
    def unreadable(self) -> str:
        return "Disculpe, solo puedo leer mensajes de texto. ¿Podría escribir su respuesta?"

    @property
    def failed_turn(self) -> str:
        return (
            "Disculpe, algo falló de nuestro lado. Por favor, envíe su último mensaje otra vez "
            "en un minuto."
        )

    @property
    def opted_out(self) -> str:
        return (
            f"{self.firm_name}: ya no le enviaremos más mensajes. Si quiere volver a recibirlos, "
            "responda COMENZAR."
        )
