import AttendanceModel
import Foundation
import GRDB

extension Store {
    /// A short digest of the data the figures are computed from: 16 hex digits of a SHA-256.
    ///
    /// It covers every stored file by its event and the SHA-256 of its bytes, and every identity
    /// decision by its kind, creation time and revocation time, each list sorted first: stores holding the same
    /// files and decisions have the same fingerprint whatever the order they were imported or
    /// taken in, and any import, forget or decision changes it. Two published reports with the
    /// same fingerprint were computed from the same data.
    ///
    /// The bytes' digest, not the stored content fingerprint, because the latter covers CPFs as
    /// their keyed match keys, which differ from store to store. A file saved again with other
    /// bytes but the same records is skipped on import, so the copy imported first is the one
    /// that counts.
    package func fingerprint() throws -> String {
        let lines = try read { db in
            let files = try Row.fetchAll(
                db, sql: "SELECT event_id, sha256 AS content FROM source_file"
            ).map { row -> String in
                let event: String = row["event_id"]
                let content: String = row["content"]
                return "file\t\(event)\t\(content)\n"
            }
            let decisions = try Row.fetchAll(
                db, sql: "SELECT kind, created_at, revoked_at FROM identity_decision"
            ).map { row -> String in
                let kind: String = row["kind"]
                let createdAt: String = row["created_at"]
                let revokedAt: String? = row["revoked_at"]
                return "decision\t\(kind)\t\(createdAt)\t\(revokedAt ?? "")\n"
            }
            return files.sorted() + decisions.sorted()
        }
        return String(SHA256.hex(of: Array(lines.joined().utf8)).prefix(16))
    }

    /// What a report published now says about its making: `date`, this release, the store's
    /// `fingerprint()` and its number of open identity questions (`openQuestionCount()`).
    ///
    /// - Parameter date: The generation date to print;
    ///   `ReportProvenance/generationDate(environment:now:)` gives the
    ///   reproducible-builds convention's date when the environment sets one.
    public func provenance(generatedAt date: Date) throws -> ReportProvenance {
        ReportProvenance(
            generatedAt: date, toolVersion: AttendanceVersion.current, storeFingerprint: try fingerprint(),
            openQuestions: try openQuestionCount())
    }
}
