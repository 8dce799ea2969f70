import AttendanceModel
/// Keys that let two spellings of one organisation's name compare equal.
package enum OrganizationKey {
    /// Well-known organisations under their other names and acronyms.
    private static let aliases: [String: String] = [
        "organizacao internacional para as migracoes": "oim", "oim": "oim", "iom": "oim",
        "international organization for migration": "oim", "oim brasil": "oim",
        "alto comissariado das nacoes unidas para refugiados": "acnur", "acnur": "acnur", "unhcr": "acnur",
        "agencia da onu para refugiados": "acnur",
        "fundo das nacoes unidas para a infancia": "unicef", "unicef": "unicef",
        "fundacao oswaldo cruz": "fiocruz", "fiocruz": "fiocruz",
        "servico jesuita a migrantes e refugiados": "sjmr", "sjmr": "sjmr",
        "centro de apoio e pastoral do migrante": "cami", "cami": "cami",
        "associacao de venezuelanos no brasil": "avb", "avb": "avb",
    ]
    private static let stopWords: Set<String> = [
        "de", "da", "do", "das", "dos", "para", "a", "o", "as", "os", "e", "em", "no", "na",
    ]

    /// The keys of an organisation's name: an alias or the acronym in parentheses, and the name's
    /// folded significant words.
    ///
    /// `"Universidade Federal de Roraima (UFRR)"` and `"UFRR"` share `"ufrr"`;
    /// `"Organização Internacional para as Migrações"` and `"OIM"` share `"oim"`.
    ///
    /// - Returns: Up to three keys, most specific first; empty for an empty name.
    package static func keys(for organization: String) -> [String] {
        let folded = TextNormalization.folded(organization)
        var keys: [String] = []
        func add(_ key: String) { if !key.isEmpty, !keys.contains(key) { keys.append(key) } }
        var outside = ""
        var inside = ""
        var depth = 0
        for character in folded {
            switch character {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            default:
                if depth == 0 { outside.append(character) } else { inside.append(character) }
            }
        }
        let words = TextNormalization.alphanumericTokens(outside)
        let phrase = words.joined(separator: " ")
        let acronym = TextNormalization.alphanumericTokens(inside).joined()
        if let alias = aliases[phrase] ?? aliases[acronym] { add(alias) }
        if acronym.count >= 2 { add(acronym) }
        add(words.filter { !stopWords.contains($0) }.joined(separator: " "))
        return keys
    }
}
