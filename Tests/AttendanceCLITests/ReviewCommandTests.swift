import AttendanceTestFixtures
import Foundation
import Testing

/// The review loop as an officer goes through it with the real binary: the sheet in Portuguese,
/// a mistyped answer refused at its line and column with nothing recorded, the answer applied,
/// the queue empty, the decision listed and revoked.
@Suite struct ReviewCommandTests {
    /// A programme year in which one person writes two addresses: one question.
    static func programme(in sandbox: CLISandbox) throws -> String {
        let root = sandbox.path("programme")
        try ProgrammeFixture.write(ProgrammeFixture.oneOpenQuestion, to: URL(fileURLWithPath: root))
        return root
    }

    /// The sheet with its `decisao` cell of the first question set to `answer`.
    static func filled(_ sheet: String, answer: String) -> String {
        var lines = sheet.components(separatedBy: "\r\n")
        let header = lines[0].split(separator: ";", omittingEmptySubsequences: false)
        let column = header.firstIndex(of: "decisao")!
        // The first question's row ends with `;;` (decisao, observacao): the answer goes before the last `;`.
        let row = lines.firstIndex { $0.hasSuffix(";;") }!
        #expect(header.count - column == 2)
        lines[row] = String(lines[row].dropLast()) + answer + ";"
        return lines.joined(separator: "\r\n")
    }

    @Test("a Portuguese sheet: a bad answer stops it at line and column, a good one empties the queue")
    func portugueseSheet() throws {
        let sandbox = try CLISandbox()
        let store = ["--store", sandbox.store]
        var outcome = try AttendanceProcess.run(["import", try Self.programme(in: sandbox)] + store)
        try #require(outcome.status == 0, Comment(rawValue: outcome.output))
        #expect(outcome.output.contains("1 questions to review (attendance review)"))
        outcome = try AttendanceProcess.run(
            ["review", "--csv", sandbox.path("revisao.csv"), "--language", "pt"] + store)
        #expect(outcome.status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: sandbox.path("revisao.csv")))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))  // for Excel: UTF-8 with a byte-order mark
        let sheet = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(
            sheet.hasPrefix(
                "pergunta;ordem;pode_mudar;pessoa_a;pessoa_b;pontuacao;a_favor;contra;registros_a;registros_b;"
                    + "decisao;observacao\r\n"))
        #expect(sheet.contains(";5,0;"))
        #expect(sheet.contains("e**********s@hotmail.com") && !sheet.contains("eliane.neves@"))

        try Data(Self.filled(sheet, answer: "talvez").utf8).write(to: URL(fileURLWithPath: sandbox.path("bad.csv")))
        outcome = try AttendanceProcess.run(["review", "--apply", sandbox.path("bad.csv")] + store)
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("bad.csv:"))
        #expect(outcome.output.contains(":11: 'talvez' is not an answer"))
        #expect(outcome.output.contains("nothing of the sheet was applied"))
        #expect(!outcome.output.contains("Usage:"))
        #expect(try AttendanceProcess.run(["decisions"] + store).output == "no decisions\n")

        try Data(Self.filled(sheet, answer: "diferente").utf8).write(to: URL(fileURLWithPath: sandbox.path("ok.csv")))
        outcome = try AttendanceProcess.run(["review", "--apply", sandbox.path("ok.csv"), "--author", "maria"] + store)
        #expect(outcome.status == 0, Comment(rawValue: outcome.output))
        #expect(outcome.output.hasPrefix("recorded 1 answers\npeople: 5 records → 5 persons"))
        #expect(outcome.output.hasSuffix("no open questions: the figures are ready to publish\n"))
        #expect(
            try AttendanceProcess.run(["review"] + store).output
                == "no open questions: the figures are ready to publish\n")
        // The same sheet again: its question is answered, so nothing is recorded twice.
        outcome = try AttendanceProcess.run(["review", "--apply", sandbox.path("ok.csv")] + store)
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("no open review question"))

        let listed = try AttendanceProcess.run(["decisions"] + store).output
        #expect(listed.hasPrefix("#1  different  "))
        #expect(listed.contains("by maria  (question Q"))
        outcome = try AttendanceProcess.run(["revoke", "1", "--reason", "by mistake"] + store)
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("1 questions to review"))
        outcome = try AttendanceProcess.run(["revoke", "1"] + store)
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("decision #1 is revoked already"))
    }

    @Test("merge P P and distinct R R are refused; merge after distinct names the earlier decision")
    func nonsenseIsRefused() throws {
        let sandbox = try CLISandbox()
        let store = ["--store", sandbox.store]
        _ = try AttendanceProcess.run(["import", try Self.programme(in: sandbox)] + store)
        var outcome = try AttendanceProcess.run(["merge", "P000001", "P000001"] + store)
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("both sides name the same person or records"))
        outcome = try AttendanceProcess.run(["distinct", "2", "2"] + store)
        #expect(outcome.status == 1)
        outcome = try AttendanceProcess.run(["distinct", "1", "4", "--reason", "two people"] + store)
        #expect(outcome.status == 0, Comment(rawValue: outcome.output))
        outcome = try AttendanceProcess.run(["merge", "1", "4"] + store)
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("decision #1 says the opposite about these records (revoke it first)"))
    }

    @Test("report and export warn while questions are open; --strict publishes nothing")
    func publicationGuard() throws {
        let sandbox = try CLISandbox()
        let store = ["--store", sandbox.store]
        _ = try AttendanceProcess.run(["import", try Self.programme(in: sandbox)] + store)
        let warning =
            "warning: 1 identity question is open; the answers can change: unique participants (attendance review)"
        var outcome = try AttendanceProcess.run(["report", "--year", "2021"] + store)
        #expect(outcome.status == 0)
        #expect(outcome.output.contains(warning))
        outcome = try AttendanceProcess.run(["report", "--year", "2021", "--format", "json", "--strict"] + store)
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("--strict publishes nothing until they are answered"))
        #expect(!outcome.output.contains("participations"))
        outcome = try AttendanceProcess.run(
            ["export", "--year", "2021", "--dir", sandbox.path("out"), "--strict"] + store)
        #expect(outcome.status == 1)
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("out")))
        _ = try AttendanceProcess.run(["distinct", "1", "4"] + store)
        outcome = try AttendanceProcess.run(["report", "--year", "2021", "--strict"] + store)
        #expect(outcome.status == 0)
        #expect(!outcome.output.contains("warning:"))
    }
}
