# Two entry points: `make serve` (main job on the embedded default) and `make test` (`make lint` checks the code).
# `make test` creates and reuses the development environment at .venv/ (editable, pure Python, every extra);
# `make serve` the service's own at .venv-serve/ (the `serve` extra, the engine compiled: see setup.py).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SERVE_VENV := .venv-serve
# The engine is compiled with mypyc where a C compiler and Python's headers are found; ARSUM_COMPILE=0 installs
# it as pure Python.
# Worked out once per make run (it names the serve environment's install marker), not at every mention.
ifndef ARSUM_COMPILE
HAS_HEADERS := $(shell $(PYTHON) -c "import os, sysconfig; print(os.path.exists(sysconfig.get_path('include') + '/Python.h'))")
ARSUM_COMPILE := $(if $(and $(shell command -v cc 2>/dev/null),$(filter True,$(HAS_HEADERS))),1,0)
endif
SOURCES := $(shell find service -name '*.py')
TCMALLOC := $(firstword $(wildcard /usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4 /usr/lib/aarch64-linux-gnu/libtcmalloc_minimal.so.4))
PRELOAD := $(if $(TCMALLOC),LD_PRELOAD=$(TCMALLOC),)

# PyTorch (neural engines, `make test`): PyPI's Linux wheel is the CUDA build (~0.9 GB with its CUDA libraries),
# so the CPU build is installed first from PyTorch's CPU wheel index. TORCH_INDEX= leaves the choice to pip
# (e.g. for CUDA); TORCH=... installs another version. By hand: pip install torch --index-url $(TORCH_INDEX)
TORCH_INDEX ?= https://download.pytorch.org/whl/cpu
TORCH ?= torch==2.13.0

.PHONY: serve test test-all test-compiled lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip "setuptools>=77" wheel

$(SERVE_VENV)/bin/python:
	$(PYTHON) -m venv $(SERVE_VENV)
	$(SERVE_VENV)/bin/pip install -q --upgrade pip

# A regular install (not editable), rebuilt when a source changes; compiling takes about a minute on 2 cores.
$(SERVE_VENV)/.installed-$(ARSUM_COMPILE): pyproject.toml setup.py $(SOURCES) | $(SERVE_VENV)/bin/python
	@echo "installing arsum into $(SERVE_VENV)$(if $(filter 1,$(ARSUM_COMPILE)), with the engine compiled (about a minute),)"
	rm -f $(SERVE_VENV)/.installed-*
	ARSUM_COMPILE=$(ARSUM_COMPILE) $(SERVE_VENV)/bin/pip install -q '.[serve]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q $(if $(TORCH_INDEX),--extra-index-url $(TORCH_INDEX)) '$(TORCH)'
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

# The HTTP API on http://127.0.0.1:8000 (page at /, OpenAPI at /docs). Settings: configs/serve.yaml,
# ARSUM_* environment variables, or flags, e.g. make serve SERVE_ARGS="--port 9000".
SERVE_ARGS ?=
serve: $(SERVE_VENV)/.installed-$(ARSUM_COMPILE)
	$(PRELOAD) $(SERVE_VENV)/bin/arsum serve $(SERVE_ARGS)

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q

test-all: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q -m ''

# The default test run against the compiled engine (~4 minutes on 2 cores): a copy of the working tree's files
# (git's list) built in place at build/compiled, where each compiled module shadows its source (the docstring
# examples are left out: pytest would import them from the sources).
COMPILED_COPY := build/compiled
test-compiled: $(VENV)/.installed-dev
	rm -rf $(COMPILED_COPY) && mkdir -p $(COMPILED_COPY)
	git ls-files -z -co --exclude-standard | tar -c --null --ignore-failed-read -T - | tar -x -C $(COMPILED_COPY)
	cd $(COMPILED_COPY) && ARSUM_COMPILE=1 $(CURDIR)/$(BIN)/python setup.py -q build_ext --inplace
	cd $(COMPILED_COPY) && $(CURDIR)/$(BIN)/python -m pytest -q -p no:doctest \
		-o addopts="--strict-markers -m 'not slow and not gpu' -p no:cacheprovider --import-mode=importlib" tests

# Style and bugbear checks (ruff) and static types (mypy, settings in pyproject.toml) of both packages.
lint: $(VENV)/.installed-dev
	$(BIN)/ruff check service training
	$(BIN)/mypy

# The benchmarks the README quotes, with its commands (about 15 minutes on 2 cores; they read ../shared/data).
bench: $(VENV)/.installed-dev $(SERVE_VENV)/.installed-$(ARSUM_COMPILE)
	$(SERVE_VENV)/bin/python bench/extractive.py  # the engine as `make serve` runs it
	$(BIN)/python bench/abuse.py
	$(BIN)/python bench/archive.py
	$(BIN)/python bench/load.py --duration 10
	$(PRELOAD) $(BIN)/python bench/speed.py --threads 1 --repeats 2

clean:
	rm -rf $(VENV) $(SERVE_VENV) build *.egg-info
