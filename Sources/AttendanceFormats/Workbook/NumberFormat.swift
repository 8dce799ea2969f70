/// What a cell's number format says its number is: a plain number, or a date, a time or both
/// as an Excel serial day count.
enum NumberFormat: Sendable, Hashable {
    case number
    case date
    case time
    case dateTime

    /// The kind of Excel's built-in format `id` (ECMA-376 §18.8.30), or `nil` when it is not
    /// built in. 27–36 and 50–58 are the East Asian date formats.
    static func builtIn(_ id: Int) -> NumberFormat? {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: .date
        case 18...21, 32, 33, 45...47: .time
        case 22: .dateTime
        case 0...13, 37...44, 48, 49: .number
        default: nil
        }
    }

    /// The kind of a custom format code such as `dd/mm/yyyy`, `[h]:mm:ss` or `#,##0.00`.
    ///
    /// Quoted text, escaped characters, fill and padding characters and bracketed sections
    /// (colours, locales, conditions) are not format letters; `[h]`, `[m]` and `[s]` (elapsed
    /// time) are. Only the first section (before `;`) counts. `d` or `y` make a date, `h` or `s`
    /// a time, `m` alone a date (a month).
    init(code: String) {
        var letters: [Character] = []
        var iterator = code.lowercased().makeIterator()
        scan: while let character = iterator.next() {
            switch character {
            case ";": break scan
            case "\"":
                while let next = iterator.next(), next != "\"" {}
            case "\\", "_", "*":
                _ = iterator.next()
            case "[":
                var inside = ""
                while let next = iterator.next(), next != "]" { inside.append(next) }
                if let first = inside.first, ["h", "m", "s"].contains(first), inside.allSatisfy({ $0 == first }) {
                    letters.append(first)
                }
            default:
                letters.append(character)
            }
        }
        let hasDate = letters.contains("d") || letters.contains("y")
        let hasTime = letters.contains("h") || letters.contains("s")
        switch (hasDate, hasTime) {
        case (true, true): self = .dateTime
        case (true, false): self = .date
        case (false, true): self = .time
        case (false, false): self = letters.contains("m") ? .date : .number
        }
    }
}
