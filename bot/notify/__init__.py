"""Notifications to attorneys through a database outbox (`python -m bot.notify`).

outbox.py queues a message in the lead's own transaction; worker.py claims due
messages, sends them with senders.py and retries with backoff until the
service answers. Messages never carry case details.
"""
