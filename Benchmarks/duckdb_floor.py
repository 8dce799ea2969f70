#!/usr/bin/env python3
"""The whole-job floor for Benchmarks/pipeline.sh: DuckDB loads every export of a programme year
and counts distinct e-mail addresses per event.

usage: python3 Benchmarks/duckdb_floor.py YEAR_DIR [--threads N]

What it does, per export file (every *.csv in each event folder; events.csv and
certifications.csv are not exports):
- encoding: a UTF-16 BOM is read as UTF-16, a UTF-8 BOM or valid UTF-8 as UTF-8, anything else
  as Latin-1 (what DuckDB offers closest to Windows-1252; the e-mail column is ASCII anyway);
- delimiter: the most frequent of `,` `;` and tab in the header line;
- the header line: the first line, among the first 60, that names an e-mail column (`Email`,
  `E-mail`, `User Email`, `Endereço de e-mail`, `Email address`). Zoom webinar attendee reports
  hold several sections with their own headers (host, panelists, attendees); only the last
  section found in the first 60 lines (the attendees, which is where almost every row is) is
  read, with `skip=` set to its header line. Zoom meeting reports and registration reports
  have a block above their header that `skip=` passes over the same way.
- `read_csv(..., header=true, all_varchar=true, ignore_errors=true)` over the
  rest of the file, keeping only the e-mail column, into one table (event, email).
Then `SELECT event, count(DISTINCT lower(trim(email))) ... GROUP BY event`.

It does not recognise formats, parse dates or durations, tell hosts from participants, apply
min_minutes, nor match people: it is the cost of reading the same bytes and one aggregate, the
least any program answering "how many people per event" has to spend. Prints one JSON line.
"""
import json
import os
import sys
import time

import duckdb

EMAIL_HEADERS = {"email", "e-mail", "user email", "endereço de e-mail", "email address"}


def sniff(path):
    with open(path, "rb") as handle:
        head = handle.read(1 << 16)
    if head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff"):
        encoding, text = "utf-16", head.decode("utf-16", errors="replace")
    else:
        try:
            head.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError as error:
            # A chunk may end inside a character; only a bad byte before the end means Latin-1.
            encoding = "utf-8" if error.start > len(head) - 4 else "latin-1"
        text = head.decode("utf-8" if encoding == "utf-8" else "latin-1", errors="replace")
    text = text.lstrip("\ufeff")
    header_line, header, column = None, None, None
    for number, line in enumerate(text.splitlines()[:60]):
        delimiter = max([",", ";", "\t"], key=line.count)
        cells = [cell.strip().strip('"').strip() for cell in line.split(delimiter)]
        for cell in cells:
            if cell.lower() in EMAIL_HEADERS:
                header_line, header, column = number, delimiter, cell
                break
    return encoding, header, header_line, column


def main():
    root = sys.argv[1]
    threads = int(sys.argv[sys.argv.index("--threads") + 1]) if "--threads" in sys.argv else None
    start = time.monotonic()
    cpu_start = time.process_time()
    con = duckdb.connect()
    if threads:
        con.execute(f"SET threads = {threads}")
    con.execute("CREATE TABLE emails (event VARCHAR, email VARCHAR)")
    files = 0
    total_bytes = 0
    skipped = []
    for event in sorted(os.listdir(root)):
        folder = os.path.join(root, event)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.lower().endswith(".csv"):
                continue
            path = os.path.join(folder, name)
            encoding, delimiter, skip, column = sniff(path)
            if column is None:
                skipped.append(f"{event}/{name}")
                continue
            files += 1
            total_bytes += os.path.getsize(path)
            quoted_column = '"' + column.replace('"', '""') + '"'
            con.execute(
                f"INSERT INTO emails SELECT ?, {quoted_column} FROM read_csv(?, delim = ?, skip = ?, header = true, "
                "all_varchar = true, ignore_errors = true, quote = '\"', escape = '\"', "
                "encoding = ?)",
                [event, path, delimiter, skip, encoding],
            )
    rows = con.execute("SELECT count(*) FROM emails").fetchone()[0]
    per_event = con.execute(
        "SELECT event, count(DISTINCT lower(trim(email))) FROM emails GROUP BY event ORDER BY event"
    ).fetchall()
    seconds = time.monotonic() - start
    print(json.dumps({
        "stage": "duckdb", "files": files, "bytes": total_bytes, "rows": rows, "events": len(per_event),
        "distinct_emails_total": sum(count for _, count in per_event), "seconds": round(seconds, 3),
        "cpu_seconds": round(time.process_time() - cpu_start, 3), "skipped": skipped,
    }))


if __name__ == "__main__":
    main()
