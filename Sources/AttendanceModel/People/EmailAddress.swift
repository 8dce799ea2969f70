import Synchronization

/// An e-mail address normalised for comparison, with any domain correction recorded.
///
/// Normalising never guesses silently: a corrected domain keeps the original in `correction`
/// so reports can show what was changed.
public struct EmailAddress: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The normalised address, `local@domain`, lower case.
    package let value: String
    /// The part before `@`.
    package let localPart: String
    /// The part after `@`, corrected when it was a known typo.
    package let domain: String
    /// The typo fixed in the domain, if any.
    package let correction: DomainCorrection?

    /// Whether the domain is a public mail provider (gmail, hotmail, yahoo, …) rather than an institution's.
    package var isPersonalProvider: Bool { Self.providerDomains.contains(domain) }

    /// The normalised address.
    public var description: String { value }

    /// Normalises the first address in a field; see `addresses(in:)`.
    ///
    /// - Returns: `nil` when the field holds no well-formed address (the text is then not used to match).
    public init?(_ text: String) {
        guard let first = Self.addresses(in: text).first else { return nil }
        self = first
    }

    private init(localPart: String, domain: String, correction: DomainCorrection?) {
        self.localPart = localPart
        self.domain = domain
        self.value = localPart + "@" + domain
        self.correction = correction
    }

    /// Every well-formed address in a field, normalised, in order, without repeats.
    ///
    /// A field may hold a second address after `;`, `,`, `/` or a space
    /// (`"ana@x.org; ana@gmail.com"`). Each address is trimmed and lower-cased
    /// (``trimmedLowercased(_:)``) and its domain corrected (``correctingDomain(_:)``).
    /// Words without `@`, or without a dot in the domain, are ignored.
    package static func addresses(in text: String) -> [EmailAddress] {
        var text = text
        if let addresses = text.withUTF8(asciiAddresses) { return addresses }
        var result: [EmailAddress] = []
        for piece in text.unicodeScalars.split(whereSeparator: { Self.separators.contains($0) }) {
            var candidate = trimmedLowercased(String(String.UnicodeScalarView(piece)))
            if candidate.hasPrefix("mailto:") { candidate.removeFirst(7) }
            let parts = candidate.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
                !parts[1].hasPrefix("."), !parts[1].hasSuffix(".")
            else { continue }
            let domain = String(parts[1])
            let correction = cachedCorrection(domain)
            let address = EmailAddress(
                localPart: String(parts[0]), domain: correction?.corrected ?? domain, correction: correction)
            if !result.contains(address) { result.append(address) }
        }
        return result
    }

    /// ``addresses(in:)`` for a field of printable ASCII and separators, read as bytes (nearly
    /// every field: importing a million records spent seconds splitting them as Unicode text);
    /// `nil` for any other field, which the general path reads.
    private static func asciiAddresses(_ bytes: UnsafeBufferPointer<UInt8>) -> [EmailAddress]? {
        var result: [EmailAddress] = []
        var piece: [UInt8] = []
        piece.reserveCapacity(64)
        func finishPiece() {
            defer { piece.removeAll(keepingCapacity: true) }
            var start = 0
            if piece.starts(with: Array("mailto:".utf8)) { start = 7 }
            guard let at = piece[start...].firstIndex(of: UInt8(ascii: "@")), at > start,
                !piece[(at + 1)...].contains(UInt8(ascii: "@"))
            else { return }
            let domainBytes = piece[(at + 1)...]
            guard domainBytes.contains(UInt8(ascii: ".")), domainBytes.first != UInt8(ascii: "."),
                domainBytes.last != UInt8(ascii: ".")
            else { return }
            let domain = String(decoding: domainBytes, as: UTF8.self)
            let correction = cachedCorrection(domain)
            let address = EmailAddress(
                localPart: String(decoding: piece[start..<at], as: UTF8.self), domain: correction?.corrected ?? domain,
                correction: correction)
            if !result.contains(address) { result.append(address) }
        }
        for byte in bytes {
            if asciiSeparators.contains(byte) {
                if !piece.isEmpty { finishPiece() }
                continue
            }
            guard byte > 0x20, byte < 0x7F else { return nil }
            piece.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
        }
        if !piece.isEmpty { finishPiece() }
        return result
    }

    private static let asciiSeparators: Set<UInt8> = Set(";,/ \t\n\r<>\"'".utf8)

    /// Corrections already worked out, by domain: a year's records share a few thousand domains.
    private static let corrections = Mutex<[String: DomainCorrection?]>([:])

    /// ``correctingDomain(_:)``, remembered (up to 100,000 domains).
    private static func cachedCorrection(_ domain: String) -> DomainCorrection? {
        if let known = corrections.withLock({ $0[domain] }) { return known }
        let correction = correctingDomain(domain)
        corrections.withLock { if $0.count < 100_000 { $0[domain] = correction } }
        return correction
    }

    private static let separators: Set<Unicode.Scalar> = [
        ";", ",", "/", " ", "\t", "\n", "\r", "<", ">", "\"", "'", "\u{00A0}",
    ]

    /// Trims white space (including NBSP) and lower-cases an address.
    ///
    /// Case is not significant in practice for either part of an address (providers ignore it).
    ///
    /// - Returns: For example `"  Ana.Silva@GMAIL.com\u{00A0}"` → `"ana.silva@gmail.com"`.
    package static func trimmedLowercased(_ text: String) -> String {
        TextNormalization.collapsingSpaces(text).lowercased()
    }

    /// Public mail providers: their misspellings are corrected, and an address at them is personal.
    static let providers: [(label: String, domains: [String])] = [
        ("gmail", ["gmail.com"]), ("hotmail", ["hotmail.com", "hotmail.com.br"]),
        ("yahoo", ["yahoo.com.br", "yahoo.com"]), ("outlook", ["outlook.com", "outlook.com.br"]),
        ("live", ["live.com"]), ("bol", ["bol.com.br"]), ("uol", ["uol.com.br"]), ("terra", ["terra.com.br"]),
        ("icloud", ["icloud.com"]), ("msn", ["msn.com"]), ("ig", ["ig.com.br"]), ("globo", ["globo.com"]),
        ("protonmail", ["protonmail.com"]), ("aol", ["aol.com"]),
    ]
    package static let providerDomains: Set<String> = Set(providers.flatMap(\.domains))

    /// Misspelt top-level parts seen after a provider's name.
    private static let suffixTypos: [String: String] = [
        "con": "com", "cm": "com", "co": "com", "comm": "com", "cpm": "com", "ocm": "com", "om": "com",
        "cim": "com", "vom": "com", "xom": "com", "coom": "com", "com.bt": "com.br", "com.bf": "com.br",
        "com.be": "com.br", "com.brr": "com.br", "com.b": "com.br", "cm.br": "com.br", "con.br": "com.br",
        "com.r": "com.br", "combr": "com.br",
    ]

    /// Corrects a misspelt public-provider domain (`gmail.con`, `gmial.com`, `gmail.com.br`,
    /// `hotmai.com`, `hotmal.com`, `hotmail.con`, `yahoo.com.bt`, `outlok.com`).
    ///
    /// Only providers are corrected: the part before the first dot must be a provider's name or
    /// one edit away from a name of five letters or more (so `bol`/`uol` are never swapped),
    /// and the rest is read through a table of top-level typos. When the provider has no such
    /// ending (`gmail.com.br`) its main domain is used. Institutional domains are left alone.
    ///
    /// - Parameter domain: A lower-case domain.
    /// - Returns: The original and corrected domains, or `nil` when the domain is fine or unknown.
    package static func correctingDomain(_ domain: String) -> DomainCorrection? {
        guard !providerDomains.contains(domain), let dot = domain.firstIndex(of: ".") else { return nil }
        let label = String(domain[..<dot])
        let rest = String(domain[domain.index(after: dot)...])
        let suffix = suffixTypos[rest] ?? rest
        let labelBytes = Array(label.utf8)
        guard
            let provider = providers.first(where: { $0.label == label })
                ?? providers.first(where: {
                    $0.label.count >= 5 && label.count >= 4
                        && StringSimilarity.isWithinOneEdit(Array($0.label.utf8), labelBytes)
                })
        else { return nil }
        let corrected = provider.domains.first { $0 == provider.label + "." + suffix } ?? provider.domains[0]
        return corrected == domain ? nil : DomainCorrection(original: domain, corrected: corrected)
    }
}

/// A misspelt e-mail domain and what it was corrected to.
package struct DomainCorrection: Sendable, Hashable, Codable {
    /// The domain as written (`hotmal.com`).
    package let original: String
    /// The domain used (`hotmail.com`).
    package let corrected: String

    /// Records a correction.
    package init(original: String, corrected: String) {
        self.original = original
        self.corrected = corrected
    }
}
