/// The secret that turns CPFs and e-mail addresses into ``MatchKey``s (HMAC-SHA256).
///
/// The store keeps a CPF only as its key and its masked form (`***.360.429-**`), and each e-mail
/// address's key beside it. Matching and look-ups (`attendance people --cpf`) compare keys, so
/// the store alone, copied or sent somewhere, gives no CPF away: without the secret, a key
/// cannot be checked against the billion possible CPFs. The secret lives in a key file apart
/// from the store (``MatchKeyring/loadOrCreate(at:)``); a store remembers the ``fingerprint`` of
/// the key it was keyed with and refuses another.
package struct MatchKeyring: Sendable {
    private let secret: [UInt8]
    private let hmac: HMACSHA256
    /// A short public name for the secret: the first 64 bits of its HMAC of a fixed text.
    package let fingerprint: String

    /// The length of a generated secret, in bytes.
    package static let secretLength = 32

    /// A keyring for a given secret.
    ///
    /// - Parameter secret: At least 16 bytes; generated secrets have ``secretLength``.
    /// - Returns: `nil` when the secret is shorter than 16 bytes.
    package init?(secret: [UInt8]) {
        guard secret.count >= 16 else { return nil }
        self.secret = secret
        hmac = HMACSHA256(key: secret)
        fingerprint = hmac.code(of: Array("attendance match-key fingerprint".utf8)).prefix(8).hexadecimal
    }

    /// The secret as the key file holds it.
    var secretHex: String { secret.hexadecimal }

    /// A keyring with a new random secret from the system's cryptographic generator.
    package static func generated() -> MatchKeyring {
        var generator = SystemRandomNumberGenerator()
        let secret = (0..<secretLength).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        // A 32-byte secret always makes a keyring.
        return MatchKeyring(secret: secret)!
    }

    /// The key of a CPF (its 11 digits, so every way of typing it gives one key).
    package func key(for cpf: CPF) -> MatchKey {
        key(domain: "cpf", value: cpf.digits)
    }

    /// The key of an e-mail address after normalisation (case, spaces, known domain typos).
    package func key(for address: EmailAddress) -> MatchKey {
        key(domain: "email", value: address.value)
    }

    /// The key of a file's path as given to `import`: how a file stored under a masked name is
    /// known again when a new version of it is imported.
    package func key(forPath path: String) -> MatchKey {
        key(domain: "path", value: path)
    }

    /// The key of the valid CPF in `text`, or `nil` when it holds none.
    package func cpfKey(in text: String) -> MatchKey? {
        CPF(text).map { key(for: $0) }
    }

    /// The keys of every address in an e-mail field, in order.
    package func emailKeys(in text: String) -> [MatchKey] {
        EmailAddress.addresses(in: text).map { key(for: $0) }
    }

    /// A CPF and an address never share a key: each value is prefixed with its kind.
    package func key(domain: String, value: String) -> MatchKey {
        var message = Array(domain.utf8)
        message.append(0)
        message += value.utf8
        let code = message.withUnsafeBytes { hmac.code($0) }
        // The first 128 bits, big-endian.
        func word(_ offset: Int) -> UInt64 { code[offset..<offset + 8].reduce(0) { $0 << 8 | UInt64($1) } }
        return MatchKey(high: word(0), low: word(8))
    }
}
