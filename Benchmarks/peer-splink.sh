#!/usr/bin/env bash
# Our matching beside Splink's on the same generated hazard year (issue 15's peer run).
#
# usage: Benchmarks/peer-splink.sh [RECORDS]        (default 100000)
#
# 1. A Python venv under $TMPDIR (default /tmp) with Benchmarks/peer/requirements.txt (Splink and
#    DuckDB from PyPI, pinned), made once and reused.
# 2. `attendance` in release (or $ATTENDANCE_BIN).
# 3. A hazard year of about RECORDS records: `attendance demo-data DIR --seed $SEED --hazards
#    --scale RECORDS/4300` (scale 1 has about 4,300 records; SEED defaults to 1515, a seed used
#    nowhere else).
# 4. Ours: `attendance import DIR` into a new store, timed (wall time; the import reads every
#    export and matches people), and once more with --no-identity to show the parsing part;
#    scored with `export attendances` against the key.
# 5. Splink: Benchmarks/peer/splink_run.py on the records of that store (the fields our parsers
#    read, so both see the same records), its own wall time (load, train, predict, cluster; not
#    parsing). Settings are documented at the top of that script: name (first/last, Jaro-Winkler
#    levels), e-mail, CPF, organisation, city, state; blocking on first name + surname, e-mail,
#    CPF; u by random sampling, m by EM; clusters at match probability 0.9.
# Prints both rows side by side: records, people true/found, precision, recall, F1, false merges
# and splits, seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

records=${1:-100000}
seed=${SEED:-1515}
tmp=${TMPDIR:-/tmp}
venv="$tmp/attendance-splink-venv"
work="$tmp/attendance-peer-$records"

if ! [ -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import splink, duckdb' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q -r Benchmarks/peer/requirements.txt
fi
bin=${ATTENDANCE_BIN:-}
if [ -z "$bin" ]; then
    swift build -c release --product attendance >&2
    bin="$(swift build -c release --show-bin-path)/attendance"
fi

rm -rf "$work" && mkdir -p "$work"
scale=$(python3 -c "print(round($records / 4300, 2))")
"$bin" demo-data "$work/year" --seed "$seed" --scale "$scale" --hazards >/dev/null
python3 - "$bin" "$work" "$venv/bin/python" <<'PY'
import json, os, subprocess, sys, time
sys.path.insert(0, "Benchmarks")
from attendance_truth import pair_scores, people_errors, persons, run, truth_of
binary, work, python = sys.argv[1:4]
year, key = os.path.join(work, "year"), os.path.join(work, "year.truth.json")
parse_store = os.path.join(work, "parse-only.sqlite")
started = time.monotonic(); run(binary, "import", year, "--store", parse_store, "--no-identity")
parse_seconds = time.monotonic() - started
store = os.path.join(work, "store.sqlite")
started = time.monotonic(); run(binary, "import", year, "--store", store)
seconds = time.monotonic() - started
truth = truth_of(key)
predicted = persons(binary, store, work)
precision, recall, f1 = pair_scores(predicted, truth)
people = people_errors(predicted, truth)
version = run(binary, "--version").strip()
splink = json.loads(subprocess.run([python, "Benchmarks/peer/splink_run.py", store, key],
                                   capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1])
print(f"hazard year: {len(truth):,} records in the key, {people['true']:,} people ({os.path.basename(work)})")
print("| tool | records | people found | precision | recall | F1 | false merges | false splits | wall s |")
print("|---|---|---|---|---|---|---|---|---|")
print(f"| {version} (import: parse + store + match; parsing alone {parse_seconds:.1f} s) | "
      f"{len(predicted):,} | {people['found']:,} | {precision:.4f} | {recall:.4f} | {f1:.4f} | "
      f"{people['merges']} | {people['splits']} | {seconds:.1f} |")
print(f"| {splink['tool']}, {splink['threads']} threads (train + predict + cluster) | {splink['records']:,} | "
      f"{splink['peopleFound']:,} | {splink['precision']:.4f} | {splink['recall']:.4f} | {splink['f1']:.4f} | "
      f"{splink['merges']} | {splink['splits']} | {splink['seconds']:.1f} |")
PY
