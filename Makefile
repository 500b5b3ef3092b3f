# Two entry points: `make serve` (main job on the embedded default) and `make test`.
# Both create and reuse one virtual environment at .venv/.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TCMALLOC := $(firstword $(wildcard /usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4 /usr/lib/aarch64-linux-gnu/libtcmalloc_minimal.so.4))
PRELOAD := $(if $(TCMALLOC),LD_PRELOAD=$(TCMALLOC),)

.PHONY: serve test test-all bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip "setuptools>=69" wheel

$(VENV)/.installed-serve: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[serve]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $@ $(VENV)/.installed-serve

# The HTTP API on http://127.0.0.1:8000 (page at /, OpenAPI at /docs). Settings: configs/serve.yaml,
# ARSUM_* environment variables, or flags, e.g. make serve SERVE_ARGS="--port 9000".
SERVE_ARGS ?=
serve: $(VENV)/.installed-serve
	$(PRELOAD) $(BIN)/arsum serve $(SERVE_ARGS)

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q

test-all: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q -m ''

clean:
	rm -rf $(VENV) build *.egg-info
