"""A Spanish-speaking visitor's answers to whichever question the intake asks, by cue.

Cues are written from config/locales/es.yml's questions, compared without accents or case
(SMS replies may lose accents to the GSM alphabet). The intake's questions may change order
or grow; a question with no cue fails the test with the question shown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

STORY = (
    "A mi papá lo operaron de la vesícula en el Hospital San Rafael y le cortaron el "
    "conducto biliar; lo tuvieron que volver a operar dos veces."
)
PROVIDER = "el Dr. Salas, en el Hospital San Rafael"
INJURY = "una infección muy fuerte y dos operaciones más"
DONE = ("se envio de forma segura", "quedo guardada")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Visitor:
    name: str
    phone: str

    def cues(self) -> list[tuple[str, str]]:
        return [
            ("esta todo correcto", "sí, todo está bien"),
            ("del va", "No"),  # the government-facility question
            ("que paso", STORY),
            ("usted era el paciente", "fue mi papá"),
            ("quien era el paciente", "mi papá"),
            ("fallecio", "no, él sigue con vida"),
            ("que edad", "tenía unos 67"),
            ("ya tiene un abogado", "no"),
            ("quien dio la atencion", PROVIDER),
            ("lesion o dano", INJURY),
            ("cuando paso esto", "en marzo del año pasado"),
            ("en que estado", "Nuevo México"),
            ("se dio cuenta", "en abril del año pasado"),
            ("nombre completo", self.name),
            ("se comunique con usted", f"sí, {self.name}, {self.phone}"),
            ("a que numero", self.phone),
        ]

    def answer(self, replies: list[str]) -> str:
        last = fold(replies[-1])
        for cue, answer in self.cues():
            if cue in last:
                return answer
        raise AssertionError(f"no scripted answer for: {replies[-1]!r}")


def finished(replies: list[str]) -> bool:
    joined = fold(" ".join(replies))
    return any(done in joined for done in DONE)
