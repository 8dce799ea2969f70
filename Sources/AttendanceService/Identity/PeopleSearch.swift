/// What `people --search` looks for: words, each of which must begin a word of the texts searched.
///
/// Accents, case and punctuation are ignored on both sides (`TextNormalization/folded(_:)`,
/// then `TextNormalization/alphanumericTokens(_:)`), and the words may come in any order and
/// leave words out: `flavio hernandez`, `hernandez flavio` and `fla hern` all find "Flávio Souza
/// Hernández"; `souza@example` finds `ana.souza@example.org`. A word inside another word
/// (`ouza`) does not match.
public struct PeopleSearch: Sendable {
    /// The search's words, folded.
    package let words: [String]

    /// The search for the words of `text`.
    public init(words text: String) {
        words = TextNormalization.alphanumericTokens(TextNormalization.folded(text))
    }

    /// Whether every word of the search begins some word of `texts` (an empty search matches all).
    public func matches(_ texts: [String]) -> Bool {
        let tokens = texts.flatMap { TextNormalization.alphanumericTokens(TextNormalization.folded($0)) }
        return words.allSatisfy { word in tokens.contains { $0.hasPrefix(word) } }
    }
}
