# Two entry points: `make build` (set up, build seeds/ into output/) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: build test setup setup-test browser lint clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(BIN)/kg

setup: $(BIN)/kg

build: setup
	$(BIN)/kg build seeds --out output

# Headless Chromium from Debian for the browser tests (as root, when missing).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium raptor2-utils >/dev/null; \
	  else echo "chromium is missing: run 'sudo apt-get install chromium raptor2-utils'"; exit 1; fi; }
	@command -v rapper >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq raptor2-utils >/dev/null; \
	  else echo "rapper is missing: run 'sudo apt-get install raptor2-utils'"; exit 1; fi; }

test: setup browser
	$(BIN)/ruff check kg tests bench
	$(BIN)/python -m bench --quick
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) tests/artifacts
