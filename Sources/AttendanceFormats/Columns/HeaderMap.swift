import AttendanceModel
import Foundation

/// Where the wanted ``Column``s sit in one header row.
///
/// Resolution, each header used at most once:
/// 1. columns named explicitly (a ``ColumnMapping``) take the header with that text;
/// 2. each wanted column, in the order asked, takes the first header equal to one of its aliases;
/// 3. a `Nome`/`Name` header next to a `Sobrenome`/`Last name` header is the first name;
/// 4. with `fuzzy`, columns still missing take the first header containing one of their
///    keywords (a header with `completo`/`full` first for the name).
struct HeaderMap: Sendable {
    /// The header row as written.
    let headers: [String]
    /// The headers trimmed once, for messages: parsers pass them with every value they read.
    private let trimmedHeaders: [String]
    private(set) var indices: [Column: Int] = [:]
    /// ``indices`` by ``Column/ordinal`` (-1 for a missing column), for the per-row lookups.
    private var positions = [Int](repeating: -1, count: Column.allCases.count)

    init(headers: [String], columns: [Column], fuzzy: Bool = false, explicit: [(Column, String)] = []) {
        self.headers = headers
        trimmedHeaders = headers.map { $0.trimmingSpaces() }
        let keys = headers.map(HeaderKey.init)
        var used = Set<Int>()

        for (column, text) in explicit {
            let wanted = HeaderKey(text).compact
            if let index = keys.indices.first(where: { !used.contains($0) && keys[$0].compact == wanted }) {
                indices[column] = index
                used.insert(index)
            }
        }
        for column in columns where indices[column] == nil {
            let aliases = column.aliasKeys
            if let index = keys.indices.first(where: { !used.contains($0) && aliases.contains(keys[$0].compact) }) {
                indices[column] = index
                used.insert(index)
            }
        }
        if columns.contains(.firstName), indices[.firstName] == nil, indices[.lastName] != nil,
            let index = indices[.name], ["nome", "name"].contains(keys[index].compact)
        {
            indices[.firstName] = index
            indices[.name] = nil
        }
        defer { for (column, index) in indices { positions[column.ordinal] = index } }
        guard fuzzy else { return }
        for column in columns where indices[column] == nil && !column.keywords.isEmpty {
            if column == .name && indices[.firstName] != nil { continue }
            let keywords = column.keywords.map(HeaderKey.init)
            let excluded = Set(column.excludedWords)
            let candidates = keys.indices.filter { index in
                !used.contains(index) && keywords.contains { keys[index].contains($0) }
                    && !keys[index].words.contains { excluded.contains($0) }
            }
            let preferred =
                column == .name
                ? candidates.first { keys[$0].contains(anyOf: ["completo", "full"]) } ?? candidates.first
                : candidates.first
            if let index = preferred {
                indices[column] = index
                used.insert(index)
            }
        }
    }

    /// The 0-based position of `column`, if the row has it.
    subscript(column: Column) -> Int? {
        let index = positions[column.ordinal]
        return index >= 0 ? index : nil
    }

    /// Whether the row has `column`.
    func has(_ column: Column) -> Bool { positions[column.ordinal] >= 0 }

    /// The text of `column` in `row` (`""` when the row or the header lacks it).
    func value(_ column: Column, in row: SourceRow) -> String {
        let index = positions[column.ordinal]
        guard index >= 0, index < row.fields.count else { return "" }
        return row.fields[index]
    }

    /// The header text of `column`, for messages.
    func header(_ column: Column) -> String {
        let index = positions[column.ordinal]
        guard index >= 0, index < headers.count else { return column.rawValue }
        return trimmedHeaders[index]
    }

    /// The name of the person of `row`: the name column, or first and last names joined.
    ///
    /// When both exist, the full name wins unless it is empty.
    func personName(in row: SourceRow) -> String {
        let full = value(.name, in: row)
        if !full.isBlank || (!has(.firstName) && !has(.lastName)) { return full }
        return NameCell.joined(first: value(.firstName, in: row), last: value(.lastName, in: row))
    }

    /// Whether the row can name a person: a name column, or a first- or last-name column.
    var hasPersonName: Bool { has(.name) || has(.firstName) || has(.lastName) }
}
