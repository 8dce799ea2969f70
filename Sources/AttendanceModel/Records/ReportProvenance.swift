import Foundation

/// Where published figures come from: when and by which release they were computed, and from
/// which state of the store.
///
/// Every output of a report carries it (the `provenance` object in JSON, a footer in Markdown
/// and HTML, `provenance.csv` in a year's folder), so that two copies of a figure can be told
/// apart and a figure can be traced to the data it rests on.
public struct ReportProvenance: Sendable, Hashable, Codable {
    /// The generation instant in UTC, ISO 8601 to the second: `2026-12-01T23:56:12Z`.
    package var generatedAt: String
    /// The release that computed the figures (``AttendanceVersion/current``).
    package var toolVersion: String
    /// The store's ``Store/fingerprint()``: 16 hex digits.
    package var storeFingerprint: String
    /// Doubtful matches nobody has answered yet: the figures may still move by as many people.
    package var openQuestions: Int

    /// Provenance with the generation instant `date`, written in UTC to the second.
    package init(generatedAt date: Date, toolVersion: String, storeFingerprint: String, openQuestions: Int) {
        self.generatedAt = Self.timestamp(date)
        self.toolVersion = toolVersion
        self.storeFingerprint = storeFingerprint
        self.openQuestions = openQuestions
    }

    /// The generation date: `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
    /// convention) when `environment` sets it to a whole number, else `now`.
    ///
    /// A value that is not a whole number of seconds is ignored, as the convention asks.
    public static func generationDate(environment: [String: String], now: Date = Date()) -> Date {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text) else { return now }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The day of ``generatedAt``, `YYYY-MM-DD`.
    package var generatedOn: String { String(generatedAt.prefix(10)) }

    private static func timestamp(_ date: Date) -> String {
        // ISO8601DateFormatter writes UTC with a `Z` by default, and whole seconds.
        ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)))
    }

    /// The field labels in `language`, in the order of ``values``.
    package static func labels(_ language: ReportLanguage) -> [String] {
        switch language {
        case .english: ["Generated", "Tool version", "Data state (store fingerprint)", "Open identity questions"]
        case .portuguese:
            [
                "Gerado em", "Versão da ferramenta", "Estado dos dados (impressão da base)",
                "Questões de identidade em aberto",
            ]
        }
    }

    /// The four values, as text.
    package var values: [String] { [generatedAt, toolVersion, storeFingerprint, String(openQuestions)] }

    /// `provenance.csv`: a header of machine names and one row of values.
    package func csvRows() -> [[String]] {
        [["generated_at", "tool_version", "store_fingerprint", "open_questions"], values]
    }

    /// A Markdown footer: a rule, then one line naming the four values.
    public func markdownFooter(language: ReportLanguage) -> String {
        let parts = zip(Self.labels(language), values).map { "\($0): `\($1)`" }
        return "\n---\n\n" + parts.joined(separator: " · ") + "\n"
    }

    /// `value` as pretty-printed JSON with sorted keys, plus `"provenance"` when given.
    package static func jsonText(_ value: some Encodable, provenance: ReportProvenance?) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(WithProvenance(value: value, provenance: provenance))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// A value's own JSON object with a `provenance` member added (JSONEncoder merges the containers).
package struct WithProvenance<Value: Encodable>: Encodable {
    var value: Value
    var provenance: ReportProvenance?

    enum CodingKeys: String, CodingKey { case provenance }

    package init(value: Value, provenance: ReportProvenance?) {
        self.value = value
        self.provenance = provenance
    }

    package func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
        guard let provenance else { return }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(provenance, forKey: .provenance)
    }
}
