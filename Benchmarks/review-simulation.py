#!/usr/bin/env python3
"""A reviewer with the answer key goes through `attendance review`, round after round.

Usage: Benchmarks/review-simulation.py FOLDER TRUTH.json [--bin PATH]

Imports the programme year FOLDER into a new store, then, until no question is open (at most
10 rounds), writes the review sheet, answers every question as the answer key says (the two
sides are one person when their records' true persons, by majority, are one) and applies it.
Prints the questions asked, the rounds, and pair precision/recall/F1 over every record of the
key before and after. It only reads the key to answer and to score: nothing is tuned on it.
"""
import os, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from attendance_truth import answer_review, pair_scores, persons, run, truth_of

def main():
    args = sys.argv[1:]
    binary = args[args.index("--bin") + 1] if "--bin" in args else ".build/release/attendance"
    folder, truth_path = args[0], args[1]
    truth = truth_of(truth_path)
    work = tempfile.mkdtemp(prefix="review-simulation-")
    store = os.path.join(work, "store.sqlite")
    run(binary, "import", folder, "--store", store)
    before = pair_scores(persons(binary, store, work), truth)
    asked, rounds = answer_review(binary, store, work, truth)
    after = pair_scores(persons(binary, store, work), truth)
    people = len(set(truth.values()))
    print(f"people in the key: {people}; questions asked: {asked} "
          f"({100 * asked / people:.1f} % of people); rounds: {rounds}")
    print("before: precision %.4f recall %.4f F1 %.4f" % before)
    print("after:  precision %.4f recall %.4f F1 %.4f" % after)

if __name__ == "__main__":
    main()
