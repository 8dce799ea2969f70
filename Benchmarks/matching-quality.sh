#!/usr/bin/env bash
# Matching quality on every year with an answer key, in one table (issue 15).
#
# usage: Benchmarks/matching-quality.sh [--before-review | --after-review] [--details]
#
# Builds `attendance` in release (or uses $ATTENDANCE_BIN), then scores, each in a new store:
#   (a) the 2020 field samples at ../shared/samples/2020 with their key, when present;
#   (b) the demo year Imports/2021 with Imports/2021.truth.json (what `attendance demo-data` wrote);
#   (c) the tuning years: seeds $TUNING_SEEDS (default "101 202 303"), scale 1, with hazards
#       (`attendance demo-data DIR --seed S --hazards`);
#   (d) the held-out years listed in Benchmarks/held-out-seeds.txt (seed and scale per line,
#       hazards on): only their aggregate row is printed, never which records or figures missed.
# Generated years go to $QUALITY_DIR (default $TMPDIR or /tmp, under attendance-quality/) and are
# written again on every run (same seed, same bytes).
#
# One row per year: records in the key, people (true / found), pair precision, recall and F1
# over every record, false merges (for each person found, the true people in it beyond the
# first), false splits (for each true person, the persons found beyond the first), whether every
# contract figure of `report --format json` is exact (participations, unique participants; per
# event participants, sessions, registrants, governments where the key checks them; per course
# completions, completers, public servants) and the import's wall time (matching included).
# --before-review (the default) scores the store as imported; --after-review first answers every
# review question as the key says (Benchmarks/review-simulation.py's reviewer). --details lists
# the figures that are not exact, for the years that are not held out.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=""
details=""
for arg in "$@"; do
    case "$arg" in
    --before-review) mode="" ;;
    --after-review) mode="--after-review" ;;
    --details) details="--details" ;;
    *) echo "usage: $0 [--before-review | --after-review] [--details]" >&2; exit 2 ;;
    esac
done

bin=${ATTENDANCE_BIN:-}
if [ -z "$bin" ]; then
    swift build -c release --product attendance >&2
    bin="$(swift build -c release --show-bin-path)/attendance"
fi
dir=${QUALITY_DIR:-${TMPDIR:-/tmp}/attendance-quality}
mkdir -p "$dir"

rows=()
samples=../shared/samples/2020
if [ -f "$samples.truth.json" ]; then rows+=("samples-2020=$(cd "$samples" && pwd)"); fi
rows+=("demo-2021=$(pwd)/Imports/2021")
for seed in ${TUNING_SEEDS:-101 202 303}; do
    "$bin" demo-data "$dir/tuning-$seed" --seed "$seed" --hazards >/dev/null
    rows+=("tuning-$seed=$dir/tuning-$seed")
done
n=0
while read -r seed scale _; do
    case "$seed" in '' | '#'*) continue ;; esac
    n=$((n + 1))
    "$bin" demo-data "$dir/held-out-$n" --seed "$seed" --scale "$scale" --hazards >/dev/null
    rows+=("held-out:held-out-$n (scale $scale)=$dir/held-out-$n")
done <Benchmarks/held-out-seeds.txt

python3 Benchmarks/matching-quality.py --bin "$bin" $mode $details "${rows[@]}"
