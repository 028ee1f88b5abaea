# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
# Needs Python 3.11 and the Debian packages in DEBIAN_PACKAGES (installed by `make system-deps`
# when run as root; later issues add LibreOffice, fonts, poppler and chromium here).

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# LibreOffice converts DOCX to PDF; the fonts keep layouts stable; poppler renders PDF pages;
# chromium runs the browser tests; redis-server holds the document queue (sakip worker) and
# python3-uno lets a worker keep LibreOffice warm between PDFs.
DEBIAN_PACKAGES := python3-venv libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2 fonts-crosextra-carlito \
	fonts-crosextra-caladea fonts-dejavu-core poppler-utils chromium python3-uno redis-server

.PHONY: demo test install system-deps lint check clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Galat: $(PYTHON) tidak ditemukan; pasang Python 3.11." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

system-deps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
		if [ -n "$$missing" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; fi; \
	fi

demo: system-deps $(STAMP)
	$(BIN)/sakip demo

test: system-deps $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy sakip/core --exclude sakip/core/tests
	DATABASE_URL=$${DATABASE_URL:-sqlite://:memory:} $(BIN)/sakip makemigrations --check --dry-run
	$(BIN)/pytest -n 2 -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check . || true

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache .mypy_cache .import_linter_cache .grimp_cache
