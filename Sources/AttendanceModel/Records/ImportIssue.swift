/// A problem with one row of an export: the row is kept or skipped, the rest of the file still counts.
public struct ImportIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    package var file: String
    /// The 1-based physical line.
    public var line: Int
    /// The 1-based column: the field's position for a value (and for a field too long, whose row
    /// was skipped), the character's position on the line for what the reader had to replace
    /// (invalid UTF-8, an unpaired UTF-16 surrogate); `nil` for the whole row or line (an
    /// end-of-file mark, the odd last byte of UTF-16).
    public var column: Int?
    /// What is wrong and what to do, naming the file and line.
    public var message: String

    package init(file: String, line: Int, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        if let column { return "\(file):\(line):\(column): \(message)" }
        return "\(file):\(line): \(message)"
    }
}
