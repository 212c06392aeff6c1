# The README's two commands: `make run` and `make test`. Each sets up what it needs on a
# fresh Debian machine (system libraries for Qt, a virtualenv, the Python packages) first.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PG_URL ?= postgresql://postgres@127.0.0.1:5432/postgres

# Libraries Qt and QtWebEngine load at run time, and fonts for the UI.
QT_DEBS := libegl1 libgl1 libopengl0 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 libasound2 libxshmfence1 libgbm1 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0 libxcb-image0 libxcb-shape0 fonts-dejavu-core
# What the tests use beyond the app: a PostgreSQL server and client, PDF rendering.
TEST_DEBS := postgresql postgresql-client poppler-utils
# What the packaged build uses beyond PyInstaller: strip, and a C compiler for the cut-down ICU data.
PACKAGE_DEBS := binutils gcc

.PHONY: run test setup setup-test system-deps test-system-deps package-system-deps database package package-check

run: setup
	$(BIN)/jaklapor-desk --demo

test: setup-test database
	QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 JAKLAPOR_TEST_PG=$(PG_URL) \
		$(BIN)/python -m pytest $(PYTEST_ARGS)

# The self-contained folder dist/jaklapor-desk/ for workstations without Python (build.spec).
package: system-deps package-system-deps $(VENV)/.installed-package
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
	@du -sh dist/jaklapor-desk

# Builds it and runs the packaged executable's acceptance check (.ci/package-check).
package-check:
	bash .ci/package-check

setup: system-deps $(VENV)/.installed

setup-test: system-deps test-system-deps package-system-deps $(VENV)/.installed-test

system-deps:
	@$(call install_debs,$(QT_DEBS))

test-system-deps:
	@$(call install_debs,$(TEST_DEBS))

package-system-deps:
	@$(call install_debs,$(PACKAGE_DEBS))

# Install only what is missing, so a prepared machine does not wait for apt.
define install_debs
missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
if [ -n "$$missing" ]; then echo "installing: $$missing"; \
  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; fi
endef

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml $(VENV)/bin/python
	$(BIN)/python -m pip install -q -e .
	touch $@

# The test suite builds the packaged app once (tests/packaging/test_package_build.py): PyInstaller too.
$(VENV)/.installed-test: pyproject.toml $(VENV)/bin/python
	$(BIN)/python -m pip install -q -e '.[test,package]'
	touch $(VENV)/.installed $(VENV)/.installed-package $@

$(VENV)/.installed-package: pyproject.toml $(VENV)/bin/python
	$(BIN)/python -m pip install -q -e '.[package]'
	touch $(VENV)/.installed $@

# The central-database tests need a real PostgreSQL: start the local cluster if it is down.
database:
	@if ! pg_isready -q -h 127.0.0.1 -p 5432; then \
	  cluster=$$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1); \
	  [ -n "$$cluster" ] && $(SUDO) pg_ctlcluster --skip-systemctl-redirect $$cluster main start || true; \
	  for i in $$(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done; \
	fi
	@pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL is not reachable at 127.0.0.1:5432 and could not be started;" \
	  "start it, or set PG_URL=postgresql://user@host:port/db"; exit 1; }
	@$(BIN)/python -c "import psycopg,sys; psycopg.connect(sys.argv[1], connect_timeout=5).close()" "$(PG_URL)" || { \
	  echo "cannot log in to $(PG_URL); the tests need a role that may create databases and roles"; exit 1; }
