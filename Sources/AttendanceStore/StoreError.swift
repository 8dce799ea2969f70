import AttendanceModel

/// Why the store cannot be opened or used, cannot give a figure now, or could not keep what was
/// asked of it.
///
/// The ``description`` names the store file and what is wrong, and says what to do in words; the
/// command line adds which option or command to use.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Records were stored or removed (or a decision or erasure recorded) after people were last
    /// matched: figures would mix two states of the store. `unmatchedRecords` counts the records
    /// that have no person at all.
    case identityOutOfDate(path: String, unmatchedRecords: Int)
    /// An identity run read the store at one state, and another process changed it before the
    /// run could save: the result describes a state that no longer exists and was not saved.
    case superseded(path: String)
    /// There is no store at `path` (or only an empty file) to read, and the store was opened
    /// without the right to create one.
    case noStore(path: String)
    /// Store files that users other than the owner can read or write, each with its permission
    /// bits (`0o644`): the store holds personal data, so it is not opened until they are `0600`.
    case exposedStore(modes: [String: Int])
    /// A store made by an earlier version, opened read-only: its schema cannot be brought up to date.
    case outdatedStore(path: String)
    /// SQLite or the page check found the store file damaged; `reason` is what they reported.
    case damaged(path: String, reason: String)
    /// The file is no SQLite database: not a store, or a badly damaged one.
    case notAStore(path: String, reason: String)
    /// The disk holding the store filled up while it was written.
    case diskFull(path: String, reason: String)
    /// SQLite was refused the right to write the store.
    case notWritable(path: String, reason: String)
    /// SQLite could not open the store file.
    case cannotOpen(path: String, reason: String)
    /// Another process held the store for longer than the busy timeout (a minute).
    case busy(path: String, reason: String)
    /// Reading or writing the store file failed (a disk full, failing or disconnected).
    case inputOutput(path: String, reason: String)
    /// Any other SQLite error that makes the file unusable as a store.
    case unusable(path: String, reason: String)
    /// The store's path could not be looked at (`lstat` failed with `reason`).
    case cannotInspect(path: String, reason: String)
    /// The store's path is a symbolic link (to `target`, which may not exist): stores are opened
    /// by their real path only, so that the file checked for its permissions is the one written.
    case symbolicLink(path: String, target: String, isDangling: Bool)
    /// The store's path is a folder.
    case folder(path: String)
    /// The store's path is a FIFO, socket or device.
    case notRegularFile(path: String)
    /// The store's path is an empty file of another user, who could read what would be stored.
    case foreignEmptyFile(path: String)
    /// The store file cannot be read by this user.
    case unreadable(path: String, reason: String)
    /// The store file is read-only, and the store was opened to be changed.
    case readOnly(path: String, reason: String)
    /// The store's folder is read-only, and SQLite needs to create the `-wal` and `-shm` files in it.
    case readOnlyFolder(folder: String, store: String, reason: String)
    /// The store's folder is missing and could not be created.
    case cannotCreateFolder(folder: String, store: String, reason: String)
    /// The store file could not be created.
    case cannotCreate(path: String, reason: String)
    /// A `-wal` or `-shm` file of the store is a symbolic link: SQLite would write the store's
    /// pages where it points.
    case linkedCompanion(path: String)
    /// The store's CPFs and e-mails are keyed, but its key file `file` does not exist.
    case missingKeyFile(file: String, fingerprint: String)
    /// The key file `file` holds another secret than the one the store was keyed with: its
    /// fingerprint is `found`, the store's is `expected`.
    case keyMismatch(file: String, expected: String, found: String)
    /// No record of the store belongs to the person `personID`.
    case noPerson(String)
    /// No record of the store has the id `recordID`.
    case noRecord(Int64)
    /// The catalog has no event in the year asked for.
    case noEvent(year: Int)
    /// A catalog change (from `catalog`, the event on `line`) that takes away session days where
    /// imported files sit: refused, the catalog is not changed.
    case strandedFiles(eventID: String, catalog: String, line: Int?, removed: [Day], files: [String])

    /// The message the command line shows: the store or key file, what is wrong, what to do.
    public var description: String {
        switch self {
        case .identityOutOfDate(let path, let unmatched):
            "\(path): people were last matched before the store's latest changes"
                + (unmatched > 0 ? " (\(unmatched) records have no person yet)" : "")
                + "; figures are given only once people are matched again"
        case .superseded(let path):
            "\(path): another process changed the store while people were being matched; the run was not saved"
        case .noStore(let path): "store: no store at \(path); import something first"
        case .exposedStore(let modes):
            "store: "
                + modes.keys.sorted().map { "\($0) (mode \(String(modes[$0] ?? 0, radix: 8)))" }
                .joined(separator: ", ")
                + " can be read or written by other users, and a store holds personal data: run chmod 600 "
                + modes.keys.sorted().map { "'\($0)'" }.joined(separator: " ")
        case .outdatedStore(let path):
            "store: \(path) was made by an earlier version of attendance and must be brought up to date first: "
                + "run an import (or any command that changes the store) with the right to write it and its folder"
        case .damaged(let path, let reason):
            "store: \(path) is damaged (\(reason)); " + Self.damagedAdvice(path)
        case .notAStore(let path, let reason):
            "store: \(path) is not an attendance store (\(reason)); check the store's path, or if it was a store, "
                + "it is damaged: " + Self.damagedAdvice(path)
        case .diskFull(let path, let reason):
            "store: the disk holding \(path) is full (\(reason)); free some space and run the command again "
                + "(what was stored before stays, each file is all in or all out)"
        case .notWritable(let path, let reason):
            "store: \(path) cannot be written (\(reason)); make it and its folder writable, or use another store"
        case .cannotOpen(let path, let reason):
            "store: \(path) cannot be opened (\(reason)); check that it and its folder exist and can be written"
        case .busy(let path, let reason):
            "store: \(path) is in use by another process that did not let go within a minute (\(reason)); "
                + "wait for it to finish and run the command again"
        case .inputOutput(let path, let reason):
            "store: \(path) could not be read or written (\(reason)); the disk may be full, failing or "
                + "disconnected: check it and run the command again"
        case .unusable(let path, let reason): "store: \(path) cannot be used as a store (\(reason))"
        case .cannotInspect(let path, let reason): "store: cannot look at \(path) (\(reason))"
        case .symbolicLink(let path, let target, let isDangling):
            "store: \(path) is a symbolic link (to \(target)\(isDangling ? ", which does not exist" : "")); a store "
                + "is opened by its real path only, so that the file checked for its permissions is the one written: "
                + "use \(isDangling ? "a path that is no link" : "the link's target") instead"
        case .folder(let path):
            "store: \(path) is a folder, not a store file; use a file name such as \(path)/attendance.sqlite"
        case .notRegularFile(let path): "store: \(path) is not a regular file, so it cannot be a store"
        case .foreignEmptyFile(let path):
            "store: \(path) is an empty file that belongs to another user, who could read what is stored in it: "
                + "remove it (rm '\(path)'), or use another file"
        case .unreadable(let path, let reason): "store: \(path) cannot be read (\(reason)); ask its owner for access"
        case .readOnly(let path, let reason):
            "store: \(path) is read-only (\(reason)): make it writable (chmod u+w '\(path)'), or copy it and use the copy"
        case .readOnlyFolder(let folder, let store, let reason):
            "store: the folder \(folder) is read-only (\(reason)), and the store \(store) needs its -wal and -shm "
                + "files beside it: make the folder writable, or move the store to one that is"
        case .cannotCreateFolder(let folder, let store, let reason):
            "store: cannot create the folder \(folder) for the store \(store) (\(reason)); "
                + "create it, or use a store file in a folder you can write"
        case .cannotCreate(let path, let reason):
            "store: cannot create the store \(path) (\(reason)); use a store file in a folder you can write"
        case .linkedCompanion(let path):
            "store: \(path) is a symbolic link; SQLite would write the store's pages where it points: "
                + "remove it (rm '\(path)') when no other program uses the store"
        case .missingKeyFile(let file, let fingerprint):
            "match key \(file): no such key file, and this store's CPFs and e-mails are keyed with the key whose "
                + "fingerprint is \(fingerprint): restore that key file from your backup, or give the path "
                + "where it is kept"
        case .keyMismatch(let file, let expected, let found):
            "match key \(file): this key's fingerprint is \(found), but the store's CPFs and e-mails are keyed "
                + "with the key whose fingerprint is \(expected): give the key file the store was made with"
        case .noPerson(let id): "not found: person \(id)"
        case .noRecord(let id): "not found: record \(id)"
        case .noEvent(let year): "not found: no event of \(year) in the catalog (import its events.csv first)"
        case .strandedFiles(let eventID, let catalog, let line, let removed, let files):
            "\(catalog)\(line.map { ":\($0)" } ?? ""): event '\(eventID)' no longer has a session on "
                + removed.map(\.description).joined(separator: ", ") + ", where \(files.count) imported "
                + (files.count == 1 ? "file sits" : "files sit") + " (" + files.joined(separator: ", ")
                + "); the catalog was not changed. Keep the date, or forget those files and import them again "
                + "after changing the dates"
        }
    }

    private static func damagedAdvice(_ path: String) -> String {
        "move it aside (mv '\(path)' '\(path).damaged') and import the exports again into a new store"
    }
}
