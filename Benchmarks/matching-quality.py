#!/usr/bin/env python3
"""Matching quality on years with answer keys: one table row per year.

Usage: Benchmarks/matching-quality.py --bin PATH [--after-review] [--details] ROW...

Each ROW is `LABEL=FOLDER` (a programme-year folder with FOLDER.truth.json beside it) or
`held-out:LABEL=FOLDER` for a year whose per-record and per-figure results must not be shown:
its row is the aggregate line only, and `--details` skips it. For each year: a new store, import
(matching included), `report --year Y --format json`, `export attendances`; then pair
precision, recall and F1 over every record of the key, the people (true / found), people wrongly
merged and split (see attendance_truth.people_errors), whether every contract figure is exact,
and how many figures are wrong without a warning: not among those the store's open review
questions can change (what `report` and `export` warn about on stderr; see `flagged`).
`--after-review` first answers `attendance review` as the key says, and counts the questions
(the default scores the store as imported). `--details` prints, under the table, each contract figure that is not
exact for the years that are not held out, and their wrongly merged and split people by the hazard
their records are tagged with in the key.
"""
import json
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attendance_truth import (answer_review, contract_checks, error_kinds, load_key, pair_scores, people_errors, persons,
                              run, truth_of)


def open_figures(binary, store):
    """(event ids, whether unique participants) that the store's open review questions can change."""
    listing = json.loads(run(binary, "review", "--store", store, "--format", "json"))
    events, unique = set(), False
    for question in listing["questions"]:
        for figure in question.get("figures", []):
            if "event" in figure:
                events.add(figure["event"]["_0"])
            elif "uniqueParticipants" in figure:
                unique = True
    return events, unique


def flagged(name, figures):
    """Whether a contract figure is one the open questions can change, as `report` warns: an
    event's figures when a question names the event, participations when any does, unique
    participants when a question says so."""
    events, unique = figures
    if name == "uniqueParticipants":
        return unique
    if name == "participations":
        return bool(events)
    return name.rsplit(".", 1)[0] in events


def score(binary, folder, after_review):
    key = load_key(folder + ".truth.json")
    truth = truth_of(key)
    work = tempfile.mkdtemp(prefix="matching-quality-")
    store = os.path.join(work, "store.sqlite")
    started = time.monotonic()
    run(binary, "import", folder, "--store", store)
    seconds = time.monotonic() - started
    asked = answer_review(binary, store, work, truth)[0] if after_review else None
    year = str(key["expected"]["year"])
    report = json.loads(run(binary, "report", "--year", year, "--format", "json", "--store", store))
    predicted = persons(binary, store, work)
    precision, recall, f1 = pair_scores(predicted, truth)
    people = people_errors(predicted, truth)
    checks = contract_checks(key["expected"], report)
    misses = [(name, want, got) for name, want, got in checks if got != want]
    figures = open_figures(binary, store)
    unflagged = [miss for miss in misses if not flagged(miss[0], figures)]
    kinds = error_kinds(predicted, key)
    shutil.rmtree(work, ignore_errors=True)
    return {"records": len(truth), "precision": precision, "recall": recall, "f1": f1, "people": people,
            "checks": len(checks), "misses": misses, "unflagged": unflagged, "kinds": kinds, "seconds": seconds,
            "asked": asked}


def main():
    args = sys.argv[1:]
    binary = args[args.index("--bin") + 1] if "--bin" in args else ".build/release/attendance"
    after_review = "--after-review" in args
    details = "--details" in args
    rows = [a for i, a in enumerate(args) if "=" in a and not (i > 0 and args[i - 1] == "--bin")]
    header = ("year", "records", "people true/found", "precision", "recall", "F1", "false merges",
              "false splits", "figures exact", "wrong, unwarned", "import s") + (("questions answered",) if after_review else ())
    print(f"matching quality ({'after review answered from the key' if after_review else 'before review'}),"
          f" {os.path.basename(binary)} at {binary}")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    shown = []
    for row in rows:
        held_out = row.startswith("held-out:")
        label, folder = row.removeprefix("held-out:").split("=", 1)
        result = score(binary, folder, after_review)
        p = result["people"]
        exact = "yes" if not result["misses"] else f"no ({result['checks'] - len(result['misses'])}/{result['checks']})"
        unwarned = str(len(result["unflagged"]))
        cells = (label, f"{result['records']:,}", f"{p['true']:,} / {p['found']:,}", f"{result['precision']:.4f}",
                 f"{result['recall']:.4f}", f"{result['f1']:.4f}", str(p["merges"]), str(p["splits"]), exact, unwarned,
                 f"{result['seconds']:.1f}") + ((str(result["asked"]),) if after_review else ())
        print("| " + " | ".join(cells) + " |", flush=True)
        if not held_out:
            shown.append((label, result))
    if details:
        for label, result in shown:
            for name, want, got in result["misses"]:
                warned = "" if (name, want, got) in result["unflagged"] else " (warned: an open question can change it)"
                print(f"{label}: {name}: want {want}, got {got}{warned}")
            for kind, count in sorted(result["kinds"].items()):
                print(f"{label}: {kind}: {count}")


if __name__ == "__main__":
    main()
