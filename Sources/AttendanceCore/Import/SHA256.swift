import AttendanceCSV
import Foundation

/// SHA-256 (FIPS 180-4): recognises a file already imported by its content, and underlies the
/// keyed match keys (``HMACSHA256``).
///
/// Implemented here to keep the dependency list short: Foundation on Linux has no digest API
/// and swift-crypto would add a minute to every clean build for two functions.
struct SHA256 {
    /// The eight working words, on the stack: a heap array here cost an allocation per short hash.
    typealias State = SIMD8<UInt32>

    static let initialState = State(
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)

    private var state = SHA256.initialState
    private var buffer: [UInt8] = []
    private var length: UInt64 = 0

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    mutating func update(_ bytes: some Collection<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ update(UnsafeRawBufferPointer($0)) }) == nil {
            Array(bytes).withUnsafeBytes { update($0) }
        }
    }

    /// Hashes whole blocks straight from `bytes`; only a partial block is kept in ``buffer``.
    private mutating func update(_ bytes: UnsafeRawBufferPointer) {
        length += UInt64(bytes.count)
        var offset = 0
        if !buffer.isEmpty {
            let taken = min(64 - buffer.count, bytes.count)
            buffer.append(contentsOf: bytes[0..<taken])
            offset = taken
            guard buffer.count == 64 else { return }
            let block = buffer
            block.withUnsafeBytes { Self.compress(&state, $0) }
            buffer.removeAll(keepingCapacity: true)
        }
        while bytes.count - offset >= 64 {
            Self.compress(&state, UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + 64]))
            offset += 64
        }
        buffer.append(contentsOf: bytes[offset...])
    }

    mutating func finalize() -> [UInt8] {
        let tail = buffer
        buffer.removeAll()
        let final = tail.withUnsafeBytes { Self.finish(state, tail: $0, totalLength: length) }
        return Self.bytes(of: final)
    }

    /// The state after the last bytes of a message: whole blocks of `tail` are hashed, then the
    /// rest is padded with the message's whole length in bytes (one or two more blocks).
    static func finish(_ state: State, tail: UnsafeRawBufferPointer, totalLength: UInt64) -> State {
        var state = state
        var offset = 0
        while tail.count - offset >= 64 {
            compress(&state, UnsafeRawBufferPointer(rebasing: tail[offset..<offset + 64]))
            offset += 64
        }
        let rest = tail.count - offset
        let blocks = rest + 9 <= 64 ? 1 : 2
        withUnsafeTemporaryAllocation(byteCount: 128, alignment: 8) { padded in
            padded.initializeMemory(as: UInt8.self, repeating: 0)
            for index in 0..<rest { padded[index] = tail[offset + index] }
            padded[rest] = 0x80
            let bitLength = totalLength &* 8
            let end = blocks * 64
            for index in 0..<8 { padded[end - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(index))) }
            let raw = UnsafeRawBufferPointer(padded)
            compress(&state, UnsafeRawBufferPointer(rebasing: raw[0..<64]))
            if blocks == 2 { compress(&state, UnsafeRawBufferPointer(rebasing: raw[64..<128])) }
        }
        return state
    }

    /// The digest's 32 bytes, big-endian words.
    static func bytes(of state: State) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for index in 0..<8 {
            let word = state[index]
            out += [UInt8(word >> 24), UInt8((word >> 16) & 0xff), UInt8((word >> 8) & 0xff), UInt8(word & 0xff)]
        }
        return out
    }

    /// One 64-byte block; the message schedule lives on the stack (a heap array per block was
    /// most of the hashing time).
    static func compress(_ state: inout State, _ block: UnsafeRawBufferPointer) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            for i in 0..<16 {
                w[i] =
                    UInt32(block[4 * i]) << 24 | UInt32(block[4 * i + 1]) << 16
                    | UInt32(block[4 * i + 2]) << 8 | UInt32(block[4 * i + 3])
            }
            for i in 16..<64 {
                let s0 = w[i - 15].rotatedRight(7) ^ w[i - 15].rotatedRight(18) ^ (w[i - 15] >> 3)
                let s1 = w[i - 2].rotatedRight(17) ^ w[i - 2].rotatedRight(19) ^ (w[i - 2] >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = (
                state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
            )
            SHA256.k.withUnsafeBufferPointer { k in
                for i in 0..<64 {
                    let s1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
                    let choice = (e & f) ^ (~e & g)
                    let t1 = h &+ s1 &+ choice &+ k[i] &+ w[i]
                    let s0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
                    let majority = (a & b) ^ (a & c) ^ (b & c)
                    let t2 = s0 &+ majority
                    (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
                }
            }
            state &+= State(a, b, c, d, e, f, g, h)
        }
    }

    /// The digest of `bytes`.
    static func digest(of bytes: some Collection<UInt8>) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The hex digest of `bytes`.
    static func hex(of bytes: some Collection<UInt8>) -> String {
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
    static func hex(ofFile path: String, name: String? = nil, limits: ReadingLimits = ReadingLimits()) throws -> String
    {
        var hasher = SHA256()
        try ByteSource.file(path, maximumBytes: limits.maximumFileBytes).forEachChunk(
            size: 1 << 20, skipping: 0, name: name ?? path
        ) { hasher.update(UnsafeRawBufferPointer($0)) }
        return hasher.finalize().hexadecimal
    }
}

extension UInt32 {
    fileprivate func rotatedRight(_ count: UInt32) -> UInt32 { (self >> count) | (self << (32 - count)) }
}

extension Sequence<UInt8> {
    /// Lower-case hexadecimal, two digits a byte.
    var hexadecimal: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
