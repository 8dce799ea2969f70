import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct DayTests {
    @Test(
        "ISO dates parse and print back; impossible dates are rejected",
        arguments: [
            ("2021-02-25", "2021-02-25"), ("2020-02-29", "2020-02-29"),
        ])
    func isoRoundTrip(text: String, expected: String) {
        #expect(Day(iso: text)?.description == expected)
    }

    @Test(
        "impossible or malformed dates are nil", arguments: ["2021-02-29", "2021-13-01", "21-01-01", "2021-1-01", ""])
    func rejected(text: String) {
        #expect(Day(iso: text) == nil)
    }
}
