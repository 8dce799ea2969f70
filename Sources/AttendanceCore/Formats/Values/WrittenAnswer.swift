/// A yes/no cell as exports write it (`Yes`, `Não`, `Sim`, `TRUE`, `x`…).
enum WrittenAnswer {
    /// `true` for yes, `false` for no, `nil` for anything else (empty, `--`, `Não se aplica`).
    ///
    /// Case, accents and surrounding spaces are ignored.
    static func value(_ text: String) -> Bool? {
        let key = HeaderKey(text)
        guard key.words.count == 1, let word = key.words.first else { return nil }
        if yes.contains(word) { return true }
        if no.contains(word) { return false }
        return nil
    }

    private static let yes: Set<String> = ["yes", "sim", "y", "s", "true", "verdadeiro", "1", "x"]
    private static let no: Set<String> = ["no", "nao", "n", "false", "falso", "0"]
}
