import AttendanceModel
/// Phone numbers reduced to what two spellings of one number share.
package enum PhoneNumber {
    /// The comparison key of a phone number: its last eight digits.
    ///
    /// Country code (55), trunk zero, area code and the mobile ninth digit are written or left out
    /// at will; the last eight digits are always there.
    ///
    /// - Returns: For example `"+55 (51) 99876-5432"` → `"98765432"`; `nil` with fewer than eight digits.
    package static func comparisonKey(_ text: String) -> String? {
        let digits = CPF.digitsOnly(text)
        guard digits.count >= 8 else { return nil }
        return String(digits.suffix(8))
    }
}
