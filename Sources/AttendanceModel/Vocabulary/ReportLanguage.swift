/// The language a report is rendered in.
///
/// Event kinds, sectors and the `unknown` label are translated; region names are Brazilian
/// proper names and stay in Portuguese in both languages. The raw value is the ISO 639-1 code.
public enum ReportLanguage: String, Sendable, Hashable, CaseIterable {
    case english = "en"
    case portuguese = "pt"

    /// The key of the group of records whose sector, region or state is not known
    /// (``ReportBuilder/unknown`` in the counts), labelled in each language.
    package static let unknownKey = "unknown"

    /// The display name of an event kind, given by its ``EventKind`` raw value (`working-group`).
    ///
    /// A raw value the tool does not know is returned unchanged, so nothing is ever hidden.
    public func label(forKind rawValue: String) -> String {
        guard let kind = EventKind(rawValue: rawValue) else { return rawValue }
        switch (kind, self) {
        case (.webinar, .english): return "Webinar"
        case (.webinar, .portuguese): return "Webinário"
        case (.live, _): return "Live"
        case (.dialogue, .english): return "Dialogue"
        case (.dialogue, .portuguese): return "Diálogo"
        case (.workingGroup, .english): return "Working group"
        case (.workingGroup, .portuguese): return "Grupo de trabalho"
        case (.training, .english): return "Training"
        case (.training, .portuguese): return "Capacitação"
        case (.seminar, .english): return "Seminar"
        case (.seminar, .portuguese): return "Seminário"
        case (.workshop, .english): return "Workshop"
        case (.workshop, .portuguese): return "Oficina"
        case (.ceremony, .english): return "Ceremony"
        case (.ceremony, .portuguese): return "Cerimônia"
        case (.meeting, .english): return "Meeting"
        case (.meeting, .portuguese): return "Reunião"
        case (.course, .english): return "Course"
        case (.course, .portuguese): return "Curso"
        case (.other, .english): return "Other"
        case (.other, .portuguese): return "Outro"
        }
    }

    /// The display name of a sector key of ``YearlyReport/bySector`` (`civil_society`, `unknown`…).
    ///
    /// A key the tool does not know is returned unchanged.
    package func label(forSector key: String) -> String {
        switch (key, self) {
        case ("government", .english): "Government"
        case ("government", .portuguese): "Governo"
        case ("academia", _): "Academia"
        case ("civil_society", .english): "Civil society"
        case ("civil_society", .portuguese): "Sociedade civil"
        case ("international_organization", .english): "International organization"
        case ("international_organization", .portuguese): "Organismo internacional"
        case ("other", .english): "Other"
        case ("other", .portuguese): "Outro"
        case (Self.unknownKey, .english): "Unknown"
        case (Self.unknownKey, .portuguese): "Não identificado"
        default: key
        }
    }

    /// The display name of a macro-region key of ``YearlyReport/byRegion``.
    ///
    /// Regions keep their Portuguese names (`Centro-Oeste`) in both languages; only `unknown` is translated.
    package func label(forRegion key: String) -> String {
        switch (key, self) {
        case (Self.unknownKey, .english): "Unknown"
        case (Self.unknownKey, .portuguese): "Não identificada"
        default: key
        }
    }

    /// The display name of a UF key of ``YearlyReport/byUF``: the code itself, or the `unknown` label.
    package func label(forUF key: String) -> String {
        label(forRegion: key)
    }

    /// Formats a count with the language's digit grouping: `1,194` in English, `1.194` in Portuguese.
    ///
    /// Integers only, so no decimal separator is involved; negative counts keep their sign.
    public func formatted(_ count: Int) -> String {
        Self.grouped(count, separator: self == .english ? "," : ".")
    }

    /// A calendar day `YYYY-MM-DD` as the language writes it: unchanged in English, `25/02/2021` in Portuguese.
    ///
    /// Text that is not a `YYYY-MM-DD` day is returned unchanged, so nothing is ever hidden.
    public func writtenDay(_ text: String) -> String {
        guard self == .portuguese, let (year, month, day) = Self.dayParts(text) else { return text }
        return "\(day)/\(month)/\(year)"
    }

    /// A month `YYYY-MM` as the language writes it: unchanged in English, `02/2021` in Portuguese.
    ///
    /// Text that is not a `YYYY-MM` month is returned unchanged.
    package func writtenMonth(_ text: String) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard self == .portuguese, parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return text }
        return "\(parts[1])/\(parts[0])"
    }

    /// The year, month and day digits of a `YYYY-MM-DD` text, or `nil`.
    private static func dayParts(_ text: String) -> (Substring, Substring, Substring)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return (parts[0], parts[1], parts[2])
    }

    /// The text shown for a figure the data does not provide: `n/a` in English, `n/d` in Portuguese.
    package var notAvailable: String {
        self == .english ? "n/a" : "n/d"
    }

    /// Groups the digits of `count` by thousands with `separator`.
    static func grouped(_ count: Int, separator: Character) -> String {
        let digits = String(count.magnitude)
        var text = count < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text.append(separator) }
            text.append(digit)
        }
        return text
    }

    /// A share of `total` as a percentage with one decimal (`35.2%`, `35,2%`); empty when `total` is 0.
    package func percentage(_ part: Int, of total: Int) -> String {
        guard total > 0 else { return "" }
        let tenths = (part * 1000 + total / 2) / total
        let separator = self == .english ? "." : ","
        return "\(tenths / 10)\(separator)\(tenths % 10)%"
    }
}
