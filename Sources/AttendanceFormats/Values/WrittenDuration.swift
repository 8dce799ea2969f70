import AttendanceModel
import Foundation

/// A length of time as an export writes it, read into whole minutes.
///
/// Understood layouts:
/// - a bare number of minutes: `73` (Zoom), `73.5` or `73,5`;
/// - numbers with units, in any order and spacing: `1h 2m 10s`, `56m 58s`, `1h`, `1h 55s` (Teams),
///   `1 hr 5 min`, `31 min`, `1 h 46 min` (Meet), `2 horas 5 minutos`, `45 sec`;
/// - a clock: `1:05` (h:mm) or `1:05:30` (h:mm:ss).
///
/// A unit written twice (`1h 1h`), or minutes or seconds of 60 and more below a larger unit
/// (`1h 99m`, `2m 75s`), is not a duration: such text is a typing error, not a length to guess.
/// How long a stay may be is the caller's rule (``ExportDraft/maximumStayMinutes``).
///
/// Seconds are rounded to the nearest minute, an exact half to the even minute (`49m 30s` is
/// 50, `32m 30s` is 32), so that summing many stays does not drift upwards.
enum WrittenDuration {
    /// The whole minutes `text` stands for, or `nil` when it is not a duration.
    static func minutes(_ text: String) -> Int? {
        guard let seconds = seconds(text) else { return nil }
        return minutes(seconds: seconds)
    }

    /// `seconds` (0 or more) as whole minutes, rounded as written durations are.
    static func minutes(seconds: Int) -> Int {
        let whole = seconds / 60
        let remainder = seconds % 60
        if remainder > 30 || (remainder == 30 && whole % 2 == 1) { return whole + 1 }
        return whole
    }

    /// The seconds `text` stands for, or `nil` when it is not a duration.
    static func seconds(_ text: String) -> Int? {
        // Zoom's whole minutes (`73`) are most cells: read from the bytes, as the rule below would.
        if let minutes = text.utf8.withContiguousStorageIfAvailable(wholeMinutes), let minutes { return minutes * 60 }
        let folded = HeaderKey.fold(text).trimmingSpaces()
        guard !folded.isEmpty else { return nil }

        // A bare number of minutes, possibly with a decimal comma or point.
        let decimal = folded.contains(",") ? folded.replacingOccurrences(of: ",", with: ".") : folded
        if decimal.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let value = Double(decimal),
            value.isFinite, value >= 0, value < 1e7
        {
            return Int((value * 60).rounded())
        }

        // A clock, h:mm or h:mm:ss.
        if folded.contains(":") {
            let parts = folded.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2 || parts.count == 3,
                parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
            else { return nil }
            let values = parts.compactMap { Int($0) }
            guard values.count == parts.count, values.dropFirst().allSatisfy({ $0 < 60 }) else { return nil }
            return values[0] * 3600 + values[1] * 60 + (values.count == 3 ? values[2] : 0)
        }

        // Numbers each followed by a unit.
        var total = 0
        var pending: Int?
        var parts: [Int: Int] = [:]  // unit in seconds: its number, each unit at most once
        var sawUnit = false
        var index = folded.startIndex
        while index < folded.endIndex {
            let character = folded[index]
            if character.isASCII && character.isNumber {
                guard pending == nil else { return nil }
                var end = index
                while end < folded.endIndex && folded[end].isASCII && folded[end].isNumber {
                    end = folded.index(after: end)
                }
                guard folded.distance(from: index, to: end) <= 6, let value = Int(folded[index..<end]) else {
                    return nil
                }
                pending = value
                index = end
            } else if character.isLetter {
                var end = index
                while end < folded.endIndex && folded[end].isLetter { end = folded.index(after: end) }
                guard let value = pending, let unit = unitSeconds[String(folded[index..<end])],
                    parts[unit] == nil
                else { return nil }
                parts[unit] = value
                total += value * unit
                pending = nil
                sawUnit = true
                index = end
            } else if character == " " || character == "\u{00A0}" || character == "\u{202F}" || character == "," {
                index = folded.index(after: index)
            } else {
                return nil
            }
        }
        guard sawUnit, pending == nil else { return nil }
        // A part below a larger unit stays below it: `1h 99m` and `2m 75s` are typing errors.
        if parts[3600] != nil, let minutes = parts[60], minutes >= 60 { return nil }
        if parts[3600] != nil || parts[60] != nil, let seconds = parts[1], seconds >= 60 { return nil }
        return total
    }

    /// The value of one to seven ASCII digits, or `nil` for any other text.
    private static func wholeMinutes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (1...7).contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static let unitSeconds: [String: Int] = {
        var table: [String: Int] = [:]
        for word in ["h", "hr", "hrs", "hour", "hours", "hora", "horas"] { table[word] = 3600 }
        for word in ["m", "min", "mins", "minute", "minutes", "minuto", "minutos"] { table[word] = 60 }
        for word in ["s", "sec", "secs", "second", "seconds", "seg", "segundo", "segundos"] { table[word] = 1 }
        return table
    }()
}
