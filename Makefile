# rasid: `make demo` shows it working on examples/, `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed

.PHONY: demo test bench clean-venv

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	@echo "== rasid clean --format text examples/"
	@$(BIN)/rasid clean --format text examples/
	@echo
	@echo "== rasid tokenize --format text examples/000_6e40cabbe8c3b071.txt (first sentences; clitics joined by +)"
	@$(BIN)/rasid tokenize --format text examples/000_6e40cabbe8c3b071.txt | head -n 8
	@echo
	@echo "== rasid analyze --format text examples/ (entities with their codes; first lines of each article)"
	@for f in examples/*; do $(BIN)/rasid analyze --format text "$$f" | head -n 10; done
	@echo
	@echo "== the seed's events (rasid analyze --format text examples/000_6e40cabbe8c3b071.txt)"
	@$(BIN)/rasid analyze --format text examples/000_6e40cabbe8c3b071.txt | sed -n '/^events/,$$p' | head -n 21

# The dashboard's browser tests drive Debian's chromium (playwright downloads no browser of its own).
CHROMIUM = /usr/bin/chromium

$(CHROMIUM):
	@command -v apt-get >/dev/null && (apt-get install -y -q chromium >/dev/null \
		|| (apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null)) \
		|| echo "make: could not install chromium; the browser tests will be skipped"

test: $(STAMP) $(CHROMIUM)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/bench_text.py
	$(BIN)/python bench/bench_lexicon.py
	$(BIN)/python bench/bench_analyze.py

clean-venv:
	rm -rf $(VENV)
