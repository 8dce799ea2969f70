import Foundation

/// How personal data is shown on screen: masked unless the user asks to reveal it (LGPD).
public enum Masking {
    /// Masks every e-mail address and CPF-shaped number inside free text (explanations, review
    /// listings) and file paths, with the same rules as ``email(_:)`` and ``cpf(_:)``.
    ///
    /// An address is the run of characters around an `@` up to a space, a path separator (`/`,
    /// `\`) or punctuation that cannot be part of one (`<>,;'"()`): in a file name the whole run
    /// before the `@` counts as the local part (`lista-joao.silva@gmail.com.csv` →
    /// `l**************a@gmail.com.csv`), since a local part may hold `-`, `_` and `.` itself. A
    /// CPF-shaped number is 11 digits not next to other digits, optionally grouped 3-3-3-2 by
    /// `.`, `-`, `_` or a space (`123.456.789-09.csv` → `***.456.789-**.csv`). Masking is
    /// idempotent: masked text comes back as it is.
    public static func text(_ text: String) -> String {
        masked(text, validCPFsOnly: false)
    }

    /// Masks the e-mail addresses and CPFs in a file's path, as stored and shown: the rules of
    /// ``text(_:)``, but an 11-digit number is masked only when it is a valid CPF (its check
    /// digits agree), so that a path keeps the numbers platforms put in file names, such as Zoom's
    /// meeting ids (`participants_89727307146.csv`), while `123.456.789-09.csv` is masked.
    package static func path(_ path: String) -> String {
        masked(path, validCPFsOnly: true)
    }

    private static func masked(_ text: String, validCPFsOnly: Bool) -> String {
        var result = text
        for (pattern, mask) in patterns(validCPFsOnly: validCPFsOnly) {
            let matches = pattern.matches(in: result, range: NSRange(result.startIndex..., in: result))
            for match in matches.reversed() {
                guard let range = Range(match.range, in: result) else { continue }
                result.replaceSubrange(range, with: mask(String(result[range])))
            }
        }
        return result
    }

    /// Built per call: display text is short, and a stored regular expression is not `Sendable`.
    private static func patterns(validCPFsOnly: Bool) -> [(NSRegularExpression, (String) -> String)] {
        let maskCPF: (String) -> String = { validCPFsOnly && CPF($0) == nil ? $0 : cpf($0) }
        let rules: [(String, (String) -> String)] = [
            ("[^\\s<>,;'\"()/\\\\]+@[^\\s<>,;'\"()/\\\\]+", email),
            ("(?<![0-9])[0-9]{3}[-._ ]?[0-9]{3}[-._ ]?[0-9]{3}[-._ ]?[0-9]{2}(?![0-9])", maskCPF),
        ]
        return rules.compactMap { pattern, mask in (try? NSRegularExpression(pattern: pattern)).map { ($0, mask) } }
    }

    /// Masks an e-mail's local part, keeping its first and last character and the domain:
    /// `joana.ramos@igarassu.pe.gov.br` → `j*********s@igarassu.pe.gov.br`.
    ///
    /// Text without `@` is masked as a whole but for its first character.
    public static func email(_ text: String) -> String {
        let trimmed = text.trimmingCharactersInWhitespace()
        guard !trimmed.isEmpty else { return "" }
        guard let at = trimmed.lastIndex(of: "@") else { return mask(trimmed, keepFirst: 1, keepLast: 0) }
        let local = String(trimmed[..<at])
        return mask(local, keepFirst: 1, keepLast: local.count > 3 ? 1 : 0) + String(trimmed[at...])
    }

    /// Masks a CPF as the federal government's portals do, showing only the middle six digits:
    /// `635.360.429-70` → `***.360.429-**`. Anything that is not 11 digits is fully masked; text
    /// masked already (as the store keeps CPFs) is returned as it is.
    public static func cpf(_ text: String) -> String {
        let digits = text.filter(\.isASCII).filter(\.isNumber)
        guard !text.trimmingCharactersInWhitespace().isEmpty else { return "" }
        if text.contains("*") { return text }
        guard digits.count == 11 else { return String(repeating: "*", count: max(3, digits.count)) }
        let d = Array(digits)
        return "***.\(String(d[3..<6])).\(String(d[6..<9]))-**"
    }

    /// Masks a phone number but for its last two digits.
    package static func phone(_ text: String) -> String {
        let digits = text.filter(\.isNumber)
        guard digits.count > 2 else { return digits.isEmpty ? "" : "**" }
        return String(repeating: "*", count: digits.count - 2) + String(digits.suffix(2))
    }

    private static func mask(_ text: String, keepFirst: Int, keepLast: Int) -> String {
        guard text.count > keepFirst + keepLast else { return String(repeating: "*", count: max(1, text.count)) }
        return String(text.prefix(keepFirst)) + String(repeating: "*", count: text.count - keepFirst - keepLast)
            + String(text.suffix(keepLast))
    }
}

extension String {
    func trimmingCharactersInWhitespace() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
