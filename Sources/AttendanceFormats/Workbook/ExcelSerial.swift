import AttendanceModel

/// Excel's serial dates: days since the epoch of the workbook's date system, the fraction the time of day.
///
/// In the 1900 system (Windows Excel, LibreOffice) day 1 is 1900-01-01 and, as in Lotus 1-2-3,
/// day 60 is a 29 February 1900 that never was: from day 61 on, days count from 1899-12-30. In the
/// 1904 system (old Mac Excel) day 0 is 1904-01-01.
enum ExcelSerial {
    /// Days from 1970-01-01 back to 1899-12-30 and 1899-12-31, and to 1904-01-01.
    private static let epoch1900 = -25_569
    private static let epoch1900Early = -25_568
    private static let epoch1904 = -24_107

    /// The text a date, time or date-time cell holding `serial` stands for, in the ISO layouts
    /// the export parsers read: `2021-02-25`, `14:05:00` (hours past 24 for a duration),
    /// `2021-02-25 14:05:00`. Seconds are rounded; `nil` for a serial outside years 1900–9999.
    static func text(_ serial: Double, as format: NumberFormat, is1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        if format == .time {
            return clock(days * 86_400 + seconds)
        }
        let ordinal: Int
        if is1904 {
            ordinal = epoch1904 + days
        } else {
            ordinal = days < 61 ? epoch1900Early + days : epoch1900 + days
        }
        let (year, month, day) = Day.civil(ordinal)
        let date = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        return format == .dateTime ? date + " " + clock(seconds) : date
    }

    /// `HH:MM:SS`, hours not wrapped at 24.
    private static func clock(_ seconds: Int) -> String {
        pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
