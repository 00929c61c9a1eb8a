# Précis: `make run` sets up and opens the window on the sample article; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# One venv; each target installs only the extras it needs (`make run`: the app alone).
EXTRAS_run :=
EXTRAS_test := [test]
EXTRAS_bench := [test,bench]
EXTRAS_dist := [dist]

# Debian packages: the Qt xcb platform's libraries (to run) and a virtual X screen (to test).
RUN_DEBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 \
            libxcb-render-util0 libxcb-image0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 \
            libfontconfig1 libdbus-1-3 fonts-dejavu-core
# gio and xdg-mime: the desktop's own view of "Open with" and defaults, in the e2e tests.
TEST_DEBS := $(RUN_DEBS) xvfb xdotool xclip imagemagick desktop-file-utils libglib2.0-bin \
             xdg-utils

.PHONY: run test lint setup system-deps system-test-deps desktop-entry uninstall-desktop-entry \
        bench dist clean distclean

run: $(VENV)/.installed-run system-deps
	$(BIN)/precis $(FILE)

test: $(VENV)/.installed-test system-test-deps
	$(BIN)/ruff check desktop tests
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check desktop tests

setup: $(VENV)/.installed-bench

$(VENV)/.installed-%: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.$(EXTRAS_$*)'
	touch $@

system-deps:
	@sh .ci/debian-packages $(RUN_DEBS)

system-test-deps:
	@sh .ci/debian-packages $(TEST_DEBS)

# The launcher entry and icons for the current user, pointing at this checkout's .venv.
desktop-entry: $(VENV)/.installed-run
	$(BIN)/precis --install-desktop

uninstall-desktop-entry: $(VENV)/.installed-run
	$(BIN)/precis --uninstall-desktop

# A one-folder app for people without Python: dist/precis/precis (the dist extra: PyInstaller).
dist: $(VENV)/.installed-dist
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --onedir --windowed --name precis \
	    --distpath dist --workpath build/pyinstaller --specpath build/pyinstaller \
	    --add-data "$(CURDIR)/resources:resources" --add-data "$(CURDIR)/seeds:seeds" \
	    --collect-submodules desktop --collect-submodules sumy --collect-data sumy \
	    --collect-data wordfreq --exclude-module pytest --exclude-module pytestqt \
	    --exclude-module tkinter \
	    desktop/__main__.py
	@du -sh dist/precis

bench: $(VENV)/.installed-bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/startup.py --bytecode
	QT_QPA_PLATFORM=offscreen PYTHONPATH=. $(BIN)/python tests/benchmarks/window_stalls.py

# `clean` removes what builds leave (a stale build/ can put deleted files in a wheel) and keeps
# the venv; `distclean` removes the venv too.
clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache

distclean: clean
	rm -rf $(VENV)
