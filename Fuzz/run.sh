#!/usr/bin/env bash
# Builds one libFuzzer target with AddressSanitizer and runs it for SECONDS seconds.
#
#   Fuzz/run.sh TARGET SECONDS [libFuzzer flags...]
#   TARGET: FuzzCSVReader | FuzzDialect | FuzzExportReader
#
# Seeds: every *.csv and *.xlsx under Tests/*/Fixtures/ and every file under Tests/*/Fixtures/fuzz-regressions/,
# copied to Fuzz/.build/seeds/. The corpus grows in Fuzz/.build/corpus/TARGET/ and is kept between
# runs; crashes, timeouts and out-of-memory inputs land in Fuzz/.build/artifacts/TARGET/; the log
# in Fuzz/.build/logs/. Reproduce a finding with `Fuzz/.build/release/TARGET FILE`.
# Run one target at a time: the machine's cores are shared.
set -euo pipefail

usage() {
    echo "usage: $0 FuzzCSVReader|FuzzDialect|FuzzExportReader SECONDS [libFuzzer flags...]" >&2
    exit 2
}
[ $# -ge 2 ] || usage
target=$1
seconds=$2
shift 2
case "$target" in FuzzCSVReader | FuzzDialect | FuzzExportReader) ;; *) usage ;; esac
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

cd "$(dirname "$0")"
# -sanitize=fuzzer instruments every Swift module for coverage and links libFuzzer's main;
# -parse-as-library keeps the harness from defining one. swiftc on Linux has no
# -sanitize=undefined; Swift's own overflow, bounds and exclusivity checks (kept in -O builds)
# stand in for it. Release, because -Onone runs the harnesses about ten times slower;
# -enable-testing because the harnesses check internal pieces (the UTF-8 validator, the transcoder).
# SwiftPM does not notice files added to a path dependency; a newer manifest makes it plan again.
touch Package.swift
swift build -c release --product "$target" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
    -Xswiftc -enable-testing

seeds=.build/seeds
rm -rf "$seeds"
mkdir -p "$seeds" ".build/corpus/$target" ".build/artifacts/$target" .build/logs
while IFS= read -r -d '' file; do
    cp "$file" "$seeds/$(echo "${file#../Tests/}" | tr '/' '_')"
done < <(find ../Tests -path '*/Fixtures/*' \( -name '*.csv' -o -name '*.xlsx' -o -path '*/fuzz-regressions/*' \) -type f -print0)

scratch=$(mktemp -d "${TMPFS:-/dev/shm}/attendance-fuzz.XXXXXX" 2>/dev/null || mktemp -d)
trap 'rm -rf "$scratch"' EXIT
log=".build/logs/$target-$(date -u +%Y%m%dT%H%M%SZ).log"

# The Swift runtime's own crash reporter would race libFuzzer's; libFuzzer reports instead.
# lsan-suppressions.txt names the leaks that are not ours (a dependency's), each with its reason.
SWIFT_BACKTRACE=enable=no ATTENDANCE_FUZZ_SCRATCH="$scratch" \
    ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}" \
    LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/lsan-suppressions.txt:print_suppressions=0}" \
    ".build/release/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix=".build/artifacts/$target/" "$@" \
    ".build/corpus/$target" "$seeds" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
echo "log: Fuzz/$log"
exit "$status"
