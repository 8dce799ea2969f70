import AttendanceModel
import Foundation

/// A header cell (or a label such as a section title) reduced to what identifies it.
///
/// Exports spell the same column many ways: `E-mail`, `Email`, ` email `, `Endereço de e-mail`,
/// `ÓRGÃO`. Two headers are the same column when their keys are equal: case and accents are
/// folded and everything that is not a letter or a digit separates words, so spacing,
/// punctuation and padding never matter. This is the only place header text is normalised.
struct HeaderKey: Hashable, Sendable, CustomStringConvertible {
    /// The folded words, in order (`["endereco", "de", "e", "mail"]`).
    let words: [String]

    /// Reduces `text` to its key.
    init(_ text: some StringProtocol) {
        let folded = Self.fold(text)
        var words: [String] = []
        var current = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        self.words = words
    }

    /// `text` in lower case without accents (`ÓRGÃO` is `orgao`): how headers, dates and
    /// durations are compared; ``TextNormalization/caseAndAccentFolded(_:)``, white space kept.
    static func fold(_ text: some StringProtocol) -> String {
        TextNormalization.caseAndAccentFolded(text)
    }

    /// The words run together (`"enderecodeemail"`): the form aliases are compared in.
    var compact: String { words.joined() }

    /// Whether the header has no letters or digits at all.
    var isEmpty: Bool { words.isEmpty }

    var description: String { words.joined(separator: " ") }

    /// Whether the words include `phrase` (one or more consecutive words, given as a key).
    func contains(_ phrase: HeaderKey) -> Bool {
        let needle = phrase.words
        guard !needle.isEmpty, needle.count <= words.count else { return false }
        for start in 0...(words.count - needle.count) where Array(words[start..<start + needle.count]) == needle {
            return true
        }
        return false
    }

    /// Whether the words include any of `phrases`, each written as plain text (`"e mail"`).
    func contains(anyOf phrases: [String]) -> Bool {
        phrases.contains { contains(HeaderKey($0)) }
    }

    /// Whether the compact form equals one of `aliases`, each written as plain text.
    func matches(anyOf aliases: [String]) -> Bool {
        let compact = self.compact
        return aliases.contains { HeaderKey($0).compact == compact }
    }
}
