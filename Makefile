# One command to run, one to test (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
# Rasa 3.6 supports Python 3.8-3.10; this project is 3.10 only.
PYTHON310 ?= $(shell for p in python3.10 $$HOME/.pyenv/versions/3.10*/bin/python3.10 /usr/local/bin/python3.10 /usr/bin/python3.10; do \
	if $$p -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1; then echo $$p; break; fi; done)
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2

.PHONY: help install env prepare train run serve test lint unit data-validate story-test nlu-eval e2e lock clean

help:
	@echo "make run    - set up everything on embedded defaults and start the assistant"
	@echo "make serve  - the same processes under supervisord (restarts any that dies), for a server"
	@echo "make test   - lint, unit/integration tests, Rasa data + story tests, end-to-end and browser tests"

# uv installs the same locked set as pip (constraints.txt), bytecode compiled as pip does,
# in less than half the time (measured 2026-12-03); pip stays the fallback and runs pip check.
UV_VERSION := 0.13.9

# One progress line per stage (bot/devtools/stages.py); each stage's full output in var/log/.
# The install stage runs under the system Python 3.10 (the runner is standard library only).
$(VENV)/.installed: pyproject.toml constraints.txt
	@test -n "$(PYTHON310)" || { echo "Python 3.10 is required (Rasa 3.6 runs on 3.8-3.10). Install it, or set PYTHON310=/path/to/python3.10"; exit 1; }
	@echo "Setting up; each stage's full log is in var/log/<stage>.log"
	@$(PYTHON310) -m bot.devtools.stages install -- sh -c 'set -e; \
		test -x $(PY) || $(PYTHON310) -m venv $(VENV); \
		$(PY) -m pip install --upgrade "pip<25" "uv==$(UV_VERSION)"; \
		$(PY) -m uv pip install --compile-bytecode --python $(PY) -c constraints.txt -e ".[dev]" \
			|| { echo "uv failed; installing with pip instead"; \
				$(PY) -m pip install -c constraints.txt -e ".[dev]"; }; \
		$(PY) -m pip check'
	@touch $@ $(VENV)/.installed-now

install: $(VENV)/.installed

.env: | $(VENV)/.installed
	$(PY) -m bot.devtools.make_env

env: .env

# Validate training data, train only if data/config changed, migrate the database.
prepare: install .env
	@if [ -e $(VENV)/.installed-now ]; then rm -f $(VENV)/.installed-now; \
		else $(PY) -m bot.devtools.stages install --note "up to date"; fi
	@$(PY) -m bot.devtools.prepare

train: install
	$(PY) -m bot.devtools.model

# Starts Rasa, the action server, the web app and the notification worker (the Procfile, under
# honcho); prints the URL when all answer, then only warnings and errors. Ctrl-C stops them all.
run: prepare
	@exec $(PY) -m bot.devtools.start

# Production: the same processes under supervisord, which restarts any that dies.
serve: prepare
	@exec $(PY) -m bot.devtools.supervise

lint: install
	$(BIN)/ruff check .
	$(PY) -m pip check

data-validate: install
	$(BIN)/rasa data validate --config config/config.yml --domain config/domain --data data

story-test: install
	$(PY) -m bot.devtools.model
	$(PY) -m bot.devtools.story_test

nlu-eval: install
	$(PY) -m bot.devtools.nlu_eval

unit: install
	$(BIN)/pytest -q -m "not e2e and not browser"

e2e: install
	$(BIN)/pytest -q -m "e2e or browser"

# The README's test command; .ci/run calls exactly this.
test: lint data-validate story-test nlu-eval
	$(BIN)/pytest -q

lock:
	$(PY) -m pip freeze --exclude-editable > constraints.txt.new && mv constraints.txt.new constraints.txt

clean:
	rm -rf models results .pytest_cache
