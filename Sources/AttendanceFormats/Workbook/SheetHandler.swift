import AttendanceCSV
import Foundation

/// A worksheet part (`xl/worksheets/sheet1.xml`) as rows of text.
///
/// Cells are placed by their reference (`C7`); a cell or row without one follows the previous.
/// Merged cells need nothing: a merged range keeps its text in its first cell, the others are
/// empty, as in a CSV saved from the sheet.
final class SheetHandler: XMLPartHandler {
    /// Excel's largest sheet: columns A to XFD, rows 1 to 1,048,576.
    static let columnLimit = 16_384
    static let rowLimit = 1_048_576

    private let file: String
    private let sheet: String
    private let sharedStrings: [String]
    private let formats: [NumberFormat]
    private let is1904: Bool
    private let fieldLimit: Int

    private(set) var rows: [SpreadsheetRow] = []
    private(set) var warnings: [CSVWarning] = []

    private var rowNumber = 0
    private var fields: [String] = []
    private var tooLong: (column: Int, bytes: Int)?
    private var column = -1
    private var cellName = ""
    private var cellType = "n"
    private var cellStyle = 0
    private var value = ""
    private var inlineText = ""
    private var capture = Capture.none
    private var inInline = false
    private var phoneticDepth = 0

    private enum Capture { case none, value, inline }

    init(
        file: String, sheet: String, sharedStrings: [String], formats: [NumberFormat], is1904: Bool,
        fieldLimit: Int
    ) {
        self.file = file
        self.sheet = sheet
        self.sharedStrings = sharedStrings
        self.formats = formats
        self.is1904 = is1904
        self.fieldLimit = fieldLimit
    }

    func start(_ name: String, attributes: [String: String]) throws {
        switch name {
        case "row":
            if let text = attributes["r"] {
                guard let number = Int(text), number >= 1, number <= Self.rowLimit else {
                    throw failure(at: "row \(text)", "not a row number from 1 to \(Self.rowLimit)")
                }
                rowNumber = number
            } else {
                rowNumber += 1
            }
            fields = []
            tooLong = nil
            column = -1
        case "c":
            if let reference = attributes["r"] {
                guard let place = Self.place(of: reference) else {
                    throw failure(at: reference, "not a cell reference from A1 to XFD\(Self.rowLimit)")
                }
                column = place.column
                if place.row != rowNumber { rowNumber = place.row }
                cellName = reference
            } else {
                column += 1
                guard column < Self.columnLimit else {
                    throw failure(at: "row \(rowNumber)", "more than \(Self.columnLimit) columns")
                }
                cellName = Self.columnName(column) + String(rowNumber)
            }
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap { Int($0) } ?? 0
            value = ""
            inlineText = ""
        case "v": capture = .value
        case "is": inInline = true
        case "rPh": phoneticDepth += 1
        case "t" where inInline && phoneticDepth == 0: capture = .inline
        default: break
        }
    }

    func end(_ name: String) throws {
        switch name {
        case "v", "t": capture = .none
        case "is": inInline = false
        case "rPh": phoneticDepth -= 1
        case "c": try place(try cellText())
        case "row": finishRow()
        default: break
        }
    }

    func text(_ text: String) {
        switch capture {
        case .none: break
        case .value: value += text
        case .inline: inlineText += text
        }
    }

    /// The text of the cell just ended.
    private func cellText() throws -> String {
        switch cellType {
        case "s":
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let index = Int(trimmed), sharedStrings.indices.contains(index) else {
                throw failure(
                    at: cellName,
                    "shared string '\(trimmed)' does not exist (the workbook has \(sharedStrings.count))")
            }
            return sharedStrings[index]
        case "inlineStr": return inlineText
        case "str", "e", "d": return value
        case "b":
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? "" : (trimmed == "1" || trimmed.lowercased() == "true" ? "TRUE" : "FALSE")
        default:
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return "" }
            guard let number = Double(trimmed), number.isFinite else {
                throw failure(at: cellName, "'\(trimmed)' is not a number")
            }
            let format = formats.indices.contains(cellStyle) ? formats[cellStyle] : .number
            if format != .number, let text = ExcelSerial.text(number, as: format, is1904: is1904) { return text }
            return Self.plain(number)
        }
    }

    /// A number as a CSV saved from Excel in "General" shows it: integers without a decimal
    /// point, others in the shortest digits that read back as the same number.
    static func plain(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }

    private func place(_ text: String) throws {
        guard !text.isEmpty else { return }
        if text.utf8.count > fieldLimit, tooLong == nil { tooLong = (column, text.utf8.count) }
        if fields.count <= column { fields += Array(repeating: "", count: column + 1 - fields.count) }
        fields[column] = text
    }

    private func finishRow() {
        if let tooLong {
            warnings.append(
                CSVWarning(
                    file: file, line: rowNumber, column: tooLong.column + 1,
                    kind: .fieldTooLong(bytes: tooLong.bytes, limit: fieldLimit)))
        } else if !fields.isEmpty {
            rows.append(SpreadsheetRow(line: rowNumber, fields: fields))
        }
        fields = []
        tooLong = nil
    }

    /// The rows in sheet order (a row written twice keeps its first cells and takes the others).
    var sortedRows: [SpreadsheetRow] {
        var merged: [Int: [String]] = [:]
        var order: [Int] = []
        for row in rows {
            if var existing = merged[row.line] {
                for (index, text) in row.fields.enumerated() where !text.isEmpty {
                    if existing.count <= index {
                        existing += Array(repeating: "", count: index + 1 - existing.count)
                    }
                    if existing[index].isEmpty { existing[index] = text }
                }
                merged[row.line] = existing
            } else {
                merged[row.line] = row.fields
                order.append(row.line)
            }
        }
        return order.sorted().map { SpreadsheetRow(line: $0, fields: merged[$0] ?? []) }
    }

    private func failure(at cell: String, _ reason: String) -> WorkbookError {
        .cell(file: file, sheet: sheet, cell: cell, reason: reason)
    }

    /// The 0-based column and 1-based row of a reference such as `C7` (`$C$7` too).
    static func place(of reference: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default: return nil
            }
        }
        guard letters > 0, digits > 0, column <= columnLimit, row >= 1, row <= rowLimit else { return nil }
        return (column - 1, row)
    }

    /// `A`, `Z`, `AA`… for a 0-based column.
    static func columnName(_ column: Int) -> String {
        var name = ""
        var rest = column + 1
        while rest > 0 {
            let remainder = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            rest = (rest - 1) / 26
        }
        return name
    }
}
