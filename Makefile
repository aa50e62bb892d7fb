# Each target does its own set-up: `make refresh` and `make test` work on a fresh clone.
VENV   ?= .venv
PYTHON ?= python3
PY      = $(VENV)/bin/python
# uv installs the exact versions in uv.lock; it comes from PyPI into .uv/ when not on the PATH.
UV_BIN := .uv/bin/uv
UV     ?= $(or $(shell command -v uv 2>/dev/null),$(UV_BIN))
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON_DOWNLOADS := never
# A folder of local copies of the pinned files, for machines without network: ODOP_SEED, or the
# shared reference folder beside the project when there is one.
SEED_DIR ?= $(or $(ODOP_SEED),$(wildcard ../shared/reference))

.PHONY: install lock refresh test bench fuzz notebook serve clean
install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --extra test --python $(PYTHON) --quiet
	touch $@

$(UV_BIN):
	$(PYTHON) -m venv .uv
	.uv/bin/python -m pip install --quiet uv

# After changing dependencies in pyproject.toml: resolve them again and write uv.lock.
lock: | $(UV)
	$(UV) lock

refresh: install
	$(PY) -m pipeline refresh $(if $(SEED_DIR),--seed $(SEED_DIR))

test: install
	$(if $(SEED_DIR),ODOP_SEED=$(SEED_DIR)) $(PY) -m pytest

bench: install
	$(if $(SEED_DIR),ODOP_SEED=$(SEED_DIR)) $(PY) bench/extract_speed.py
	$(if $(SEED_DIR),ODOP_SEED=$(SEED_DIR)) $(PY) bench/places.py
	$(PY) bench/layouts.py
	$(if $(SEED_DIR),ODOP_SEED=$(SEED_DIR)) $(PY) bench/ocr_speed.py

# Browse the export with Datasette (an optional extra, installed when first asked for).
serve: install
	$(PY) -c "import datasette" 2>/dev/null || $(UV) pip install --python $(PY) --quiet "datasette>=0.64"
	test -f data/export/odop.sqlite || $(PY) -m pipeline export
	$(PY) -m pipeline serve

# The layout fuzzer: N random lists (seed SEED) read and scored; fails below the goal (bench/fuzz.py).
N    ?= 500
SEED ?= 1
fuzz: install
	$(if $(SEED_DIR),ODOP_SEED=$(SEED_DIR)) $(PY) bench/fuzz.py $(N) $(SEED)

# JupyterLab is not a dependency of the pipeline: added to .venv when first asked for.
notebook: install
	$(VENV)/bin/jupyter-lab --version >/dev/null 2>&1 || $(UV) pip install --python $(PY) --quiet jupyterlab
	$(VENV)/bin/jupyter-lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/start_here.ipynb

clean:
	rm -rf $(VENV) .uv .pytest_cache
