/// HMAC-SHA256 (RFC 2104) with the key's padded blocks hashed once, so that each short message
/// costs two SHA-256 compressions and no allocation.
struct HMACSHA256: Sendable {
    /// The state after hashing the key XOR ipad, and after the key XOR opad.
    private let inner: SHA256.State
    private let outer: SHA256.State

    init(key: some Collection<UInt8>) {
        var block = key.count > 64 ? SHA256.digest(of: key) : Array(key)
        block += [UInt8](repeating: 0, count: 64 - block.count)
        var inner = SHA256.initialState
        var outer = SHA256.initialState
        block.map { $0 ^ 0x36 }.withUnsafeBytes { SHA256.compress(&inner, $0) }
        block.map { $0 ^ 0x5c }.withUnsafeBytes { SHA256.compress(&outer, $0) }
        self.inner = inner
        self.outer = outer
    }

    /// The authentication code of `message`, as SHA-256's eight words.
    func code(_ message: UnsafeRawBufferPointer) -> SHA256.State {
        let innerDigest = SHA256.finish(inner, tail: message, totalLength: UInt64(64 + message.count))
        var digestBytes = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        return withUnsafeMutableBytes(of: &digestBytes) { raw in
            for index in 0..<8 {
                let word = innerDigest[index]
                raw[4 * index] = UInt8(word >> 24)
                raw[4 * index + 1] = UInt8((word >> 16) & 0xff)
                raw[4 * index + 2] = UInt8((word >> 8) & 0xff)
                raw[4 * index + 3] = UInt8(word & 0xff)
            }
            return SHA256.finish(outer, tail: UnsafeRawBufferPointer(raw), totalLength: 64 + 32)
        }
    }

    /// The authentication code of `message`'s bytes (32 bytes).
    func code(of message: some Collection<UInt8>) -> [UInt8] {
        let state =
            message.withContiguousStorageIfAvailable { code(UnsafeRawBufferPointer($0)) }
            ?? Array(message).withUnsafeBytes { code($0) }
        return SHA256.bytes(of: state)
    }
}
