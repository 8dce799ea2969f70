# Set-up and everyday commands. `make demo` runs the main job on Imports/; `make test` runs
# every test. Both install the Debian packages below when missing.

SWIFT ?= swift
STORE ?= attendance.sqlite
YEAR ?= 2021
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/attendance

.PHONY: deps build demo test bench-csv bench-pipeline fuzz clean-store

# The C libraries (libcsv, SQLite, zlib for .xlsx), and the browser and PDF tools the HTML report's layout test drives
# (headless Chromium lays the page out at desktop and phone widths and prints it; poppler's
# pdftotext reads the PDF back).
DEBIAN_PACKAGES := libcsv-dev libsqlite3-dev zlib1g-dev chromium poppler-utils

deps:
	@dpkg -s $(DEBIAN_PACKAGES) >/dev/null 2>&1 || { \
		echo "installing $(DEBIAN_PACKAGES) (Debian packages)"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(DEBIAN_PACKAGES); }

build: deps
	$(SWIFT) build -c release --product attendance

# The main job: import every programme year under Imports/, match people, print the year's
# table and write its reports to Exports/$(YEAR)/.
demo: build
	$(BIN) import Imports --store $(STORE)
	$(BIN) export --year $(YEAR) --store $(STORE) --dir Exports

test: deps
	$(SWIFT) test

bench-csv: deps
	bash Benchmarks/csv-reader.sh

# The import pipeline at 100k, 1M and 5M generated records (BENCHMARKS.md, "Pipeline at scale").
bench-pipeline: deps
	bash Benchmarks/pipeline.sh

# libFuzzer with AddressSanitizer on one target (FuzzCSVReader, FuzzDialect, FuzzExportReader); SECURITY.md.
FUZZ_TARGET ?= FuzzCSVReader
FUZZ_SECONDS ?= 600
fuzz: deps
	bash Fuzz/run.sh $(FUZZ_TARGET) $(FUZZ_SECONDS)

# The store's key file goes with it: it only keys that store's CPFs and e-mails.
clean-store:
	rm -f $(STORE) $(STORE)-wal $(STORE)-shm $(STORE).key
