# Précis: `make run` sets up and opens the window on the sample article; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Debian packages: the Qt xcb platform's libraries (to run) and a virtual X screen (to test).
RUN_DEBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 \
            libxcb-render-util0 libxcb-image0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 \
            libfontconfig1 libdbus-1-3 fonts-dejavu-core
TEST_DEBS := $(RUN_DEBS) xvfb xdotool xclip imagemagick desktop-file-utils

.PHONY: run test lint setup system-deps system-test-deps desktop-entry bench clean

run: setup system-deps
	$(BIN)/precis $(FILE)

test: setup system-test-deps
	$(BIN)/ruff check desktop tests
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check desktop tests

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

system-deps:
	@sh .ci/debian-packages $(RUN_DEBS)

system-test-deps:
	@sh .ci/debian-packages $(TEST_DEBS)

# Installs the launcher entry and icon for the current user (double-click, "Open with").
desktop-entry: setup
	mkdir -p $(HOME)/.local/share/applications $(HOME)/.local/share/icons/hicolor/scalable/apps
	sed 's|^Exec=precis|Exec=$(CURDIR)/$(BIN)/precis|; s|^TryExec=precis|TryExec=$(CURDIR)/$(BIN)/precis|' \
		resources/precis.desktop > $(HOME)/.local/share/applications/precis.desktop
	cp resources/precis.svg $(HOME)/.local/share/icons/hicolor/scalable/apps/precis.svg
	-update-desktop-database $(HOME)/.local/share/applications
	@echo "Précis is now in your application launcher and in 'Open with' for text files."

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen PYTHONPATH=. $(BIN)/python tests/benchmarks/window_stalls.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
