import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import Foundation
import Testing

/// `events.csv` and `certifications.csv` rows: refused with file, line and column, never counted.
@Suite struct CatalogTests {
    static let header = "id,year,kind,title_pt,title_en,dates,min_minutes,headcount\n"

    func events(_ rows: String) throws -> [Event] {
        let path = try ScratchFile.write(Self.header + rows, named: "events.csv")
        return try Catalog.readEvents(path: path, displayName: "2021/events.csv")
    }

    @Test(
        "a bad events.csv row is refused with file:line:column",
        arguments: [
            (
                "a/b,2021,webinar,T,T,2021-03-10,,\n",
                "2021/events.csv:2:1: 'a/b' is not an event id (not empty, no '/', not starting with '.', "
                    + "no control characters)"
            ),
            (
                ".hidden,2021,webinar,T,T,2021-03-10,,\n",
                "2021/events.csv:2:1: '.hidden' is not an event id (not empty, no '/', not starting with '.', "
                    + "no control characters)"
            ),
            (
                ",2021,webinar,T,T,2021-03-10,,\n",
                "2021/events.csv:2:1: '' is not an event id (not empty, no '/', not starting with '.', "
                    + "no control characters)"
            ),
            ("ok,21,webinar,T,T,2021-03-10,,\n", "2021/events.csv:2:2: '21' is not a year (1900 to 2999)"),
            ("ok,20x1,webinar,T,T,2021-03-10,,\n", "2021/events.csv:2:2: '20x1' is not a year (1900 to 2999)"),
            (
                "ok,2021,webinar,T,T,10/03/2021,,\n",
                "2021/events.csv:2:6: '10/03/2021' is not a date YYYY-MM-DD (dates are separated by ';')"
            ),
            (
                "ok,2021,webinar,T,T,,,\n",
                "2021/events.csv:2:6: '' is not a date YYYY-MM-DD (dates are separated by ';')"
            ),
            ("ok,2021,webinar,T,T,2021-03-10,15min,\n", "2021/events.csv:2:7: '15min' is not a whole number"),
            ("ok,2021,webinar,T,T,2021-03-10,,-3\n", "2021/events.csv:2:8: '-3' is not a whole number"),
        ])
    func badEventRow(row: String, message: String) throws {
        let error = try #require(throws: ImportError.self) { try events(row) }
        #expect(error.description == message)
    }

    @Test("rows of delimiters only (a spreadsheet's empty rows) are blank, not events without an id")
    func delimiterRowsAreBlank() throws {
        #expect(try events("ok,2021,webinar,T,T,2021-03-10,,\n,,,,,,,\n").map(\.id) == ["ok"])
    }

    @Test("certification rows that name no government are refused with file:line:column; the others are read")
    func certifications() throws {
        let text = """
            year,level,name,uf
            2021,municipio,São Paulo,SP
            2021,municipio,<script>,SP
            2021,estado,=1+1,SP
            2021,municipio,Porto Alegre,SP
            2021,municipio,Campinas,XX
            2021,cidade,Campinas,SP
            2021,estado,Governo do Estado de São Paulo,SP
            2021,estado,RS,rs
            21,municipio,Campinas,SP

            """
        let path = try ScratchFile.write(text, named: "certifications.csv")
        let read = try Catalog.readCertifications(
            path: path, displayName: "2021/certifications.csv", places: try PlaceDirectory.bundled())
        #expect(
            read.certified == [
                Certification(year: 2021, level: .municipality, name: "São Paulo", uf: "SP"),
                Certification(year: 2021, level: .state, name: "Governo do Estado de São Paulo", uf: "SP"),
                Certification(year: 2021, level: .state, name: "RS", uf: "RS"),
            ])
        let end = "; correct the row or remove it (it is not counted)"
        #expect(
            read.refused.map(\.description) == [
                "2021/certifications.csv:3:3: '<script>' is not a municipality of SP in the IBGE list" + end,
                "2021/certifications.csv:4:3: '=1+1' is not the state of SP (São Paulo)" + end,
                "2021/certifications.csv:5:3: 'Porto Alegre' is not a municipality of SP in the IBGE list" + end,
                "2021/certifications.csv:6:4: 'XX' is not a UF (a two-letter abbreviation such as SP)" + end,
                "2021/certifications.csv:7:2: 'cidade' is not a level (municipio or estado)" + end,
                "2021/certifications.csv:10:1: '21' is not a year (1900 to 2999)" + end,
            ])
    }

    @Test("refused certifications are never counted: the import reports each one and the report has the rest")
    func refusedAreNotCounted() async throws {
        let programme = try ProgrammeFolder()
        try programme.write(
            "year,level,name,uf\n2021,municipio,Campinas,SP\n2021,municipio,<script>,SP\n2021,estado,=1+1,SP\n",
            to: "certifications.csv")
        let store = try Store(path: programme.root.appendingPathComponent("s.sqlite").path)
        let summary = try await Importer(store: store).importPaths([programme.year])
        #expect(summary.certifications == 1)
        #expect(summary.refusedCertifications == 2)
        #expect(summary.files.map(\.path) == Array(repeating: "\(programme.year)/certifications.csv", count: 2))
        #expect(try store.certifications(year: 2021).map(\.name) == ["Campinas"])
        #expect(try store.yearlyReport(year: 2021).certification.governments == 1)
    }
}
