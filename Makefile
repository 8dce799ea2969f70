# Set-up and everyday commands. `make demo` runs the main job on Imports/; `make test` runs
# every test. Both install the C libraries the package links (libcsv, SQLite, zlib) when missing.

SWIFT ?= swift
STORE ?= attendance.sqlite
YEAR ?= 2021
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/attendance

.PHONY: deps build demo test bench-csv bench-pipeline fuzz clean-store

deps:
	@dpkg -s libcsv-dev >/dev/null 2>&1 && dpkg -s libsqlite3-dev >/dev/null 2>&1 && dpkg -s zlib1g-dev >/dev/null 2>&1 || { \
		echo "installing libcsv-dev, libsqlite3-dev and zlib1g-dev (Debian packages)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcsv-dev libsqlite3-dev zlib1g-dev; }

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
