import Foundation

/// The access token a server bound to a non-loopback address requires on every request.
public enum AccessToken {
    /// The token file beside a store: `<store>.serve-token`.
    public static func path(forStore store: String) -> String { store + ".serve-token" }

    /// The token kept at `path`, or a new one written there (mode 0600) when there is none.
    ///
    /// A new token is 32 random bytes in base64url without padding.
    ///
    /// - Returns: The token, and whether it was made now (to be printed once).
    /// - Throws: The file system's error when the file cannot be read or written.
    public static func loadOrCreate(at path: String) throws -> (token: String, isNew: Bool) {
        if let data = FileManager.default.contents(atPath: path) {
            let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if !token.isEmpty { return (token, false) }
        }
        let token = random(bytes: 32)
        guard
            FileManager.default.createFile(
                atPath: path, contents: Data(token.utf8), attributes: [.posixPermissions: 0o600])
        else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        return (token, true)
    }

    /// `bytes` random bytes from the system's generator, in base64url without padding.
    static func random(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let data = Data((0..<bytes).map { _ in UInt8.random(in: 0...255, using: &generator) })
        return data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Whether two tokens are equal, compared in time that does not depend on where they differ.
    static func matches(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8)
        let b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
