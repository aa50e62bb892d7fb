# Each target does its own set-up: `make refresh` and `make test` work on a fresh clone.
VENV   ?= .venv
PYTHON ?= python3
PY      = $(VENV)/bin/python

.PHONY: install refresh test bench clean
install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

refresh: install
	$(PY) -m pipeline refresh

test: install
	$(PY) -m pytest

bench: install
	$(PY) bench/extract_speed.py

clean:
	rm -rf $(VENV) .pytest_cache
