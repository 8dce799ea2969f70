/// How new person identifiers are written: a prefix and a zero-padded sequence number (`P000123`).
package struct PersonIDScheme: Sendable, Hashable {
    /// The text before the number.
    package var prefix: String
    /// The minimum number of digits; numbers are left-padded with zeros to this width.
    package var digits: Int
    /// The first number to use when no previous identifier with this prefix is higher.
    package var firstNumber: Int

    /// Creates a scheme; the defaults give `P000001`, `P000002`, ….
    package init(prefix: String = "P", digits: Int = 6, firstNumber: Int = 1) {
        self.prefix = prefix
        self.digits = digits
        self.firstNumber = firstNumber
    }

    /// The number of an identifier written with this scheme (`P000123` → 123), or `nil`.
    package func number(of identifier: String) -> Int? {
        guard identifier.hasPrefix(prefix) else { return nil }
        let rest = identifier.dropFirst(prefix.count)
        guard !rest.isEmpty, rest.allSatisfy(\.isASCII), rest.allSatisfy(\.isNumber) else { return nil }
        return Int(rest)
    }

    /// The identifier for a number (`123` → `P000123`).
    package func identifier(_ number: Int) -> String {
        let text = String(number)
        return prefix + String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
