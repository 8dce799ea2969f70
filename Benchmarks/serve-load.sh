#!/usr/bin/env bash
# A bounded load on `attendance serve`, on loopback only (BENCHMARKS.md, "serve under load").
#
# usage: Benchmarks/serve-load.sh                     60 s, 50 readers, 2 reviewers, the demo year
#        SECONDS_=20 READERS=10 Benchmarks/serve-load.sh
#        REQUESTS=5000 SCALE=0.25 Benchmarks/serve-load.sh
#
# Builds `attendance` in release, generates a programme year with `attendance demo-data` (seed
# $SEED, default 2021, at scale $SCALE, default 1: the published 2021 year, 4,258 records) into a
# temporary folder, imports it into a new store there, starts `attendance serve` on 127.0.0.1 and
# a free ephemeral port, waits for GET /health, then runs Benchmarks/serve_load.py: $READERS (50)
# reader threads cycling through /, /people?q=SURNAME, /report and /review, and $REVIEWERS (2)
# reviewers answering the open questions with POST /review/answer (CSRF cookie and field) as the
# year's answer key says, revoking the newest decision when none is open, for $SECONDS_ (60)
# seconds or $REQUESTS requests (0: no limit). It prints requests, errors, throughput and
# p50/p95/p99/max latency per route, the overview's figures before and after, `uptime`, and the
# server's CPU time and peak memory.
# The server, the store and the year are removed at the end, also on failure or Ctrl-C. Exits 1
# when a request failed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${SECONDS_:-60}
requests=${REQUESTS:-0}
readers=${READERS:-50}
reviewers=${REVIEWERS:-2}
scale=${SCALE:-1}
seed=${SEED:-2021}

swift build -c release --product attendance >&2
bin=$(swift build -c release --show-bin-path)/attendance

work=$(mktemp -d /tmp/attendance-serve-load.XXXXXX)
server=""
cleanup() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

"$bin" demo-data "$work/2021" --seed "$seed" --scale "$scale" >&2
"$bin" import "$work/2021" --store "$work/store.sqlite" --quiet >&2

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" serve --store "$work/store.sqlite" --host 127.0.0.1 --port "$port" >"$work/serve.log" 2>&1 &
server=$!
healthy() {
    python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' \
        "http://127.0.0.1:$port/health" 2>/dev/null
}
for _ in $(seq 1 600); do
    healthy && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.1
done
healthy || { echo "the server did not answer /health in 60 s" >&2; exit 1; }

echo "machine: $(nproc) CPUs, $(uptime)"
status=0
python3 Benchmarks/serve_load.py --base "http://127.0.0.1:$port" --truth "$work/2021.truth.json" \
    --seconds "$seconds" --requests "$requests" --readers "$readers" --reviewers "$reviewers" || status=$?
# The server's CPU time (user + system, from /proc) and peak resident memory over its whole life.
ticks=$(getconf CLK_TCK)
read -r utime stime < <(awk '{print $14, $15}' "/proc/$server/stat")
echo "server: CPU $(( (utime + stime) / ticks )) s, peak RSS $(awk '/VmHWM/ {printf "%.0f MiB", $2 / 1024}' "/proc/$server/status")"
echo "server log: $(wc -l <"$work/serve.log") lines; statuses: $(grep -oE ' [1-5][0-9]{2} ' "$work/serve.log" | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
exit $status
