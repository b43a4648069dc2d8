# Two commands on a fresh machine:
#   make run   sets up .venv and opens the explorer on the sample corpus (http://localhost:8501, this machine only)
#   make test  sets up .venv and runs the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Where `make run` serves: loopback only, unless told otherwise (make run ADDRESS=0.0.0.0).
ADDRESS ?= localhost
PORT ?= 8501

.PHONY: setup run test bench freeze clean

setup: $(STAMP)

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/streamlit run app.py --server.address $(ADDRESS) --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	for f in bench/*_bench.py; do $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache

# Retrain and repackage the Dutch pipeline from the data in training/ (about 45 min on one core),
# then reinstall the wheel it writes to models/. CI never runs this.
.PHONY: model
model: $(STAMP)
	cd training && OMP_NUM_THREADS=1 ../$(BIN)/python -m spacy project run all
	$(BIN)/pip install --quiet --force-reinstall --no-deps models/nl_newsgraph_sm-0.6.0-py3-none-any.whl

# Check a retrained Dutch pipeline before shipping it: the accuracy floors and the sample article
# (tests/model) and every extraction test (tests/extract) run on MODEL instead of the wheel.
#   make model-check MODEL=training/training/final
.PHONY: model-check
model-check: $(STAMP)
	@test -n "$(MODEL)" || { echo "usage: make model-check MODEL=FOLDER (a pipeline assembled in training/)"; exit 2; }
	NEWSGRAPH_MODEL_NL=$(abspath $(MODEL)) $(BIN)/python -m pytest -q -p no:cacheprovider tests/model tests/extract
