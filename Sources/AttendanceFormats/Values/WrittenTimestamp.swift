import AttendanceModel
import Foundation

/// A date, a time of day, or both, as an export writes them, before the file's day/month
/// order is known.
///
/// Understood layouts (separators `/ - . ,` and spaces are interchangeable, seconds optional):
/// - numeric with the year last: `10/01/2020 10:00:00 AM`, `11/5/20, 10:03:02 AM`, `27/10/2020 10:05:53`,
///   `20/10/20, 12:00`, `17/12/2020` (two-digit years are 20xx);
/// - numeric with the year first: `2020/10/20 10:27:13 AM GMT-3`, `2020-10-20T10:00:00Z`;
/// - with a month name in English or Portuguese: `Sep 10, 2020 10:05:57`, `10 de setembro de 2020`,
///   `Tuesday, 20 October 2020, 12:00 PM`;
/// - a time alone: `10:00 AM` (with a normal or narrow no-break space), `10:11`.
///
/// Week days, `de`, time zones (`GMT-3`, `Z`, `-03:00`) are ignored; any other word makes the
/// text unreadable, so that a garbled cell is reported rather than guessed.
struct WrittenTimestamp: Sendable, Hashable {
    /// The date part as written.
    enum WrittenDate: Sendable, Hashable {
        /// No date: a time of day alone.
        case none
        /// Two numbers whose order the file decides, and the year.
        case numeric(Int, Int, year: Int)
        /// A date whose layout leaves no doubt (year first, or a month name).
        case exact(year: Int, month: Int, day: Int)
    }

    var date: WrittenDate
    /// Minutes since midnight, or `nil` for a date alone.
    var minuteOfDay: Int?
    /// Seconds past ``minuteOfDay`` (0 to 59; 0 when none are written or for a date alone):
    /// kept for formats whose stays are measured between timestamps (the Teams attendance log).
    var second = 0

    /// Why a text is not a date or time.
    enum Unreadable: Error, Equatable {
        /// No understood layout.
        case notADateOrTime
        /// The layout is a date's, but no calendar has that day in either order (`31/02/2021`).
        case noSuchDay
        /// A date whose year is outside the years a record can be from (``Day``'s 1900–2999).
        case yearOutOfRange(Int)

        /// The end of an issue's message: "'TEXT' " then this.
        var explanation: String {
            switch self {
            case .notADateOrTime: "is not a date or time"
            case .noSuchDay: "is not a valid date"
            case .yearOutOfRange(let year): "is not a valid date: the year \(year) is outside 1900–2999"
            }
        }
    }

    /// Reads `text`; `nil` when it is not a date or time in any understood layout, or when the
    /// date cannot exist in either order (`31/31/2020`).
    init?(_ text: String) {
        guard let read = try? Self(reading: text) else { return nil }
        self = read
    }

    /// Reads `text`, saying why when it cannot.
    init(reading text: String) throws(Unreadable) {
        var tokens = Self.tokens(of: text)
        guard !tokens.isEmpty else { throw .notADateOrTime }

        // The time: the first number:number[:number], with an optional AM/PM after it.
        var minuteOfDay: Int?
        var secondOfMinute = 0
        if let start = tokens.indices.first(where: { Self.startsTime(tokens, at: $0) }),
            case .number(let hour, _) = tokens[start], case .number(let minute, _) = tokens[start + 2]
        {
            var end = start + 3
            if end + 1 < tokens.count, tokens[end] == .colon, case .number(let value, _) = tokens[end + 1] {
                secondOfMinute = value
                end += 2
            }
            var meridiem: String?
            if end < tokens.count, case .word(let word) = tokens[end], word == "am" || word == "pm" {
                meridiem = word
                end += 1
            } else if end + 1 < tokens.count, case .word(let letter) = tokens[end], letter == "a" || letter == "p",
                tokens[end + 1] == .word("m")
            {
                meridiem = letter + "m"
                end += 2
            }
            guard (0...59).contains(minute), (0...59).contains(secondOfMinute) else { throw .notADateOrTime }
            var hour24 = hour
            if let meridiem {
                guard (0...12).contains(hour) else { throw .notADateOrTime }
                hour24 = hour % 12 + (meridiem == "pm" ? 12 : 0)
            } else {
                guard (0...23).contains(hour) else { throw .notADateOrTime }
            }
            minuteOfDay = hour24 * 60 + minute
            tokens.removeSubrange(start..<end)
        }

        // A second number:number after the time is a zone offset (`2020-10-20T10:00:00-03:00`).
        if minuteOfDay != nil {
            while let start = tokens.indices.first(where: { Self.startsTime(tokens, at: $0, strict: false) }) {
                tokens.removeSubrange(start..<start + 3)
            }
        }

        // What is left is the date, with time zones and filler words to drop.
        var numbers: [(value: Int, digits: Int)] = []
        var month: Int?
        var index = 0
        while index < tokens.count {
            switch tokens[index] {
            case .number(let value, let digits):
                numbers.append((value, digits))
            case .colon:
                break
            case .word(let word):
                if Self.zoneWords.contains(word) {
                    // A zone's offset (GMT-3, UTC+01:00) is not part of the date.
                    while index + 1 < tokens.count {
                        if case .word = tokens[index + 1] { break }
                        index += 1
                    }
                } else if let number = Self.months[word] {
                    guard month == nil else { throw .notADateOrTime }
                    month = number
                } else if !Self.fillerWords.contains(word) {
                    throw .notADateOrTime
                }
            }
            index += 1
        }
        if let month {
            guard numbers.count == 2 else { throw .notADateOrTime }
            let yearIndex = numbers[0].digits == 4 || numbers[0].value > 31 ? 0 : 1
            guard let year = Self.year(numbers[yearIndex]) else { throw .notADateOrTime }
            let day = numbers[1 - yearIndex].value
            try Self.check(year: year, month: month, day: day)
            self.date = .exact(year: year, month: month, day: day)
        } else if numbers.count == 3 {
            if numbers[0].digits == 4 {
                let (year, month, day) = (numbers[0].value, numbers[1].value, numbers[2].value)
                try Self.check(year: year, month: month, day: day)
                self.date = .exact(year: year, month: month, day: day)
            } else {
                guard let year = Self.year(numbers[2]) else { throw .notADateOrTime }
                let (first, second) = (numbers[0].value, numbers[1].value)
                guard
                    Day(year: year, month: second, day: first) != nil
                        || Day(year: year, month: first, day: second) != nil
                else {
                    guard (1900...2999).contains(year) else { throw .yearOutOfRange(year) }
                    throw .noSuchDay
                }
                self.date = .numeric(first, second, year: year)
            }
        } else if numbers.isEmpty, minuteOfDay != nil {
            self.date = .none
        } else {
            throw .notADateOrTime
        }
        self.minuteOfDay = minuteOfDay
        self.second = secondOfMinute
    }

    private static func check(year: Int, month: Int, day: Int) throws(Unreadable) {
        guard Day(year: year, month: month, day: day) == nil else { return }
        guard (1900...2999).contains(year) else { throw .yearOutOfRange(year) }
        throw .noSuchDay
    }

    /// Whether a date part is written.
    var hasDate: Bool { date != .none }

    /// The calendar day under `order`, or `nil` when no date is written or the day does not
    /// exist in that order.
    func day(order: DateOrder) -> Day? {
        switch date {
        case .none:
            return nil
        case .exact(let year, let month, let day):
            return Day(year: year, month: month, day: day)
        case .numeric(let first, let second, let year):
            return order == .dayFirst
                ? Day(year: year, month: second, day: first) : Day(year: year, month: first, day: second)
        }
    }

    // MARK: Tokens

    private enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case colon
    }

    private static func tokens(of text: String) -> [Token] {
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ asciiTokens(of: $0) }), let tokens {
            return tokens
        }
        let folded = HeaderKey.fold(text)
        var tokens: [Token] = []
        var digits = ""
        var letters = ""
        func flush() {
            if !digits.isEmpty {
                // Nine digits at most keeps the value far from overflow; longer runs are not dates.
                tokens.append(digits.count <= 9 ? .number(Int(digits) ?? 0, digits: digits.count) : .word(digits))
                digits = ""
            }
            if !letters.isEmpty {
                tokens.append(.word(letters))
                letters = ""
            }
        }
        for character in folded {
            if character.isASCII && character.isNumber {
                if !letters.isEmpty { flush() }
                digits.append(character)
            } else if character.isLetter {
                if !digits.isEmpty { flush() }
                letters.append(character)
            } else {
                flush()
                if character == ":" { tokens.append(.colon) }
            }
        }
        flush()
        return tokens
    }

    /// The tokens of ASCII text, read from its bytes: what ``tokens(of:)`` gives, without
    /// building a `Character` and a `String` per character (every record has a time or two).
    ///
    /// - Returns: `nil` when the text is not all ASCII.
    private static func asciiTokens(of bytes: UnsafeBufferPointer<UInt8>) -> [Token]? {
        var tokens: [Token] = []
        var runStart = 0
        var runIsDigits = false
        var inRun = false
        func flush(_ end: Int) {
            guard inRun else { return }
            inRun = false
            let run = UnsafeBufferPointer(rebasing: bytes[runStart..<end])
            if runIsDigits {
                if run.count <= 9 {
                    tokens.append(.number(run.reduce(0) { $0 * 10 + Int($1 &- 0x30) }, digits: run.count))
                } else {
                    tokens.append(.word(String(decoding: run, as: UTF8.self)))
                }
            } else {
                tokens.append(.word(String(decoding: run.map { $0 | 0x20 }, as: UTF8.self)))
            }
        }
        for (index, byte) in bytes.enumerated() {
            guard byte < 0x80 else { return nil }
            let isDigit = byte >= 0x30 && byte <= 0x39
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if isDigit || isLetter {
                if inRun && runIsDigits == isDigit { continue }
                flush(index)
                inRun = true
                runIsDigits = isDigit
                runStart = index
            } else {
                flush(index)
                if byte == UInt8(ascii: ":") { tokens.append(.colon) }
            }
        }
        flush(bytes.count)
        return tokens
    }

    /// Whether `number : number` starts at `index`; `strict` asks for the shape of a time (`h:mm`, `hh:mm`).
    private static func startsTime(_ tokens: [Token], at index: Int, strict: Bool = true) -> Bool {
        guard index + 2 < tokens.count, case .number(_, let hourDigits) = tokens[index],
            tokens[index + 1] == .colon, case .number(_, let minuteDigits) = tokens[index + 2]
        else { return false }
        return !strict || (hourDigits <= 2 && minuteDigits == 2)
    }

    private static func year(_ number: (value: Int, digits: Int)) -> Int? {
        switch number.digits {
        case 4: number.value
        case 2: 2000 + number.value
        default: nil
        }
    }

    private static let months: [String: Int] = {
        let names: [[String]] = [
            ["jan", "january", "janeiro"], ["feb", "fev", "february", "fevereiro"], ["mar", "march", "marco"],
            ["apr", "abr", "april", "abril"], ["may", "mai", "maio"], ["jun", "june", "junho"],
            ["jul", "july", "julho"], ["aug", "ago", "august", "agosto"],
            ["sep", "sept", "set", "september", "setembro"], ["oct", "out", "october", "outubro"],
            ["nov", "november", "novembro"], ["dec", "dez", "december", "dezembro"],
        ]
        var table: [String: Int] = [:]
        for (index, words) in names.enumerated() {
            for word in words { table[word] = index + 1 }
        }
        return table
    }()

    private static let zoneWords: Set<String> = ["gmt", "utc", "brt", "brst", "z"]

    private static let fillerWords: Set<String> = [
        "de", "do", "da", "at", "as", "of", "on", "em", "t", "h",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "segunda", "terca", "quarta", "quinta", "sexta", "sabado", "domingo", "feira",
        "seg", "ter", "qua", "qui", "sex", "sab", "dom",
    ]
}
