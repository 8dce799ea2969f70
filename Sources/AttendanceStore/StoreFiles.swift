import AttendanceModel
import Foundation

#if canImport(Glibc)
    import CoreFoundation
    import Glibc
#endif
// `stat`'s fields are found through Dispatch's C module once FoundationXML is in the module; with
// `MemberImportVisibility` that module must be imported by name.
#if canImport(CDispatch)
    import CDispatch
#endif

/// What is on disk where a store is to be opened, after the checks every opening makes.
struct StoreFiles {
    /// The files SQLite keeps beside a store in WAL mode.
    static let companionSuffixes = ["-wal", "-shm"]

    /// The store file.
    var path: String
    /// Whether there was no store (no file, or an empty one): its schema is made now.
    var isNew: Bool
    /// Whether the store is opened for reading only.
    var isReadOnly: Bool
    /// Whether SQLite must be told that nothing changes the file while it is open (`immutable=1`):
    /// a read-only store in a folder where its `-shm` file cannot be made, and with no `-wal` to read.
    var isImmutable: Bool

    /// Checks the store file and its folder, creating the store (`0600`) when `access` allows it.
    ///
    /// - Throws: ``StoreError`` with what to do: a symbolic link, a folder, a file or `-wal`/`-shm`
    ///   other users can read or write, an empty file of another user, a file or folder that cannot
    ///   be written (read-write) or read (read-only), a missing store (read-only).
    static func prepare(_ path: String, access: StoreAccess) throws -> StoreFiles {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var status = stat()
        guard lstat(path, &status) == 0 else {
            guard errno == ENOENT else {
                throw StoreError.cannotInspect(path: path, reason: String(cString: strerror(errno)))
            }
            guard access.createsStore else { throw StoreError.noStore(path: path) }
            try checkCompanions(of: path)
            // Another process may have created it meanwhile: then it is checked as an existing one.
            guard try create(path, in: folder) else { return try prepare(path, access: access) }
            return StoreFiles(path: path, isNew: true, isReadOnly: false, isImmutable: false)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK:
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            let dangling = !FileManager.default.fileExists(atPath: path)
            throw StoreError.symbolicLink(path: path, target: target, isDangling: dangling)
        case S_IFDIR:
            throw StoreError.folder(path: path)
        default:
            throw StoreError.notRegularFile(path: path)
        }
        try checkCompanions(of: path, store: status)
        let isEmpty = status.st_size == 0
        if isEmpty && status.st_uid != geteuid() {
            throw StoreError.foreignEmptyFile(path: path)
        }
        if isEmpty && !access.createsStore { throw StoreError.noStore(path: path) }
        let canWrite = Foundation.access(path, R_OK | W_OK) == 0 && Foundation.access(folder, W_OK | X_OK) == 0
        switch access {
        case .readWrite:
            try checkWritable(path, folder: folder)
        case .readWriteIfPossible where canWrite:
            break
        case .readOnly, .readWriteIfPossible:
            guard Foundation.access(path, R_OK) == 0 else {
                throw StoreError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            return StoreFiles(
                path: path, isNew: false, isReadOnly: true,
                isImmutable: Foundation.access(folder, W_OK | X_OK) != 0 && !hasCompanionsToRead(path))
        }
        return StoreFiles(path: path, isNew: isEmpty, isReadOnly: false, isImmutable: false)
    }

    /// Creates the store file for its owner only, whatever the umask, and its folder when missing.
    ///
    /// - Returns: `false` when something was created at `path` meanwhile (by another process).
    private static func create(_ path: String, in folder: String) throws -> Bool {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotCreateFolder(folder: folder, store: path, reason: Self.reason(error))
        }
        if Foundation.access(folder, W_OK | X_OK) != 0 {
            throw StoreError.readOnlyFolder(folder: folder, store: path, reason: String(cString: strerror(errno)))
        }
        // O_EXCL never follows a link put there in the meantime.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            guard errno == EEXIST else {
                throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
            }
            return false
        }
        // The umask only takes bits away, but one such as 0277 would take the owner's too.
        fchmod(descriptor, 0o600)
        close(descriptor)
        return true
    }

    /// Refuses a store, `-wal` or `-shm` file other users can read or write, and a `-wal` or
    /// `-shm` that is a symbolic link (SQLite would write the store's pages where it points).
    private static func checkCompanions(of path: String, store: stat? = nil) throws {
        var exposed: [String: Int] = [:]
        if let store, store.st_mode & 0o077 != 0 { exposed[path] = Int(store.st_mode & 0o777) }
        for suffix in companionSuffixes {
            var status = stat()
            guard lstat(path + suffix, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFLNK {
                throw StoreError.linkedCompanion(path: path + suffix)
            }
            if status.st_mode & 0o077 != 0 { exposed[path + suffix] = Int(status.st_mode & 0o777) }
        }
        if !exposed.isEmpty { throw StoreError.exposedStore(modes: exposed) }
    }

    /// The checks of a store opened to be changed: the file and its folder writable.
    private static func checkWritable(_ path: String, folder: String) throws {
        if Foundation.access(path, R_OK | W_OK) != 0 {
            throw StoreError.readOnly(path: path, reason: String(cString: strerror(errno)))
        }
        if Foundation.access(folder, W_OK | X_OK) != 0 {
            let reason = String(cString: strerror(errno))
            throw StoreError.readOnlyFolder(folder: folder, store: path, reason: reason)
        }
    }

    /// Whether a read-only store has a `-wal` with pages in it, which only SQLite's usual opening
    /// (with the `-shm`) reads: an immutable opening would not see them.
    private static func hasCompanionsToRead(_ path: String) -> Bool {
        var status = stat()
        return stat(path + "-wal", &status) == 0 && status.st_size > 0
    }

    /// Sets the store's `-wal` and `-shm` files to `0600` when SQLite has left them otherwise: they
    /// hold the store's pages and its index, so they are as private as the store.
    static func restrictCompanions(of path: String) {
        for suffix in companionSuffixes {
            var status = stat()
            guard lstat(path + suffix, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
                status.st_mode & 0o777 != 0o600, status.st_uid == geteuid()
            else { continue }
            chmod(path + suffix, 0o600)
        }
    }

    /// The `file:` URI that opens the store without its `-wal` and `-shm` files (`immutable=1`).
    var immutableURI: String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let absolute = URL(fileURLWithPath: path).path
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
