import Foundation

/// The text rules every comparison key is built from: Unicode forms, case and accent folding.
///
/// Each rule is one function so that it is documented and tested once; names, places and
/// organisations build their keys from these. Original text is never changed in place: callers
/// keep it for display and compare the folded form.
package enum TextNormalization {
    /// Returns the text in Unicode NFC with runs of white space collapsed to one space and trimmed.
    ///
    /// Use it for display: accents and case are kept. Non-breaking and other Unicode spaces count
    /// as white space; control characters become spaces.
    ///
    /// - Parameter text: Any text, possibly decomposed (`"Jose\u{301}"`).
    /// - Returns: For example `"José  da Silva "` → `"José da Silva"`.
    package static func displayForm(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return collapsingSpaces(text) }  // ASCII is its own NFC
        return collapsingSpaces(text.precomposedStringWithCanonicalMapping)
    }

    /// Collapses every run of white space (including NBSP and line breaks) to one space and trims the ends.
    ///
    /// - Parameter text: Any text.
    /// - Returns: For example `"  Ana \t Maria\u{00A0}"` → `"Ana Maria"`.
    package static func collapsingSpaces(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // ASCII decides without Unicode property tables; only other scalars look them up.
            let isSpace =
                scalar.isASCII
                ? scalar.value <= 0x20 || scalar.value == 0x7F
                : scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
                    || scalar.value == 0xFEFF
            if isSpace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            if scalar.isASCII {
                out.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Folds text for comparison: compatibility decomposition (NFKD), accents and other combining
    /// marks removed, lower case, white space collapsed.
    ///
    /// Punctuation is kept (a separate rule, ``alphanumericTokens(_:)``, splits words), so that
    /// `" - "` and `"/"` separators stay visible to the rules that need them. Letters without a
    /// decomposition (`ø`, `ß`) are only lower-cased.
    ///
    /// - Parameter text: Any text.
    /// - Returns: For example `"  JOSÉ  Conceição "` → `"jose conceicao"`, `"ﬁ"` → `"fi"`.
    package static func folded(_ text: String) -> String {
        collapsingSpaces(caseAndAccentFolded(text))
    }

    /// Folds case and accents as ``folded(_:)`` does, but keeps every other character, white space
    /// included, as it is: the one folding, for text whose spacing a caller reads itself (header
    /// cells split into words, written dates and durations).
    ///
    /// ASCII text is only lower-cased, without Unicode tables.
    ///
    /// - Parameter text: Any text.
    /// - Returns: For example `"ÓRGÃO  "` → `"orgao  "`, `"Duração (min)"` → `"duracao (min)"`.
    package static func caseAndAccentFolded(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for scalar in String(text).decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            if scalar.properties.changesWhenLowercased {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Splits folded text into words of letters and digits; every other character separates words.
    ///
    /// - Parameter folded: Text already passed through ``folded(_:)``.
    /// - Returns: For example `"d'avila-souza (ufmg)"` → `["d", "avila", "souza", "ufmg"]`.
    package static func alphanumericTokens(_ folded: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            let isWordScalar =
                scalar.isASCII
                ? (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x41 && scalar.value <= 0x5A)
                    || (scalar.value >= 0x30 && scalar.value <= 0x39)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || scalar.properties.generalCategory == .nonspacingMark
            if isWordScalar {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }
}
