import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

@Suite struct WrittenTimestampTests {
    @Test(
        "dates and times in every export layout",
        arguments: [
            ("Sep 10, 2020 10:05:57", DateOrder.monthFirst, "2020-09-10", 605),
            ("10/01/2020 10:00:00 AM", .monthFirst, "2020-10-01", 600),
            ("10/12/2020 12:00:00 PM", .dayFirst, "2020-12-10", 720),
            ("10/12/2020 12:30:00 AM", .dayFirst, "2020-12-10", 30),
            ("11/5/20, 10:03:02 AM", .monthFirst, "2020-11-05", 603),
            ("12/11/20, 10:09:34", .dayFirst, "2020-11-12", 609),
            ("2021/03/25 10:15:32 AM GMT-3", .monthFirst, "2021-03-25", 615),
            ("2021/03/25 10:15:32 PM GMT-03:00", .dayFirst, "2021-03-25", 1335),
            ("25/03/2021 10:15:32", .dayFirst, "2021-03-25", 615),
            ("20/11/2020 09:51", .dayFirst, "2020-11-20", 591),
            ("20/10/20, 12:00", .dayFirst, "2020-10-20", 720),
            ("2020-10-20T10:00:00Z", .monthFirst, "2020-10-20", 600),
            ("2020-10-20T10:00:00-03:00", .monthFirst, "2020-10-20", 600),
            ("Tuesday, 20 October 2020, 12:00 PM", .monthFirst, "2020-10-20", 720),
            ("10 de setembro de 2020 14:30", .monthFirst, "2020-09-10", 870),
            ("Set 24, 2020 10:00:00", .monthFirst, "2020-09-24", 600),
            ("10:00 a.m. 10/12/2020", .monthFirst, "2020-10-12", 600),
        ])
    func readsDateAndTime(text: String, order: DateOrder, day: String, minute: Int) throws {
        let written = try #require(WrittenTimestamp(text))
        #expect(written.day(order: order)?.description == day)
        #expect(written.minuteOfDay == minute)
    }

    @Test("dates alone have no time of day")
    func dateAlone() throws {
        let written = try #require(WrittenTimestamp("17/12/2020"))
        #expect(written.day(order: .dayFirst)?.description == "2020-12-17")
        #expect(written.minuteOfDay == nil)
    }

    @Test(
        "times alone have no date, with a normal, narrow or no-break space before AM/PM",
        arguments: [
            ("10:00\u{202F}AM", 600), ("11:59 PM", 1439), ("12:25\u{00A0}AM", 25), ("10:11", 611), ("7:05 pm", 1145),
        ])
    func timeAlone(text: String, minute: Int) throws {
        let written = try #require(WrittenTimestamp(text))
        #expect(!written.hasDate)
        #expect(written.day(order: .dayFirst) == nil)
        #expect(written.minuteOfDay == minute)
    }

    @Test(
        "unreadable or impossible text is nil",
        arguments: [
            "", "--", "amanhã", "15/45/2021 09:01:00 AM", "31/31/2020", "Sep 31, 2020", "25:00", "10:61",
            "13:00 PM", "10/12", "2020/13/45", "Sep 10 2020 10:00 banana", "123456789012",
        ])
    func rejected(text: String) {
        #expect(WrittenTimestamp(text) == nil)
    }

    @Test(
        "seconds are kept apart from the minute, 0 when none are written",
        arguments: [
            ("10/03/2021, 14:02:11", 842, 11), ("3/10/2021, 2:02:59 PM", 842, 59), ("10/03/2021 14:02", 842, 0),
            ("2020-10-20T10:00:07-03:00", 600, 7),
        ])
    func seconds(text: String, minute: Int, second: Int) throws {
        let written = try #require(WrittenTimestamp(text))
        #expect(written.minuteOfDay == minute)
        #expect(written.second == second)
    }

    @Test("a numeric date that exists in one order only is nil in the other")
    func oneOrderOnly() throws {
        let written = try #require(WrittenTimestamp("10/15/2021"))
        #expect(written.day(order: .monthFirst)?.description == "2021-10-15")
        #expect(written.day(order: .dayFirst) == nil)
    }
}

@Suite struct WrittenTimestampFastPathTests {
    @Test(
        "ASCII text, read from its bytes, gives what the general reading gives",
        arguments: [
            "Sep 10, 2020 10:05:57", "10/01/2020 10:00:00 AM", "11/5/20, 10:03:02 AM", "2021/03/25 10:15:32 AM GMT-3",
            "2020-10-20T10:00:00-03:00", "Tuesday, 20 October 2020, 12:00 PM", "10:00 a.m. 10/12/2020", "17/12/2020",
            "10:11", "1234567890 10:00", "31/31/2020", "garbled 10:00", "10:00:00:00", "",
        ])
    func asciiMatchesGeneral(text: String) {
        // A trailing no-break space is a separator to both readings but sends the text down the general one.
        #expect(WrittenTimestamp(text) == WrittenTimestamp(text + "\u{A0}"))
    }
}
