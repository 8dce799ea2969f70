import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

@Suite struct TextTableTests {
    @Test("widths count characters, so accented and decomposed letters align")
    func accentsAlign() {
        let table = TextTable(
            columns: [.init(header: "Região", alignment: .left), .init(header: "N", alignment: .right)],
            rows: [["Não identificada", "7"], ["Sul", "18"], ["Participac\u{327}o\u{303}es", "1.194"]])
        let lines = table.lines(width: 80)
        #expect(lines.map(\.count) == [23, 23, 23, 23, 23])
        #expect(lines[4] == "Participac\u{327}o\u{303}es     1.194")
    }

    @Test("the flexible column wraps at spaces so that lines fit the width; other cells stay on the first line")
    func truncation() {
        let table = TextTable(
            columns: [
                .init(header: "Title", alignment: .left, isFlexible: true), .init(header: "N", alignment: .right),
            ],
            rows: [["Diálogo federativo sobre acolhimento", "75"]])
        let lines = table.lines(width: 20)
        #expect(
            lines == [
                "Title              N", "----------------  --", "Diálogo           75", "federativo sobre",
                "acolhimento",
            ])
    }

    @Test("the flexible column keeps a minimum width when the width is too small")
    func minimumWidth() {
        let table = TextTable(
            columns: [
                .init(header: "Title", alignment: .left, isFlexible: true), .init(header: "N", alignment: .right),
            ],
            rows: [["Diálogo federativo sobre acolhimento", "75"]])
        #expect(
            Array(table.lines(width: 5).dropFirst()) == [
                "------------  --", "Diálogo       75", "federativo", "sobre", "acolhimento",
            ])
    }

    @Test("a word longer than the flexible column is split, nothing is lost")
    func longWord() {
        #expect(TextTable.folded("Interiorização-Norte e Sul", width: 8) == ["Interior", "ização-N", "orte e", "Sul"])
        #expect(TextTable.folded("", width: 8) == [""])
    }

    @Test(
        "truncation and wrapping", arguments: [("Seminário", 9, "Seminário"), ("Seminário", 5, "Semi…"), ("ab", 0, "")])
    func truncated(text: String, width: Int, expected: String) {
        #expect(TextTable.truncated(text, to: width) == expected)
    }

    @Test("text wraps at spaces within the width")
    func wrapping() {
        #expect(TextTable.wrapped("um dois três quatro", width: 9) == ["um dois", "três", "quatro"])
    }
}
