/// How a ``Store`` opens its file: to change it, only to read it, or to change it when it can.
///
/// Whatever the access, an existing store file, `-wal` or `-shm` that other users can read or write
/// is refused, as is a symbolic link given as the store (SECURITY.md, "The store file").
public enum StoreAccess: Sendable, Equatable, CustomStringConvertible {
    /// Reads and writes: creates the store (and its folder) when there is none and brings an older
    /// schema up to date. The file and its folder must be writable.
    case readWrite
    /// Only reads: never creates, changes or migrates anything, and works on a store and folder the
    /// user cannot write. A missing store, or one made by an earlier version, is an error.
    case readOnly
    /// Reads and writes when the store file and its folder are writable, else only reads; never
    /// creates a store. For commands that can bring what they read up to date, and still read a
    /// store they may not change.
    case readWriteIfPossible

    public var description: String {
        switch self {
        case .readWrite: "read-write"
        case .readOnly: "read-only"
        case .readWriteIfPossible: "read-write if possible"
        }
    }

    /// Whether a store may be created when there is none.
    var createsStore: Bool { self == .readWrite }
}
