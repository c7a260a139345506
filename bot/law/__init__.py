"""Statute-of-limitations engine for medical-malpractice intake.

Pure domain code: no Rasa, web or database imports, so it can be tested and
reused anywhere. Rules live in rules/medmal_limitations.yaml.
"""

from bot.law.engine import evaluate, jurisdictions, latest_possible_deadline, likely_expired_on
from bot.law.government import GovernmentDeadline, government_deadlines, government_states
from bot.law.model import DateSpec, Facts, LimitationResult, UnknownJurisdiction

__all__ = [
    "likely_expired_on",
    "DateSpec",
    "Facts",
    "GovernmentDeadline",
    "LimitationResult",
    "UnknownJurisdiction",
    "evaluate",
    "government_deadlines",
    "government_states",
    "jurisdictions",
    "latest_possible_deadline",
]
