# The one entry point. `make demo` and `make test` bootstrap everything first.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
COLLECTIONS := $(CURDIR)/$(VENV)/collections
export ANSIBLE_COLLECTIONS_PATH := $(COLLECTIONS)
PYTEST := PYTHONPATH=$(COLLECTIONS) $(PY) -m pytest -p no:cacheprovider
ANSIBLE_TEST := hacking/ansible-test.sh

.PHONY: all bootstrap demo test units daemon-tests tool-tests conformance integration sanity lint bench \
        record-golden conformance-live clean

all: test

bootstrap:
	@bash hacking/bootstrap.sh

demo: bootstrap
	@bash hacking/demo.sh

test: bootstrap units daemon-tests tool-tests conformance integration sanity lint
	@echo "make test: every suite passed"

# Engine unit tests (pytest through ansible-test, as a collection).
units:
	$(ANSIBLE_TEST) units --python 3.11 --local

# bin/xenstored with real clients: xenstore-utils, test-xenstore, xenstore-control, pyxs.
daemon-tests:
	$(PYTEST) -q -n 2 tests/daemon

# bin/xenstore-* against Debian's xenstore-utils, byte for byte; --database on the embedded
# store; the client API's backend selection.
tool-tests:
	$(PYTEST) -q -n 2 tests/cli tests/client

# Replies of bin/xenstored against golden transcripts of the real C xenstored.
conformance:
	$(PYTEST) -q -n 2 tests/conformance

# The modules through ansible-playbook: embedded store and a bin/xenstored per target.
integration:
	$(ANSIBLE_TEST) integration --python 3.11 --local --allow-destructive

sanity:
	$(ANSIBLE_TEST) sanity --python 3.11 --local

lint:
	rm -rf "$$HOME/.ansible/collections/ansible_collections/xen"
	PATH=$(CURDIR)/$(VENV)/bin:$$PATH ansible-lint

bench: bootstrap
	$(PY) bench/engine.py
	$(PY) bench/daemon.py

# Development only: needs ../shared/tools/ref-xenstored (the real C xenstored).
record-golden: bootstrap
	bash hacking/record-golden.sh

conformance-live: bootstrap
	bash hacking/conformance-live.sh

clean:
	rm -rf $(VENV) tests/output dist build .pytest_cache
