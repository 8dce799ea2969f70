import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceStore
import AttendanceTotals
import Foundation
import Testing

/// A list saved again, renamed or re-downloaded is recognised by its records, a new version
/// replaces the old one, and the tool's own outputs are refused.
@Suite struct ImporterTests {
    let directory: URL
    let store: Store

    static let course = Event(
        id: "2020-curso", year: 2020, kind: .course, titlePT: "Curso", titleEN: "Course",
        dates: [Day(iso: "2020-05-01"), Day(iso: "2020-07-31")].compactMap { $0 })
    static let workshop = Event(
        id: "2021-04-20-oficina", year: 2021, kind: .workshop, titlePT: "Oficina", titleEN: "Workshop",
        dates: [Day(iso: "2021-04-20")].compactMap { $0 })

    static let certificateHeader =
        "Nome;CPF;E-mail;Órgão;Esfera;Município;UF;Servidor público;Data de conclusão;Carga horária;Nota final"
    static let certificateRows = [
        "Alice Barros;12345678909;alice@exemplo.gov.br;Prefeitura de Teste;Municipal;Teste;RS;Sim;01/06/2020;30h;88,3",
        "Bento Dias;987.654.321-00;bento@exemplo.org;ONG Teste;Não se aplica;Teste;RS;Não;15/06/2020;30h;91,0",
        "Carla Nunes;111.444.777-35;carla@exemplo.gov.br;Governo de Teste;Estadual;Teste;PR;Sim;20/06/2020;30h;75,0",
    ]

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("importer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try Store(path: directory.appendingPathComponent("s.sqlite").path)
        try store.upsert(events: [Self.course, Self.workshop])
    }

    /// Writes `bytes` as `name` in the test's folder and returns its path.
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// The certificates as the virtual school writes them: UTF-8 with a BOM, CRLF line ends.
    func certificates(_ name: String, rows: [String] = certificateRows, preamble: [String] = []) throws -> String {
        let text = (preamble + [Self.certificateHeader] + rows).joined(separator: "\r\n") + "\r\n"
        return try write(name, [0xEF, 0xBB, 0xBF] + Array(text.utf8))
    }

    /// A registration list of `people` numbered rows (`Pessoa 1`…).
    func registrations(_ name: String, _ people: [Int]) throws -> String {
        let rows = people.map { "Pessoa \($0),pessoa\($0)@example.org" }
        return try write(name, Array((["Nome,E-mail"] + rows).joined(separator: "\n").utf8) + [0x0A])
    }

    func importFile(
        _ path: String, event: Event = course, isSeparateCopy: Bool = false
    ) async throws -> FileReport {
        let summary = try await Importer(store: store).importPaths(
            [path], options: ImportOptions(eventID: event.id, isSeparateCopy: isSeparateCopy))
        return try #require(summary.files.first)
    }

    @Test(
        "certificates saved again without BOM, with LF, with a generated-on line or rows moved are skipped",
        arguments: ["no-bom", "lf", "generated-line", "rows-moved"])
    func resavedCertificatesAreSkipped(variant: String) async throws {
        let original = try certificates("certificados.csv")
        #expect(try await importFile(original).outcome == .imported(records: 3, replaced: false))
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let crlf = ([Self.certificateHeader] + Self.certificateRows).joined(separator: "\r\n") + "\r\n"
        let copy: String
        switch variant {
        case "no-bom": copy = try write("copia.csv", Array(crlf.utf8))
        case "lf": copy = try write("copia.csv", bom + Array(crlf.replacingOccurrences(of: "\r\n", with: "\n").utf8))
        case "generated-line":
            copy = try certificates("copia.csv", preamble: ["Relatório gerado em 02/08/2020 10:15"])
        default: copy = try certificates("copia.csv", rows: Self.certificateRows.reversed())
        }
        #expect(try await importFile(copy).outcome == .sameContent(existingPath: original))
        #expect(try store.files().map(\.path) == [original])
        #expect(try store.countingRecords().filter { $0.kind == .completion }.count == 3)
    }

    @Test("a copy kept on purpose with the separate-copy option is imported, bytes and records alike")
    func separateCopy() async throws {
        let original = try certificates("certificados.csv")
        _ = try await importFile(original)
        let sameBytes = try certificates("mesmos-bytes.csv")
        #expect(try await importFile(sameBytes).outcome == .alreadyImported(existingPath: "2020-curso/\(original)"))
        #expect(
            try await importFile(sameBytes, isSeparateCopy: true).outcome == .imported(records: 3, replaced: false))
        let moved = try certificates("ordem.csv", rows: Self.certificateRows.reversed())
        #expect(try await importFile(moved, isSeparateCopy: true).outcome == .imported(records: 3, replaced: false))
        #expect(try store.files().count == 3)
        #expect(try store.countingRecords().count == 9)
    }

    @Test("a registration list re-downloaded with two new rows replaces the old one, saying so")
    func newVersionReplaces() async throws {
        let old = try registrations("inscricoes.csv", Array(1...10))
        _ = try await importFile(old, event: Self.workshop)
        let new = try registrations("inscricoes-2021-04-19.csv", Array(1...12))
        let report = try await importFile(new, event: Self.workshop)
        #expect(report.outcome == .newVersion(of: old, records: 12, added: 2, removed: 0))
        #expect(try store.files().map(\.path) == [new])
        let records = try store.countingRecords()
        #expect(records.count == 12)
        #expect(records.allSatisfy { $0.kind == .registration })
        #expect(try store.identities().map(\.name) == (1...12).map { "Pessoa \($0)" })
    }

    @Test("a list sharing 80 % of a stored list's records is its new version; one sharing 70 % is a file of its own")
    func threshold() async throws {
        let old = try registrations("inscricoes.csv", Array(1...10))
        _ = try await importFile(old, event: Self.workshop)
        // 7 of the 10 stored rows again, and 5 others: below the threshold.
        let below = try registrations("inscricoes-b.csv", Array(1...7) + Array(21...25))
        #expect(try await importFile(below, event: Self.workshop).outcome == .imported(records: 12, replaced: false))
        #expect(try store.files().count == 2)
        // 8 of the first list's 10 rows again: its new version (the 70 % one shares 7 of 12 with it).
        let at = try registrations("inscricoes-c.csv", Array(1...8) + [31])
        #expect(
            try await importFile(at, event: Self.workshop).outcome
                == .newVersion(of: old, records: 9, added: 1, removed: 2))
        #expect(try store.files().map(\.path).sorted() == [below, at].sorted())
        #expect(try store.countingRecords().count == 12 + 9)
    }

    @Test("in a long list, looked at through a sample first, a new version is still found, and other parts are not one")
    func longLists() async throws {
        let old = try registrations("inscricoes.csv", Array(1...300))
        _ = try await importFile(old, event: Self.workshop)
        let part = try registrations("inscricoes-parte02.csv", Array(301...600))
        #expect(try await importFile(part, event: Self.workshop).outcome == .imported(records: 300, replaced: false))
        let new = try registrations("inscricoes-nova.csv", Array(6...305))
        #expect(
            try await importFile(new, event: Self.workshop).outcome
                == .newVersion(of: old, records: 300, added: 5, removed: 5))
        #expect(try store.files().map(\.path).sorted() == [new, part].sorted())
    }

    @Test("a small list sharing its few rows with a big one never replaces it")
    func smallerListIsNotANewVersion() async throws {
        let big = try registrations("inscricoes.csv", Array(1...10))
        _ = try await importFile(big, event: Self.workshop)
        let small = try registrations("inscricoes-parcial.csv", [1, 2])
        #expect(try await importFile(small, event: Self.workshop).outcome == .imported(records: 2, replaced: false))
        #expect(try store.files().count == 2)
    }

    @Test("the same records in another event are no duplicate")
    func otherEventIsImported() async throws {
        let list = try registrations("inscricoes.csv", [1, 2, 3])
        _ = try await importFile(list, event: Self.workshop)
        let other = Event(
            id: "2021-05-20-oficina", year: 2021, kind: .workshop, dates: [Day(iso: "2021-05-20")].compactMap { $0 })
        try store.upsert(events: [other])
        // Rows moved, so that the bytes differ (the same bytes are skipped in any event).
        let copy = try registrations("inscricoes-copia.csv", [3, 2, 1])
        let outcome = try await importFile(copy, event: other).outcome
        #expect(outcome == .imported(records: 3, replaced: false))
    }

    @Test("a CSV written by 'export attendances' is refused, naming the file and the command, and nothing is stored")
    func ownOutputIsRefused() async throws {
        let path = try write(
            "attendances.csv",
            Array(
                """
                event_id,source_file,source_line,person_id,role,kind,session,attended,minutes,format
                2021-04-20-oficina,2021-04-20-oficina/lista.csv,2,p-1,participant,attendance,2021-04-20,true,60,generic-list

                """.utf8))
        let report = try await importFile(path, event: Self.workshop)
        #expect(
            report.outcome
                == .failed(
                    "\(path):1: this is a file written by 'attendance export attendances' (the list of records "
                        + "read, with pseudonymous person ids); it holds no names to import"))
        #expect(try store.files().isEmpty)
    }
}
