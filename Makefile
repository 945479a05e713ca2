# Two commands for a fresh machine: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
RUN_STAMP := $(VENV)/.runtime-stamp
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck translations qm demo bench installer clean system-packages soak

# the program's run path installs runtime dependencies only (no dev extra: its keyrings.alt
# would offer keyring a plain-file fallback; the program refuses it anyway, see README)
run: $(RUN_STAMP) qm
	$(BIN)/crm-desktop --ensure-demo

test: $(STAMP) qm system-packages lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

# the long randomized sync run (tests/test_sync_model.py); CRM_SYNC_SOAK_EXAMPLES=N for more
soak: $(STAMP) system-packages
	CRM_SYNC_SOAK=1 QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -m soak tests/test_sync_model.py

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP) $(RUN_STAMP)

$(RUN_STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $(RUN_STAMP)

system-packages:
	./scripts/ensure_system_packages.sh

lint: $(STAMP)
	$(BIN)/ruff check crm_desktop tests bench scripts build_installer.py
	$(BIN)/lint-imports --no-cache  # the import contracts in pyproject.toml

typecheck: $(STAMP)
	$(BIN)/mypy

# Re-extract every tr() string into the .ts files (then translate them in Qt Linguist or an editor).
translations: $(STAMP)
	$(BIN)/python scripts/update_translations.py

qm: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(RUN_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

demo: $(STAMP)
	$(BIN)/crm-desktop demo --scale small

bench: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/demo_large.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/desk.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/quote.py
	$(BIN)/python bench/documents.py
	$(BIN)/python bench/clients.py

installer: $(STAMP) qm
	$(BIN)/python build_installer.py

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm
