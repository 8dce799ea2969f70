#!/usr/bin/env python3
"""A reviewer with the answer key goes through `attendance review`, round after round.

Usage: Benchmarks/review-simulation.py FOLDER TRUTH.json [--bin PATH]

Imports the programme year FOLDER into a new store, then, until no question is open (at most
10 rounds), writes the review sheet, answers every question as the answer key says (the two
sides are one person when their records' true persons, by majority, are one) and applies it.
Prints the questions asked, the rounds, and pair precision/recall/F1 over every record of the
key before and after. It only reads the key to answer and to score: nothing is tuned on it.
"""
import csv, json, os, subprocess, sys, tempfile
from collections import Counter

def run(binary, *args):
    done = subprocess.run([binary, *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"attendance {' '.join(args)}: exit {done.returncode}\n{done.stdout}{done.stderr}")
    return done.stdout

def truth_of(path):
    key = json.load(open(path))
    return {(r["file"], r["line"]): r["pid"] for r in key["records"]}

def persons(binary, store, work):
    out = os.path.join(work, "attendances.csv")
    run(binary, "export", "attendances", "--store", store, "--out", out)
    rows = list(csv.DictReader(open(out, encoding="utf-8-sig")))
    return {(row["source_file"], int(row["source_line"])): row["person_id"] for row in rows}

def lookup(table, file, line):
    for (known, number), value in table.items():
        if number == line and (file.endswith(known) or known.endswith(file)):
            return value
    return None

def pair_scores(predicted, truth):
    both, pred, true = Counter(), Counter(), Counter()
    for (file, line), pid in truth.items():
        person = lookup(predicted, file, line)
        if person is None:
            continue
        both[(person, pid)] += 1; pred[person] += 1; true[pid] += 1
    pairs = lambda c: sum(n * (n - 1) // 2 for n in c.values())
    tp, p, t = pairs(both), pairs(pred), pairs(true)
    precision, recall = (tp / p if p else 1.0), (tp / t if t else 1.0)
    return precision, recall, 2 * precision * recall / (precision + recall)

def main():
    args = sys.argv[1:]
    binary = args[args.index("--bin") + 1] if "--bin" in args else ".build/release/attendance"
    folder, truth_path = args[0], args[1]
    truth = truth_of(truth_path)
    work = tempfile.mkdtemp(prefix="review-simulation-")
    store = os.path.join(work, "store.sqlite")
    run(binary, "import", folder, "--store", store)
    before = pair_scores(persons(binary, store, work), truth)
    asked, rounds = set(), 0
    while rounds < 10:
        listing = json.loads(run(binary, "review", "--store", store, "--format", "json"))
        questions = listing["questions"]
        if not questions:
            break
        rounds += 1
        places = listing["records"]
        def true_person(side):
            keys = [lookup(truth, places[str(r)]["file"], places[str(r)]["line"]) for r in side]
            counts = Counter(k for k in keys if k)
            return counts.most_common(1)[0][0] if counts else None
        sheet = os.path.join(work, f"round-{rounds}.csv")
        with open(sheet, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["question", "decision"])
            for question in questions:
                if question["id"] in asked:
                    print(f"question {question['id']} asked twice")
                asked.add(question["id"])
                same = true_person(question["sideA"]) == true_person(question["sideB"])
                writer.writerow([question["id"], "same" if same else "different"])
        run(binary, "review", "--store", store, "--apply", sheet, "--author", "simulation")
    after = pair_scores(persons(binary, store, work), truth)
    people = len(set(truth.values()))
    print(f"people in the key: {people}; questions asked: {len(asked)} "
          f"({100 * len(asked) / people:.1f} % of people); rounds: {rounds}")
    print("before: precision %.4f recall %.4f F1 %.4f" % before)
    print("after:  precision %.4f recall %.4f F1 %.4f" % after)

if __name__ == "__main__":
    main()
