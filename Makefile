# The one entry point. `make demo` and `make test` bootstrap everything first.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
COLLECTIONS := $(CURDIR)/$(VENV)/collections
export ANSIBLE_COLLECTIONS_PATH := $(COLLECTIONS)
PYTEST := PYTHONPATH=$(COLLECTIONS) $(PY) -m pytest -p no:cacheprovider
ANSIBLE_TEST := hacking/ansible-test.sh

.PHONY: all bootstrap demo test pytest sanity units bench clean

all: test

bootstrap:
	@bash hacking/bootstrap.sh

demo: bootstrap
	@$(PY) examples/engine_demo.py

test: bootstrap pytest sanity units
	@echo "make test: all suites passed"

pytest:
	$(PYTEST) -q -n 2 tests/unit

sanity:
	$(ANSIBLE_TEST) sanity --python 3.11 --local

units:
	$(ANSIBLE_TEST) units --python 3.11 --local

bench: bootstrap
	$(PY) bench/engine.py

clean:
	rm -rf $(VENV) tests/output dist build .pytest_cache
