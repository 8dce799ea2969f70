import Crypto

/// HMAC-SHA256 (RFC 2104, RFC 4231) through swift-crypto: the keyed hashes behind the CPF and
/// e-mail match keys, computed by vetted code rather than our own.
///
/// `@unchecked Sendable`: the key is set once in `init` and only read after, and swift-crypto's
/// `SymmetricKey` is an immutable value whose bytes no method changes, so keyrings can be shared
/// by the tasks that key records in parallel.
struct HMACSHA256: @unchecked Sendable {
    private let key: SymmetricKey

    init(key: some Collection<UInt8>) {
        self.key = SymmetricKey(data: Array(key))
    }

    /// The authentication code of `message` (32 bytes).
    func code(_ message: UnsafeRawBufferPointer) -> [UInt8] {
        Array(HMAC<Crypto.SHA256>.authenticationCode(for: message, using: key))
    }

    /// The authentication code of `message`'s bytes (32 bytes).
    func code(of message: some Collection<UInt8>) -> [UInt8] {
        message.withContiguousStorageIfAvailable { code(UnsafeRawBufferPointer($0)) }
            ?? Array(message).withUnsafeBytes { code($0) }
    }
}
