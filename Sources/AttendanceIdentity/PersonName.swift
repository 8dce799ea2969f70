import AttendanceModel
import Foundation

/// A person's name as written, with the form used to compare it with other names.
///
/// The original text is kept for display; ``displayName`` drops platform noise and puts a
/// "Surname, Given" name back in order; ``words`` is the comparison form: folded (no accents or
/// case), particles dropped, a generational suffix split off into ``suffix``, immediate
/// repetitions removed. Each step is one documented static function.
package struct PersonName: Sendable, Hashable {
    /// The name exactly as the export wrote it.
    package let original: String
    /// The name for display: noise removed, given names first, NFC, single spaces (`"Ana Oliveira do Silva"`).
    package let displayName: String
    /// The comparison words (`["ana", "oliveira", "silva"]`); empty when nothing name-like remains.
    package let words: [String]
    /// A generational suffix (Filho, Júnior, Neto, Sobrinho), compared separately.
    package let suffix: NameSuffix?

    /// Prepares a name for comparison.
    ///
    /// - Parameter original: The name as written, for example `"Silva, Ana Oliveira do (Guest)"`.
    package init(_ original: String) {
        self.original = original
        let display = Self.displayName(of: original)
        self.displayName = display
        let (words, suffix) = Self.splittingSuffix(
            Self.droppingParticles(Self.droppingTitles(Self.comparisonWords(display))))
        self.words = Self.removingRepeatedWords(words)
        self.suffix = suffix
    }

    /// The ``displayName`` of a name as written, without working out its comparison words.
    package static func displayName(of original: String) -> String {
        reorderingSurnameFirst(removingDisplayNoise(original))
    }

    /// Device names that video platforms show instead of a person's name (`iPhone de Pedro`, `Galaxy A52`).
    private static let deviceWords: Set<String> = [
        "iphone", "ipad", "galaxy", "samsung", "motorola", "moto", "redmi", "xiaomi", "android", "celular",
        "tablet", "notebook", "laptop", "desktop", "pc", "macbook",
    ]

    /// Removes what platforms and people add around a name: parenthesised or bracketed notes
    /// (`(Guest)`, `(Convidado)`, a trailing organisation or city such as `(Florianópolis)` or
    /// `((UFMG))`), device labels (`iPhone de Pedro` → `Pedro`, `Galaxy A10` → empty), and a
    /// trailing note after a bar, a slash or a spaced dash (`Heitor - SOS` → `Heitor`,
    /// `Ana Lima/PMPA` → `Ana Lima`), and a name typed as an e-mail address (`maria.silva@x.org`
    /// → `maria silva`).
    ///
    /// The result is in NFC with single spaces; accents and case are kept.
    ///
    /// - Parameter text: A name as written.
    /// - Returns: For example `"Luciana Vieira Pereira (Florianópolis)"` → `"Luciana Vieira Pereira"`.
    package static func removingDisplayNoise(_ text: String) -> String {
        // Parenthesised and bracketed notes, nested or left open at the end.
        var kept = String.UnicodeScalarView()
        var depth = 0
        for scalar in TextNormalization.displayForm(text).unicodeScalars {
            switch scalar {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth = max(0, depth - 1)
            default: if depth == 0 { kept.append(scalar) }
            }
        }
        var name = TextNormalization.collapsingSpaces(String(kept))

        // Device labels: "iPhone de X" keeps X; a device name alone is no name.
        let words = name.split(separator: " ").map(String.init)
        if let first = words.first, deviceWords.contains(TextNormalization.folded(first)) {
            let connector = words.firstIndex { ["de", "do", "da"].contains(TextNormalization.folded($0)) }
            name = connector.map { words[($0 + 1)...].joined(separator: " ") } ?? ""
        }

        // A name typed as an e-mail address: its local part is the name ("maria.silva@x.org").
        if let at = name.firstIndex(of: "@"), !name.contains(" ") {
            name = name[..<at].split(whereSeparator: { ".-_+".contains($0) }).joined(separator: " ")
        }

        // A trailing note after a bar or slash ("Ana Lima/PMPA") or a spaced dash
        // ("Francisca - Pacaraima"); a dash inside a word is a double surname.
        if let cut = name.firstIndex(where: { $0 == "|" || $0 == "/" }), cut != name.startIndex {
            name = String(name[..<cut])
        }
        let dashes: Set<Unicode.Scalar> = ["-", "–"]
        if name.unicodeScalars.contains(where: dashes.contains) {
            for separator in [" - ", " – ", " -", "- ", " –", "– "] {
                if let range = name.range(of: separator), !name[..<range.lowerBound].isEmpty {
                    name = String(name[..<range.lowerBound])
                }
            }
        }
        let punctuation: Set<Character> = ["-", "–", "|", "/", ",", ".", ":", ";", " ", "_"]
        while let last = name.last, punctuation.contains(last) { name.removeLast() }
        while let first = name.first, punctuation.contains(first) { name.removeFirst() }
        return name
    }

    /// Platform markers that a parenthesised note may hold; they say nothing about the person.
    private static let platformNotes: Set<String> = [
        "guest", "convidado", "convidada", "convidado a", "visitante", "externo", "externa", "host", "anfitriao",
        "organizador", "organizadora", "unverified", "nao verificado",
    ]

    /// The notes people add in parentheses after their name — often their organisation or city
    /// (`Luciana Vieira Pereira (Florianópolis)`, `Maria Martins ((UFMG))`) — without platform
    /// markers such as `(Guest)` or `(Convidado)`.
    ///
    /// ``removingDisplayNoise(_:)`` drops these notes from the name; a profile may still use them
    /// as a hint when the record says nothing else.
    ///
    /// - Returns: For example `"Ana Lima (Guest) (Recife)"` → `["Recife"]`.
    package static func parentheticalNotes(_ text: String) -> [String] {
        var notes: [String] = []
        var current = ""
        var depth = 0
        for character in TextNormalization.displayForm(text) {
            switch character {
            case "(", "[", "{":
                depth += 1
            case ")", "]", "}":
                depth = max(0, depth - 1)
                if depth == 0 {
                    let note = TextNormalization.collapsingSpaces(current)
                    let key = TextNormalization.alphanumericTokens(TextNormalization.folded(note)).joined(
                        separator: " ")
                    if !key.isEmpty && !platformNotes.contains(key) { notes.append(note) }
                    current = ""
                }
            default:
                if depth > 0 { current.append(character) }
            }
        }
        return notes
    }

    /// Puts a "Surname, Given" name back in "Given Surname" order.
    ///
    /// Only a single comma with text on both sides counts; other commas are dropped.
    ///
    /// - Parameter text: A name, already without display noise.
    /// - Returns: For example `"Silva, Ana Oliveira do"` → `"Ana Oliveira do Silva"`.
    package static func reorderingSurnameFirst(_ text: String) -> String {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { TextNormalization.collapsingSpaces(String($0)) }
        if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
            return parts[1] + " " + parts[0]
        }
        return TextNormalization.collapsingSpaces(parts.filter { !$0.isEmpty }.joined(separator: " "))
    }

    /// The words of a name folded for comparison: no accents, lower case, letters only.
    ///
    /// Punctuation separates words (`d'Ávila` → `d`, `avila`); a word with a digit in it is not a
    /// name word and is dropped (`2º`, `3`).
    ///
    /// - Returns: For example `"JOSÉ  Conceição"` → `["jose", "conceicao"]`.
    package static func comparisonWords(_ text: String) -> [String] {
        TextNormalization.alphanumericTokens(TextNormalization.folded(text)).filter { word in
            !word.contains(where: \.isNumber)
        }
    }

    /// Titles written before a name: `Dr.`, `Dra.`, `Prof.`, `Profa.`, `Sr.`, `Sra.`, `Srta.`, `Me.`,
    /// `Ma.`, `Eng.`, `Adv.`, `Pe.` (padre), `Ir.` (irmã).
    package static let titles: Set<String> = [
        "dr", "dra", "prof", "profa", "professor", "professora", "sr", "sra", "srta", "me", "ma", "eng", "adv", "pe",
        "ir", "doutor", "doutora",
    ]

    /// Drops titles from the start of the comparison words, unless nothing else would be left.
    ///
    /// - Returns: For example `["dra", "maria", "silva"]` → `["maria", "silva"]`.
    package static func droppingTitles(_ words: [String]) -> [String] {
        let kept = words.drop(while: titles.contains)
        return kept.isEmpty ? words : Array(kept)
    }

    /// Portuguese particles that are written or left out at will (da, de, do, das, dos, e, d').
    package static let particles: Set<String> = ["da", "de", "do", "das", "dos", "e", "d"]

    /// Drops the particles from comparison words, unless nothing else would be left.
    ///
    /// - Returns: For example `["ana", "do", "silva"]` → `["ana", "silva"]`.
    package static func droppingParticles(_ words: [String]) -> [String] {
        let kept = words.filter { !particles.contains($0) }
        return kept.isEmpty ? words : kept
    }

    /// Splits a final generational suffix off the comparison words.
    ///
    /// `filho`, `junior`/`jr`/`jnr`, `neto` and `sobrinho` count as suffixes when at least two
    /// other words remain (`"Junior Silva"` keeps Junior as a given name).
    ///
    /// - Returns: For example `["igor", "souza", "junior"]` → `(["igor", "souza"], .junior)`.
    package static func splittingSuffix(_ words: [String]) -> (words: [String], suffix: NameSuffix?) {
        guard words.count >= 3, let last = words.last, let suffix = NameSuffix(word: last) else { return (words, nil) }
        return (Array(words.dropLast()), suffix)
    }

    /// Removes a word repeated right after itself (`"simoes simoes"` → `"simoes"`), a common typing slip.
    ///
    /// - Returns: For example `["fabio", "fabio", "teixeira"]` → `["fabio", "teixeira"]`.
    package static func removingRepeatedWords(_ words: [String]) -> [String] {
        var result: [String] = []
        for word in words where word != result.last { result.append(word) }
        return result
    }
}

/// A generational suffix at the end of a Brazilian name; a father and son differ only by it.
package enum NameSuffix: String, Sendable, Hashable, Codable, CaseIterable {
    case filho, junior, neto, sobrinho

    /// Reads a folded word: `filho`, `junior`, `jr`, `jnr`, `neto`, `sobrinho`.
    package init?(word: String) {
        switch word {
        case "filho": self = .filho
        case "junior", "jr", "jnr": self = .junior
        case "neto": self = .neto
        case "sobrinho": self = .sobrinho
        default: return nil
        }
    }
}
