"""The answers of a strong lead, as the intake form keeps them: offered both next steps.

One copy for the next-steps tests and bench/submit_turn.py, so a change to what makes a
lead strong is made once."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any


def strong_lead_answers(today: date | None = None) -> dict[str, Any]:
    """A wrong-kidney surgery 75 days before `today` in Pennsylvania, the visitor the patient,
    no lawyer, consent given; no contact (each caller gives its own number)."""
    recent = ((today or date.today()) - timedelta(days=75)).isoformat()
    return {
        "incident_description": "the surgeon took out my healthy kidney instead of the bad one",
        "patient_is_self": True,
        "patient_died": False,
        "provider": "Dr. Halvorsen at Brookmere General",
        "provider_government": "private",
        "injury": "I lost a healthy kidney and now need dialysis",
        "incident_date": recent,
        "incident_state": "PA",
        "patient_age": 52,
        "has_lawyer": False,
        "full_name": "Irene Szabo",
        "contact_consent": True,
    }
