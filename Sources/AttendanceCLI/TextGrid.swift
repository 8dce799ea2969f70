import AttendanceService

/// Left-aligned plain-text columns for listings (`events`, `sources`): the library's ``TextTable``
/// as a listing (``TextTable/init(listing:wrapping:)``), its cells first made safe for a terminal.
///
/// When the table is wider than `maxWidth`, the widest of the columns that may wrap (`wrapping`,
/// all by default: titles and paths, not ids and numbers) are narrowed until it fits (never below
/// ``minimumColumnWidth``) and their cells wrap onto the lines below, at spaces and after
/// `;` `,` `/` `-` where they can, else inside a word: nothing is cut off. A cell keeps its column
/// on every line it takes.
struct TextGrid {
    /// The narrowest a wrapped column gets.
    static let minimumColumnWidth = TextTable.minimumListingWidth

    private let table: TextTable
    /// The width to fit, in characters; `nil` for no limit (output to a file or a pipe).
    private let maxWidth: Int?

    /// Each cell is one line on the terminal before wrapping: its control characters, line breaks
    /// included, are escaped.
    init(_ rows: [[String]], maxWidth: Int? = nil, wrapping: Set<Int>? = nil) {
        table = TextTable(
            listing: rows.map { $0.map { Terminal.escaped($0, keepingLineBreaks: false) } }, wrapping: wrapping)
        self.maxWidth = maxWidth
    }

    var rendered: String { table.lines(width: maxWidth).joined(separator: "\n") }

    /// The width of each column: the widest cell's, narrowed (widest wrapping columns first) to fit
    /// `maxWidth`, or as close to it as the columns that may not wrap allow.
    func columnWidths() -> [Int] { table.columnWidths(width: maxWidth) }

    /// `text` in lines of at most `width` characters: broken after a space or `;` `,` `/` `-`
    /// when the line holds one, else at `width`.
    static func wrap(_ text: String, width: Int) -> [String] { TextTable.brokenAtMarks(text, width: width) }
}
