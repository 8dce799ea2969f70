import Testing

@testable import AttendanceFormats
@testable import AttendanceIdentity
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

@Suite struct FeatureTableTests {
    @Test(
        "ASCII letter runs are the Unicode letter runs of ASCII text; other text is left to Unicode",
        arguments: ["pedro.cardoso", "joana_ramos2021", "a.b-c+d", "x", "", "123", "..ana..", "Maria.SILVA", "@[`{z"])
    func asciiLetterRuns(text: String) {
        #expect(FeatureTable.asciiLetterRuns(text) == text.split(whereSeparator: { !$0.isLetter }).map(String.init))
    }

    @Test("text beyond ASCII is not read as bytes")
    func nonASCII() {
        #expect(FeatureTable.asciiLetterRuns("joão.silva") == nil)
    }
}
