import AttendanceFormats
import AttendanceIdentity
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct PersonIDSchemeTests {
    @Test("identifiers are the prefix and a zero-padded number")
    func identifiers() {
        let scheme = PersonIDScheme()
        #expect(scheme.identifier(123) == "P000123")
        #expect(scheme.identifier(1_234_567) == "P1234567")
        #expect(PersonIDScheme(prefix: "X-", digits: 3).identifier(7) == "X-007")
    }

    @Test(
        "numbers are read back only from identifiers of the scheme",
        arguments: [
            ("P000123", Int?.some(123)), ("P1", 1), ("Q000123", nil), ("P", nil), ("P12a", nil), ("P１２", nil),
        ])
    func numbers(identifier: String, expected: Int?) {
        #expect(PersonIDScheme().number(of: identifier) == expected)
    }
}
