import AttendanceCSV
import Foundation
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads the worksheets of an Excel `.xlsx` workbook as rows of text (see ``Spreadsheet``).
///
/// A workbook is a ZIP archive (read with ZIPFoundation) of XML parts (read with Foundation's
/// `XMLParser`). Only what a list needs is read: the sheet names and date system
/// (`xl/workbook.xml`), where each sheet is (`xl/_rels/workbook.xml.rels`), the shared strings,
/// the number formats that make a number a date (`xl/styles.xml`) and the sheets asked for.
///
/// Dates: a number whose format is a date or time format (built in, such as 14 `m/d/yyyy`, or
/// custom, such as `dd/mm/yyyy hh:mm`) is a serial day count in the workbook's 1900 or 1904
/// date system, and becomes `2021-02-25`, `14:05:00` or `2021-02-25 14:05:00`.
///
/// Limits, against hostile files: the file itself and everything uncompressed from it are each
/// capped by ``ReadingLimits/maximumFileBytes`` (counted while inflating, not taken from the
/// archive's own claims); an archive of more than ``entryLimit`` entries is refused; an XML part
/// with a document type declaration is refused before it is parsed, so no entity is ever
/// expanded; a cell longer than ``ReadingLimits/maximumFieldBytes`` leaves its row out with a
/// ``CSVWarning``, as ``CSVReader`` does with a CSV field.
package struct XLSXReader {
    /// The most entries an archive may hold: Excel writes a dozen or so, plus one per sheet.
    package static let entryLimit = 10_000

    /// The name used in messages.
    package let name: String
    /// The names of the visible worksheets, in tab order.
    package let sheetNames: [String]

    private let archive: Archive
    private let limits: ReadingLimits
    private let sheetParts: [String]
    private let is1904: Bool
    private var sharedStrings: [String]?
    private var formats: [NumberFormat]?
    private let sharedStringsPart: String
    private let stylesPart: String
    /// Bytes that may still be uncompressed.
    private var budget: Int

    /// Opens a workbook and reads its list of sheets.
    ///
    /// - Parameters:
    ///   - path: The file's path; it must be a regular file.
    ///   - name: The file's name in messages.
    ///   - limits: The largest file, and the most uncompressed, and the longest cell.
    /// - Throws: ``WorkbookError`` for a file that is not an `.xlsx` workbook or is damaged or
    ///   too large; ``CSVError/fileTooLarge(file:size:limit:)`` for a file over the limit.
    package init(path: String, name: String, limits: ReadingLimits = ReadingLimits()) throws {
        self.name = name
        self.limits = limits
        budget = limits.maximumFileBytes
        var info = stat()
        if stat(path, &info) == 0, Int(info.st_size) > limits.maximumFileBytes {
            throw CSVError.fileTooLarge(file: name, size: Int(info.st_size), limit: limits.maximumFileBytes)
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw WorkbookError.notAWorkbook(file: name)
        }
        var count = 0
        for _ in archive {
            count += 1
            if count > Self.entryLimit {
                throw WorkbookError.tooManyEntries(file: name, limit: Self.entryLimit)
            }
        }
        guard archive["xl/workbook.xml"] != nil else { throw WorkbookError.notAWorkbook(file: name) }

        let workbook = WorkbookHandler()
        try Self.parse(
            "xl/workbook.xml", of: archive, file: name, budget: &budget, limit: limits.maximumFileBytes, into: workbook)
        let relationships = RelationshipsHandler(base: "xl/")
        try Self.parse(
            "xl/_rels/workbook.xml.rels", of: archive, file: name, budget: &budget, limit: limits.maximumFileBytes,
            into: relationships)
        var names: [String] = []
        var parts: [String] = []
        for sheet in workbook.sheets where !sheet.isHidden {
            guard let relationship = relationships.byID[sheet.relationship],
                relationship.type.hasSuffix("/worksheet")
            else { continue }  // a chart sheet or a dialog sheet holds no cells
            names.append(sheet.name)
            parts.append(relationship.target)
        }
        sheetNames = names
        sheetParts = parts
        is1904 = workbook.is1904
        let types = relationships.byID.values
        sharedStringsPart = types.first { $0.type.hasSuffix("/sharedStrings") }?.target ?? "xl/sharedStrings.xml"
        stylesPart = types.first { $0.type.hasSuffix("/styles") }?.target ?? "xl/styles.xml"
    }

    /// Whether the file at `path` starts like a ZIP archive (`PK\3\4`), so it may be a workbook,
    /// or like an old OLE compound document (`.xls`); `nil` for anything else or a file that
    /// is not a regular file (never opened, so a pipe cannot block).
    static func signature(ofFileAt path: String) -> Signature? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = Array((try? handle.read(upToCount: 8)) ?? Data())
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .compoundDocument }
        return nil
    }

    /// What a file's first bytes say it is.
    enum Signature {
        case zip, compoundDocument
    }

    /// The first visible worksheet, in tab order.
    ///
    /// - Throws: ``WorkbookError/noWorksheet(file:)`` when there is none, or what ``sheet(at:)`` throws.
    package mutating func firstSheet() throws -> Spreadsheet {
        guard !sheetNames.isEmpty else { throw WorkbookError.noWorksheet(file: name) }
        return try sheet(at: 0)
    }

    /// The visible worksheet at `index` in ``sheetNames``.
    ///
    /// - Throws: ``WorkbookError`` for a damaged part, a cell that cannot be read, or more
    ///   uncompressed bytes than the limit.
    package mutating func sheet(at index: Int) throws -> Spreadsheet {
        if sharedStrings == nil {
            let handler = SharedStringsHandler()
            if archive[sharedStringsPart] != nil {
                try Self.parse(
                    sharedStringsPart, of: archive, file: name, budget: &budget, limit: limits.maximumFileBytes,
                    into: handler)
            }
            sharedStrings = handler.strings
        }
        if formats == nil {
            let handler = StylesHandler()
            if archive[stylesPart] != nil {
                try Self.parse(
                    stylesPart, of: archive, file: name, budget: &budget, limit: limits.maximumFileBytes, into: handler)
            }
            formats = handler.formats
        }
        let handler = SheetHandler(
            file: name, sheet: sheetNames[index], sharedStrings: sharedStrings ?? [], formats: formats ?? [],
            is1904: is1904, fieldLimit: limits.maximumFieldBytes)
        try Self.parse(
            sheetParts[index], of: archive, file: name, budget: &budget, limit: limits.maximumFileBytes, into: handler)
        return Spreadsheet(name: sheetNames[index], rows: handler.sortedRows, warnings: handler.warnings)
    }

    /// Uncompresses `part` and runs `handler` over it.
    private static func parse(
        _ part: String, of archive: Archive, file: String, budget: inout Int, limit: Int,
        into handler: some XMLPartHandler
    ) throws {
        guard let entry = archive[part], entry.type == .file else {
            throw WorkbookError.damaged(file: file, part: part, reason: "the part is missing")
        }
        guard Int(clamping: entry.uncompressedSize) <= budget else {
            throw WorkbookError.tooLarge(file: file, part: part, limit: limit)
        }
        var data = Data()
        var remaining = budget
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                remaining -= chunk.count
                guard remaining >= 0 else { throw WorkbookError.tooLarge(file: file, part: part, limit: 0) }
                data.append(chunk)
            }
        } catch WorkbookError.tooLarge {
            throw WorkbookError.tooLarge(file: file, part: part, limit: limit)
        } catch {
            throw WorkbookError.damaged(file: file, part: part, reason: "cannot uncompress it (\(error))")
        }
        // ZIPFoundation computes the checksum of what it hands out but leaves the comparison to us.
        guard checksum == entry.checksum else {
            throw WorkbookError.damaged(file: file, part: part, reason: "its checksum does not match (CRC-32)")
        }
        budget = remaining
        try XMLPart.parse(data, part: part, file: file, into: handler)
    }
}
