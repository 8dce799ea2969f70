import Foundation

/// Takes one person's name and e-mail addresses out of text that is not theirs alone: the names of
/// files that listed them, audit lines, decision reasons, import issues (for ``Store/erase(person:author:reason:waitingForReaders:)``).
///
/// A name of two words or more is found however it is joined in a file name (`Ana Lima`,
/// `ana.lima`, `ana-lima`, `ana_lima`, `analima`), without regard to case or accents; an address
/// whole, and its local part when it has six characters or more (shorter ones, such as `ana` or
/// `info`, would take pieces out of unrelated words). Each occurrence becomes `***`.
package struct Redaction {
    private let needles: [String]

    package init(names: [String], emails: [String]) {
        var needles: Set<String> = []
        for name in names {
            let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
            guard words.count >= 2 else { continue }
            for separator in [" ", ".", "-", "_", ""] { needles.insert(words.joined(separator: separator)) }
        }
        for field in emails {
            for address in field.split(whereSeparator: { $0.isWhitespace || $0 == ";" || $0 == "," }) {
                guard address.contains("@") else { continue }
                needles.insert(String(address))
                if let local = address.split(separator: "@").first, local.count >= 6 { needles.insert(String(local)) }
            }
        }
        // Longest first, so that an address goes whole before its local part.
        self.needles = needles.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// Whether there is nothing to take out.
    package var isEmpty: Bool { needles.isEmpty }

    /// `text` with every occurrence of the person's name and addresses replaced by `***`.
    package func apply(to text: String) -> String {
        var result = text
        for needle in needles {
            while let range = result.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) {
                result.replaceSubrange(range, with: "***")
            }
        }
        return result
    }
}
