import AttendanceModel
import Foundation
import GRDB

extension Store {
    /// Migration `v5-masked-file-names`: masks the e-mail addresses and CPF-shaped numbers that file
    /// names brought into the store (``Masking/path(_:)``), in `source_file`, in the decisions kept by
    /// file and line, and in the audit log.
    ///
    /// A renamed file is given the key of its old name, so that a new version of it still replaces it;
    /// without the store's key file it gets none, and a new version is then stored beside it.
    static func maskFileNames(_ db: Database, source: MatchKeySource) throws {
        try db.execute(
            sql: """
                ALTER TABLE source_file ADD COLUMN path_key BLOB;
                CREATE INDEX source_file_path_key ON source_file(event_id, path_key) WHERE path_key IS NOT NULL;
                """)
        let exposed = try Row.fetchAll(db, sql: "SELECT id, event_id, path FROM source_file ORDER BY id").filter {
            Masking.path($0["path"]) != $0["path"]
        }
        let keyring = exposed.isEmpty ? nil : try? matchKeyring(db, source: source)
        for file in exposed {
            let (old, eventID): (String, String) = (file["path"], file["event_id"])
            try rename(
                db, file: file["id"], eventID: eventID, from: old,
                to: freePath(Masking.path(old), eventID: eventID, in: db),
                pathKey: keyring.map { Data($0.key(forPath: old).bytes) })
        }
        // Decisions and audit lines of files forgotten since.
        var decisions = 0
        for row in try Row.fetchAll(db, sql: "SELECT id, a_path, b_path FROM decision") {
            let (a, b): (String, String?) = (row["a_path"], row["b_path"])
            guard Masking.path(a) != a || b.map({ Masking.path($0) != $0 }) == true else { continue }
            try db.execute(
                sql: "UPDATE decision SET a_path = ?, b_path = ? WHERE id = ?",
                arguments: [Masking.path(a), b.map(Masking.path), row["id"]])
            decisions += 1
        }
        let lines = try maskAuditLog(db) { maskedAuditDetail($0) }
        if !exposed.isEmpty || decisions > 0 || lines > 0 {
            // The clear names stay in the old pages of the store file until the -wal is written through.
            try db.execute(
                sql: "INSERT OR REPLACE INTO store_setting (name, value) VALUES ('erasure_pending', ?)",
                arguments: ["masking of file names at \(timestamp())"])
        }
        try audit(
            db, "privacy",
            "masked e-mail addresses and CPFs in file names (files: \(exposed.count), decisions: \(decisions), "
                + "audit lines: \(lines))")
    }

    /// Gives a stored file another path, and the decisions and audit lines that name it too.
    static func rename(
        _ db: Database, file: Int64, eventID: String, from old: String, to new: String, pathKey: Data? = nil
    ) throws {
        try db.execute(
            sql: "UPDATE source_file SET path = ?, path_key = COALESCE(?, path_key) WHERE id = ?",
            arguments: [new, pathKey, file])
        try db.execute(
            sql: "UPDATE audit_log SET detail = replace(detail, ?1, ?2) WHERE instr(detail, ?1) > 0",
            arguments: ["\(eventID)/\(old)", "\(eventID)/\(new)"])
        // Decisions were kept by file and line until migration v6 keyed them by content.
        guard try db.tableExists("decision") else { return }
        try db.execute(
            sql: "UPDATE decision SET a_path = ? WHERE a_event = ? AND a_path = ?", arguments: [new, eventID, old])
        try db.execute(
            sql: "UPDATE decision SET b_path = ? WHERE b_event = ? AND b_path = ?", arguments: [new, eventID, old])
    }

    /// Rewrites every audit line that `change` changes.
    ///
    /// - Returns: How many lines changed.
    static func maskAuditLog(_ db: Database, _ change: (String) -> String) throws -> Int {
        var changed = 0
        for row in try Row.fetchAll(db, sql: "SELECT id, detail FROM audit_log") {
            let detail: String = row["detail"]
            let masked = change(detail)
            guard masked != detail else { continue }
            try db.execute(sql: "UPDATE audit_log SET detail = ? WHERE id = ?", arguments: [masked, row["id"]])
            changed += 1
        }
        return changed
    }

    /// Takes a person's name and addresses out of what their records leave outside the records: the
    /// names of the files that listed them (and the decisions and audit lines naming those files),
    /// every audit line and decision reason, and the issues of those files.
    static func redact(_ db: Database, _ redaction: Redaction, records list: String) throws {
        guard !redaction.isEmpty else { return }
        let files = try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT s.id, s.event_id, s.path FROM source_file s JOIN record r ON r.source_id = s.id
                WHERE r.id IN (\(list))
                """)
        for file in files {
            let (old, eventID): (String, String) = (file["path"], file["event_id"])
            let redacted = redaction.apply(to: old)
            guard redacted != old else { continue }
            try rename(
                db, file: file["id"], eventID: eventID, from: old,
                to: freePath(redacted, eventID: eventID, in: db))
        }
        _ = try maskAuditLog(db) { redaction.apply(to: $0) }
        for row in try Row.fetchAll(db, sql: "SELECT id, reason, revoke_reason FROM identity_decision") {
            let (reason, revoke): (String, String?) = (row["reason"], row["revoke_reason"])
            let redacted = (redaction.apply(to: reason), revoke.map { redaction.apply(to: $0) })
            guard redacted.0 != reason || redacted.1 != revoke else { continue }
            try db.execute(
                sql: "UPDATE identity_decision SET reason = ?, revoke_reason = ? WHERE id = ?",
                arguments: [redacted.0, redacted.1, row["id"]])
        }
        let ids = files.map { String($0["id"] as Int64) }.joined(separator: ",")
        for row in try Row.fetchAll(
            db, sql: "SELECT rowid, message FROM import_issue WHERE source_id IN (\(ids.isEmpty ? "NULL" : ids))")
        {
            let message: String = row["message"]
            let redacted = redaction.apply(to: message)
            guard redacted != message else { continue }
            try db.execute(
                sql: "UPDATE import_issue SET message = ? WHERE rowid = ?", arguments: [redacted, row["rowid"]])
        }
    }
}
