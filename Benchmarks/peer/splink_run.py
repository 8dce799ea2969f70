#!/usr/bin/env python3
"""Splink (DuckDB backend) on the records of a store our tool imported; scored against the key.

Usage: splink_run.py STORE TRUTH.json [--threads N]

Both tools see the same records: every record of the store with the fields our parsers read
(record_identity: name, e-mail, CPF, organisation, city, UF), read straight from the SQLite store
(our parsing is not timed here). Splink's time below is its own: load, train, predict, cluster.

Preparation (what any Splink user would do first): lower case without accents; `(Guest)`,
`(Convidado)` and text in parentheses dropped from names; `Surname, Given` turned round; first
name = the first word, surname = the last word; e-mail trimmed and lower-cased; CPF digits only,
left-padded with zeros to 11 when 9 or 10 digits are left (a spreadsheet dropped them); UF from a
state's full name when written out.

Model, as Splink's documentation sets one up:
- comparisons: first_name and surname with Jaro-Winkler levels (exact, ≥ 0.92, ≥ 0.88, ≥ 0.7:
  NameComparison), e-mail (EmailComparison: exact, exact username, Jaro-Winkler levels), CPF exact,
  organisation with Jaro-Winkler levels (exact, ≥ 0.9, ≥ 0.7), city exact, state exact;
- blocking rules for predictions: first_name + surname, e-mail, CPF;
- training: λ from the deterministic rules e-mail or CPF at recall 0.8; u by random sampling
  (10 million pairs, seed 42); m by expectation maximisation blocked on first_name + surname, then
  on e-mail (its standard two sessions, so every comparison gets an m);
- prediction, then connected components at match probability ≥ 0.9.
Prints one JSON line: records, people true/found, precision, recall, F1, seconds.
"""
import json
import os
import re
import sqlite3
import sys
import time
import unicodedata

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from attendance_truth import pair_scores, people_errors, truth_of  # noqa: E402

STATES = {
    "acre": "AC", "alagoas": "AL", "amapa": "AP", "amazonas": "AM", "bahia": "BA", "ceara": "CE",
    "distrito federal": "DF", "espirito santo": "ES", "goias": "GO", "maranhao": "MA", "mato grosso": "MT",
    "mato grosso do sul": "MS", "minas gerais": "MG", "para": "PA", "paraiba": "PB", "parana": "PR",
    "pernambuco": "PE", "piaui": "PI", "rio de janeiro": "RJ", "rio grande do norte": "RN",
    "rio grande do sul": "RS", "rondonia": "RO", "roraima": "RR", "santa catarina": "SC", "sao paulo": "SP",
    "sergipe": "SE", "tocantins": "TO",
}


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", text).strip()


def name_parts(name):
    text = re.sub(r"\([^)]*\)", " ", fold(name))
    if "," in text:
        last, _, first = text.partition(",")
        text = f"{first} {last}"
    words = re.sub(r"[^a-z' -]", " ", text).split()
    if not words:
        return None, None
    return words[0], (words[-1] if len(words) > 1 else None)


def cpf(text):
    digits = re.sub(r"\D", "", text or "")
    if 9 <= len(digits) <= 10:
        digits = digits.zfill(11)
    return digits if len(digits) == 11 else None


def records(store):
    db = sqlite3.connect(store)
    rows = db.execute(
        "SELECT r.id, s.path, r.line, i.name, i.email, i.cpf, i.organization, i.city, i.uf "
        "FROM record r JOIN record_identity i ON i.record_id = r.id JOIN source_file s ON s.id = r.source_id "
        "WHERE r.erased = 0").fetchall()
    table = {k: [] for k in ("unique_id", "first_name", "surname", "email", "cpf", "organization", "city", "state")}
    places = {}
    for rid, path, line, name, email, number, organization, city, uf in rows:
        first, last = name_parts(name)
        state = fold(uf)
        state = STATES.get(state, state.upper()) if state else None
        table["unique_id"].append(rid)
        table["first_name"].append(first)
        table["surname"].append(last)
        table["email"].append(fold(email).replace(" ", "") or None)
        table["cpf"].append(cpf(number))
        table["organization"].append(fold(organization) or None)
        table["city"].append(fold(city) or None)
        table["state"].append(state or None)
        places[rid] = (path, line)
    return table, places


def main():
    args = sys.argv[1:]
    store, truth_path = args[0], args[1]
    threads = int(args[args.index("--threads") + 1]) if "--threads" in args else os.cpu_count()
    import duckdb
    import splink
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    table, places = records(store)
    started = time.monotonic()
    connection = duckdb.connect()
    connection.execute(f"SET threads TO {threads}")
    db_api = DuckDBAPI(connection=connection)
    frame = db_api.register(table, dataset_display_name="records")
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.NameComparison("first_name"),
            cl.NameComparison("surname"),
            cl.EmailComparison("email"),
            cl.ExactMatch("cpf"),
            cl.JaroWinklerAtThresholds("organization", [0.9, 0.7]),
            cl.ExactMatch("city"),
            cl.ExactMatch("state"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("first_name", "surname"),
            block_on("email"),
            block_on("cpf"),
        ],
        retain_intermediate_calculation_columns=False,
    )
    linker = Linker(frame, settings, log_level=None)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("email"), block_on("cpf")], recall=0.8)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e7, seed=42)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("first_name", "surname"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("email"))
    predictions = linker.inference.predict(threshold_match_probability=0.5)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=0.9)
    assigned = clusters.as_duckdbpyrelation().select("unique_id, cluster_id").fetchall()
    seconds = time.monotonic() - started

    predicted = {places[int(rid)]: str(cluster) for rid, cluster in assigned}
    truth = truth_of(truth_path)
    precision, recall, f1 = pair_scores(predicted, truth)
    people = people_errors(predicted, truth)
    print(json.dumps({
        "tool": f"splink {splink.__version__} (duckdb {duckdb.__version__})", "records": len(places),
        "peopleTrue": people["true"], "peopleFound": people["found"], "merges": people["merges"],
        "splits": people["splits"], "precision": round(precision, 4), "recall": round(recall, 4),
        "f1": round(f1, 4), "seconds": round(seconds, 1), "threads": threads,
    }))


if __name__ == "__main__":
    main()
