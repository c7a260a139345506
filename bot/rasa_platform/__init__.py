"""The Rasa glue, in one place: how our Rasa 3.6.21 server is started and what it changes in Rasa.

- server.py: `python -m bot.rasa_platform.server`, the Rasa server with our channels and hooks;
- endpoints.py: the action server, tracker store and lock store, built from Settings;
- tracker_store.py, lock_store.py: the encrypted SQL tracker store and the atomic Redis lock store;
- patches.py: the one registry (PATCHES) of every patch to a Rasa internal (speed-ups,
  answer-first turns, the start-up hooks, the tracker store's error callback and pool
  pre-ping), each checked against the source of what it replaces before it applies,
  each logged; nothing outside it changes Rasa;
- tuning.py: structlog routed and redacted;
- turns.py: answer-first turns, the Rasa adapter for bot/intake/turns.py.
"""
