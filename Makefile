# Everything a fresh machine needs, from python3 (>= 3.11) and make alone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test bench ui clean-output

setup: $(STAMP)

# The venv is (re)built when missing or when pyproject.toml changed since it was installed.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: setup
	$(BIN)/bersih run raw --out clean

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python -m bench.run

ui: setup
	$(BIN)/bersih server

clean-output:
	rm -rf clean
