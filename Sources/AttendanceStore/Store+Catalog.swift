import AttendanceModel
import Foundation
import GRDB

extension Store {
    /// Inserts new events and updates changed ones; events absent from `events` stay as they are.
    ///
    /// An event whose new dates leave out a day where imported records sit (a session of a file,
    /// placed by the rules of import) is refused, and then nothing changes: moving those records
    /// silently would change the figures of a session the user did not touch. The message names
    /// the event, the days and the files; forgetting them and importing them again places them by
    /// the new dates.
    ///
    /// - Parameters:
    ///   - events: The catalog's events.
    ///   - catalog: The catalog's name in messages (`2021/events.csv`).
    ///   - lines: Each event's line in the catalog, for messages.
    /// - Returns: How many events were added and how many changed.
    /// - Throws: ``StoreError/strandedFiles(eventID:catalog:line:removed:files:)`` for such a change.
    @discardableResult
    public func upsert(events: [Event], catalog: String = "events.csv", lines: [String: Int] = [:]) throws -> (
        added: Int, changed: Int
    ) {
        try write { db in
            var added = 0
            var changed = 0
            for event in events where !event.kind.isCourse {
                guard
                    let stored = try String.fetchOne(
                        db, sql: "SELECT dates FROM event WHERE id = ?", arguments: [event.id])
                else { continue }
                let gone = Set(stored.split(separator: ";").map(String.init))
                    .subtracting(event.dates.map(\.description))
                guard !gone.isEmpty else { continue }
                var removed = Set<String>()
                var files = Set<String>()
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT r.session_date, s.path FROM record r JOIN source_file s ON s.id = r.source_id
                        WHERE r.event_id = ? AND r.session_date IS NOT NULL
                        """, arguments: [event.id])
                for row in rows {
                    let day: String = row["session_date"]
                    guard gone.contains(day) else { continue }
                    removed.insert(day)
                    files.insert(row["path"])
                }
                guard removed.isEmpty else {
                    throw StoreError.strandedFiles(
                        eventID: event.id, catalog: catalog, line: lines[event.id],
                        removed: removed.sorted().compactMap { Day(iso: $0) }, files: files.sorted())
                }
            }
            for event in events {
                let dates = event.dates.map(\.description).joined(separator: ";")
                if let existing = try Row.fetchOne(db, sql: "SELECT * FROM event WHERE id = ?", arguments: [event.id]) {
                    let same =
                        existing["year"] as Int == event.year && existing["kind"] as String == event.kind.rawValue
                        && existing["title_pt"] as String == event.titlePT
                        && existing["title_en"] as String == event.titleEN
                        && existing["dates"] as String == dates && existing["min_minutes"] as Int? == event.minMinutes
                        && existing["headcount"] as Int? == event.headcount
                    if same { continue }
                    changed += 1
                } else {
                    added += 1
                }
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO event (id, year, kind, title_pt, title_en, dates, min_minutes, headcount)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        event.id, event.year, event.kind.rawValue, event.titlePT, event.titleEN, dates,
                        event.minMinutes, event.headcount,
                    ])
            }
            if added + changed > 0 {
                try Store.audit(db, "catalog", "\(added) events added, \(changed) changed")
            }
            return (added, changed)
        }
    }

    /// Loads a programme year's catalog in one transaction: its events
    /// (``upsert(events:catalog:lines:)``) and, when given, its certifications (``replace(certifications:)``),
    /// so that a store never holds a year's events without the certifications that came with them.
    ///
    /// - Returns: How many events were added and how many changed.
    @discardableResult
    package func load(
        events: [Event], catalog: String = "events.csv", lines: [String: Int] = [:], certifications: [Certification]?
    ) throws -> (added: Int, changed: Int) {
        try write { _ in
            let changes = try upsert(events: events, catalog: catalog, lines: lines)
            if let certifications { try replace(certifications: certifications) }
            return changes
        }
    }

    /// Replaces the certifications of every year that `certifications` mentions.
    package func replace(certifications: [Certification]) throws {
        try write { db in
            for year in Set(certifications.map(\.year)) {
                try db.execute(sql: "DELETE FROM certification WHERE year = ?", arguments: [year])
            }
            for item in certifications {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO certification (year, level, name, uf) VALUES (?, ?, ?, ?)",
                    arguments: [item.year, item.level.rawValue, item.name, item.uf])
            }
        }
    }

    /// Every event of the catalog, or of one year, ordered by first date then id.
    public func events(year: Int? = nil) throws -> [Event] {
        try read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM event WHERE ?1 IS NULL OR year = ?1", arguments: [year])
            return rows.compactMap(Store.event(from:)).sorted {
                ($0.dates.first?.description ?? "\($0.year)", $0.id) < (
                    $1.dates.first?.description ?? "\($1.year)", $1.id
                )
            }
        }
    }

    /// The event with this id, or `nil`.
    public func event(id: String) throws -> Event? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM event WHERE id = ?", arguments: [id]).flatMap(Store.event(from:))
        }
    }

    /// The certifications of one year, or of every year.
    package func certifications(year: Int? = nil) throws -> [Certification] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM certification WHERE ?1 IS NULL OR year = ?1 ORDER BY year, level, name",
                arguments: [year]
            ).compactMap { row in
                Certification.Level(rawValue: row["level"]).map {
                    Certification(year: row["year"], level: $0, name: row["name"], uf: row["uf"])
                }
            }
        }
    }

    static func event(from row: Row) -> Event? {
        guard let kind = EventKind(rawValue: row["kind"]) else { return nil }
        let dates = (row["dates"] as String).split(separator: ";").compactMap { Day(iso: $0) }
        return Event(
            id: row["id"], year: row["year"], kind: kind, titlePT: row["title_pt"], titleEN: row["title_en"],
            dates: dates, minMinutes: row["min_minutes"], headcount: row["headcount"])
    }

    /// Adds a line to the audit log, its detail masked (``maskedAuditDetail(_:)``).
    static func audit(_ db: Database, _ action: String, _ detail: String) throws {
        try db.execute(
            sql: "INSERT INTO audit_log (at, action, detail) VALUES (?, ?, ?)",
            arguments: [Store.timestamp(), action, maskedAuditDetail(detail)])
    }

    /// `detail` with its e-mail addresses and CPF-shaped numbers masked (``Masking/text(_:)``): file
    /// names, reasons typed by staff. The hashes and fingerprints it quotes (`sha256=…`,
    /// `fingerprint …`) are no personal data and stay as they are, so that they can be checked.
    static func maskedAuditDetail(_ detail: String) -> String {
        guard let hashes = try? NSRegularExpression(pattern: "(sha256=|fingerprint )[0-9a-f]+") else {
            return Masking.text(detail)
        }
        var result = ""
        var rest = detail.startIndex
        for match in hashes.matches(in: detail, range: NSRange(detail.startIndex..., in: detail)) {
            guard let range = Range(match.range, in: detail) else { continue }
            result += Masking.text(String(detail[rest..<range.lowerBound])) + detail[range]
            rest = range.upperBound
        }
        return result + Masking.text(String(detail[rest...]))
    }

    static func timestamp() -> String {
        ISO8601Clock.now()
    }
}
