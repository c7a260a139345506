"""Slot names, one constant each: the contract between the Rasa domain
(config/domain/*.yml) and the code that reads and sets slots. A test checks that
the domain and this module name the same slots, so neither can drift.

It also holds UNKNOWN, the one value a slot keeps for an answer the visitor could not
give: it lives here, beside the names, because this module imports nothing, so every
parser, action and service can share it without an import cycle."""

from __future__ import annotations

# Rasa's own slot: the question a form is asking.
REQUESTED_SLOT = "requested_slot"

# A slot value, not a slot name: the answer was asked for and is not known.
UNKNOWN = "unknown"

INCIDENT_DESCRIPTION = "incident_description"
PATIENT_IS_SELF = "patient_is_self"
PATIENT_RELATIONSHIP = "patient_relationship"
PATIENT_DIED = "patient_died"
DEATH_DATE = "death_date"
PROVIDER = "provider"
INJURY = "injury"
CASE_KIND = "case_kind"  # asked only when the story tells no kind of case
INCIDENT_DATE = "incident_date"
INCIDENT_STATE = "incident_state"
DISCOVERY_DATE = "discovery_date"
PROVIDER_GOVERNMENT = "provider_government"
PATIENT_AGE = "patient_age"
HAS_LAWYER = "has_lawyer"
FULL_NAME = "full_name"
CONTACT_CONSENT = "contact_consent"
CONTACT = "contact"
SUMMARY_CONFIRMED = "summary_confirmed"
CALLBACK_PHONE = "callback_phone"
INCIDENT_DATE_TEXT = "incident_date_text"
DEATH_DATE_TEXT = "death_date_text"
PATIENT_AGE_TEXT = "patient_age_text"
INCIDENT_STATE_TEXT = "incident_state_text"
PATIENT_BIRTH_DATE = "patient_birth_date"
PATIENT_MINOR = "patient_minor"
PHONE = "phone"
EMAIL = "email"
FAILED_ATTEMPTS = "failed_attempts"
ASKED_AGAIN = "asked_again"  # key answers the intake came back to once (questions.circle_back)
LAST_ERROR = "last_error"
REVIEW_FLAGS = "review_flags"
CORRECTION_PROMPTED = "correction_prompted"
SUBMIT_FAILED = "submit_failed"
LEAD_ID = "lead_id"
FIRM_NAME = "firm_name"
CALLBACK_REQUESTED = "callback_requested"
OUT_OF_SCOPE = "out_of_scope"
EMERGENCY_NOTED = "emergency_noted"
DISCOVERY_DATE_TEXT = "discovery_date_text"
INCIDENT_CITY = "incident_city"
STATE_CANDIDATES = "state_candidates"
INCOMPLETE_LEAD_ID = "incomplete_lead_id"
# After a callback is stored mid-intake: "offered" (the rest may be told while they wait),
# "continuing" (the visitor went on) or "declined" (they would rather wait for the call).
CALLBACK_CONTINUE = "callback_continue"
EMERGENCY_GUIDED = "emergency_guided"
RESUMED = "resumed"
PATIENT_AGE_APPROXIMATE = "patient_age_approximate"
STORY_SEVERITY = "story_severity"
VISITOR_NOTES = "visitor_notes"
LANGUAGE = "language"
