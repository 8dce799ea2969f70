import AttendanceFormats
import AttendanceIdentity
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct PhoneNumberTests {
    @Test(
        "the last eight digits compare",
        arguments: [
            ("+55 (51) 99876-5432", "98765432"), ("51 9 9876 5432", "98765432"), ("9876-5432", "98765432"),
            ("(051) 3210-9876", "32109876"),
        ])
    func key(text: String, expected: String) {
        #expect(PhoneNumber.comparisonKey(text) == expected)
    }

    @Test("short numbers have no key")
    func short() {
        #expect(PhoneNumber.comparisonKey("1234-567") == nil)
        #expect(PhoneNumber.comparisonKey("") == nil)
    }
}
