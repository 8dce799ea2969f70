import AttendanceModel
import Testing

/// Each way the key file fails names it and says what to do, in words.
@Suite struct MatchKeyErrorTests {
    @Test(
        "each case names the key file and what is wrong",
        arguments: [
            (
                MatchKeyError.cannotCreate(file: "s.key", reason: "Permission denied"),
                "match key s.key: cannot create the key file (Permission denied)"
            ),
            (
                .cannotWrite(file: "s.key", reason: "No space left on device"),
                "match key s.key: cannot write the key file (No space left on device)"
            ),
            (
                .cannotRead(file: "s.key", reason: "No such file or directory"),
                "match key s.key: cannot read the key file (No such file or directory)"
            ),
            (.cannotRead(file: "s.key", reason: nil), "match key s.key: cannot read the key file"),
            (
                .exposed(file: "s.key", mode: 0o604),
                "match key s.key: the key file can be read by other users (mode 604); run chmod 600 's.key', or on a "
                    + "disk without permissions (FAT, a share) keep it on one that has them"
            ),
            (
                .exposed(file: "s.key", mode: 0o044),
                "match key s.key: the key file can be read by other users (mode 044); run chmod 600 's.key', or on a "
                    + "disk without permissions (FAT, a share) keep it on one that has them"
            ),
            (
                .noSecret(file: "s.key"),
                "match key s.key: no secret in the key file (one line of 64 hexadecimal digits expected, besides "
                    + "# comments)"
            ),
        ])
    func description(error: MatchKeyError, expected: String) {
        #expect(error.description == expected)
        #expect(!error.description.contains("--"))
    }
}
