/// A valid Brazilian taxpayer number (CPF): 11 digits whose two check digits are right.
///
/// Only a valid CPF is ever used to match records. Text that does not make one stays in the
/// record as written and counts for nothing.
public struct CPF: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 11 digits, without punctuation (`"63536042970"`).
    package let digits: String

    /// Reads a CPF written with or without punctuation (`635.360.429-70`, `759 101 965-10`,
    /// `123363159-47`), restoring leading zeros that spreadsheets drop.
    ///
    /// - Returns: `nil` for anything that is not a valid CPF after `digitsOnly(_:)` and
    ///   `paddedIfValid(_:)`.
    public init?(_ text: String) {
        guard let digits = Self.paddedIfValid(Self.digitsOnly(text)) else { return nil }
        self.digits = digits
    }

    /// The CPF in its usual punctuation, `000.000.000-00`.
    package var formatted: String {
        let d = Array(digits)
        return String(d[0..<3]) + "." + String(d[3..<6]) + "." + String(d[6..<9]) + "-" + String(d[9..<11])
    }

    /// The CPF as `formatted` writes it.
    public var description: String { formatted }

    /// Keeps only the ASCII digits of the text.
    ///
    /// - Returns: For example `"759 101 965-10"` → `"75910196510"`.
    package static func digitsOnly(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.isASCII && $0.properties.numericType == .decimal }.map(Character.init))
    }

    /// Whether 11 digits form a valid CPF: both check digits right and not all digits the same.
    ///
    /// - Returns: For example `"63536042970"` → `true`, `"11111111111"` → `false` (it passes the
    ///   check-digit rule but is not issued).
    package static func hasValidCheckDigits(_ digits: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count == 11, digits.count == 11, Set(values).count > 1 else { return false }
        func check(_ count: Int) -> Int {
            var sum = 0
            for index in 0..<count { sum += values[index] * (count + 1 - index) }
            let remainder = (sum * 10) % 11
            return remainder == 10 ? 0 : remainder
        }
        return check(9) == values[9] && check(10) == values[10]
    }

    /// Returns 11 valid digits, left-padding 9 or 10 digits with zeros only when that makes a valid CPF.
    ///
    /// Spreadsheets store CPFs as numbers and drop leading zeros (`3963281995` for
    /// `039.632.819-95`); padding anything else would invent a number.
    ///
    /// - Returns: The valid 11 digits, or `nil`.
    package static func paddedIfValid(_ digits: String) -> String? {
        switch digits.count {
        case 11: return hasValidCheckDigits(digits) ? digits : nil
        case 9, 10:
            let padded = String(repeating: "0", count: 11 - digits.count) + digits
            return hasValidCheckDigits(padded) ? padded : nil
        default: return nil
        }
    }
}
