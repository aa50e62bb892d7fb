# Each target does its own set-up: `make refresh` and `make test` work on a fresh clone.
VENV   ?= .venv
PYTHON ?= python3
PY      = $(VENV)/bin/python
# A folder of local copies of the pinned files, for machines without network: ODOP_SEED, or the
# shared reference folder beside the project when there is one.
SEED   ?= $(or $(ODOP_SEED),$(wildcard ../shared/reference))

.PHONY: install refresh test bench clean
install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

refresh: install
	$(PY) -m pipeline refresh $(if $(SEED),--seed $(SEED))

test: install
	$(if $(SEED),ODOP_SEED=$(SEED)) $(PY) -m pytest

bench: install
	$(if $(SEED),ODOP_SEED=$(SEED)) $(PY) bench/extract_speed.py
	$(if $(SEED),ODOP_SEED=$(SEED)) $(PY) bench/places.py

clean:
	rm -rf $(VENV) .pytest_cache
