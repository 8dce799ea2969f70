import AttendanceModel
import Foundation
import GRDB

/// A person's answer to "are these the same person?", kept by what the records say.
///
/// A decision has two sides, each a set of records (one record, or all of a person's). `same`
/// puts every record of both sides in one person; `different` keeps every record of one side
/// apart from every record of the other. Sides are kept as `RecordKey`s, so a decision outlives
/// the lines and ids of its records: a list re-saved, re-downloaded with a row more near the top,
/// or replaced by a new version keeps it.
public struct IdentityDecisionRecord: Sendable, Hashable, Codable {
    /// What was decided.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The two sides are one person.
        case same
        /// The two sides are different people.
        case different
    }

    /// The decision's number, for `revoke`.
    public var id: Int64
    /// Same person, or different people.
    public var kind: Kind
    /// The stored records each side names now (erased records left out).
    public var recordsA: [Int64]
    /// The stored records of the other side.
    public var recordsB: [Int64]
    /// How many of the records each side was decided about are no longer stored (their list was
    /// forgotten, or corrected so that the record says something else).
    public var unplacedA: Int
    /// The same for the other side.
    public var unplacedB: Int
    /// Who decided (the `--author`, or the review page's name).
    public var author: String
    /// Why, in the author's words.
    public var reason: String
    /// When it was decided (ISO 8601, UTC).
    public var createdAt: String
    /// The review question answered, when the decision came from one.
    public var question: String?
    /// When, by whom and why it was revoked; `nil` while it holds.
    public var revokedAt: String?
    /// Who revoked it.
    public var revokedBy: String?
    /// Why it was revoked.
    public var revokeReason: String?

    /// Whether the decision applies to the next matching run.
    package var isActive: Bool { revokedAt == nil }
    /// Whether every record it was decided about is still stored.
    package var isFullyPlaced: Bool { unplacedA == 0 && unplacedB == 0 }
    /// Whether it still has records on both sides, and so still changes matching.
    public var isPlaced: Bool { !recordsA.isEmpty && !recordsB.isEmpty }
}

extension Store {
    /// Migration `v6-decisions-by-content`: every record gets its ``RecordKey``; decisions are
    /// kept by those keys, in two sides (they were kept by event, file and line, lost when a list
    /// was re-saved with a row moved); erasures leave tombstones; the review queue holds questions
    /// about people instead of pairs of records.
    ///
    /// Old decisions are carried over: `merge` becomes `same`, `distinct` becomes `different`, and
    /// `split` becomes `different` between the record and the rest of its person. One whose
    /// records are gone is logged and dropped.
    static func keyDecisionsByContent(_ db: Database, source: MatchKeySource) throws {
        try db.execute(
            sql: """
                ALTER TABLE record ADD COLUMN record_key BLOB;
                CREATE INDEX record_record_key ON record(record_key) WHERE record_key IS NOT NULL;
                CREATE TABLE identity_decision (
                    id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('same', 'different')),
                    author TEXT NOT NULL, reason TEXT NOT NULL, created_at TEXT NOT NULL, question TEXT,
                    revoked_at TEXT, revoked_by TEXT, revoke_reason TEXT);
                CREATE TABLE identity_decision_side (
                    decision_id INTEGER NOT NULL REFERENCES identity_decision(id) ON DELETE CASCADE,
                    side INTEGER NOT NULL CHECK (side IN (0, 1)), record_key BLOB NOT NULL,
                    PRIMARY KEY (decision_id, side, record_key));
                CREATE INDEX identity_decision_side_key ON identity_decision_side(record_key);
                CREATE TABLE erasure_tombstone (
                    kind TEXT NOT NULL CHECK (kind IN ('record', 'cpf', 'email')), key BLOB NOT NULL,
                    person_id TEXT NOT NULL, erased_at TEXT NOT NULL, PRIMARY KEY (kind, key));
                CREATE TABLE review_question (
                    id TEXT PRIMARY KEY, rank INTEGER NOT NULL, reason TEXT NOT NULL, score REAL NOT NULL,
                    person_a TEXT NOT NULL, person_b TEXT NOT NULL, record_a INTEGER NOT NULL,
                    record_b INTEGER NOT NULL, breakdown TEXT NOT NULL, figures TEXT NOT NULL);
                CREATE TABLE review_question_side (
                    question_id TEXT NOT NULL REFERENCES review_question(id) ON DELETE CASCADE,
                    side INTEGER NOT NULL, record_id INTEGER NOT NULL, PRIMARY KEY (question_id, side, record_id));
                CREATE INDEX review_question_side_record ON review_question_side(record_id);
                """)
        let bump = "UPDATE store_state SET data_generation = data_generation + 1"
        for (table, name) in [("identity_decision", "identity_decision"), ("erasure_tombstone", "tombstone")] {
            try db.execute(
                sql: """
                    CREATE TRIGGER \(name)_added AFTER INSERT ON \(table) BEGIN \(bump); END;
                    CREATE TRIGGER \(name)_removed AFTER DELETE ON \(table) BEGIN \(bump); END;
                    CREATE TRIGGER \(name)_changed AFTER UPDATE ON \(table) BEGIN \(bump); END;
                    """)
        }
        let hasRecords = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM record WHERE erased = 0)") ?? false
        if hasRecords {
            let keyring = try matchKeyring(db, source: source)
            try keyRecords(db, keyring: keyring, where: "r.erased = 0")
        }
        try carryOverOldDecisions(db)
        try db.execute(sql: "DROP TABLE decision; DROP TABLE review_item;")
    }

    /// Writes the ``RecordKey`` of the records `condition` selects (over `record r` and
    /// `record_identity i`).
    static func keyRecords(_ db: Database, keyring: MatchKeyring, where condition: String) throws {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT r.id, r.event_id, i.name, i.email, i.cpf_key, i.cpf, i.organization, i.city, i.uf
                FROM record r JOIN record_identity i ON i.record_id = r.id WHERE \(condition)
                """)
        let update = try db.makeStatement(sql: "UPDATE record SET record_key = ? WHERE id = ?")
        for row in rows {
            let key = RecordKey.key(
                keyring: keyring, eventID: row[1], name: row[2], email: row[3],
                cpfKey: (row[4] as Data?).map { [UInt8]($0) }, maskedCPF: row[5], organization: row[6], city: row[7],
                uf: row[8])
            try update.execute(arguments: [Data(key), row[0]])
        }
    }

    private static func carryOverOldDecisions(_ db: Database) throws {
        let keyOf = try db.makeStatement(
            sql: """
                SELECT r.record_key, r.person_id FROM record r JOIN source_file s ON s.id = r.source_id
                WHERE r.event_id = ? AND s.path = ? AND r.line = ? AND r.record_key IS NOT NULL ORDER BY r.id LIMIT 1
                """)
        var dropped = 0
        for row in try Row.fetchAll(db, sql: "SELECT * FROM decision ORDER BY id") {
            guard let a = try Row.fetchOne(keyOf, arguments: [row["a_event"], row["a_path"], row["a_line"]]) else {
                dropped += 1
                continue
            }
            let keyA: Data = a[0]
            var kind = IdentityDecisionRecord.Kind.different
            var sideB: [Data] = []
            switch row["kind"] as String {
            case "merge", "distinct":
                kind = row["kind"] == "merge" ? .same : .different
                if let event: String = row["b_event"],
                    let b = try Row.fetchOne(keyOf, arguments: [event, row["b_path"], row["b_line"]])
                {
                    sideB = [b[0]]
                }
            default:  // split: the record against the rest of its person
                if let person: String = a[1] {
                    sideB = try Data.fetchAll(
                        db,
                        sql: """
                            SELECT DISTINCT record_key FROM record WHERE person_id = ? AND record_key IS NOT NULL
                            AND record_key != ?
                            """, arguments: [person, keyA])
                }
            }
            guard !sideB.isEmpty else {
                dropped += 1
                continue
            }
            try db.execute(
                sql: "INSERT INTO identity_decision (id, kind, author, reason, created_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [row["id"], kind.rawValue, row["author"], row["reason"], row["created_at"]])
            try insertSides(db, decision: row["id"], a: [keyA], b: sideB)
        }
        if dropped > 0 {
            try audit(db, "decision", "dropped \(dropped) old decisions whose records are no longer stored")
        }
    }

    private static func insertSides(_ db: Database, decision: Int64, a: [Data], b: [Data]) throws {
        let insert = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO identity_decision_side (decision_id, side, record_key) VALUES (?, ?, ?)")
        for key in a { try insert.execute(arguments: [decision, 0, key]) }
        for key in b { try insert.execute(arguments: [decision, 1, key]) }
    }
}

extension Store {
    /// Records a human decision about two sets of records; it applies from the next matching run.
    ///
    /// - Parameters:
    ///   - kind: `same` or `different`.
    ///   - sideA: Record ids of one side: one record, or every record of a person.
    ///   - sideB: Record ids of the other side; no record on both sides.
    ///   - author: Who decided, kept with the decision.
    ///   - reason: Why, in the author's words, kept with the decision.
    ///   - question: The review question answered, if any.
    /// - Returns: The new decision's number.
    /// - Throws: ``DecisionError`` when a side is empty, the sides overlap, a record is not
    ///   stored or is erased, or an active decision says the opposite about these records.
    @discardableResult
    public func addDecision(
        _ kind: IdentityDecisionRecord.Kind, sideA: [Int64], sideB: [Int64], author: String, reason: String,
        question: String? = nil
    ) throws -> Int64 {
        try writer.write { db in
            try Self.addDecision(
                db, kind, sideA: sideA, sideB: sideB, author: author, reason: reason, question: question)
        }
    }

    /// ``addDecision(_:sideA:sideB:author:reason:question:)`` inside a transaction of the caller's.
    static func addDecision(
        _ db: Database, _ kind: IdentityDecisionRecord.Kind, sideA: [Int64], sideB: [Int64], author: String,
        reason: String, question: String?
    ) throws -> Int64 {
        let (a, b) = (Set(sideA), Set(sideB))
        guard !a.isEmpty, !b.isEmpty else { throw DecisionError.emptySide }
        guard a.isDisjoint(with: b) else { throw DecisionError.sameRecords(a.intersection(b).sorted()) }
        func keys(_ ids: Set<Int64>) throws -> Set<Data> {
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT id, record_key FROM record WHERE id IN (\(ids.map(String.init).joined(separator: ",")))")
            let found = Set(rows.map { $0[0] as Int64 })
            if let missing = ids.subtracting(found).min() { throw DecisionError.unknownRecord(missing) }
            let erased = rows.filter { ($0[1] as Data?) == nil }.map { $0[0] as Int64 }
            if let first = erased.min() { throw DecisionError.erasedRecord(first) }
            return Set(rows.map { $0[1] as Data })
        }
        let (keysA, keysB) = (try keys(a), try keys(b))
        guard kind == .same || keysA.isDisjoint(with: keysB) else {
            // Two records that say the same thing in one event cannot be told apart.
            throw DecisionError.sameRecords(a.sorted() + b.sorted())
        }
        if let earlier = try contradicting(db, kind, keysA, keysB) { throw DecisionError.contradicts(earlier) }
        try db.execute(
            sql: "INSERT INTO identity_decision (kind, author, reason, created_at, question) VALUES (?, ?, ?, ?, ?)",
            arguments: [kind.rawValue, author, reason, timestamp(), question])
        let id = db.lastInsertedRowID
        try insertSides(db, decision: id, a: keysA.sorted(by: Self.byBytes), b: keysB.sorted(by: Self.byBytes))
        try audit(
            db, "decision",
            "#\(id) \(kind.rawValue): \(a.count) record(s) ~ \(b.count) record(s) by \(author): \(reason)")
        return id
    }

    private static func byBytes(_ x: Data, _ y: Data) -> Bool { x.lexicographicallyPrecedes(y) }

    /// The active decision that says the opposite of `kind` about these sides, if any: a `same`
    /// joining records that a `different` keeps apart, or a `different` separating records a
    /// `same` joined.
    private static func contradicting(
        _ db: Database, _ kind: IdentityDecisionRecord.Kind, _ a: Set<Data>, _ b: Set<Data>
    ) throws -> Int64? {
        let opposite: IdentityDecisionRecord.Kind = kind == .same ? .different : .same
        let all = a.union(b)
        var sidesOf: [Int64: [Int: Set<Data>]] = [:]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT s.decision_id, s.side, s.record_key FROM identity_decision_side s
                JOIN identity_decision d ON d.id = s.decision_id WHERE d.kind = ? AND d.revoked_at IS NULL
                ORDER BY s.decision_id
                """, arguments: [opposite.rawValue])
        for row in rows { sidesOf[row[0], default: [:]][row[1], default: []].insert(row[2]) }
        for (id, sides) in sidesOf.sorted(by: { $0.key < $1.key }) {
            let (x, y) = (sides[0] ?? [], sides[1] ?? [])
            switch kind {
            case .same:
                // The new decision would put in one person records the earlier one keeps apart.
                if !x.isDisjoint(with: all) && !y.isDisjoint(with: all) { return id }
            case .different:
                // The earlier one put in one person records the new one would keep apart.
                let joined = x.union(y)
                if !joined.isDisjoint(with: a) && !joined.isDisjoint(with: b) { return id }
            }
        }
        return nil
    }

    /// Every decision, oldest first, with the records each side names now.
    ///
    /// - Parameter includingRevoked: Whether revoked decisions are listed too.
    public func decisions(includingRevoked: Bool = false) throws -> [IdentityDecisionRecord] {
        try read { db in try Self.decisions(db, includingRevoked: includingRevoked) }
    }

    static func decisions(_ db: Database, includingRevoked: Bool) throws -> [IdentityDecisionRecord] {
        var records: [Int64: [Int: (unplaced: Int, ids: [Int64])]] = [:]
        let sides = try Row.fetchAll(
            db,
            sql: """
                SELECT s.decision_id, s.side,
                       COUNT(DISTINCT s.record_key) - COUNT(DISTINCT CASE WHEN r.id IS NOT NULL THEN s.record_key END),
                       GROUP_CONCAT(r.id) FROM identity_decision_side s
                LEFT JOIN record r ON r.record_key = s.record_key AND r.erased = 0
                GROUP BY s.decision_id, s.side
                """)
        for row in sides {
            let ids = ((row[3] as String?) ?? "").split(separator: ",").compactMap { Int64($0) }
            records[row[0], default: [:]][row[1]] = (row[2], Array(Set(ids)).sorted())
        }
        let filter = includingRevoked ? "" : " WHERE revoked_at IS NULL"
        return try Row.fetchAll(db, sql: "SELECT * FROM identity_decision\(filter) ORDER BY id").compactMap { row in
            guard let kind = IdentityDecisionRecord.Kind(rawValue: row["kind"]) else { return nil }
            let id: Int64 = row["id"]
            let a = records[id]?[0] ?? (0, [])
            let b = records[id]?[1] ?? (0, [])
            return IdentityDecisionRecord(
                id: id, kind: kind, recordsA: a.ids, recordsB: b.ids, unplacedA: a.unplaced, unplacedB: b.unplaced,
                author: row["author"], reason: row["reason"], createdAt: row["created_at"], question: row["question"],
                revokedAt: row["revoked_at"], revokedBy: row["revoked_by"], revokeReason: row["revoke_reason"])
        }
    }

    /// Revokes a decision: matching runs again as if it had not been taken. It stays listed, as
    /// revoked, in ``decisions(includingRevoked:)`` and the audit log.
    ///
    /// - Throws: ``DecisionError/unknownDecision(_:)`` or ``DecisionError/alreadyRevoked(_:)``.
    public func revokeDecision(_ id: Int64, author: String, reason: String) throws {
        try writer.write { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT revoked_at FROM identity_decision WHERE id = ?", arguments: [id])
            else { throw DecisionError.unknownDecision(id) }
            guard (row[0] as String?) == nil else { throw DecisionError.alreadyRevoked(id) }
            try db.execute(
                sql: "UPDATE identity_decision SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE id = ?",
                arguments: [Store.timestamp(), author, reason, id])
            try Store.audit(db, "revoke", "#\(id) by \(author): \(reason)")
        }
    }
}
