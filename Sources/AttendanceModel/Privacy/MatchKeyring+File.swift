import Foundation

extension MatchKeyring {
    /// Reads the key file at `path`, or creates it with a new secret when there is none.
    ///
    /// The file holds the secret as 64 hexadecimal digits on a line of their own, after comment
    /// lines starting with `#`. It is created readable and writable by its owner only, whole or
    /// not at all (written aside, then linked into place): two processes creating it at once end
    /// up sharing one secret.
    ///
    /// - Returns: The keyring, and whether the file was created now.
    /// - Throws: ``MatchKeyError`` when the file cannot be read or created,
    ///   can be read by other users, or holds no secret.
    package static func loadOrCreate(at path: String) throws -> (keyring: MatchKeyring, created: Bool) {
        if FileManager.default.fileExists(atPath: path) { return (try load(from: path), false) }
        let keyring = generated()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let aside = (folder as NSString).appendingPathComponent(".match-key-\(UUID().uuidString)")
        let text = """
            # attendance match key. The store keeps CPFs and e-mail addresses as HMAC-SHA256 keyed with
            # this secret; keep it apart from the store, readable by you only, and in your backups:
            # without it, the CPFs stored so far can no longer be matched or looked up.
            \(keyring.secretHex)

            """
        defer { unlink(aside) }
        guard try writeNewFile(aside, text: text, reportedAs: path) else {
            throw MatchKeyError.cannotCreate(file: path, reason: String(cString: strerror(errno)))
        }
        if link(aside, path) != 0 {
            switch errno {
            case EEXIST:
                // Another process created it first: use its secret.
                return (try load(from: path), false)
            case EPERM, EOPNOTSUPP, EXDEV, EMLINK:
                // A file system without hard links (FAT, some network shares): create it in place.
                return try createInPlace(path, text: text, keyring: keyring)
            default:
                throw MatchKeyError.cannotCreate(file: path, reason: String(cString: strerror(errno)))
            }
        }
        return (keyring, true)
    }

    /// Creates the key file directly, for file systems that cannot link; still never overwrites one.
    static func createInPlace(_ path: String, text: String, keyring: MatchKeyring) throws -> (
        keyring: MatchKeyring, created: Bool
    ) {
        guard try writeNewFile(path, text: text, reportedAs: path) else {
            if errno == EEXIST { return (try load(from: path), false) }
            throw MatchKeyError.cannotCreate(file: path, reason: String(cString: strerror(errno)))
        }
        return (keyring, true)
    }

    /// Creates `file` for its owner only and writes `text` to disk, or leaves nothing behind.
    ///
    /// - Returns: `false` when the file cannot be created (`errno` says why, `EEXIST` when it exists).
    /// - Throws: ``MatchKeyError`` naming `name` when the text cannot be written.
    private static func writeNewFile(_ file: String, text: String, reportedAs name: String) throws -> Bool {
        let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard written == bytes.count, synced else {
            unlink(file)
            throw MatchKeyError.cannotWrite(file: name, reason: reason)
        }
        return true
    }

    /// Reads an existing key file.
    ///
    /// - Throws: ``MatchKeyError`` when it is missing, unreadable, readable
    ///   by other users or holds no secret of 64 hexadecimal digits.
    package static func load(from path: String) throws -> MatchKeyring {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw MatchKeyError.cannotRead(file: path, reason: String(cString: strerror(errno)))
        }
        if status.st_mode & 0o077 != 0 {
            throw MatchKeyError.exposed(file: path, mode: Int(status.st_mode & 0o777))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MatchKeyError.cannotRead(file: path, reason: nil)
        }
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard lines.count == 1, let secret = Self.bytes(hex: lines[0]), secret.count == secretLength,
            let keyring = MatchKeyring(secret: secret)
        else {
            throw MatchKeyError.noSecret(file: path)
        }
        return keyring
    }

    private static func bytes(hex text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        var index = 0
        while index < digits.count {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
