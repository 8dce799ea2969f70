import AttendanceModel
import AttendanceStore
import Testing

/// Each way the store fails names the store file and says what to do, in words: no option of the
/// command line (the CLI adds those).
@Suite struct StoreErrorTests {
    static let cases: [(StoreError, String)] = [
        (.noStore(path: "s.sqlite"), "store: no store at s.sqlite; import something first"),
        (
            .exposedStore(modes: ["s.sqlite-wal": 0o644, "s.sqlite": 0o640]),
            "store: s.sqlite (mode 640), s.sqlite-wal (mode 644) can be read or written by other users, and a store "
                + "holds personal data: run chmod 600 's.sqlite' 's.sqlite-wal'"
        ),
        (
            .damaged(path: "s.sqlite", reason: "database disk image is malformed"),
            "store: s.sqlite is damaged (database disk image is malformed); move it aside "
                + "(mv 's.sqlite' 's.sqlite.damaged') and import the exports again into a new store"
        ),
        (
            .notAStore(path: "s.sqlite", reason: "file is not a database"),
            "store: s.sqlite is not an attendance store (file is not a database); check the store's path, or if it "
                + "was a store, it is damaged: move it aside (mv 's.sqlite' 's.sqlite.damaged') and import the "
                + "exports again into a new store"
        ),
        (
            .busy(path: "s.sqlite", reason: "database is locked"),
            "store: s.sqlite is in use by another process that did not let go within a minute (database is locked); "
                + "wait for it to finish and run the command again"
        ),
        (
            .readOnly(path: "s.sqlite", reason: "Permission denied"),
            "store: s.sqlite is read-only (Permission denied): make it writable (chmod u+w 's.sqlite'), or copy it "
                + "and use the copy"
        ),
        (
            .readOnlyFolder(folder: "kept", store: "kept/s.sqlite", reason: "Permission denied"),
            "store: the folder kept is read-only (Permission denied), and the store kept/s.sqlite needs its -wal and "
                + "-shm files beside it: make the folder writable, or move the store to one that is"
        ),
        (
            .symbolicLink(path: "s.sqlite", target: "gone.sqlite", isDangling: true),
            "store: s.sqlite is a symbolic link (to gone.sqlite, which does not exist); a store is opened by its real "
                + "path only, so that the file checked for its permissions is the one written: use a path that is "
                + "no link instead"
        ),
        (
            .folder(path: "data"),
            "store: data is a folder, not a store file; use a file name such as data/attendance.sqlite"
        ),
        (
            .diskFull(path: "s.sqlite", reason: "database or disk is full"),
            "store: the disk holding s.sqlite is full (database or disk is full); free some space and run the command "
                + "again (what was stored before stays, each file is all in or all out)"
        ),
        (
            .keyMismatch(file: "s.key", expected: "ab12", found: "cd34"),
            "match key s.key: this key's fingerprint is cd34, but the store's CPFs and e-mails are keyed with the "
                + "key whose fingerprint is ab12: give the key file the store was made with"
        ),
        (
            .missingKeyFile(file: "s.key", fingerprint: "ab12"),
            "match key s.key: no such key file, and this store's CPFs and e-mails are keyed with the key whose "
                + "fingerprint is ab12: restore that key file from your backup, or give the path where it is kept"
        ),
        (.noPerson("P000009"), "not found: person P000009"),
        (.noRecord(42), "not found: record 42"),
        (.noEvent(year: 2030), "not found: no event of 2030 in the catalog (import its events.csv first)"),
        (
            .strandedFiles(
                eventID: "w", catalog: "2021/events.csv", line: 2, removed: [Day(iso: "2021-03-10")].compactMap { $0 },
                files: ["w/a.csv", "w/b.csv"]),
            "2021/events.csv:2: event 'w' no longer has a session on 2021-03-10, where 2 imported files sit "
                + "(w/a.csv, w/b.csv); the catalog was not changed. Keep the date, or forget those files and import "
                + "them again after changing the dates"
        ),
    ]

    @Test("each case names the store or key file and what to do", arguments: cases)
    func description(error: StoreError, expected: String) {
        #expect(error.description == expected)
    }

    @Test("no message names an option of the command line", arguments: cases.map(\.0))
    func namesNoOption(error: StoreError) {
        #expect(!error.description.contains("--"))
        #expect(!error.description.contains("$ATTENDANCE"))
    }
}
