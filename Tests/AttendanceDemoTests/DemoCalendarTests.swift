import AttendanceModel
import Testing

@testable import AttendanceDemo

@Suite struct DemoCalendarTests {
    @Test(
        "ordinals count days from 1970-01-01",
        arguments: [
            (1970, 1, 1, 0), (1969, 12, 31, -1), (2000, 3, 1, 11_017), (2021, 1, 1, 18_628), (2024, 2, 29, 19_782),
            (1900, 3, 1, -25_508), (1900, 1, 1, -25_567),
        ])
    func knownOrdinals(year: Int, month: Int, day: Int, ordinal: Int) throws {
        let date = try #require(Day(year: year, month: month, day: day))
        #expect(date.ordinal == ordinal)
    }

    @Test("every day from 1900 (the first year of a Day) to 2101 goes to its ordinal and back, one after the other")
    func roundTrip() {
        var previous = -25_568  // 1899-12-31
        for year in 1900...2101 {
            for month in 1...12 {
                for day in 1...Day.daysIn(month: month, year: year) {
                    let date = DemoCalendar.date(year, month, day)
                    let ordinal = date.ordinal
                    #expect(ordinal == previous + 1, "\(date)")
                    #expect(DemoCalendar.day(ordinal: ordinal) == date, "\(date)")
                    previous = ordinal
                }
            }
        }
    }
}
