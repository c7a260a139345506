"""Test helpers shared by the SMS tests and the SMS benchmark (a fake Twilio, signed webhooks)."""
