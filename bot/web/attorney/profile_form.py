"""Between the admin's profile form and the dict that profile_from_dict validates.

Pure functions, so the mapping is tested without HTTP. The form never decides
what is valid: it only shapes input; bot.intake.profile decides, with the same
messages the YAML file gets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol

from bot.intake.profile import DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS

NEW_FLAG = "_new"


class MultiForm(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...
    def getlist(self, key: str) -> list[Any]: ...


def _text(form: MultiForm, key: str) -> str:
    value = form.get(key)
    return value.strip() if isinstance(value, str) else ""


def split_codes(raw: str) -> list[str]:
    """ "ny, NJ  pa" → ["NY", "NJ", "PA"]; the validator rejects unknown codes."""
    return [p.upper() for p in re.split(r"[\s,;]+", raw) if p]


def _capacity(raw: str) -> Any:
    try:
        return int(raw)
    except ValueError:
        return raw  # the validator says "capacity must be a whole number"


def _qualification(form: MultiForm) -> dict[str, Any]:
    """Weight fields `w_<name>` and threshold fields `t_<name>`; a blank one keeps the default."""
    weights = {n: _capacity(v) for n in DEFAULT_WEIGHTS if (v := _text(form, f"w_{n}"))}
    thresholds = {n: _capacity(v) for n in DEFAULT_THRESHOLDS if (v := _text(form, f"t_{n}"))}
    return {"weights": weights, "thresholds": thresholds}


def _attorney(form: MultiForm, prefix: str, *, new: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": _text(form, f"{prefix}_id"),
        "name": _text(form, f"{prefix}_name"),
        "email": _text(form, f"{prefix}_email"),
    }
    phone = _text(form, f"{prefix}_phone")
    if phone:
        entry["phone"] = phone
    entry["states"] = split_codes(_text(form, f"{prefix}_states"))
    entry["case_types"] = [v for v in form.getlist(f"{prefix}_case_types") if isinstance(v, str)]
    entry["capacity"] = _capacity(_text(form, f"{prefix}_capacity"))
    if new:
        entry[NEW_FLAG] = True
    return entry


def form_to_profile_data(form: MultiForm) -> dict[str, Any]:
    """The submitted form as profile data; attorney rows marked for removal are dropped
    and a filled-in new row is added (marked NEW_FLAG for re-display)."""
    try:
        rows = max(0, min(int(_text(form, "attorney_rows") or 0), 200))
    except ValueError:
        rows = 0
    attorneys = [
        _attorney(form, f"a{i}", new=bool(_text(form, f"a{i}_new")))
        for i in range(rows)
        if not _text(form, f"a{i}_remove")
    ]
    if _text(form, "anew_id") or _text(form, "anew_name"):
        attorneys.append(_attorney(form, "anew", new=True))
    data: dict[str, Any] = {
        "firm_name": _text(form, "firm_name"),
        "phone": _text(form, "phone"),
        "states": split_codes(_text(form, "states")),
        "case_types": [v for v in form.getlist("case_types") if isinstance(v, str)],
        "min_severity": _text(form, "min_severity") or "minor",
        "accepts_existing_counsel": bool(_text(form, "accepts_existing_counsel")),
        "referral_note": _text(form, "referral_note"),
        "qualification": _qualification(form),
        "attorneys": attorneys,
    }
    return data


def for_validation(data: Mapping[str, Any]) -> dict[str, Any]:
    """Drop the display-only markers before profile_from_dict sees the data."""
    clean = dict(data)
    clean["attorneys"] = [
        {k: v for k, v in a.items() if k != NEW_FLAG} for a in data.get("attorneys", [])
    ]
    return clean
