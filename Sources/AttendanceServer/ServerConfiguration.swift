import Foundation

/// How `attendance serve` runs: the store, the address, the token and the limits.
public struct ServerConfiguration: Sendable {
    /// The SQLite store file.
    public var storePath: String
    /// The secret that keys CPFs and e-mails, or `nil` for the store's path followed by `.key`.
    public var keyFile: String?
    /// The address to bind: `127.0.0.1` by default; any other address needs ``accessToken``.
    public var host: String
    /// The TCP port; 0 lets the system choose one (tests).
    public var port: UInt16
    /// The token every request must carry, or `nil` when the server listens on loopback only.
    public var accessToken: String?
    /// The largest request body accepted, in bytes (uploads): 64 MiB by default.
    public var uploadLimit: Int
    /// The longest a request may take, in seconds, before it is answered 500: imports and
    /// matching a large store take minutes. 30 minutes by default.
    public var requestTimeout: Double = 1800
    /// Where uploaded files are kept (each event in a folder of its own): `Uploads` beside the store by default.
    public var uploadFolder: String

    /// A configuration for the store at `storePath`.
    public init(
        storePath: String, keyFile: String? = nil, host: String = "127.0.0.1", port: UInt16 = 8080,
        accessToken: String? = nil, uploadLimit: Int = 64 << 20, uploadFolder: String? = nil
    ) {
        self.storePath = storePath
        self.keyFile = keyFile
        self.host = host
        self.port = port
        self.accessToken = accessToken
        self.uploadLimit = uploadLimit
        self.uploadFolder =
            uploadFolder
            ?? URL(fileURLWithPath: storePath).deletingLastPathComponent().appendingPathComponent("Uploads").path
    }

    /// Whether `host` names this machine only (`127.0.0.1`, `::1`, `localhost`): no token is needed then.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
