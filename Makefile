# Set-up and everyday commands. `make demo` runs the main job on Imports/; `make test` runs
# every test. Both install the Debian packages below when missing.

SWIFT ?= swift
STORE ?= attendance.sqlite
YEAR ?= 2021
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/attendance

.PHONY: deps build demo test docs bench-csv bench-pipeline bench-serve fuzz clean-store install uninstall man

# The C libraries (libcsv, SQLite; zlib and libxml2 for .xlsx, which `make install` links to), and
# the browser and PDF tools the HTML report's layout test drives (headless Chromium lays the page
# out at desktop and phone widths and prints it; poppler's pdftotext reads the PDF back), and the
# WebDriver server the browser test of `attendance serve` drives Chromium through.
DEBIAN_PACKAGES := libcsv-dev libsqlite3-dev zlib1g-dev libxml2-dev chromium chromium-driver poppler-utils

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

# The library's documentation: the DocC catalog Sources/AttendanceService/Documentation.docc (overview,
# "Pipeline", "Counting rules") and the doc comments of the public API of every layer target, rendered
# by swift-docc-plugin as one combined static site in $(DOCS) (open it through any static web server,
# e.g. `python3 -m http.server` in $(DOCS), at /documentation/attendanceservice/; each layer has its own
# /documentation/<layer>/). It also prints the documentation coverage of each layer.
DOCS ?= .build/docs
docs: deps
	$(SWIFT) package --allow-writing-to-directory $(DOCS) generate-documentation \
		--target AttendanceCSV --target AttendanceModel --target AttendanceFormats --target AttendanceIdentity \
		--target AttendanceStore --target AttendanceTotals --target AttendanceReports --target AttendanceService \
		--enable-experimental-combined-documentation --output-path $(DOCS) --transform-for-static-hosting \
		--experimental-documentation-coverage --coverage-summary-level brief

bench-csv: deps
	bash Benchmarks/csv-reader.sh

# The import pipeline at 100k, 1M and 5M generated records (BENCHMARKS.md, "Pipeline at scale").
bench-pipeline: deps
	bash Benchmarks/pipeline.sh

# `attendance serve` under a bounded load on loopback: 50 readers, 2 reviewers, 60 s (BENCHMARKS.md).
bench-serve: deps
	bash Benchmarks/serve-load.sh

# libFuzzer with AddressSanitizer on one target (FuzzCSVReader, FuzzDialect, FuzzExportReader); SECURITY.md.
FUZZ_TARGET ?= FuzzCSVReader
FUZZ_SECONDS ?= 600
fuzz: deps
	bash Fuzz/run.sh $(FUZZ_TARGET) $(FUZZ_SECONDS)

# The store's key file goes with it: it only keys that store's CPFs and e-mails.
clean-store:
	rm -f $(STORE) $(STORE)-wal $(STORE)-shm $(STORE).key

# Installing: a release binary that runs without the Swift toolchain. The Swift standard library
# and Foundation are linked in (--static-swift-stdlib). The archives of libcsv and SQLite are put
# first on the linker's search path, but the link still takes their shared libraries (checked with
# ldd on 2026-12-02): the binary needs Debian's libcsv3, libsqlite3-0, libxml2 and zlib1g at run
# time (README, "Installing"). The resource bundle (IBGE data) must sit
# beside the executable, so both go to lib/attendance/ and bin/attendance links to them.
PREFIX ?= $(HOME)/.local
DESTDIR ?=
SCRATCH ?= .build
RELEASE := $(SCRATCH)/release
MULTIARCH := $(shell gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
STATIC_LIBS := .build/static-libs
INSTALL_BIN := $(DESTDIR)$(PREFIX)/bin
INSTALL_LIB := $(DESTDIR)$(PREFIX)/lib/attendance
INSTALL_MAN := $(DESTDIR)$(PREFIX)/share/man/man1
BASH_COMPLETION := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH_COMPLETION := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH_COMPLETION := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

install: deps
	mkdir -p $(STATIC_LIBS)
	ln -sf /usr/lib/$(MULTIARCH)/libcsv.a $(STATIC_LIBS)/libcsv.a
	ln -sf /usr/lib/$(MULTIARCH)/libsqlite3.a $(STATIC_LIBS)/libsqlite3.a
	$(SWIFT) build -c release --product attendance --scratch-path $(SCRATCH) --static-swift-stdlib \
		-Xlinker -L$(CURDIR)/$(STATIC_LIBS)
	install -d $(INSTALL_BIN) $(INSTALL_LIB) $(INSTALL_MAN) $(BASH_COMPLETION) $(ZSH_COMPLETION) $(FISH_COMPLETION)
	install -m 755 -s $(RELEASE)/attendance $(INSTALL_LIB)/attendance
	rm -rf $(INSTALL_LIB)/attendance_AttendanceModel.resources
	cp -R $(RELEASE)/attendance_AttendanceModel.resources $(INSTALL_LIB)/
	chmod -R u=rwX,go=rX $(INSTALL_LIB)/attendance_AttendanceModel.resources
	ln -sf ../lib/attendance/attendance $(INSTALL_BIN)/attendance
	install -m 644 share/man/man1/attendance.1 $(INSTALL_MAN)/attendance.1
	$(RELEASE)/attendance --generate-completion-script bash > $(BASH_COMPLETION)/attendance
	$(RELEASE)/attendance --generate-completion-script zsh > $(ZSH_COMPLETION)/_attendance
	$(RELEASE)/attendance --generate-completion-script fish > $(FISH_COMPLETION)/attendance.fish
	@echo "installed $(INSTALL_BIN)/attendance ($$($(RELEASE)/attendance --version))"

uninstall:
	rm -f $(INSTALL_BIN)/attendance $(INSTALL_MAN)/attendance.1 $(BASH_COMPLETION)/attendance \
		$(ZSH_COMPLETION)/_attendance $(FISH_COMPLETION)/attendance.fish
	rm -rf $(INSTALL_LIB)

# The manual page, generated from the command's help by swift-argument-parser's plugin and kept in
# git (share/man/man1/attendance.1), so that installing needs no plugin build. Run after changing
# any command's help. The page's date is that of the last commit to the CLI, not today's.
MAN_DATE ?= $(shell git log -1 --format=%cs -- Sources/AttendanceCLI Sources/AttendanceModel/Records/AttendanceVersion.swift)
man: deps
	$(SWIFT) package plugin generate-manual --configuration debug --date $(MAN_DATE)
	mkdir -p share/man/man1
	cp .build/plugins/GenerateManual/outputs/AttendanceCLI/attendance.1 share/man/man1/attendance.1
