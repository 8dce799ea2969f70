import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceTotals
import Foundation
import Testing

@Suite struct ReportProvenanceTests {
    static let provenance = ReportProvenance(
        generatedAt: Date(timeIntervalSince1970: 1_764_633_599.9), toolVersion: "0.20.0",
        storeFingerprint: "0123456789abcdef", openQuestions: 7)

    @Test("the generation instant is written in UTC to the second")
    func timestamp() {
        #expect(Self.provenance.generatedAt == "2025-12-01T23:59:59Z")
        #expect(Self.provenance.generatedOn == "2025-12-01")
    }

    @Test(
        "SOURCE_DATE_EPOCH sets the date when it is a whole number of seconds",
        arguments: [
            (["SOURCE_DATE_EPOCH": "1609459200"], 1_609_459_200.0), (["SOURCE_DATE_EPOCH": "soon"], 42.0),
            (["SOURCE_DATE_EPOCH": "1.5"], 42.0), ([:], 42.0),
        ])
    func sourceDateEpoch(environment: [String: String], seconds: Double) {
        let date = ReportProvenance.generationDate(environment: environment, now: Date(timeIntervalSince1970: 42))
        #expect(date.timeIntervalSince1970 == seconds)
    }

    @Test("report.json carries a provenance object; without one the JSON is the report's own")
    func json() throws {
        let report = ReportFixture.small()
        let plain = try report.jsonText()
        #expect(!plain.contains("provenance"))
        let text = try report.jsonText(provenance: Self.provenance)
        #expect(
            text.contains(
                """
                  "provenance" : {
                    "generatedAt" : "2025-12-01T23:59:59Z",
                    "openQuestions" : 7,
                    "storeFingerprint" : "0123456789abcdef",
                    "toolVersion" : "0.20.0"
                  },
                """))
        let decoded = try JSONDecoder().decode(YearlyReport.self, from: Data(text.utf8))
        #expect(decoded == report)
    }

    @Test("the year's folder has provenance.csv and the footers of report.md and report.html")
    func files() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("provenance-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try ReportFixture.small().write(
            to: folder, options: ReportWriteOptions(language: .portuguese, provenance: Self.provenance))
        #expect(written.map(\.lastPathComponent).contains("provenance.csv"))
        let csv = try String(contentsOf: folder.appendingPathComponent("provenance.csv"), encoding: .utf8)
        #expect(
            csv == "generated_at,tool_version,store_fingerprint,open_questions\r\n"
                + "2025-12-01T23:59:59Z,0.20.0,0123456789abcdef,7\r\n")
        let markdown = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(
            markdown.hasSuffix(
                "\n---\n\nGerado em: `2025-12-01T23:59:59Z` · Versão da ferramenta: `0.20.0` · "
                    + "Estado dos dados (impressão da base): `0123456789abcdef` · Questões de identidade em aberto: `7`\n"
            ))
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<code>0123456789abcdef</code>"))
        #expect(html.contains("<code>0.20.0</code>"))
        #expect(html.contains(": 2025-12-01</p>"))
    }

    @Test("without provenance the year's folder has no provenance.csv and the page no date")
    func noProvenance() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("provenance-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try ReportFixture.small().write(to: folder)
        #expect(!written.map(\.lastPathComponent).contains("provenance.csv"))
        let html = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(!html.contains("class=\"provenance\""))
        #expect(!html.contains("class=\"generated\""))
    }
}
