# Everything sets itself up: a virtual environment in .venv with the app and its test tools.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# benchmarks/ joins the lint once it exists.
CODE := pausetimer tests $(wildcard benchmarks)

.PHONY: run test screenshots icons bench soak lint format translations qm dist bundle check-bundle clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Pausetimer needs Python 3.11 or newer" >&2; exit 1; }
	@$(PYTHON) -m venv $(VENV) || \
		{ echo "Cannot create a virtual environment; on Debian: sudo apt install python3-venv" >&2; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

run: qm
	$(BIN)/pausetimer

# With line coverage of the package and its floor (fail_under in pyproject.toml).
test: qm
	$(BIN)/python -m pytest --cov --cov-report=term-missing:skip-covered

# Update the .ts sources from the code (then translate what is new, e.g. in pyside6-linguist).
translations: $(STAMP)
	$(BIN)/python packaging/translations.py update

# Compile .ts to the .qm files the app loads (not committed: built from the sources).
qm: $(STAMP)
	$(BIN)/python packaging/translations.py compile

# Wheel and sdist in dist/, with the translations compiled into the wheel.
dist: qm
	$(BIN)/python -m build --outdir dist .

# One-folder app bundle in dist/pausetimer/ (PyInstaller is installed into .venv only for this).
bundle: qm
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10'
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/pausetimer.spec

# Start the built bundle under Xvfb with a tray host and check its tray icon appears.
check-bundle:
	packaging/pyinstaller/check_bundle.sh

# README and AppStream screenshots from the real app under Xvfb (English and Dutch).
screenshots: qm
	$(BIN)/python packaging/screenshots/make_screenshots.py

# After changing the icon designs: the hicolor app icons and the pre-rendered state icons.
icons: $(STAMP)
	$(BIN)/python packaging/linux/make_icons.py
	$(BIN)/python packaging/make_state_icons.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# The real app for DURATION (seconds, or e.g. 10m, 2h) with a pause running and the breathing
# pacer animating; fails when it dies, leaks or misses the return (benchmarks/soak.py).
DURATION ?= 10m
soak: qm
	$(BIN)/python benchmarks/soak.py --duration $(DURATION)

lint: $(STAMP)
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)
	$(BIN)/mypy
	$(BIN)/vulture pausetimer vulture_whitelist.py

format: $(STAMP)
	$(BIN)/ruff format $(CODE)
	$(BIN)/ruff check --fix $(CODE)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
