/// Why the key file of the CPF and e-mail match keys (`MatchKeyring`) cannot be read or created.
///
/// The ``description`` names the key file and says what to do in words; the command line adds
/// which option chooses another key file.
public enum MatchKeyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The key file could not be created (`reason` is the system's).
    case cannotCreate(file: String, reason: String)
    /// The key file was created but its secret could not be written to disk; nothing is left behind.
    case cannotWrite(file: String, reason: String)
    /// The key file could not be read; `reason` is the system's when it gave one.
    case cannotRead(file: String, reason: String?)
    /// Users other than the owner can read or write the key file (`mode` is its permission bits,
    /// such as `0o644`): it is not used until it is `0600`.
    case exposed(file: String, mode: Int)
    /// The key file holds no line of 64 hexadecimal digits besides `#` comments.
    case noSecret(file: String)

    /// The message the command line shows: the key file, what is wrong, what to do.
    public var description: String {
        switch self {
        case .cannotCreate(let file, let reason): "match key \(file): cannot create the key file (\(reason))"
        case .cannotWrite(let file, let reason): "match key \(file): cannot write the key file (\(reason))"
        case .cannotRead(let file, let reason):
            "match key \(file): cannot read the key file" + (reason.map { " (\($0))" } ?? "")
        case .exposed(let file, let mode):
            "match key \(file): the key file can be read by other users (mode \(Self.octal(mode))); run chmod 600 "
                + "'\(file)', or on a disk without permissions (FAT, a share) keep it on one that has them"
        case .noSecret(let file):
            "match key \(file): no secret in the key file (one line of 64 hexadecimal digits expected, besides "
                + "# comments)"
        }
    }

    /// `mode` as three octal digits, as `ls` and `chmod` show it.
    private static func octal(_ mode: Int) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
