"""Scoring the attendance tool against an answer key: the Python the benchmark scripts share.

An answer key (`<year folder>.truth.json`, written by `attendance demo-data` or shipped with the
field samples) lists every data record of every export as file, physical line and true person
(`pid`), and the figures a correct program reports (`expected`). This module reads one, runs the
tool, and compares:

- pair scores: over every record both sides know, the pairs of records put in one person by the
  tool (predicted) and by the key (true): precision, recall, F1;
- people wrongly merged (for each person the tool found, the true people in it beyond the first)
  and wrongly split (for each true person, the persons the tool found for them beyond the first);
- the contract figures of `report --format json` against `expected`.

Used by Benchmarks/review-simulation.py, Benchmarks/matching-quality.py and
Benchmarks/peer/splink_run.py.
"""
import csv
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict


def run(binary, *args):
    """Runs the tool; exits with its output when it fails."""
    done = subprocess.run([binary, *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"attendance {' '.join(args)}: exit {done.returncode}\n{done.stdout}{done.stderr}")
    return done.stdout


def load_key(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def truth_of(path_or_key):
    """{(file, line): pid} for every record of the key (a path or the loaded key)."""
    key = load_key(path_or_key) if isinstance(path_or_key, str) else path_or_key
    return {(r["file"], r["line"]): r["pid"] for r in key["records"]}


def persons(binary, store, work):
    """{(source_file, source_line): person_id} from `export attendances` of the store."""
    out = os.path.join(work, "attendances.csv")
    run(binary, "export", "attendances", "--store", store, "--out", out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {(row["source_file"], int(row["source_line"])): row["person_id"] for row in rows}


class _Index:
    """Finds a predicted record by the key's (file, line): the tool's file may be absolute or
    relative to another root, so a file matches when one path ends with the other."""

    def __init__(self, table):
        self.by_line = defaultdict(list)
        for (file, line), value in table.items():
            self.by_line[line].append((file, value))

    def get(self, file, line):
        for known, value in self.by_line.get(line, ()):
            if file.endswith(known) or known.endswith(file):
                return value
        return None


def lookup(table, file, line):
    """The value of `table` for the key's (file, line), or None."""
    return _Index(table).get(file, line)


def matched(predicted, truth):
    """[(predicted person, true pid)] for every record of the key the tool also has."""
    index = _Index(predicted)
    out = []
    for (file, line), pid in truth.items():
        person = index.get(file, line)
        if person is not None:
            out.append((person, pid))
    return out


def pair_scores(predicted, truth):
    """(precision, recall, F1) over the pairs of records in one person, on either side."""
    both, pred, true = Counter(), Counter(), Counter()
    for person, pid in matched(predicted, truth):
        both[(person, pid)] += 1
        pred[person] += 1
        true[pid] += 1
    pairs = lambda c: sum(n * (n - 1) // 2 for n in c.values())
    tp, p, t = pairs(both), pairs(pred), pairs(true)
    precision, recall = (tp / p if p else 1.0), (tp / t if t else 1.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def people_groups(predicted, truth):
    """({person found: its true people}, {true person: the persons found for it}) over the records
    both sides know."""
    true_of, found_of = defaultdict(set), defaultdict(set)
    for person, pid in matched(predicted, truth):
        true_of[person].add(pid)
        found_of[pid].add(person)
    return true_of, found_of


def people_errors(predicted, truth):
    """Counts of the matched records' people: true, found, wrongly merged, wrongly split.

    Wrongly merged: for each person found, the true people in it beyond the first. Wrongly split:
    for each true person, the persons found for them beyond the first.
    """
    true_of, found_of = people_groups(predicted, truth)
    merges = sum(len(pids) - 1 for pids in true_of.values())
    splits = sum(len(found) - 1 for found in found_of.values())
    return {"true": len(found_of), "found": len(true_of), "merges": merges, "splits": splits}


HAZARDS = ("namesake-elsewhere", "borrowed-email", "given-name-gender", "short-long-name", "name-only-namesake",
           "guest-misspelt", "middle-names-vary", "course-namesake")
# Tags of how a record was typed, not of who it is: left out of the error labels.
SURFACE = ("cpf-punctuated", "cpf-digits-only", "cpf-spaced", "cpf-dash-only", "cpf-leading-zero-lost",
           "empty-row-after-header", "upper-case", "lower-case", "email-case", "accents-dropped", "extra-spaces",
           "email-spaces")


def error_kinds(predicted, key):
    """Counter of the people errors by what their records are tagged with in the key (`mess`).

    Each true person wrongly merged into a found person beyond the first, and each extra person
    found for a true person, is counted once under the hazard tags (HAZARDS) of the records
    involved or, without one, under their other tags except those of typing (SURFACE). For
    years that are not held out only.
    """
    tags = defaultdict(set)
    for record in key["records"]:
        tags[record["pid"]].update(t for t in record.get("mess") or () if t not in SURFACE)

    def label(pids):
        found = set().union(*(tags[p] for p in pids))
        hazards = found & set(HAZARDS)
        return "+".join(sorted(hazards)) if hazards else "other: " + (",".join(sorted(found)) or "untagged")

    true_of, found_of = people_groups(predicted, truth_of(key))
    kinds = Counter()
    for pids in true_of.values():
        if len(pids) > 1:
            kinds[f"merge: {label(pids)}"] += len(pids) - 1
    for pid, found in found_of.items():
        if len(found) > 1:
            kinds[f"split: {label([pid])}"] += len(found) - 1
    return kinds


def contract_checks(expected, report):
    """[(name, want, got)] for every contract figure of `report --format json`.

    Participations, unique participants; per event participants, sessions, registrants (where
    the key has registration data) and governments (where the key marks them checked, as the
    acceptance contract does); per course completions, completers and public servants.
    """
    checks = [
        ("participations", expected["participations"], report.get("participations")),
        ("uniqueParticipants", expected["uniqueParticipants"], report.get("uniqueParticipants")),
    ]
    events = {e.get("id"): e for e in report.get("events", [])}
    for event in expected["events"]:
        got = events.get(event["id"], {})
        checks.append((f"{event['id']}.participants", event["participants"], got.get("participants")))
        checks.append((f"{event['id']}.sessions", event["sessions"], got.get("sessions")))
        if event.get("registrants") is not None:
            checks.append((f"{event['id']}.registrants", event["registrants"], got.get("registrants")))
        if event.get("governmentsChecked"):
            checks.append((f"{event['id']}.governments", event["governments"], got.get("governments")))
    courses = {c.get("id"): c for c in report.get("courses", []) or []}
    for course in expected.get("courses", []):
        got = courses.get(course["id"], {})
        for name in ("completions", "completers", "publicServants"):
            if course.get(name) is not None:
                checks.append((f"{course['id']}.{name}", course[name], got.get(name)))
    return checks


def answer_review(binary, store, work, truth, rounds=10):
    """Answers `attendance review` as the key says, round after round, until no question is open.

    Two sides are one person when their records' true persons, by majority, are one. Returns
    (questions asked, rounds); prints a line for a question asked twice.
    """
    asked, done = set(), 0
    index = _Index(truth)
    while done < rounds:
        listing = json.loads(run(binary, "review", "--store", store, "--format", "json"))
        questions = listing["questions"]
        if not questions:
            break
        done += 1
        places = listing["records"]

        def true_person(side):
            keys = [index.get(places[str(r)]["file"], places[str(r)]["line"]) for r in side]
            counts = Counter(k for k in keys if k)
            return counts.most_common(1)[0][0] if counts else None

        sheet = os.path.join(work, f"round-{done}.csv")
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
    return len(asked), done
