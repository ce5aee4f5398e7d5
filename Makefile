# Protocol Academy: `make run` to try it, `make test` to check it.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
HOST   ?= 127.0.0.1:8000
export DJANGO_SETTINGS_MODULE ?= academy.settings.dev

.PHONY: run test install install-test migrate demo serve bench bench-pg bench-reports bench-notifications bench-currency lint messages clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Reinstall only when the dependency list changes.
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo
	$(PY) manage.py notifications_send

serve:
	$(PY) manage.py runserver $(HOST)

run: demo
	@$(PY) manage.py demo_logins
	$(PY) manage.py runserver $(HOST)

test: install-test
	DJANGO_SETTINGS_MODULE=academy.settings.test $(BIN)/pytest $(PYTEST_ARGS)

bench: install-test
	DJANGO_SETTINGS_MODULE=academy.settings.test $(PY) -m bench

# The same on PostgreSQL (local server, trust auth), in a fresh database.
BENCH_DB ?= academy_bench
bench-pg: install-test
	psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $(BENCH_DB)" -c "CREATE DATABASE $(BENCH_DB)"
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(BENCH_DB) DJANGO_SETTINGS_MODULE=academy.settings.test $(PY) -m bench

# The completion reports at scale (100,000 learners), alone in a fresh PostgreSQL database.
BENCH_REPORTS_DB ?= academy_bench_reports
bench-reports: install-test
	psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $(BENCH_REPORTS_DB)" -c "CREATE DATABASE $(BENCH_REPORTS_DB)"
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(BENCH_REPORTS_DB) DJANGO_SETTINGS_MODULE=academy.settings.test $(PY) -m bench reports

# Reminder sweep (20,000 learners), the outbox and a 5,000-row staff import, alone in a fresh
# PostgreSQL database.
BENCH_NOTIFICATIONS_DB ?= academy_bench_notifications
bench-notifications: install-test
	psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $(BENCH_NOTIFICATIONS_DB)" -c "CREATE DATABASE $(BENCH_NOTIFICATIONS_DB)"
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(BENCH_NOTIFICATIONS_DB) DJANGO_SETTINGS_MODULE=academy.settings.test $(PY) -m bench notifications

# Refreshers for 100,000 readers and 20,000 course completers when a protocol changes in
# substance, alone in a fresh PostgreSQL database.
BENCH_CURRENCY_DB ?= academy_bench_currency
bench-currency: install-test
	psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $(BENCH_CURRENCY_DB)" -c "CREATE DATABASE $(BENCH_CURRENCY_DB)"
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(BENCH_CURRENCY_DB) DJANGO_SETTINGS_MODULE=academy.settings.test $(PY) -m bench currency

lint: install-test
	$(BIN)/ruff check .

# Refresh the ru and kk catalogues from the code, then compile them.
messages: install
	$(PY) manage.py makemessages --all --no-obsolete --ignore=.venv --ignore=var --ignore=tests --ignore=bench
	$(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) var db.sqlite3
