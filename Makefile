# JICPA Desktop — the two commands a newcomer needs are `make run` and `make test`.
# Both create or refresh .venv, install the Python packages and the Debian libraries Qt needs.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

# Libraries Qt needs even offscreen; then the ones a real window under Xvfb needs;
# then what PyInstaller, PDF inspection and workbook conversion need (see docs/platform).
DEB_QT := libglib2.0-0 libgl1 libxkbcommon0 libegl1 libfreetype6 libfontconfig1 libdbus-1-3
DEB_WINDOW := xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xinerama0
DEB_TOOLS := binutils poppler-utils libreoffice-calc-nogui fonts-dejavu-core

.PHONY: run test check lint typecheck contracts forms-check pytest bench bundle bundle-selftest \
	screenshots translations system-deps venv clean

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

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || $(MAKE) --no-print-directory apt PKGS="python3-venv"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	rm -f $(VENV)/.installed-*
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
