# Two entry points: `make serve` (main job on the embedded default) and `make test` (`make lint` checks the code).
# Both create and reuse one virtual environment at .venv/.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TCMALLOC := $(firstword $(wildcard /usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4 /usr/lib/aarch64-linux-gnu/libtcmalloc_minimal.so.4))
PRELOAD := $(if $(TCMALLOC),LD_PRELOAD=$(TCMALLOC),)

# PyTorch (neural engines, `make test`): PyPI's Linux wheel is the CUDA build (~0.9 GB with its CUDA libraries),
# so the CPU build is installed first from PyTorch's CPU wheel index. TORCH_INDEX= leaves the choice to pip
# (e.g. for CUDA); TORCH=... installs another version. By hand: pip install torch --index-url $(TORCH_INDEX)
TORCH_INDEX ?= https://download.pytorch.org/whl/cpu
TORCH ?= torch==2.13.0

.PHONY: serve test test-all lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip "setuptools>=77" wheel

$(VENV)/.installed-serve: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[serve]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q $(if $(TORCH_INDEX),--extra-index-url $(TORCH_INDEX)) '$(TORCH)'
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

# Style and bugbear checks (ruff) and static types (mypy, settings in pyproject.toml) of both packages.
lint: $(VENV)/.installed-dev
	$(BIN)/ruff check service training
	$(BIN)/mypy

# The benchmarks the README quotes, with its commands (about 15 minutes on 2 cores; they read ../shared/data).
bench: $(VENV)/.installed-dev
	$(BIN)/python bench/extractive.py
	$(BIN)/python bench/abuse.py
	$(BIN)/python bench/archive.py
	$(BIN)/python bench/load.py --duration 10
	$(PRELOAD) $(BIN)/python bench/speed.py --threads 1 --repeats 2

clean:
	rm -rf $(VENV) build *.egg-info
