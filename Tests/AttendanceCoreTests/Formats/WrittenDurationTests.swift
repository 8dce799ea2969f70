import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

@Suite struct WrittenDurationTests {
    @Test(
        "durations of every export become whole minutes",
        arguments: [
            ("73", 73), ("0", 0), ("73.5", 74), ("72,5", 72),
            ("1h 2m 10s", 62), ("56m 58s", 57), ("1h", 60), ("1h 55s", 61), ("2h 5m", 125), ("45s", 1),
            ("1 hr 5 min", 65), ("31 min", 31), ("1 h 46 min", 106), ("2 hrs", 120), ("2 horas 5 minutos", 125),
            ("1:05", 65), ("1:05:30", 66), ("0:32:30", 32),
        ])
    func minutes(text: String, expected: Int) {
        #expect(WrittenDuration.minutes(text) == expected)
    }

    @Test(
        "exact half minutes round to the even minute",
        arguments: [
            ("49m 30s", 50), ("32m 30s", 32), ("42m 30s", 42), ("1h 38m 30s", 98), ("1h 47m 31s", 108), ("29s", 0),
        ])
    func halves(text: String, expected: Int) {
        #expect(WrittenDuration.minutes(text) == expected)
    }

    @Test(
        "seconds between two timestamps round as written durations do",
        arguments: [(0, 0), (29, 0), (30, 0), (90, 2), (91, 2), (150, 2), (5309, 88), (5310, 88), (5311, 89)])
    func fromSeconds(seconds: Int, expected: Int) {
        #expect(WrittenDuration.minutes(seconds: seconds) == expected)
    }

    @Test(
        "text that is no duration is nil",
        arguments: [
            "", "--", "trinta", "1 hr banana", "5 5 min", "min",
            "1:5:5:5", "1:75", "-3", "1h-2m",
        ])
    func rejected(text: String) {
        #expect(WrittenDuration.minutes(text) == nil)
    }
}
