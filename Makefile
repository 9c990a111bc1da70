# The two commands of the README: `make demo` and `make test`. `make venv` is their bootstrap.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed
LINT_PATHS := $(wildcard src tests benchmarks scripts)
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/socialpolicy

.PHONY: venv demo test test-sqlite test-postgres lint format browser bench lock clean

venv: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

demo: venv
	$(BIN)/socialpolicy migrate --noinput
	SITE_URL=http://127.0.0.1:$(PORT) $(BIN)/socialpolicy load-demo
	@echo "Serving on http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	$(BIN)/socialpolicy runserver 127.0.0.1:$(PORT) --noreload

# Headless Chromium for the browser tests (Debian's package). Needs root and apt; skipped otherwise.
browser:
	@if [ -x /usr/bin/chromium ]; then true; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "chromium could not be installed: browser tests will be skipped"; \
	else echo "No /usr/bin/chromium: browser tests will be skipped"; fi

lint: venv
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy

format: venv
	$(BIN)/ruff format $(LINT_PATHS)
	$(BIN)/ruff check --fix $(LINT_PATHS)

test-sqlite: venv
	env -u DATABASE_URL $(BIN)/pytest -n 2 -p no:cacheprovider $(PYTEST_ARGS)

test-postgres: venv
	@$(BIN)/python scripts/wait_for_postgres.py "$(PG_TEST_URL)"
	DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest -n 2 -p no:cacheprovider -m "not browser" $(PYTEST_ARGS)

test: venv browser lint
	@echo "== test suite on SQLite"
	$(MAKE) --no-print-directory test-sqlite
	@echo "== test suite on PostgreSQL"
	$(MAKE) --no-print-directory test-postgres

bench: venv
	$(BIN)/python benchmarks/screening_eval.py
	$(BIN)/python benchmarks/screening_speed.py
	$(BIN)/python benchmarks/monitor_speed.py

lock: venv
	$(BIN)/python -m pip freeze --exclude-editable > requirements.lock

clean:
	rm -rf $(VENV) socialpolicy.sqlite3 staticfiles .pytest_cache
