"""SMS through Twilio: the parts behind bot/channels/twilio_sms.py.

Each module has one job and most are pure, so they are unit-tested without a
network or a database:

  settings    TWILIO_* / SMS_* from the environment; off when unset
  signature   X-Twilio-Signature against the configured public URL
  keywords    STOP/START/HELP and YES/NO, the way carriers read them
  gsm         GSM-7 friendly text, split at sentence/word boundaries
  ratelimit   token bucket per number
  retry       which send failures are safe to retry
  queues      one ordered worker per conversation
  sender      Twilio REST calls on the event loop (aiohttp), with the retry policy
  replies     the fixed texts the channel itself sends
  service     what happens to one inbound message

Its tables (dedupe, outbound log, opt-outs, consent) are read and written through
bot/services/sms_records.py over bot/store/repositories_sms.py; delivery statuses
and their order are in bot/store/sms_status.py.
"""
