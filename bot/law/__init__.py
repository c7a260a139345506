"""Statute-of-limitations engine for medical-malpractice intake.

Pure domain code: no Rasa, web or database imports, so it can be tested and
reused anywhere. Rules live in rules/medmal_limitations.yaml.
"""

from bot.law.engine import evaluate, jurisdictions
from bot.law.model import DateSpec, Facts, LimitationResult, UnknownJurisdiction

__all__ = [
    "DateSpec",
    "Facts",
    "LimitationResult",
    "UnknownJurisdiction",
    "evaluate",
    "jurisdictions",
]
