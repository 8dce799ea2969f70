#!/usr/bin/env python3
"""Writes v1-store.sqlite: a store as version 1 of attendance left it (CPFs and e-mails in clear),
for the test that the second migration keys and masks them. Fictional people.
Run from this folder: python3 make-v1-store.py"""
import os
import sqlite3

PATH = "v1-store.sqlite"
if os.path.exists(PATH):
    os.remove(PATH)
db = sqlite3.connect(PATH)
db.executescript("""
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES ('v1-catalog-records-identities');
CREATE TABLE event (
    id TEXT PRIMARY KEY, year INTEGER NOT NULL, kind TEXT NOT NULL,
    title_pt TEXT NOT NULL, title_en TEXT NOT NULL, dates TEXT NOT NULL,
    min_minutes INTEGER, headcount INTEGER);
CREATE TABLE certification (
    year INTEGER NOT NULL, level TEXT NOT NULL, name TEXT NOT NULL, uf TEXT NOT NULL,
    PRIMARY KEY (year, level, name, uf));
CREATE TABLE source_file (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL, event_id TEXT NOT NULL REFERENCES event(id),
    sha256 TEXT NOT NULL, format TEXT NOT NULL, encoding TEXT NOT NULL, delimiter TEXT NOT NULL,
    role TEXT NOT NULL, session_date TEXT, imported_at TEXT NOT NULL,
    record_count INTEGER NOT NULL, issue_count INTEGER NOT NULL,
    UNIQUE (event_id, path));
CREATE INDEX source_file_sha ON source_file(sha256);
CREATE TABLE record (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
    line INTEGER NOT NULL CHECK (line >= 1), event_id TEXT NOT NULL, session_date TEXT,
    kind TEXT NOT NULL, role TEXT NOT NULL, is_registered INTEGER NOT NULL,
    attended INTEGER, minutes INTEGER, join_minute INTEGER, leave_minute INTEGER,
    is_public_servant INTEGER, is_guest INTEGER, completion_date TEXT,
    person_id TEXT, erased INTEGER NOT NULL DEFAULT 0);
CREATE INDEX record_source ON record(source_id);
CREATE INDEX record_event ON record(event_id);
CREATE INDEX record_person ON record(person_id);
CREATE TABLE record_identity (
    record_id INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
    name TEXT NOT NULL, email TEXT NOT NULL, cpf TEXT NOT NULL, phone TEXT NOT NULL,
    organization TEXT NOT NULL, job_title TEXT NOT NULL, city TEXT NOT NULL,
    uf TEXT NOT NULL, country TEXT NOT NULL);
CREATE TABLE import_issue (
    source_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
    line INTEGER NOT NULL, col INTEGER, message TEXT NOT NULL);
CREATE TABLE person (
    id TEXT PRIMARY KEY, sector TEXT, government_level TEXT, government_code TEXT,
    government_name TEXT, uf TEXT, region TEXT);
CREATE TABLE decision (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL,
    a_event TEXT NOT NULL, a_path TEXT NOT NULL, a_line INTEGER NOT NULL,
    b_event TEXT, b_path TEXT, b_line INTEGER,
    author TEXT NOT NULL, reason TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE review_item (
    record_a INTEGER NOT NULL, record_b INTEGER NOT NULL, score REAL NOT NULL,
    breakdown TEXT NOT NULL, PRIMARY KEY (record_a, record_b));
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL);

INSERT INTO event VALUES ('2021-02-25-webinar', 2021, 'webinar', 'Webinário', 'Webinar', '2021-02-25', NULL, NULL);
INSERT INTO source_file VALUES (1, '2021-02-25-webinar/list.csv', '2021-02-25-webinar', 'aa', 'generic-list',
    'utf-8', ',', 'attendance', '2021-02-25', '2021-03-01T10:00:00Z', 3, 0);
INSERT INTO record (id, source_id, line, event_id, session_date, kind, role, is_registered)
    VALUES (1, 1, 2, '2021-02-25-webinar', '2021-02-25', 'attendance', 'participant', 0),
           (2, 1, 3, '2021-02-25-webinar', '2021-02-25', 'attendance', 'participant', 0),
           (3, 1, 4, '2021-02-25-webinar', '2021-02-25', 'attendance', 'participant', 0);
INSERT INTO record_identity VALUES
    (1, 'Ana Lima', 'ana.lima@example.org', '635.360.429-70', '', '', '', '', '', ''),
    (2, 'Ana Paula Lima', 'Ana.Lima@Example.org', '63536042970', '', '', '', '', '', ''),
    (3, 'Rui Paz', 'rui.paz@example.org', '123', '', '', '', '', '', '');
""")
db.commit()
db.execute("VACUUM")
db.close()
