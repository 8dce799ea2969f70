import AttendanceModel

/// A moment of the demo year: a calendar ``Day`` and the seconds since its midnight, in the
/// platforms' local time (Brasília, UTC−3); printed in each export's own style.
struct DemoInstant: Comparable, Hashable, Sendable {
    var day: Day
    /// Seconds since midnight; may exceed a day only transiently (``normalized``).
    var second: Int

    init(_ day: Day, hour: Int, minute: Int = 0, second: Int = 0) {
        self.day = day
        self.second = hour * 3600 + minute * 60 + second
    }

    init(day: Day, second: Int) {
        self.day = day
        self.second = second
        self = normalized
    }

    static func < (lhs: DemoInstant, rhs: DemoInstant) -> Bool {
        (lhs.day, lhs.second) < (rhs.day, rhs.second)
    }

    /// The instant `seconds` later (earlier when negative).
    func adding(seconds: Int) -> DemoInstant {
        DemoInstant(day: day, second: second + seconds)
    }

    private var normalized: DemoInstant {
        var ordinal = day.ordinal
        var seconds = second
        while seconds < 0 {
            seconds += 86_400
            ordinal -= 1
        }
        ordinal += seconds / 86_400
        seconds %= 86_400
        var out = self
        out.day = DemoCalendar.day(ordinal: ordinal)
        out.second = seconds
        return out
    }

    var hour: Int { second / 3600 }
    var minute: Int { second / 60 % 60 }
    var secondOfMinute: Int { second % 60 }

    /// Export styles of dates and times.
    enum Style {
        /// Zoom webinar reports: `Sep 10, 2021 10:05:57` (24 h).
        case zoomWebinar
        /// Zoom's "Report Generated" line: `09/11/2021 10:00:00 AM`.
        case zoomGenerated
        /// Zoom meeting report, US order: `10/01/2021 10:00:12 AM`.
        case zoomMeetingUS
        /// Zoom meeting report from the Portuguese portal: `25/11/2021 10:00:51 AM`.
        case zoomMeetingBR
        /// Google Forms "download responses": `2021/03/25 10:15:32 AM GMT-3`.
        case forms
        /// Google Sheets download of a form: `13/12/2021 10:05:53`.
        case sheets
        /// Teams, English: `9/15/21, 10:03:02 AM`.
        case teamsEN
        /// Teams, Portuguese: `16/09/21, 10:09:34`.
        case teamsPT
        /// Google Meet, English: `10:05` + U+202F + `AM` (no date).
        case meetEN
        /// Google Meet, Portuguese: `10:05` (no date).
        case meetPT
        /// Sympla: `11/11/2021 22:42`.
        case sympla
        /// A day typed in Brazil: `16/12/2021`.
        case dayBR
        /// Moodle: `20/10/21, 12:00`.
        case moodle
    }

    func text(_ style: Style) -> String {
        let d = day
        let yy = two(d.year % 100)
        switch style {
        case .zoomWebinar:
            return "\(DemoCalendar.monthAbbreviations[d.month - 1]) \(two(d.day)), \(d.year) \(clock24(seconds: true))"
        case .zoomGenerated, .zoomMeetingUS:
            return "\(two(d.month))/\(two(d.day))/\(d.year) \(clock12(seconds: true, separator: " "))"
        case .zoomMeetingBR:
            return "\(two(d.day))/\(two(d.month))/\(d.year) \(clock12(seconds: true, separator: " "))"
        case .forms:
            return "\(d.year)/\(two(d.month))/\(two(d.day)) \(clock12(seconds: true, separator: " ")) GMT-3"
        case .sheets:
            return "\(two(d.day))/\(two(d.month))/\(d.year) \(clock24(seconds: true))"
        case .teamsEN:
            return "\(d.month)/\(d.day)/\(yy), \(clock12(seconds: true, separator: " ", padHour: false))"
        case .teamsPT:
            return "\(two(d.day))/\(two(d.month))/\(yy), \(clock24(seconds: true))"
        case .meetEN:
            return clock12(seconds: false, separator: "\u{202F}", padHour: false)
        case .meetPT:
            return clock24(seconds: false)
        case .sympla:
            return "\(two(d.day))/\(two(d.month))/\(d.year) \(clock24(seconds: false))"
        case .dayBR:
            return "\(two(d.day))/\(two(d.month))/\(d.year)"
        case .moodle:
            return "\(two(d.day))/\(two(d.month))/\(yy), \(clock24(seconds: false))"
        }
    }

    private func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    private func clock24(seconds: Bool) -> String {
        "\(two(hour)):\(two(minute))" + (seconds ? ":\(two(secondOfMinute))" : "")
    }

    private func clock12(seconds: Bool, separator: String, padHour: Bool = true) -> String {
        let h12 = hour % 12 == 0 ? 12 : hour % 12
        let hourText = padHour ? two(h12) : "\(h12)"
        return "\(hourText):\(two(minute))" + (seconds ? ":\(two(secondOfMinute))" : "") + separator
            + (hour < 12 ? "AM" : "PM")
    }
}

/// Day arithmetic for the generator (proleptic Gregorian calendar): days as ordinals and back.
enum DemoCalendar {
    static let monthAbbreviations = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// The day of an ordinal (`Day.ordinal`: days since 1970-01-01).
    static func day(ordinal: Int) -> Day {
        let (year, month, day) = Day.civil(ordinal)
        return date(year, month, day)
    }

    /// The day `count` days after `day`.
    static func adding(_ count: Int, to day: Day) -> Day {
        self.day(ordinal: day.ordinal + count)
    }

    /// A day of the generator's own tables; 1970-01-01 for a date that does not exist (never
    /// reached: the tables and the arithmetic above only produce real dates).
    static func date(_ year: Int, _ month: Int, _ day: Int) -> Day {
        Day(year: year, month: month, day: day) ?? epoch
    }

    // A literal date that exists: the generator's only force unwrap, on no data.
    private static let epoch = Day(year: 1970, month: 1, day: 1)!
}
