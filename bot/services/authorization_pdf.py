"""The authorization as a PDF (fpdf2): the same sections the signing page shows.

fpdf2 is pure Python and installs beside Rasa's pins. Its built-in Helvetica
covers Latin-1, so other characters are written by their closest Latin-1 form
("Łukasz" as "Lukasz"); the exact text typed is kept in the encrypted record.
"""

from __future__ import annotations

import io
import unicodedata
from datetime import datetime, time, timezone

from fpdf import FPDF

from bot.intake.records_authorization import AuthorizationForm, Signature, sections

TITLE = "Authorization to Disclose Protected Health Information"
SUBTITLE = "HIPAA authorization under 45 CFR 164.508"


_NO_DECOMPOSITION = str.maketrans("ŁłĐđĦħŦŧ", "LlDdHhTt")


def latin1(text: str) -> str:
    """What Helvetica can print: Latin-1, with other letters by their base form."""
    text = text.translate(_NO_DECOMPOSITION)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
    out = []
    for ch in text:
        try:
            ch.encode("latin-1")
            out.append(ch)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
            out.append(base or "?")
    return "".join(out)


def render(
    form: AuthorizationForm, signature: Signature | None = None, *, drawn_png: bytes | None = None
) -> bytes:
    """The form; with `signature`, the signed copy (and the drawn signature's image)."""
    pdf = FPDF(format="Letter")
    if signature is None:
        # The same form gives the same bytes, so the hash a visitor reviewed holds
        # whichever process drew the document first (it is drawn after the intake).
        pdf.set_creation_date(datetime.combine(form.prepared_on, time(), tzinfo=timezone.utc))
    pdf.set_title(TITLE)
    pdf.set_author(latin1(form.recipient_name))
    pdf.set_creator("medmal-intake")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 8, TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 6, SUBTITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for heading, text in sections(form, signature):
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(0, 6, latin1(heading), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, latin1(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    if signature is not None:
        pdf.set_draw_color(20, 90, 50)
        pdf.set_text_color(20, 90, 50)
        pdf.set_font("Helvetica", "BI", 12)
        pdf.multi_cell(
            0,
            8,
            latin1(f"SIGNED ELECTRONICALLY - /s/ {signature.typed_name}"),
            border=1,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        if drawn_png:
            pdf.ln(2)
            pdf.image(io.BytesIO(drawn_png), w=70)
    return bytes(pdf.output())
