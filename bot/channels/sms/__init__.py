"""SMS through Twilio: the parts behind bot/channels/twilio_sms.py.

Each module has one job and most are pure, so they are unit-tested without a
network or a database:

  settings    TWILIO_* / SMS_* from the environment; off when unset
  signature   X-Twilio-Signature against the configured public URL
  keywords    STOP/START/HELP and YES/NO, the way carriers read them
  gsm         GSM-7 friendly text, split at sentence/word boundaries
  ratelimit   token bucket per number
  retry       which send failures are safe to retry
  status      delivery statuses only move forward
  queues      one ordered worker per conversation
  store       our SMS tables (dedupe, outbound log, opt-outs, consent)
  sender      Twilio REST calls on the event loop (aiohttp), with the retry policy
  replies     the fixed texts the channel itself sends
  service     what happens to one inbound message
"""
