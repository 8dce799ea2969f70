/// A yes/no cell as exports write it (`Yes`, `Não`, `Sim`, `TRUE`, `x`…).
enum WrittenAnswer {
    /// `true` for yes, `false` for no, `nil` for anything else (empty, `--`, `Não se aplica`).
    ///
    /// Case, accents and surrounding spaces are ignored.
    static func value(_ text: String) -> Bool? {
        if let word = text.utf8.withContiguousStorageIfAvailable(asciiWord), let word {
            guard let word else { return nil }
            if yes.contains(word) { return true }
            if no.contains(word) { return false }
            return nil
        }
        if let known = common[text] { return known }
        return folded(text)
    }

    /// The rule itself: one word of ``HeaderKey``, looked up in the yes and no words.
    private static func folded(_ text: String) -> Bool? {
        let key = HeaderKey(text)
        guard key.words.count == 1, let word = key.words.first else { return nil }
        if yes.contains(word) { return true }
        if no.contains(word) { return false }
        return nil
    }

    /// For ASCII text, the one word ``HeaderKey`` would find, lower-cased (`.some(nil)` when there
    /// are none or several); `nil` for other text. Read from the bytes, as most cells are ASCII.
    private static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        var word: Range<Int>?
        var start: Int?
        for index in 0...bytes.count {
            let byte = index < bytes.count ? bytes[index] : 0x20
            guard byte < 0x80 else { return nil }
            let lower = byte | 0x20
            let isWordByte = (byte >= 0x30 && byte <= 0x39) || (lower >= 0x61 && lower <= 0x7A)
            if isWordByte {
                if start == nil { start = index }
            } else if let first = start {
                if word != nil { return .some(nil) }
                word = first..<index
                start = nil
            }
        }
        guard let word else { return .some(nil) }
        return .some(String(decoding: bytes[word].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self))
    }

    /// Answers with accents as exports write them (`Não`, `NÃO`), read once by ``folded(_:)``:
    /// folding accents goes through Foundation, slow for a cell of every row.
    private static let common: [String: Bool?] = Dictionary(
        uniqueKeysWithValues: ["Não", "não", "NÃO"].map { ($0, folded($0)) })

    private static let yes: Set<String> = ["yes", "sim", "y", "s", "true", "verdadeiro", "1", "x"]
    private static let no: Set<String> = ["no", "nao", "n", "false", "falso", "0"]
}
