#!/usr/bin/env bash
# CSV reader benchmark: libcsv alone (the C floor) against CSVReader delivering every field.
#
# usage: Benchmarks/csv-reader.sh            1,000,000 rows, 3 runs each, plus a 2x file for memory
#        ROWS=200000 RUNS=7 Benchmarks/csv-reader.sh
# The generated files stay in $CSV_BENCH_DIR (default: $TMPDIR/attendance-csv-bench) and are reused.
# Ratios are throughput over the C floor's: median and best wall time, and median CPU time (what
# the process itself spent, which other jobs on a shared machine disturb less). A one-row file
# shows the fixed memory of each process (the Swift runtime and Foundation for the reader).
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${ROWS:-1000000}
runs=${RUNS:-3}
dir=${CSV_BENCH_DIR:-${TMPDIR:-/tmp}/attendance-csv-bench}
mkdir -p "$dir"

swift build -c release --product AttendanceBenchmarks >&2
swift build -c release --product CSVFloor >&2
bin=$(swift build -c release --show-bin-path)

file="$dir/attendance-$rows.csv"
double="$dir/attendance-$((2 * rows)).csv"
[ -s "$file" ] || "$bin/AttendanceBenchmarks" csv-generate "$file" --rows "$rows"
[ -s "$double" ] || "$bin/AttendanceBenchmarks" csv-generate "$double" --rows "$((2 * rows))"
tiny="$dir/attendance-1.csv"
[ -s "$tiny" ] || "$bin/AttendanceBenchmarks" csv-generate "$tiny" --rows 1

cat "$file" > /dev/null  # warm the page cache: every run reads from memory
results="$dir/results.jsonl"
: > "$results"
for ((run = 1; run <= runs; run++)); do
    "$bin/CSVFloor" "$file" | tee -a "$results" >&2
    "$bin/CSVFloor" "$file" --reader-options | tee -a "$results" >&2
    "$bin/AttendanceBenchmarks" csv-read "$file" | tee -a "$results" >&2
done
cat "$double" > /dev/null
"$bin/CSVFloor" "$double" | sed 's/"tool":"c-floor"/"tool":"c-floor-2x"/' | tee -a "$results" >&2
"$bin/AttendanceBenchmarks" csv-read "$double" | sed 's/"tool":"swift-reader"/"tool":"swift-reader-2x"/' \
    | tee -a "$results" >&2
"$bin/CSVFloor" "$tiny" | sed 's/"tool":"c-floor"/"tool":"c-floor-1-row"/' | tee -a "$results" >&2
"$bin/AttendanceBenchmarks" csv-read "$tiny" | sed 's/"tool":"swift-reader"/"tool":"swift-reader-1-row"/' \
    | tee -a "$results" >&2

python3 - "$results" "$file" "$double" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
by_tool = {}
for row in rows:
    by_tool.setdefault(row["tool"], []).append(row)
def median(tool, key):
    return statistics.median(r[key] for r in by_tool[tool])
def best(tool, key):
    return max(r[key] for r in by_tool[tool])
floor = median("c-floor", "mb_per_s")
best_floor = best("c-floor", "mb_per_s")
cpu_floor = median("c-floor", "cpu_seconds")
labels = {
    "c-floor": "C floor (libcsv, default options)",
    "c-floor-reader-options": "C floor (libcsv, CSVReader's options)",
    "swift-reader": "Swift CSVReader, every field",
    "c-floor-2x": "C floor, 2x file (1 run)",
    "swift-reader-2x": "Swift CSVReader, 2x file (1 run)",
    "c-floor-1-row": "C floor, 1-row file (fixed memory)",
    "swift-reader-1-row": "Swift CSVReader, 1-row file (fixed memory)",
}
first = by_tool["c-floor"][0]
print(f"File: {sys.argv[2]} ({first['bytes'] / 1e6:.1f} MB, {first['records']:,} records, {first['fields']:,} fields);")
print(f"2x file: {sys.argv[3]}. {len(by_tool['c-floor'])} runs each, interleaved; MB = 10^6 bytes.")
print()
print("| reader | MB/s median | MB/s best | records/s median | peak RSS MiB | ratio median | ratio best "
      "| CPU s median | ratio CPU |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for tool, label in labels.items():
    if tool not in by_tool:
        continue
    rss = median(tool, "peak_rss_kib") / 1024
    if tool.endswith("1-row"):
        print(f"| {label} | | | | {rss:.1f} | | | | |")
        continue
    mbs = median(tool, "mb_per_s")
    records = median(tool, "records") / median(tool, "seconds")
    cpu = median(tool, "cpu_seconds")
    ratio_cpu = cpu_floor / cpu * (median(tool, "bytes") / median("c-floor", "bytes"))
    print(f"| {label} | {mbs:.1f} | {best(tool, 'mb_per_s'):.1f} | {records:,.0f} | {rss:.1f} | {mbs / floor:.2f} "
          f"| {best(tool, 'mb_per_s') / best_floor:.2f} | {cpu:.3f} | {ratio_cpu:.2f} |")
PY
