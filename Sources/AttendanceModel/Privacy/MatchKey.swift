/// A keyed hash standing for a CPF or an e-mail address: equal for equal values under one
/// ``MatchKeyring``, and meaningless without its secret.
///
/// The first 128 bits of HMAC-SHA256, enough that two different values never share a key in
/// any store this tool will hold (a collision needs about 2⁶⁴ values).
package struct MatchKey: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The key's first and last 64 bits, big-endian.
    package let high: UInt64
    package let low: UInt64

    /// The number of bytes a key takes in the store.
    package static let byteCount = 16

    package init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Reads a key from its 16 stored bytes.
    ///
    /// - Returns: `nil` when `bytes` does not hold exactly ``byteCount`` bytes.
    package init?(bytes: some Collection<UInt8>) {
        guard bytes.count == Self.byteCount else { return nil }
        let values = Array(bytes)
        self.init(
            high: values[0..<8].reduce(0) { $0 << 8 | UInt64($1) },
            low: values[8..<16].reduce(0) { $0 << 8 | UInt64($1) })
    }

    /// Reads the keys stored one after another in `bytes` (a record's e-mail keys).
    ///
    /// - Returns: The keys; trailing bytes that do not make a whole key are ignored.
    package static func keys(in bytes: some Collection<UInt8>) -> [MatchKey] {
        let values = Array(bytes)
        return stride(from: 0, to: values.count - byteCount + 1, by: byteCount).compactMap {
            MatchKey(bytes: values[$0..<$0 + byteCount])
        }
    }

    /// The 16 bytes stored, big-endian.
    package var bytes: [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: high >> (56 - 8 * UInt64($0))) }
            + (0..<8).map { UInt8(truncatingIfNeeded: low >> (56 - 8 * UInt64($0))) }
    }

    /// Lower-case hexadecimal, 32 digits.
    package var description: String { bytes.hexadecimal }

    /// A positive integer for matching, never below 2⁶¹, so it cannot equal a CPF's 11 digits read
    /// as a number (what matching uses for records built from clear text).
    package var matchingValue: Int64 { Int64(bitPattern: (high >> 3) | (1 << 61)) }
}
