/// White space as Foundation's `CharacterSet.whitespaces` and `.whitespacesAndNewlines` define it,
/// matched without Foundation.
///
/// On Linux `trimmingCharacters(in:)` bridges every string to `NSString`, walks it in UTF-16 and
/// builds a new `String` from the result: half of the time spent parsing exports went there,
/// for cells that almost never have anything to trim. These functions give the same results
/// (the same scalars, U+200B included, as Foundation's sets hold) and return the string itself
/// when there is nothing to trim.
///
/// Beside ``TextNormalization``, whose ``TextNormalization/collapsingSpaces(_:)`` counts more as
/// white space (control characters, U+FEFF, every Unicode `White_Space` scalar): cells of an
/// export are trimmed as Foundation would, keys are built by the folding. Package-wide: the
/// export parsers trim every cell with it.
@usableFromInline package enum Whitespace {
    /// Whether a scalar is in `CharacterSet.whitespaces` (`newlines` false) or
    /// `CharacterSet.whitespacesAndNewlines` (`newlines` true).
    @inlinable
    package static func contains(_ value: UInt32, newlines: Bool) -> Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: newlines
        default: false
        }
    }

    /// Whether a UTF-8 byte can neither be white space nor start or end a multi-byte white-space scalar.
    @inlinable
    package static func isPlainByte(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x80 }

    @usableFromInline
    package static func trimmed(_ text: Substring, newlines: Bool) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, contains(scalars[start].value, newlines: newlines) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard contains(scalars[before].value, newlines: newlines) else { break }
            end = before
        }
        return String(Substring(scalars[start..<end]))
    }

    package static func isBlank(_ text: some StringProtocol, newlines: Bool) -> Bool {
        for byte in text.utf8 where isPlainByte(byte) { return false }
        return text.unicodeScalars.allSatisfy { contains($0.value, newlines: newlines) }
    }
}

extension String {
    /// The text without `CharacterSet.whitespaces` at either end: `trimmingCharacters(in: .whitespaces)`.
    @inlinable
    package func trimmingSpaces() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if Whitespace.isPlainByte(first) && Whitespace.isPlainByte(last) { return self }
        return Whitespace.trimmed(self[...], newlines: false)
    }

    /// The text without `CharacterSet.whitespacesAndNewlines` at either end:
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    @inlinable
    package func trimmingSpacesAndNewlines() -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if Whitespace.isPlainByte(first) && Whitespace.isPlainByte(last) { return self }
        return Whitespace.trimmed(self[...], newlines: true)
    }

    /// Whether the text is empty or only `CharacterSet.whitespaces`.
    package var isBlank: Bool { Whitespace.isBlank(self, newlines: false) }

    /// Whether the text is empty or only `CharacterSet.whitespacesAndNewlines`.
    package var isBlankOrNewlines: Bool { Whitespace.isBlank(self, newlines: true) }
}

extension Substring {
    /// The text without `CharacterSet.whitespacesAndNewlines` at either end, as a `String`.
    package func trimmingSpacesAndNewlines() -> String { Whitespace.trimmed(self, newlines: true) }
}
