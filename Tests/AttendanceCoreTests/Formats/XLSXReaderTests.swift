import AttendanceCSV
import Foundation
import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

@Suite struct XLSXReaderTests {
    /// Reads `Fixtures/workbooks/<name>` through the import path, shown under its bare name.
    private static func read(_ name: String, limits: ReadingLimits = ReadingLimits()) throws -> ParsedExport {
        try ExportReader.read(path: try Fixture.path("workbooks/\(name)"), displayName: name, limits: limits)
    }

    /// The error reading `Fixtures/workbooks/<name>` throws.
    private static func error(_ name: String, limits: ReadingLimits = ReadingLimits()) throws -> FormatError? {
        do {
            _ = try read(name, limits: limits)
            return nil
        } catch let error as FormatError {
            return error
        }
    }

    @Test(
        "a list typed into Excel reads to exactly its records: accents, dates, numbers, an empty cell, a sparse row",
        arguments: ["lista.xlsx", "lista-1904.xlsx"])
    func typedList(name: String) throws {
        let parsed = try Self.read(name)
        #expect(parsed.format == .genericList)
        #expect(parsed.sheet == "Plan1")
        #expect(parsed.issues == [])
        #expect(parsed.records.map(\.line) == [4, 5, 7])
        #expect(parsed.records.map(\.name) == ["Ângela Ribeiro", "João Conceição", "Íris Araújo"])
        #expect(parsed.records.map(\.email) == ["angela@exemplo.org", "joao@exemplo.org", ""])
        #expect(parsed.records.map(\.organization) == ["Secretaria de Educação", "", "Câmara Municipal"])
        #expect(parsed.records.map(\.city) == ["São Luís", "Maceió", ""])
        #expect(parsed.records.map { $0.sessionDate?.description } == ["2021-02-25", "2021-02-25", "2021-02-25"])
        #expect(parsed.records.map(\.minutes) == [90, 46, nil])  // 45.5 minutes round to the even 46
        #expect(parsed.records.map(\.attended) == [true, false, true])
        #expect(parsed.contentDates.map(\.description) == ["2021-02-25"])
    }

    @Test("the first visible sheet's rows are what a CSV saved from it holds, blank rows included")
    func sheetLines() throws {
        let sheet = try #require(
            try ExportReader.workbookSheet(path: try Fixture.path("workbooks/lista.xlsx"), displayName: "lista.xlsx"))
        #expect(sheet.name == "Plan1")
        #expect(
            sheet.lines == [
                ["Lista de presença — Oficina de Gestão"],
                [],
                ["Nome", "E-mail", "Instituição", "Cidade", "Data", "Duração (minutos)", "Presente"],
                [
                    "Ângela Ribeiro", "angela@exemplo.org", "Secretaria de Educação", "São Luís", "2021-02-25", "90",
                    "TRUE",
                ],
                ["João Conceição", "joao@exemplo.org", "", "Maceió", "2021-02-25", "45.5", "FALSE"],
                [],
                ["Íris Araújo", "", "Câmara Municipal", "", "2021-02-25 14:30:00"],
            ])
        var reader = try XLSXReader(path: try Fixture.path("workbooks/lista.xlsx"), name: "lista.xlsx")
        #expect(reader.sheetNames == ["Plan1"])  // the hidden sheet is not offered
        #expect(try reader.firstSheet() == sheet)
    }

    @Test("recognition names the sheet and the header's row")
    func recognition() throws {
        let recognition = try ExportReader.recognise(
            path: try Fixture.path("workbooks/lista.xlsx"), displayName: "lista.xlsx")
        #expect(recognition.format == .genericList)
        #expect(recognition.sheet == "Plan1")
        #expect(recognition.headerLine == 3)
    }

    @Test("a cell that cannot be read is named by file, sheet and cell")
    func badCell() throws {
        let error = try Self.error("bad-cell.xlsx")
        #expect(
            error?.description
                == "bad-cell.xlsx: sheet \"Plan1\", cell C7: shared string '99' does not exist (the workbook has 16)")
    }

    @Test("a part with a document type declaration is refused before any entity is expanded")
    func documentType() throws {
        #expect(
            try Self.error("doctype.xlsx") == .workbook(.documentType(file: "doctype.xlsx", part: "xl/workbook.xml")))
    }

    @Test("a part that is not UTF-8 or whose checksum fails is damaged, named by its part")
    func damagedParts() throws {
        #expect(
            try Self.error("not-utf8.xlsx")?.description
                == "not-utf8.xlsx: xl/worksheets/sheet1.xml: the workbook is damaged: its text is not valid UTF-8; "
                + "open it in Excel or LibreOffice and save it again")
        #expect(
            try Self.error("bad-checksum.xlsx")
                == .workbook(
                    .damaged(
                        file: "bad-checksum.xlsx", part: "xl/worksheets/sheet1.xml",
                        reason: "its checksum does not match (CRC-32)")))
    }

    @Test("what a workbook uncompresses to is capped by the file limit, counted while inflating")
    func inflationCap() throws {
        let limit = 512 << 10
        #expect(
            try Self.error("inflates.xlsx", limits: ReadingLimits(maximumFileBytes: limit))
                == .workbook(.tooLarge(file: "inflates.xlsx", part: "xl/worksheets/sheet1.xml", limit: limit)))
        #expect(try Self.read("inflates.xlsx").records.count == 3)
    }

    @Test("a cell longer than the field limit leaves its row out with an issue at its column")
    func longCell() throws {
        let parsed = try Self.read("lista.xlsx", limits: ReadingLimits(maximumFieldBytes: 20))
        // The title (row 1) and row 4's organization are longer than 20 bytes.
        #expect(parsed.records.map(\.line) == [5, 7])
        #expect(parsed.issues.map(\.line) == [1, 4])
        #expect(parsed.issues.map(\.column) == [1, 3])
    }

    @Test("an old .xls, a ZIP that is no workbook and a damaged ZIP are named for what they are")
    func notWorkbooks() throws {
        let xls = try ScratchFile.write(
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504), named: "lista.xls")
        #expect(throws: FormatError.workbook(.legacyWorkbook(file: "lista.xls"))) {
            try ExportReader.read(path: xls, displayName: "lista.xls")
        }
        #expect(
            FormatError.workbook(.legacyWorkbook(file: "lista.xls")).description
                == "lista.xls: this is an old Excel .xls workbook, which is not read; open it and save it as Excel "
                + "Workbook (.xlsx) or as CSV (UTF-8), and import that")
        let truncated = try ScratchFile.write(
            [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00], named: "lista.csv")
        #expect(throws: FormatError.workbook(.notAWorkbook(file: "lista.csv"))) {
            try ExportReader.recognise(path: truncated, displayName: "lista.csv")
        }
    }

    @Test(
        "serial days become ISO dates and times in both date systems",
        arguments: [
            (1.0, NumberFormat.date, false, "1900-01-01"), (59.0, .date, false, "1900-02-28"),
            (61.0, .date, false, "1900-03-01"), (44252.0, .date, false, "2021-02-25"),
            (44252.604166666664, .dateTime, false, "2021-02-25 14:30:00"), (0.0, .date, true, "1904-01-01"),
            (42790.0, .date, true, "2021-02-25"), (0.5, .time, false, "12:00:00"),
            (1.25, .time, false, "30:00:00"), (0.999999999, .dateTime, false, "1900-01-01 00:00:00"),
        ] as [(Double, NumberFormat, Bool, String)])
    func serialDates(serial: Double, format: NumberFormat, is1904: Bool, text: String) {
        #expect(ExcelSerial.text(serial, as: format, is1904: is1904) == text)
    }

    @Test(
        "number formats tell dates and times from numbers",
        arguments: [
            ("dd/mm/yyyy", NumberFormat.date), ("dd/mm/yyyy hh:mm", .dateTime), ("[h]:mm:ss", .time),
            ("mmm", .date), ("#,##0.00", .number), ("0.00E+00", .number), ("General", .number),
            ("\"dia\" 0", .number), ("[$-416]d \"de\" mmmm \"de\" yyyy", .date), ("[Red]0.0", .number),
        ] as [(String, NumberFormat)])
    func numberFormats(code: String, format: NumberFormat) {
        #expect(NumberFormat(code: code) == format)
    }
}
