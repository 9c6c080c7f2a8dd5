# Testimony Intake: the two commands a newcomer needs are `make run` and `make test`.
# Every target is idempotent: it installs only what is missing.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
APP_STAMP := $(VENV)/.installed-app
STAMP := $(VENV)/.installed
QM_STAMP := intake_app/gui/translations/.built
NODE_STAMP := tests/js/node_modules/.installed
PYTEST_ARGS ?=

.PHONY: run test test-fast setup app-translations system system-test lint bench fuzz translations lock lock-tools dist dist-test clean screenshots

# `make run` installs only what the app needs (requirements-app.lock); `make test` adds the test,
# lint and packaging tools (requirements.lock, a superset with the same versions).
run: system $(APP_STAMP) app-translations
	$(VENV)/bin/intake app

test: system-test $(STAMP) translations $(NODE_STAMP)
	$(PY) -m ruff check intake_crypto intake_forms intake_app tests benches scripts verifier
	$(PY) -m mypy
	$(VENV)/bin/lint-imports
	xvfb-run -a -s "-screen 0 1280x1024x24" $(PY) -m pytest $(PYTEST_ARGS)

# The unit tests only (no GUI, Tor, audio or interop): under a minute, for the edit-test loop.
test-fast: $(STAMP) translations
	$(PY) -m pytest -q -p no:cacheprovider tests/unit

setup: system $(STAMP) translations

system:
	@bash scripts/setup-system.sh

system-test:
	@bash scripts/setup-system.sh --with-tests

$(APP_STAMP): requirements-app.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --require-hashes -r requirements-app.lock
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

$(STAMP): requirements.lock requirements-app.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --require-hashes -r requirements.lock
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@ $(APP_STAMP)

$(NODE_STAMP): tests/js/package.json tests/js/package-lock.json
	cd tests/js && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

translations: $(STAMP)
	@$(PY) -m scripts.i18n_build

app-translations: $(APP_STAMP)
	@$(PY) -m scripts.i18n_build

lint: $(STAMP)
	$(PY) -m ruff check intake_crypto intake_forms intake_app tests benches scripts verifier
	$(PY) -m mypy
	$(VENV)/bin/lint-imports

bench: system-test $(STAMP) $(NODE_STAMP)
	$(PY) -m benches

# A longer, randomised run of the adversarial fuzz suite (CI runs it at scale 1, deterministically).
# FUZZ_SCALE multiplies every budget; the tallies land in build/fuzz-stats.json.
FUZZ_SCALE ?= 20
fuzz: system-test $(STAMP) translations
	INTAKE_FUZZ_SCALE=$(FUZZ_SCALE) INTAKE_FUZZ_STATS=build/fuzz-stats.json \
	  xvfb-run -a -s "-screen 0 1280x1024x24" $(PY) -m pytest -q -p no:cacheprovider --timeout=0 tests/adversarial

# The test lock first, then the app's lock constrained to the same versions.
lock:
	uv pip compile pyproject.toml --extra setup --extra test --generate-hashes --python-version 3.11 \
	  --custom-compile-command "make lock" -o requirements.lock -q
	uv pip compile pyproject.toml --extra setup --generate-hashes --python-version 3.11 -c requirements.lock \
	  --custom-compile-command "make lock" -o requirements-app.lock -q

# The frozen app (PyInstaller one-dir) with tor inside, its CycloneDX SBOM and a .deb: see packaging/README.md.
dist: system-test $(STAMP) translations
	$(PY) packaging/build.py

# The SBOM tool lives in its own locked environment (build/sbom-venv), not in the app's.
lock-tools:
	uv pip compile packaging/sbom-requirements.in --generate-hashes --python-version 3.11 -o packaging/sbom-requirements.lock -q

# Freezes the app (without the .deb) and checks the bundle: version, libraries, first screen, bundled tor.
dist-test: system-test $(STAMP) translations
	xvfb-run -a -s "-screen 0 1280x1024x24" $(PY) -m pytest -s -q -p no:cacheprovider tests/integration/test_dist.py

# Every main screen and every witness screen, English and Simplified Chinese, 1280x800 and
# 1024x600, from the real start path (scripts/screenshots.py), into docs/screenshots/.
screenshots: $(STAMP) translations
	xvfb-run -a -s "-screen 0 1280x1024x24" $(PY) scripts/screenshots.py

clean:
	rm -rf $(VENV) tests/js/node_modules build dist
