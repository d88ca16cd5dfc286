# JICPA Desktop — the two commands a newcomer needs are `make run` and `make test`.
# Both create or refresh .venv, install the Python packages and the Debian libraries Qt needs.
# The Python packages come from the lock, requirements/lock.txt: exact versions, each file checked against its
# hash, so a new release on PyPI cannot change a fresh machine overnight. `make lock` refreshes it.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements/lock.txt
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml $(LOCK) | sha1sum | cut -c1-12)
# Only `make lock` needs uv, in a venv of its own; installing needs only pip.
LOCK_TOOLS := .venv-lock
UV_VERSION := 0.13.9

# Libraries Qt needs even offscreen; then the ones a real window under Xvfb needs;
# then what PyInstaller, PDF inspection and workbook conversion need (see docs/platform).
DEB_QT := libglib2.0-0 libgl1 libxkbcommon0 libegl1 libfreetype6 libfontconfig1 libdbus-1-3
DEB_WINDOW := xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xinerama0
DEB_TOOLS := binutils poppler-utils libreoffice-calc-nogui fonts-dejavu-core

.PHONY: run test check lint typecheck contracts forms-check pytest bench bundle bundle-selftest \
	screenshots translations system-deps venv lock clean

run: venv system-deps-window
	$(BIN)/python -m jicpa_desktop

test: venv system-deps-all
	$(MAKE) --no-print-directory check pytest bundle-selftest

check: lint typecheck contracts forms-check

lint:
	$(BIN)/ruff check .

typecheck:
	$(BIN)/mypy

contracts:
	$(BIN)/lint-imports

forms-check:
	$(BIN)/jicpa forms check

pytest:
	$(BIN)/python -m pytest -q

bench: venv system-deps-qt
	$(BIN)/python -m benchmarks

bundle: venv system-deps-all
	$(BIN)/pyinstaller --noconfirm --clean build.spec

bundle-selftest: bundle
	QT_QPA_PLATFORM=offscreen dist/jicpa-desktop/jicpa-desktop --self-test

translations: venv
	$(BIN)/python -m jicpa_desktop.ui.i18n_build

screenshots: venv system-deps-window
	$(BIN)/python -m docs.make_screenshots
	$(BIN)/python -m docs.make_team_screenshots
	$(BIN)/python -m docs.make_sample_screenshots
	$(BIN)/python -m docs.make_data_quality_screenshots
	$(BIN)/python -m docs.make_form_screenshots
	$(BIN)/python -m docs.make_observation_screenshots

venv: $(STAMP)

# Everything from the lock (pip, setuptools and wheel included, so the project's own editable install needs
# nothing else), then the project itself without touching its dependencies.
$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || $(MAKE) --no-print-directory apt PKGS="python3-venv"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.installed-*
	touch $@

# One lock for Linux, Windows and macOS on CPython 3.11+ (markers pick each platform's packages), with the
# hashes of every file on PyPI. Versions already in the lock are kept: to move them, say so, e.g.
# `make lock LOCK_ARGS=--upgrade` or `make lock LOCK_ARGS="--upgrade-package sqlalchemy"`.
lock: $(LOCK_TOOLS)/.uv-$(UV_VERSION)
	$(LOCK_TOOLS)/bin/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
		--extra test --extra bundle --custom-compile-command "make lock" $(LOCK_ARGS) \
		-o $(LOCK) pyproject.toml requirements/lock.in

$(LOCK_TOOLS)/.uv-$(UV_VERSION):
	test -x $(LOCK_TOOLS)/bin/python || $(PYTHON) -m venv $(LOCK_TOOLS)
	$(LOCK_TOOLS)/bin/python -m pip install --quiet uv==$(UV_VERSION)
	rm -f $(LOCK_TOOLS)/.uv-*
	touch $@

system-deps-qt:
	@$(MAKE) --no-print-directory apt PKGS="$(DEB_QT)"

system-deps-window:
	@$(MAKE) --no-print-directory apt PKGS="$(DEB_QT) $(DEB_WINDOW)"

system-deps-all:
	@$(MAKE) --no-print-directory apt PKGS="$(DEB_QT) $(DEB_WINDOW) $(DEB_TOOLS)"

# Installs only what is missing; as root directly, otherwise through sudo; says what to do when neither works.
apt:
	@missing=""; for p in $(PKGS); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; \
		else echo "Please install as root: apt-get install$$missing" >&2; exit 1; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
