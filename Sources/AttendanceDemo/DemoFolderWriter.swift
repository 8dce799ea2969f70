import AttendanceModel
import Foundation

/// Writes the files of a demo year into its folder, one by one as they are handed over, so that
/// a benchmark year of millions of records can be written as it is made, never held whole.
///
/// The first error stops the writing (later files are skipped) and ``finish()`` throws it: the
/// generator's steps, which hand the files over, do not throw.
final class DemoFolderWriter {
    let folder: URL
    /// Files written so far.
    private(set) var files = 0
    /// Records of the exports written so far.
    private(set) var records = 0
    private var failure: (any Error)?

    /// Creates `folder` when missing.
    init(folder: URL) throws {
        self.folder = folder
        try OutputFile.createFolder(folder.path)
    }

    /// Writes one file under the folder, replacing a file of the same name.
    func write(_ file: DemoFile, records: Int = 0) {
        guard failure == nil else { return }
        do {
            let url = folder.appendingPathComponent(file.path)
            try OutputFile.createFolder(url.deletingLastPathComponent().path)
            try OutputFile.write(file.bytes, to: url.path)
            files += 1
            self.records += records
        } catch {
            failure = error
        }
    }

    /// Throws the error that stopped the writing, if one did.
    func finish() throws {
        if let failure { throw failure }
    }
}
