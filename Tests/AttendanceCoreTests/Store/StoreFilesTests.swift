import Foundation
import GRDB
import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService
@testable import AttendanceStore
@testable import AttendanceTotals

// `stat`'s fields are found through one of these C modules, which one depending on the build.
#if canImport(Glibc)
    import CoreFoundation
    import Glibc
#endif
#if canImport(CDispatch)
    import CDispatch
#endif

/// The store's files are private on every opening, and a store can be opened to read only.
@Suite struct StoreFilesTests {
    let directory: URL
    var storePath: String { directory.appendingPathComponent("s.sqlite").path }

    init() throws {
        // The usual umask, which would leave new files readable by everyone (0644).
        umask(0o022)
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("store-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    static let day = Day(iso: "2021-02-25")

    /// Stores one file with one record of Ana Lima.
    static func fill(_ store: Store) throws {
        let event = Event(
            id: "2021-02-25-webinar", year: 2021, kind: .webinar, titlePT: "Webinário", titleEN: "Webinar",
            dates: [day].compactMap { $0 })
        try store.upsert(events: [event])
        var record = AttendanceRecord(kind: .attendance, line: 2)
        record.name = "Ana Lima"
        record.email = "ana.lima@example.org"
        _ = try store.store(
            FileBatch(
                path: "2021-02-25-webinar/list.csv", eventID: event.id, sha256: "aa", format: "generic-list",
                encoding: "utf-8", delimiter: ",", role: "attendance", sessionDate: day,
                records: [(record, day)], issues: []))
    }

    static func mode(_ path: String) -> Int? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return Int(status.st_mode & 0o777)
    }

    func openingError(_ path: String, access: StoreAccess = .readWrite) -> String? {
        do {
            _ = try Store(path: path, access: access)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test("a new store, its -wal and its -shm are 0600 under umask 022")
    func newStoreIsPrivate() throws {
        let store = try Store(path: storePath)
        try Self.fill(store)
        #expect(Self.mode(storePath) == 0o600)
        #expect(Self.mode(storePath + "-wal") == 0o600)
        #expect(Self.mode(storePath + "-shm") == 0o600)
        #expect(store.isReadOnly == false)
    }

    @Test("an existing store other users can read is refused with the chmod to run")
    func exposedStoreRefused() throws {
        try Self.fill(try Store(path: storePath))
        for mode in [0o644, 0o666, 0o640] {
            chmod(storePath, mode_t(mode))
            for access in [StoreAccess.readWrite, .readOnly, .readWriteIfPossible] {
                #expect(
                    openingError(storePath, access: access)
                        == "store: \(storePath) (mode \(String(mode, radix: 8))) can be read or written by other users, "
                        + "and a store holds personal data: run chmod 600 '\(storePath)'")
            }
        }
        chmod(storePath, 0o600)
        #expect(openingError(storePath) == nil)
    }

    @Test("a -wal other users can read is refused, naming it")
    func exposedWALRefused() throws {
        let open = try Store(path: storePath)
        try Self.fill(open)
        chmod(storePath + "-wal", 0o644)
        #expect(
            throws: StoreError.exposedStore(modes: [storePath + "-wal": 0o644])
        ) { try Store(path: storePath, access: .readOnly) }
        #expect(
            openingError(storePath)
                == "store: \(storePath)-wal (mode 644) can be read or written by other users, and a store holds "
                + "personal data: run chmod 600 '\(storePath)-wal'")
        withExtendedLifetime(open) {}
    }

    @Test("a dangling symbolic link as the store is refused, and nothing is created where it points")
    func danglingLink() throws {
        let target = directory.appendingPathComponent("elsewhere.sqlite").path
        try FileManager.default.createSymbolicLink(atPath: storePath, withDestinationPath: target)
        #expect(
            openingError(storePath)
                == "store: \(storePath) is a symbolic link (to \(target), which does not exist); a store is opened "
                + "by its real path only, so that the file checked for its permissions is the one written: use a "
                + "path that is no link instead")
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test("a symbolic link to a store is refused too, with the target to use")
    func linkToStore() throws {
        let target = directory.appendingPathComponent("real.sqlite").path
        try Self.fill(try Store(path: target))
        try FileManager.default.createSymbolicLink(atPath: storePath, withDestinationPath: target)
        #expect(
            openingError(storePath, access: .readOnly)
                == "store: \(storePath) is a symbolic link (to \(target)); a store is opened by its real path only, "
                + "so that the file checked for its permissions is the one written: use the link's target instead")
    }

    @Test("a -wal that is a symbolic link is refused")
    func linkedWAL() throws {
        try Self.fill(try Store(path: storePath))
        try FileManager.default.createSymbolicLink(atPath: storePath + "-wal", withDestinationPath: "/tmp/x-wal")
        #expect(
            openingError(storePath)
                == "store: \(storePath)-wal is a symbolic link; SQLite would write the store's pages where it "
                + "points: remove it (rm '\(storePath)-wal') when no other program uses the store")
    }

    @Test("an empty file of the user's, 0600, becomes the store; 0644 is refused with the chmod")
    func emptyFile() throws {
        FileManager.default.createFile(atPath: storePath, contents: nil, attributes: [.posixPermissions: 0o600])
        try Self.fill(try Store(path: storePath))
        #expect(Self.mode(storePath) == 0o600)
        #expect(try Store(path: storePath).files().count == 1)

        let other = directory.appendingPathComponent("other.sqlite").path
        FileManager.default.createFile(atPath: other, contents: nil, attributes: [.posixPermissions: 0o644])
        #expect(throws: StoreError.exposedStore(modes: [other: 0o644])) { try Store(path: other) }
    }

    @Test("an empty file of another user is refused", .enabled(if: geteuid() == 0, "needs root to give a file away"))
    func emptyFileOfAnotherUser() throws {
        FileManager.default.createFile(atPath: storePath, contents: nil, attributes: [.posixPermissions: 0o600])
        try FileManager.default.setAttributes([.ownerAccountID: 65534], ofItemAtPath: storePath)
        #expect(
            openingError(storePath)
                == "store: \(storePath) is an empty file that belongs to another user, who could read what is stored "
                + "in it: remove it (rm '\(storePath)'), or use another file")
    }

    @Test(
        "read-only and read-write-if-possible openings never create a store",
        arguments: [
            StoreAccess.readOnly, .readWriteIfPossible,
        ])
    func missingStore(access: StoreAccess) throws {
        let path = directory.appendingPathComponent("sub/none.sqlite").path
        #expect(throws: StoreError.noStore(path: path)) { try Store(path: path, access: access) }
        #expect(openingError(path, access: access) == "store: no store at \(path); import something first")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("sub").path))
        FileManager.default.createFile(atPath: storePath, contents: nil, attributes: [.posixPermissions: 0o600])
        #expect(throws: StoreError.noStore(path: storePath)) { try Store(path: storePath, access: access) }
        #expect(try FileManager.default.attributesOfItem(atPath: storePath)[.size] as? Int == 0)
        #expect(!FileManager.default.fileExists(atPath: path + ".key"))
    }

    @Test("a read-only store reads, refuses to write, and creates no key file")
    func readOnly() throws {
        try Self.fill(try Store(path: storePath))
        try FileManager.default.removeItem(atPath: storePath + ".key")
        let store = try Store(path: storePath, access: .readOnly)
        #expect(store.isReadOnly)
        #expect(try store.files().map(\.path) == ["2021-02-25-webinar/list.csv"])
        #expect(throws: DatabaseError.self) { try store.forget(file: "2021-02-25-webinar/list.csv") }
        #expect(throws: StoreError.self) { try store.recordIDs(withCPF: #require(CPF("63536042970"))) }
        #expect(!FileManager.default.fileExists(atPath: storePath + ".key"))
        #expect(try Store(path: storePath, access: .readWriteIfPossible).isReadOnly == false)
    }

    @Test("a store of an earlier version is not migrated read-only: the error says to write it first")
    func outdatedReadOnly() throws {
        try Store.makeStore(at: storePath, migratedUpTo: "v1-catalog-records-identities", then: "SELECT 1")
        let before = try Data(contentsOf: URL(fileURLWithPath: storePath))
        #expect(throws: StoreError.outdatedStore(path: storePath)) { try Store(path: storePath, access: .readOnly) }
        #expect(
            openingError(storePath, access: .readOnly)
                == "store: \(storePath) was made by an earlier version of attendance and must be brought up to "
                + "date first: run an import (or any command that changes the store) with the right to write it "
                + "and its folder")
        #expect(try Data(contentsOf: URL(fileURLWithPath: storePath)) == before)
        // Opened to write when it can, it is brought up to date.
        #expect(try Store(path: storePath, access: .readWriteIfPossible).isReadOnly == false)
        #expect(try Store(path: storePath, access: .readOnly).isReadOnly)
    }
}
