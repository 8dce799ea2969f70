import AttendanceCSV
import Crypto
import Foundation

/// SHA-256 (FIPS 180-4): recognises a file already imported by its content, and stands behind
/// the content fingerprints and the keyed match keys (``HMACSHA256``).
///
/// A thin streaming wrapper over swift-crypto's implementation (BoringSSL's, with the processor's
/// SHA instructions where it has them), so that no hashing code of our own needs auditing.
package struct SHA256 {
    private var hasher = Crypto.SHA256()

    mutating func update(_ bytes: some Collection<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) })
            == nil
        {
            Array(bytes).withUnsafeBytes { hasher.update(bufferPointer: $0) }
        }
    }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: bytes)
    }

    /// The digest of everything given so far (32 bytes).
    mutating func finalize() -> [UInt8] {
        Array(hasher.finalize())
    }

    /// The digest of `bytes`.
    static func digest(of bytes: some Collection<UInt8>) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest of `bytes`, as four big-endian 64-bit words (so that comparing them compares
    /// the bytes).
    package static func words(of bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64, UInt64, UInt64) {
        let digest = Crypto.SHA256.hash(data: bytes)
        return digest.withUnsafeBytes { raw in
            func word(_ index: Int) -> UInt64 {
                (0..<8).reduce(UInt64(0)) { $0 << 8 | UInt64(raw[8 * index + $1]) }
            }
            return (word(0), word(1), word(2), word(3))
        }
    }

    /// The hex digest of `bytes`.
    package static func hex(of bytes: some Collection<UInt8>) -> String {
        digest(of: bytes).hexadecimal
    }

    /// The hex digest of a file, read in 1 MiB chunks.
    ///
    /// The file is opened as the reader opens it: a pipe, a device or a folder, or a file over
    /// `limits`' size, throws the reader's error at once instead of hashing forever.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - name: The file's name in errors; the path by default.
    ///   - limits: The largest file hashed.
    /// - Throws: ``CSVError/unreadable(file:reason:)``, ``CSVError/notRegularFile(file:kind:)``,
    ///   ``CSVError/fileTooLarge(file:size:limit:)``.
    package static func hex(ofFile path: String, name: String? = nil, limits: ReadingLimits = ReadingLimits()) throws
        -> String
    {
        var hasher = SHA256()
        try ByteSource.file(path, maximumBytes: limits.maximumFileBytes).forEachChunk(
            size: 1 << 20, skipping: 0, name: name ?? path
        ) { hasher.update(UnsafeRawBufferPointer($0)) }
        return hasher.finalize().hexadecimal
    }
}

extension Sequence<UInt8> {
    /// Lower-case hexadecimal, two digits a byte.
    package var hexadecimal: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
