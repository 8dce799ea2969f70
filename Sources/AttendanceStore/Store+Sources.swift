import AttendanceModel
import Foundation
import GRDB

/// A file the store holds records of.
public struct StoredFile: Sendable, Hashable, Codable {
    public var id: Int64
    /// The path as given to `import` (relative to the import root for a programme folder).
    public var path: String
    /// The event the file belongs to.
    public var eventID: String
    /// The SHA-256 (hex) of the file's bytes.
    public var sha256: String
    /// The SHA-256 (hex) of the file's records as stored, in any order: every counted and
    /// identity field (the CPF as its match key) but the line. The same for a copy saved again
    /// with another encoding, BOM, delimiter or line ends, renamed or with its rows moved.
    public var contentSHA256: String?
    /// The export format recognised (`zoom-webinar-attendee`, `google-forms`…).
    public var format: String
    /// The text encoding it was read in.
    public var encoding: String
    /// The field delimiter it was read with.
    public var delimiter: String
    /// `registration`, `attendance`, `both` or `completion`.
    public var role: String
    /// The session the file is of, for a per-session list.
    public var sessionDate: Day?
    /// When it was imported (ISO 8601, UTC).
    public var importedAt: String
    /// Records stored from it.
    public var recordCount: Int
    /// Rows read with an issue (skipped or corrected).
    public var issueCount: Int
}

/// What storing one file did.
package enum FileOutcome: Sendable, Equatable {
    /// The records went in; `replaced` says an earlier version of the same file was removed.
    case imported(records: Int, replaced: Bool)
    /// A file with the same bytes is already in the store (under `existingPath`): nothing changed.
    case alreadyImported(existingPath: String)
    /// A file of the same event with other bytes but exactly the same records is already in the
    /// store (under `existingPath`): a copy saved again, renamed or re-downloaded. Nothing changed.
    case sameContent(existingPath: String)
    /// The file is a new version of the stored file at the path `of` (same event, format and
    /// role, most of its records again): that file and its records were removed and these stored.
    /// `added` records are not in the previous version, `removed` ones are only there.
    case newVersion(of: String, records: Int, added: Int, removed: Int)
}

/// One file's records, ready to store.
package struct FileBatch: Sendable {
    package var path: String
    package var eventID: String
    package var sha256: String
    package var format: String
    package var encoding: String
    package var delimiter: String
    package var role: String
    package var sessionDate: Day?
    /// Each record with the session it belongs to.
    package var records: [(record: AttendanceRecord, session: Day?)]
    package var issues: [ImportIssue]
    /// Whether the file is stored as a file of its own even when the store holds its content
    /// already (same bytes or same records elsewhere), and never taken for a new version of
    /// another file. A file at the same event and path is still replaced.
    package var isSeparateCopy = false
    /// The records' CPFs and e-mails already keyed (``Importer`` does it while reading); the
    /// store keys them itself when this is `nil` or made with another key.
    package var keptIdentifiers: KeptIdentifiers?
    /// The records' content, worked out with ``keptIdentifiers`` (``Importer`` does it while reading).
    package var content: ContentFingerprint?

    package init(
        path: String, eventID: String, sha256: String, format: String, encoding: String, delimiter: String,
        role: String, sessionDate: Day?, records: [(record: AttendanceRecord, session: Day?)],
        issues: [ImportIssue]
    ) {
        self.path = path
        self.eventID = eventID
        self.sha256 = sha256
        self.format = format
        self.encoding = encoding
        self.delimiter = delimiter
        self.role = role
        self.sessionDate = sessionDate
        self.records = records
        self.issues = issues
    }
}

extension Store {
    /// The stored file with this content hash, if any.
    package func file(sha256: String) throws -> StoredFile? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM source_file WHERE sha256 = ?", arguments: [sha256])
                .map(Store.storedFile(from:))
        }
    }

    /// The share of a stored file's records, in percent, that must come back in a file of the
    /// same event, format and role for that file to be taken as its new version.
    ///
    /// Counted over the stored (older) file, not over the new one, so a re-download that grew
    /// (a registration report with new rows) is a new version however many rows it gained, while
    /// a small file that shares a few rows with a big one is never taken for it and never
    /// removes it: the new version must hold at least 80 % of what it replaces.
    package static let newVersionSharePercent = 80

    /// Stores one file's records in a single transaction.
    ///
    /// The store is checked in the same transaction, so two processes storing two copies of a
    /// list at once leave one. In order:
    /// - a file with the same bytes already stored (in any event) changes nothing
    ///   (``FileOutcome/alreadyImported(existingPath:)``);
    /// - a file of the same event whose records are exactly the same (``ContentFingerprint``:
    ///   whatever the line order, encoding, delimiter, line ends or name) changes nothing
    ///   (``FileOutcome/sameContent(existingPath:)``); a file without records is never taken
    ///   for another;
    /// - a file stored before under the same event and path with other content is replaced: its
    ///   old records go, the new ones come in;
    /// - a file of the same event, format and role that holds at least
    ///   ``newVersionSharePercent`` % of a stored file's records replaces that file
    ///   (``FileOutcome/newVersion(of:records:added:removed:)``); of several, the one sharing most.
    ///
    /// The file's path is stored with its e-mail addresses and CPF-shaped numbers masked
    /// (``Masking/path(_:)``), and then with the key of its clear form, which is how a file at the
    /// same path is recognised. Two files whose masked paths are the same (two CPFs with the same
    /// middle digits) are both kept, the second as `name (2).csv`.
    ///
    /// A batch marked ``FileBatch/isSeparateCopy`` skips every check but the path's. Should
    /// anything fail, the transaction rolls back and the store is as before.
    ///
    /// A CPF is kept only masked and as its match key, each e-mail address also as its key
    /// (``MatchKeyring``); the key file is read here, or created for a store keyed for the first time.
    ///
    /// - Throws: ``StoreError/keyMismatch(file:expected:found:)`` when the key file is not the store's;
    ///   SQLite's errors otherwise.
    package func store(_ batch: FileBatch) throws -> FileOutcome {
        try writer.write { db in
            if let existing = try String.fetchOne(
                db,
                sql: """
                    SELECT path FROM source_file WHERE sha256 = ?1
                    AND (NOT ?2 OR (event_id = ?3 AND path = ?4)) ORDER BY id LIMIT 1
                    """,
                arguments: [batch.sha256, batch.isSeparateCopy, batch.eventID, Masking.path(batch.path)])
            {
                return .alreadyImported(existingPath: existing)
            }
            let keyring = try matchKeyring(db)
            let kept: KeptIdentifiers
            let content: ContentFingerprint
            if let given = batch.keptIdentifiers, given.fingerprint == keyring.fingerprint {
                kept = given
                content = batch.content ?? ContentFingerprint(records: batch.records, kept: given)
            } else {
                kept = Store.keptIdentifiers(of: batch.records, eventID: batch.eventID, keyring: keyring)
                content = ContentFingerprint(records: batch.records, kept: kept)
            }
            if !batch.isSeparateCopy && !batch.records.isEmpty,
                let existing = try String.fetchOne(
                    db,
                    sql: """
                        SELECT path FROM source_file WHERE event_id = ? AND content_sha256 = ? AND record_count > 0
                        ORDER BY id LIMIT 1
                        """,
                    arguments: [batch.eventID, content.fingerprint])
            {
                return .sameContent(existingPath: existing)
            }
            // A name that held an address or a CPF is stored masked, and known again by the key of its
            // clear form: two files can share a masked name.
            let masked = Masking.path(batch.path)
            let pathKey = masked == batch.path ? nil : Data(keyring.key(forPath: batch.path).bytes)
            let samePath = try Row.fetchOne(
                db,
                sql: pathKey == nil
                    ? "SELECT id, path FROM source_file WHERE event_id = ? AND path = ? AND path_key IS NULL"
                    : "SELECT id, path FROM source_file WHERE event_id = ? AND path_key = ?",
                arguments: [batch.eventID, pathKey ?? masked])
            let replaced: Int64? = samePath?[0]
            var previous: (id: Int64, path: String, shared: Int, count: Int)?
            if replaced == nil && !batch.isSeparateCopy && !batch.records.isEmpty {
                previous = try Store.previousVersion(db, of: batch, content: content)
            }
            if let id = replaced ?? previous?.id {
                try db.execute(sql: "DELETE FROM source_file WHERE id = ?", arguments: [id])
            }
            let path = try samePath?[1] ?? Store.freePath(masked, eventID: batch.eventID, in: db)
            try db.execute(
                sql: """
                    INSERT INTO source_file (path, event_id, sha256, content_sha256, format, encoding, delimiter, role,
                        session_date, imported_at, record_count, issue_count, path_key)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    path, batch.eventID, batch.sha256, content.fingerprint, batch.format, batch.encoding,
                    batch.delimiter, batch.role, batch.sessionDate?.description, Store.timestamp(),
                    batch.records.count, batch.issues.count, pathKey,
                ])
            let sourceID = db.lastInsertedRowID
            var insertRecord = try BulkStatement(
                db,
                sql: """
                    INSERT INTO record (source_id, line, event_id, session_date, kind, role, is_registered, attended,
                        minutes, join_minute, leave_minute, is_public_servant, is_guest, completion_date, record_key)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            var insertIdentity = try BulkStatement(
                db,
                sql: """
                    INSERT INTO record_identity (record_id, name, email, cpf, phone, organization, job_title, city, uf,
                        country, cpf_key, email_keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            // Sessions are a handful of days: write each one's text once.
            var sessionTexts: [Day: String] = [:]
            for (index, (record, session)) in batch.records.enumerated() {
                insertRecord.bind(sourceID)
                insertRecord.bind(record.line)
                insertRecord.bind(batch.eventID)
                if let session {
                    if sessionTexts[session] == nil { sessionTexts[session] = session.description }
                    insertRecord.bind(sessionTexts[session])
                } else {
                    insertRecord.bindNull()
                }
                insertRecord.bind(record.kind.rawValue)
                insertRecord.bind(record.role.rawValue)
                insertRecord.bind(record.isRegistered as Bool?)
                insertRecord.bind(record.attended)
                insertRecord.bind(record.minutes)
                insertRecord.bind(record.joinMinute)
                insertRecord.bind(record.leaveMinute)
                insertRecord.bind(record.isPublicServant)
                insertRecord.bind(record.isGuest)
                insertRecord.bind(record.completionDate)
                insertRecord.bind(blob: kept.recordKeys[index])
                try insertRecord.run()
                insertIdentity.bind(insertRecord.lastInsertedRowID)
                insertIdentity.bind(record.name)
                insertIdentity.bind(record.email)
                insertIdentity.bind(kept.cpfs[index].shown)
                insertIdentity.bind(record.phone)
                insertIdentity.bind(record.organization)
                insertIdentity.bind(record.jobTitle)
                insertIdentity.bind(record.city)
                insertIdentity.bind(record.uf)
                insertIdentity.bind(record.country)
                insertIdentity.bind(blob: kept.cpfs[index].key)
                insertIdentity.bind(blob: kept.emailKeys[index])
                try insertIdentity.run()
            }
            try Store.eraseOnArrival(db, source: sourceID)
            let insertIssue = try db.makeStatement(
                sql: "INSERT INTO import_issue (source_id, line, col, message) VALUES (?, ?, ?, ?)")
            for issue in batch.issues {
                try insertIssue.execute(arguments: [sourceID, issue.line, issue.column, issue.message])
            }
            let detail =
                "\(batch.eventID)/\(path) sha256=\(batch.sha256.prefix(12)) "
                + "content=\(content.fingerprint.prefix(12)) records=\(batch.records.count)"
            if let previous {
                let (added, removed) = (batch.records.count - previous.shared, previous.count - previous.shared)
                try Store.audit(db, "new-version", "\(detail) replaces \(previous.path) +\(added) -\(removed)")
                return .newVersion(of: previous.path, records: batch.records.count, added: added, removed: removed)
            }
            try Store.audit(db, replaced == nil ? "import" : "reimport", detail)
            return .imported(records: batch.records.count, replaced: replaced != nil)
        }
    }

    /// The stored file `batch` is a new version of: same event, format and role, with at least
    /// ``newVersionSharePercent`` % of its records in `content`; of several, the one sharing the
    /// largest share, then the oldest.
    ///
    /// A stored file too big to qualify is passed over, and so is one of which fewer than half of
    /// 64 records spread over it are in `content`; only the others are read in full. An event
    /// split into many parts of one export is so compared in time linear in its files, not
    /// quadratic in its records.
    private static func previousVersion(
        _ db: Database, of batch: FileBatch, content: ContentFingerprint
    ) throws -> (id: Int64, path: String, shared: Int, count: Int)? {
        let candidates = try Row.fetchAll(
            db,
            sql: """
                SELECT id, path FROM source_file WHERE event_id = ? AND format = ? AND role = ? AND record_count > 0
                    AND record_count * ? <= ? * 100
                ORDER BY id
                """,
            arguments: [batch.eventID, batch.format, batch.role, newVersionSharePercent, batch.records.count])
        var best: (id: Int64, path: String, shared: Int, count: Int)?
        for row in candidates {
            let id: Int64 = row["id"]
            let sample = try sampledDigests(db, sourceID: id, limit: 64)
            guard sample.filter(content.contains).count * 2 >= sample.count else { continue }
            guard let old = try storedContent(db, sourceIDs: [id])[id], !old.recordDigests.isEmpty else { continue }
            let shared = content.sharedRecords(with: old)
            let count = old.recordDigests.count
            guard shared > 0, shared * 100 >= count * newVersionSharePercent else { continue }
            // shared/count > best.shared/best.count, without division.
            if let best, shared * best.count <= best.shared * count { continue }
            best = (id, row["path"], shared, count)
        }
        return best
    }

    /// Every stored file, ordered by event and path.
    public func files(eventID: String? = nil) throws -> [StoredFile] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM source_file WHERE ?1 IS NULL OR event_id = ?1 ORDER BY event_id, path",
                arguments: [eventID]
            ).map(Store.storedFile(from:))
        }
    }

    /// The issues recorded for a stored file.
    public func issues(fileID: Int64) throws -> [ImportIssue] {
        try read { db in
            let path =
                try String.fetchOne(db, sql: "SELECT path FROM source_file WHERE id = ?", arguments: [fileID]) ?? ""
            return try Row.fetchAll(
                db, sql: "SELECT * FROM import_issue WHERE source_id = ? ORDER BY line",
                arguments: [fileID]
            ).map {
                ImportIssue(file: path, line: $0["line"], column: $0["col"], message: $0["message"])
            }
        }
    }

    /// Removes a stored file and all its records, matched by path (as listed by ``files(eventID:)``, or
    /// as it was imported when its stored path is masked) or hash prefix.
    ///
    /// - Returns: The files removed (several when the path is stored under several events).
    public func forget(file: String) throws -> [StoredFile] {
        try writer.write { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM source_file WHERE path IN (?1, ?3) OR event_id || '/' || path IN (?1, ?3)
                        OR sha256 LIKE ?2
                    """,
                arguments: [file, file.count >= 8 ? file + "%" : "-", Masking.path(file)])
            let files = rows.map(Store.storedFile(from:))
            for stored in files {
                try db.execute(sql: "DELETE FROM source_file WHERE id = ?", arguments: [stored.id])
                try Store.audit(db, "forget", "\(stored.eventID)/\(stored.path) records=\(stored.recordCount)")
            }
            return files
        }
    }

    /// `path`, or `path (2)`, `path (3)`… (before the extension): the first that no stored file of
    /// the event has.
    static func freePath(_ path: String, eventID: String, in db: Database) throws -> String {
        var candidate = path
        var number = 2
        while try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM source_file WHERE event_id = ? AND path = ?)",
            arguments: [eventID, candidate]) == true
        {
            let name = (path as NSString).lastPathComponent
            let dot = name.lastIndex(of: ".").map { name.distance(from: name.startIndex, to: $0) }
            let stemLength = path.count - name.count + (dot.flatMap { $0 > 0 ? $0 : nil } ?? name.count)
            candidate = String(path.prefix(stemLength)) + " (\(number))" + String(path.dropFirst(stemLength))
            number += 1
        }
        return candidate
    }

    static func storedFile(from row: Row) -> StoredFile {
        StoredFile(
            id: row["id"], path: row["path"], eventID: row["event_id"], sha256: row["sha256"],
            contentSHA256: row["content_sha256"], format: row["format"], encoding: row["encoding"],
            delimiter: row["delimiter"], role: row["role"],
            sessionDate: (row["session_date"] as String?).flatMap { Day(iso: $0) }, importedAt: row["imported_at"],
            recordCount: row["record_count"], issueCount: row["issue_count"])
    }
}
