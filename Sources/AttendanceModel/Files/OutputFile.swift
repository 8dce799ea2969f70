import AttendanceCSV
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes the files commands produce, so that every failure says which path, why and what to do.
///
/// `FileManager` and `Data.write` report a missing or read-only folder as
/// `NSCocoaErrorDomain Code=512 "(null)"`; these functions call the system directly and throw
/// ``ExportError`` with its `errno`.
public enum OutputFile {
    /// Writes `bytes` to `path` at once: into a temporary file beside it, then renamed over it.
    ///
    /// A path that is something other than a regular file (a symbolic link, `/dev/stdout`, a
    /// FIFO) is written through, as `>` in a shell would, instead of being replaced.
    ///
    /// - Parameters:
    ///   - bytes: The whole content of the file.
    ///   - path: The file to write; replaced if it is a regular file, written through otherwise.
    ///   - permissions: The mode of a file created here (`0o600` for personal data).
    /// - Throws: ``ExportError/cannotWrite(file:code:)`` when the folder is missing or read-only,
    ///   the path is a folder, or the disk is full.
    public static func write(_ bytes: some Collection<UInt8>, to path: String, permissions: mode_t = 0o644) throws {
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, permissions)
            guard descriptor >= 0 else { throw ExportError.cannotWrite(file: path, code: errno) }
            var failure = write(Array(bytes), to: descriptor)
            if close(descriptor) != 0, failure == nil { failure = errno }
            if let failure { throw ExportError.cannotWrite(file: path, code: failure) }
            return
        }
        let name = (path as NSString).lastPathComponent
        var template = Array(((parent(of: path) as NSString).appendingPathComponent(".\(name).XXXXXX")).utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw ExportError.cannotWrite(file: path, code: errno) }
        let temporary = String(cString: template)
        var failure = write(Array(bytes), to: descriptor)
        if failure == nil, fchmod(descriptor, permissions) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw ExportError.cannotWrite(file: path, code: failure)
        }
    }

    /// Writes all of `bytes` to an open file; the `errno` of a failure, or `nil`.
    private static func write(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// Creates `path` and the folders above it that are missing.
    ///
    /// - Throws: ``ExportError/fileInTheWay(folder:file:)`` when a part of the path is a file,
    ///   ``ExportError/cannotCreateFolder(folder:code:)`` when a folder above is read-only.
    package static func createFolder(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw ExportError.fileInTheWay(folder: path, file: path) }
            return
        }
        let above = parent(of: path)
        if above != path {
            do {
                try createFolder(above)
            } catch ExportError.fileInTheWay(_, let file) {
                throw ExportError.fileInTheWay(folder: path, file: file)
            }
        }
        guard mkdir(path, 0o755) != 0 else { return }
        let code = errno
        guard code == EEXIST && isFolderNow(path) else {
            throw ExportError.cannotCreateFolder(folder: path, code: code)
        }
    }

    /// A CSV writer for `path`, after checking that the file can be created there.
    ///
    /// ``CSVWriter`` gives the system's reason only as text; the check gets the `errno` so the
    /// message can say what to do. Run the writes through ``writing(_:_:)``.
    ///
    /// - Throws: ``ExportError/cannotWrite(file:code:)``.
    package static func csvWriter(
        path: String, dialect: CSVDialect = .rfc4180, neutralizesFormulas: Bool = false
    ) throws -> CSVWriter {
        let probe = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0o644)
        guard probe >= 0 else { throw ExportError.cannotWrite(file: path, code: errno) }
        close(probe)
        return try writing(path) {
            try CSVWriter(path: path, dialect: dialect, neutralizesFormulas: neutralizesFormulas)
        }
    }

    /// Runs `body`, turning a ``CSVWriter`` failure on `path` into ``ExportError/writeFailed(file:reason:)``.
    package static func writing<T: ~Copyable>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch CSVError.unwritable(_, let reason) {
            throw ExportError.writeFailed(file: path, reason: reason)
        }
    }

    /// The folder holding `path` (`.` for a bare name).
    static func parent(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    private static func isFolderNow(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
