#!/usr/bin/env python3
"""Summarises Benchmarks/pipeline.sh results (one JSON line per run) as Markdown tables.

usage: python3 Benchmarks/pipeline_table.py RESULTS.jsonl [BENCH_DIR]

Per size and stage: median wall seconds (and the spread of the runs), records/s and MB/s over
the year's records and export bytes (as `parse` counted them), median CPU seconds, peak RSS.
Then the whole job (import + identity + report, medians added), the floors' ratios and the
growth from one size to the next (time ratio over record ratio: 1.00 is linear).
"""
import json
import statistics
import sys
from collections import defaultdict

rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
runs = defaultdict(list)
for row in rows:
    runs[(row["size"], row["stage"])].append(row)
sizes = sorted({row["size"] for row in rows})
order = ["csv-floor", "csv-read", "parse", "import", "identity", "report", "duckdb"]
stages = [stage for stage in order if any((size, stage) in runs for size in sizes)]


def median(size, stage, key="seconds"):
    values = [row[key] for row in runs.get((size, stage), [])]
    return statistics.median(values) if values else None


volume = {}
for size in sizes:
    parse = runs.get((size, "parse")) or runs.get((size, "duckdb")) or []
    output = parse[0].get("output", {}) if parse else {}
    volume[size] = (output.get("records") or output.get("rows") or size, output.get("bytes") or 0,
                    output.get("files") or 0)

print("| records | files | MB | stage | wall s (median) | runs min–max | records/s | MB/s | CPU s | peak RSS MiB |")
print("| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for size in sizes:
    records, size_bytes, files = volume[size]
    for stage in stages:
        if (size, stage) not in runs:
            continue
        values = [row["seconds"] for row in runs[(size, stage)]]
        seconds = statistics.median(values)
        rate = f"{records / seconds:,.0f}" if seconds > 0 else ""
        mbs = f"{size_bytes / 1e6 / seconds:.1f}" if seconds > 0 and size_bytes else ""
        print(f"| {records:,} | {files} | {size_bytes / 1e6:.0f} | {stage} | {seconds:.2f} | "
              f"{min(values):.2f}–{max(values):.2f} ({len(values)}) | {rate} | {mbs} | "
              f"{median(size, stage, 'cpu_seconds'):.2f} | {median(size, stage, 'peak_rss_kib') / 1024:.0f} |")

print()
print("| records | import s | identity s | report s | whole job s | peak RSS MiB | DuckDB s | job / DuckDB "
      "| import / DuckDB | csv-read / C floor (time) |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for size in sizes:
    parts = [median(size, stage) for stage in ("import", "identity", "report")]
    duck = median(size, "duckdb")
    job = sum(parts) if all(p is not None for p in parts) else None
    rss = max((median(size, stage, "peak_rss_kib") or 0) for stage in ("import", "identity", "report")) / 1024
    floor = median(size, "csv-floor")
    read = median(size, "csv-read")
    def show(value, digits=2):
        return f"{value:.{digits}f}" if value is not None else ""
    print(f"| {volume[size][0]:,} | {show(parts[0])} | {show(parts[1])} | {show(parts[2])} | {show(job)} | {rss:.0f} "
          f"| {show(duck)} | {show(job / duck if job and duck else None)} "
          f"| {show(parts[0] / duck if parts[0] and duck else None)} "
          f"| {show(read / floor if read and floor else None)} |")

if len(sizes) > 1:
    print()
    header = " | ".join(f"{a:,}→{b:,}" for a, b in zip(sizes, sizes[1:]))
    print(f"| stage | {header} |")
    print("| --- |" + " ---: |" * (len(sizes) - 1))
    for stage in stages + ["whole job"]:
        cells = []
        for a, b in zip(sizes, sizes[1:]):
            if stage == "whole job":
                parts_a = [median(a, s) for s in ("import", "identity", "report")]
                parts_b = [median(b, s) for s in ("import", "identity", "report")]
                ta = sum(parts_a) if None not in parts_a else None
                tb = sum(parts_b) if None not in parts_b else None
            else:
                ta, tb = median(a, stage), median(b, stage)
            if not ta or not tb:
                cells.append("")
                continue
            growth = tb / ta
            linear = volume[b][0] / volume[a][0]
            cells.append(f"×{growth:.1f} (records ×{linear:.1f}; {growth / linear:.2f} of linear)")
        print(f"| {stage} | " + " | ".join(cells) + " |")
