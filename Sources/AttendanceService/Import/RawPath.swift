import Foundation

/// A path as the file system holds it: bytes, which need not be UTF-8.
///
/// A ZIP made on Windows often unpacks names in Latin-1 (`lista-jos\xE9.csv`). `String` and
/// `FileManager` cannot name such a file (its bytes are replaced or dropped), so folders are
/// listed and files opened by these bytes; ``displayed`` is what messages and the store show.
package struct RawPath: Sendable, Hashable, CustomStringConvertible {
    /// The path's bytes, without a terminating NUL.
    package var bytes: [UInt8]

    /// The path a user typed (always UTF-8).
    package init(_ path: String) {
        bytes = Array(path.utf8)
    }

    /// A path from the file system's bytes.
    package init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether the bytes are valid UTF-8, so that a `String` names the file exactly.
    package var isUTF8: Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// The path for messages and the store: UTF-8 as it is, each byte that is not UTF-8 as `\xE9`.
    ///
    /// Only invalid bytes are escaped, so every UTF-8 path shows unchanged. Control characters
    /// are left as they are here: the command line escapes them when it prints.
    package var displayed: String {
        Self.displayed(bytes)
    }

    /// The same as ``displayed``.
    package var description: String { displayed }

    /// `bytes` as text, each byte that is not part of a valid UTF-8 sequence written `\xHH`.
    static func displayed(_ bytes: some Collection<UInt8>) -> String {
        var out = ""
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var pending = Array(bytes)[...]
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                out.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                pending = pending.dropFirst(encoded.count)
            case .error(let length):
                for byte in pending.prefix(length) {
                    out += "\\x" + String(byte, radix: 16, uppercase: true).leftPadded
                }
                pending = pending.dropFirst(length)
            case .emptyInput:
                return out
            }
        }
    }

    /// The path followed by `/` and `name`.
    package func appending(_ name: [UInt8]) -> RawPath {
        guard let last = bytes.last else { return RawPath(bytes: name) }
        return RawPath(bytes: bytes + (last == UInt8(ascii: "/") ? [] : [UInt8(ascii: "/")]) + name)
    }

    /// The path followed by `/` and `name`.
    package func appending(_ name: String) -> RawPath {
        appending(Array(name.utf8))
    }

    /// The last component's bytes.
    var lastComponent: [UInt8] {
        let trimmed = bytes.last == UInt8(ascii: "/") ? bytes.dropLast() : bytes[...]
        return Array(trimmed.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).last ?? [])
    }

    /// Calls `body` with the path as a C string.
    func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }
}

extension String {
    /// Two hexadecimal digits for a byte printed in radix 16.
    fileprivate var leftPadded: String { count < 2 ? "0" + self : self }
}
