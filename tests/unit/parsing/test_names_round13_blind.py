"""Names, round 13: 60 blind replies to "What is your full name?" and the name to keep.

The rows (tests/unit/parsing/names_round13_rows.py) were written by a session that had not
read the name reader; each is (reply, the full name a careful paralegal would keep, or ""
for no name). Rows marked `# contact` answer "what's your name, and the best phone number
or email?" and are read by answers.name_beside_contact; the others by answers.parse_name.
A row passes when the name kept is exactly the one written ("" = no name kept). Every
fifth row from the fourth is held back (tests/support/blind_rows.split); held-back rows
are named by index only.

Figures. First sight, before any change (names.py at 6dba935): tuned 17 of 48, held back
5 of 12 (held-back rows 0, 1, 2, 3, 6, 7, 8 failing, by index in the held back).
Honesty note: while finding the file's layout the fixer printed its first 30 lines once,
which showed the first four held-back replies (indexes 3, 8, 13, 18 of ROWS). They were
not run, debugged or tuned against; every fix below was written for a class the brief
named and checked on tuned rows and the rows of our own (OWN_ROWS) only.

Classes fixed in bot/intake/names.py (name_in, looks_like_name, normalise_name):
A. words before the name without "is": "My name ...", "me? ...", "name: ...", "its ok its
   ...", "Name's ...", "legal name ...", "soy ...", "me llamo ...", "mi nombre es ...",
   "it's me, ...", chat and politeness words ("here it is", "sure thing -", "thank you
   po."), and who the visitor is said before it ("soy la hija, ...");
B. words after it: "... im her mom", "... speaking", "... thanks for helping", "..., yo soy
   el hermano", "... para servirle", "... fyi", "..., patient", "Omar Said - I'm the
   patient" (the name said first before a clause that is no name); the first run of
   name words said first, or after words introducing a name or a number, is kept when
   the whole is no name; a reply with a number and no name ("606-555-0133 that's the
   house") gives none; a run said first
   must look like a name alone (a known first name, or all capitalised) and end at
   punctuation, a number, or a word that goes on after a name ("im", "thanks", "here"),
   so "bad signal here sorry" and "Mercy General did my surgery" give none, nor does a
   run with a hospital word ("Memorial Hermann, in Houston"); a name introduced as
   someone else's ("my dad's name is ...", "my mom, ...") is not the visitor's;
C. titles, ranks, credentials: "Rev.", "Sgt", "SSG (ret)", "Pastor", "Lt. Col.", "..., RN",
   "... PhD", "..., USN retired" dropped; Jr./III kept (a "Jr." keeps its full stop);
D. a nickname after the legal name ("..., Maddie", "... / Jon") or in quotes ("Robert
   'Bobby' Lanier"); the first name said, then the full name ("Pedro, Pedro Salinas");
E. long compound names: particles (de la, del, los, bin, bint, ibn, van der) do not count
   toward the four-word limit; a last capitalised word that is also an English word
   after two or more capitalised words is a name ("Nguyễn Văn An");
F. politeness words: Filipino "po", "sir", "ma'am" are never a name nor part of one;
G. the fallback after two tries (questions.fallback, via names.name_to_keep) keeps the
   name span in the reply ("My name Minh Tran" -> "Minh Tran"), flagged, never loses it.

After the fixes: tuned 48 of 48, held back 10 of 12 (held-back rows 0 and 1, by index in
the held back, still fail: strict xfails, unread). Contact rows go through
answers.name_beside_contact, which this round did not edit: contact.without_contact
leaves a 555 number in the reply, and names.name_in now cuts a name off before it.
tests/unit/parsing + intake + spanish: all passing at the last commit (the new
test_relationships_round13_regional.py of another session was left out: its basename
clashes with another module at collection).

Left: the two held-back rows, unread. Known limits, not worked on: a name said surname
first ("Smith, John") is kept as typed; a capitalised pair said first before a comma is
taken for a name even when it is not one ("Bad Signal, sorry"); "Sir" before a lone
name is dropped as politeness ("Sir Speedy" -> "Speedy").
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.intake import names, questions
from bot.intake.answers import name_beside_contact, parse_name
from tests.support.blind_rows import held_back_params, split, tuned_params
from tests.unit.parsing.names_round13_rows import ROWS

# Tuned rows still missed after the fixes (reply -> why); strict xfails.
STILL_MISSED: dict[str, str] = {}
# Held-back rows (index in the held back) failing after the fixes: strict xfails, unread.
HELD_BACK_MISSED: frozenset[int] = frozenset({0, 1})


def _contact_rows() -> list[tuple[str, str, bool]]:
    """Each row with whether it is marked `# contact` (a comment, so read from the source)."""
    source = Path(__file__).with_name("names_round13_rows.py").read_text(encoding="utf-8")
    lines = source.splitlines()
    ends = sorted(
        node.end_lineno or node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Tuple)
        and len(node.elts) == 2
        and all(isinstance(e, ast.Constant) for e in node.elts)
    )
    return [
        (reply, want, "# contact" in lines[end - 1])
        for (reply, want), end in zip(ROWS, ends, strict=True)
    ]


def _read(reply: str, contact: bool) -> str:
    """The name kept from the reply, "" when none."""
    if contact:
        return name_beside_contact(reply) or ""
    parsed = parse_name(reply)
    return str(parsed.values.get("full_name", "")) if parsed.ok else ""


TUNED, HELD = split(_contact_rows())


@pytest.mark.parametrize(("reply", "want", "contact"), tuned_params(TUNED, STILL_MISSED))
def test_tuned(reply: str, want: str, contact: bool) -> None:
    assert _read(reply, contact) == want


@pytest.mark.parametrize(("reply", "want", "contact"), held_back_params(HELD, HELD_BACK_MISSED))
def test_held_back(reply: str, want: str, contact: bool) -> None:
    assert _read(reply, contact) == want


# Rows of our own, one block per class, in other words than the blind rows.
OWN_ROWS: list[tuple[str, str]] = [
    # A. words before the name without "is"
    ("My name Ana Lucia Gomez", "Ana Lucia Gomez"),
    ("name - Hector Ruiz", "Hector Ruiz"),
    ("me?? oh, it's keisha brown", "Keisha Brown"),
    ("who me? Ollie Svensson", "Ollie Svensson"),
    ("soy Marisol Ibarra Quintero", "Marisol Ibarra Quintero"),
    ("me llamo José Luis Cárdenas", "José Luis Cárdenas"),
    ("mi nombre es Rocío Fuentes", "Rocío Fuentes"),
    ("ok well its Nadia Farouk", "Nadia Farouk"),
    ("Name's Carla Diaz", "Carla Diaz"),
    ("legal name Tomas Herrera", "Tomas Herrera"),
    ("ok here it is, Ruth Abiola", "Ruth Abiola"),
    ("sure thing - Owen Park", "Owen Park"),
    ("it's me, Dana Hill", "Dana Hill"),
    ("Thank you po. Arnel Bautista", "Arnel Bautista"),
    ("soy la hija, Carmen Ortiz", "Carmen Ortiz"),
    ("I'm his daughter, Carmen Ortiz", "Carmen Ortiz"),
    ("who's asking? Ben Cho", "Ben Cho"),
    ("mine? its Ben Cho", "Ben Cho"),
    ("Ben Cho is my name", "Ben Cho"),
    ("Rosa Lopez es mi nombre", "Rosa Lopez"),
    ("Oh, it's Tess Walker", "Tess Walker"),
    ("So my name is Kevin Marsh", "Kevin Marsh"),
    ("Oh Min-su", "Oh Min-su"),  # "Oh" (and "So") are surnames too: a chat word only in
    # lower case or before a comma
    # someone else's name is not the visitor's; the visitor's own after it is
    ("my dad's name is Bob Lee", ""),
    ("her name is Ruth Abiola", ""),
    ("my mom, Ruth Abiola", ""),
    ("its for my mom, I'm Carmen Ortiz", "Carmen Ortiz"),
    ("calling for my dad, my name is Carmen Ortiz", "Carmen Ortiz"),
    # B. words after it
    ("carlos medina im his son", "Carlos Medina"),
    ("Imani Porter, la hija", "Imani Porter"),
    ("Tran Van Duc, speaking for my father", "Tran Van Duc"),
    ("Alejandro Ruiz, pero me dicen Alex", "Alejandro Ruiz"),
    ("Beatriz Solano a sus órdenes", "Beatriz Solano"),
    ("paul okoro sorry on my phone", "Paul Okoro"),
    ("Omar Said - I'm the patient", "Omar Said"),
    ("Lena Ivers, I'm the one who was hurt", "Lena Ivers"),
    ("Mike Dorsey fyi", "Mike Dorsey"),
    ("Greta Lind, patient", "Greta Lind"),
    ("Zoe Park here, calling for my dad", "Zoe Park"),
    # C. titles, ranks and credentials
    ("Lt. Col. Ray Dunbar", "Ray Dunbar"),
    ("Father Michael O'Connor", "Michael O'Connor"),
    ("Deacon Ruth Ellison", "Ruth Ellison"),
    ("Cpl. Tyrone Mitchell (ret.)", "Tyrone Mitchell"),
    ("Elena Vasquez, MD", "Elena Vasquez"),
    ("Kofi Mensah PhD", "Kofi Mensah"),
    ("Jonathan Price III", "Jonathan Price III"),
    ("Mrs Elaine Porter", "Elaine Porter"),
    ("SFC (Ret.) Luis Baca", "Luis Baca"),
    ("Maj. Gen. Hal Moore", "Hal Moore"),
    ("Ms. Tia Lowe, Esq.", "Tia Lowe"),
    ("Dra. Liliana Ochoa", "Liliana Ochoa"),
    ("Sr. Jorge Peña", "Jorge Peña"),
    ("doña Rosa Elena Marín", "Rosa Elena Marín"),
    ("Mrs. Pell", "Mrs. Pell"),
    ("Angela Do", "Angela Do"),
    # D. a nickname beside the legal name
    ("Katherine Doyle, Kate", "Katherine Doyle"),
    ("Alexander Petrov, Sasha", "Alexander Petrov"),
    ('Margaret "Peggy" Olsen', "Margaret Olsen"),
    ("Thomas Reed Sr. (Tommy)", "Thomas Reed Sr."),
    ("Jonathan Ames / Jon", "Jonathan Ames"),
    ("Me llamo Pedro, Pedro Salinas", "Pedro Salinas"),
    # E. long compound names
    ("Ana María de los Ángeles Torres", "Ana María de los Ángeles Torres"),
    ("Nguyen Thi Thu Trang", "Nguyen Thi Thu Trang"),
    ("Fatima bint Ahmed al-Sayed", "Fatima bint Ahmed al-Sayed"),
    ("Johannes van den Broek", "Johannes van den Broek"),
    ("Marie-Ève Gagnon-Tremblay", "Marie-Ève Gagnon-Tremblay"),
    ("Nguyễn Văn An", "Nguyễn Văn An"),
    ("Juan Carlos de la Fuente y Gómez", "Juan Carlos de la Fuente y Gómez"),
    ("Mohammed bin Salman Al Saud", "Mohammed bin Salman Al Saud"),
    # F. politeness words
    ("Jessa Villanueva po", "Jessa Villanueva"),
    ("Good day po, Jessa Villanueva", "Jessa Villanueva"),
    ("sir Paolo Mendoza po", "Paolo Mendoza"),
    ("ma'am it's Lorna Tan", "Lorna Tan"),
    ("Good day po", ""),
    ("good morning po", ""),
    ("po", ""),
    ("yes ma'am", ""),
    ("thank you", ""),
    ("yes po, Marites Reyes", "Marites Reyes"),
    ("hello ma'am, Grace Lim here", "Grace Lim"),
    # no name: a place or a sentence after a comma is not a name introduced
    ("my mom had surgery, Mercy General", ""),
    ("it was at Mercy General", ""),
    ("hey there", ""),
    # a run of words said first is a name only if it looks like one and the reply goes on
    # as it does after a name
    ("bad signal here sorry", ""),
    ("Bad signal, sorry", ""),
    ("Mercy General did my surgery", ""),
    ("St Mary's did it", ""),
    ("real quick before that", ""),
    ("hannah ostrowski here", "Hannah Ostrowski"),
    ("Memorial Hermann, in Houston", ""),
    ("Saint Luke's, the ER", ""),
    ("Good afternoon", ""),
    ("po, sige", ""),
    # names that look like the words cut around a name are still names
    ("Jae Im", "Jae Im"),
    ("Po Chen", "Po Chen"),
    ("Doris Day", "Doris Day"),
    ("Roberto Para", "Roberto Para"),
]


@pytest.mark.parametrize(("reply", "want"), OWN_ROWS)
def test_own_rows(reply: str, want: str) -> None:
    assert _read(reply, contact=False) == want


CONTACT_ROWS: list[tuple[str, str]] = [
    ("606-555-0133 that's the house", ""),
    ("555 201 4456 that's my cell", ""),
    ("Jenna Olson, 612.555.0142, text ok", "Jenna Olson"),
    ("Hugo Brandt 555-310-2290 evenings", "Hugo Brandt"),
    ("cell 555-771-0042, name is Rosa Kim", "Rosa Kim"),
]


@pytest.mark.parametrize(("reply", "want"), CONTACT_ROWS)
def test_own_contact_rows(reply: str, want: str) -> None:
    assert _read(reply, contact=True) == want


# G. after two tries the name said inside the reply is kept, flagged; no name is lost.
@pytest.mark.parametrize(
    ("reply", "kept"),
    [
        ("My name Minh Tran", "Minh Tran"),
        ("my name Quoc Bao Nguyen pls", "Quoc Bao Nguyen"),
        ("Maria de los Angeles Ruiz Vega", "Maria de los Angeles Ruiz Vega"),
        ("Good day po", "unknown"),
        ("606-555-0133 that's the house", "unknown"),
        ("what is this for exactly, who sees it", "unknown"),
        ("idk", "unknown"),
        ("my dad's name is Bob Lee", "unknown"),
    ],
)
def test_fallback_keeps_the_name_span(reply: str, kept: str) -> None:
    values, flag = questions.fallback("full_name", reply)
    assert values == {"full_name": kept} and flag == "full_name_unclear"


def test_fallback_never_keeps_a_refusal() -> None:
    assert questions.fallback("full_name", "nope, not telling") == (
        {"full_name": "unknown"},
        "full_name_declined",
    )
    assert names.name_to_keep("I'd rather not say") is None
