#!/usr/bin/env bash
# The import pipeline at scale: each stage timed on generated programme years.
#
# usage: Benchmarks/pipeline.sh                      years of 100,000, 1,000,000 and 5,000,000 records
#        Benchmarks/pipeline.sh 100000 1000000       chosen sizes
#        RUNS=1 STAGES="import identity" Benchmarks/pipeline.sh 5000000
#
# Builds `attendance`, `AttendanceBenchmarks` and `CSVFloor` in release, generates each year once
# (`AttendanceBenchmarks year-generate DIR --records N`, seed 2021) into $BENCH_DIR (default
# /tmp/attendance-pipeline-bench), warms the page cache, then runs every stage RUNS times (3),
# interleaved, each under `/usr/bin/time -v` (wall time, CPU time, peak RSS):
#   csv-floor  CSVFloor over every export (libcsv alone, counting fields)
#   csv-read   AttendanceBenchmarks csv-read over every export (CSVReader, every field touched)
#   parse      AttendanceBenchmarks parse DIR (format recognition + ExportReader.read, 2 files at a time)
#   import     attendance import DIR --no-identity (read + recognise + store) into a new store
#   identity   AttendanceBenchmarks identity STORE (IdentityService.run on the imported store)
#   report     attendance report --year 2021 --format json on that store
#   duckdb     python3 Benchmarks/duckdb_floor.py DIR (DuckDB: load every export, distinct e-mails per event)
# The whole job is import + identity + report. Results go to $RESULTS (default $BENCH_DIR/results.jsonl,
# one line per run; APPEND=1 keeps earlier lines, to add a size run with other RUNS) and a Markdown
# table on standard output. `uptime` is printed before each size and stored with every run.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000 5000000)
runs=${RUNS:-3}
stages=${STAGES:-"csv-floor csv-read parse import identity report duckdb"}
dir=${BENCH_DIR:-/tmp/attendance-pipeline-bench}
mkdir -p "$dir"

if ! [ -x /usr/bin/time ]; then
    echo "installing GNU time (Debian package 'time')" >&2
    apt-get update -qq && apt-get install -y -qq time >&2
fi
python3 -c 'import duckdb' 2>/dev/null || pip install -q duckdb >&2

swift build -c release --product attendance >&2
swift build -c release --product AttendanceBenchmarks >&2
swift build -c release --product CSVFloor >&2
bin=$(swift build -c release --show-bin-path)

results=${RESULTS:-$dir/results.jsonl}
[ "${APPEND:-0}" = 1 ] || : > "$results"

# measure SIZE STAGE RUN COMMAND...: runs COMMAND under /usr/bin/time -v and appends one JSON line.
measure() {
    local size=$1 stage=$2 run=$3
    shift 3
    local out="$dir/out-$stage.txt" timing="$dir/time-$stage.txt"
    /usr/bin/time -v -o "$timing" "$@" > "$out"
    python3 - "$size" "$stage" "$run" "$timing" "$out" "$(cat /proc/loadavg)" >> "$results" <<'PY'
import json, re, sys
size, stage, run, timing, out, load = sys.argv[1:]
text = open(timing).read()
def field(name):
    return re.search(re.escape(name) + r": (.*)", text).group(1).strip()
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
seconds = 0.0
for part in wall.split(":"):
    seconds = seconds * 60 + float(part)
row = {"size": int(size), "stage": stage, "run": int(run), "seconds": seconds,
       "cpu_seconds": float(field("User time (seconds)")) + float(field("System time (seconds)")),
       "peak_rss_kib": int(field("Maximum resident set size (kbytes)")), "loadavg": load}
lines = [line for line in open(out).read().splitlines() if line.startswith("{")]
try:
    row["output"] = json.loads(lines[-1])
except (IndexError, ValueError):
    pass  # the report's pretty-printed JSON, or no output
print(json.dumps(row))
PY
    tail -1 "$results" | cut -c1-300 >&2
}

for size in "${sizes[@]}"; do
    year="$dir/year-$size"
    if ! [ -e "$year/.complete" ]; then
        rm -rf "$year"
        "$bin/AttendanceBenchmarks" year-generate "$year" --records "$size" >&2
        touch "$year/.complete"
    fi
done

for size in "${sizes[@]}"; do
    year="$dir/year-$size"
    store="$dir/store-$size.sqlite"
    mapfile -t files < <(find "$year" -mindepth 2 -name '*.csv' | sort)
    echo "== $size records: ${#files[@]} files, $(du -sh "$year" | cut -f1); $(uptime)" >&2
    cat "${files[@]}" > /dev/null  # warm the page cache: every run reads from memory
    for ((run = 1; run <= runs; run++)); do
        for stage in $stages; do
            case $stage in
            csv-floor) measure "$size" "$stage" "$run" "$bin/CSVFloor" "${files[@]}" ;;
            csv-read) measure "$size" "$stage" "$run" "$bin/AttendanceBenchmarks" csv-read "${files[@]}" ;;
            parse) measure "$size" "$stage" "$run" "$bin/AttendanceBenchmarks" parse "$year" ;;
            import)
                rm -f "$store" "$store-wal" "$store-shm"
                measure "$size" "$stage" "$run" "$bin/attendance" import "$year" --store "$store" --no-identity --quiet
                ;;
            identity) measure "$size" "$stage" "$run" "$bin/AttendanceBenchmarks" identity "$store" ;;
            report)
                measure "$size" "$stage" "$run" "$bin/attendance" report --year 2021 --format json --store "$store"
                ;;
            duckdb) measure "$size" "$stage" "$run" python3 Benchmarks/duckdb_floor.py "$year" ;;
            esac
        done
    done
done

python3 Benchmarks/pipeline_table.py "$results" "$dir"
