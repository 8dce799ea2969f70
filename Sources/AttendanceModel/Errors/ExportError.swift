import Foundation

/// Why a report, a list or a sheet could not be written where it was asked.
///
/// The ``description`` names the path, gives the system's reason (the `errno` text) and says what
/// to do; it never names a command-line option (the command line adds which one chose the path).
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file could not be created or replaced; `code` is the `errno` the system gave.
    case cannotWrite(file: String, code: Int32)
    /// A folder could not be created; `code` is the `errno` the system gave.
    case cannotCreateFolder(folder: String, code: Int32)
    /// A folder could not be created because `file`, at or above it, is a file.
    case fileInTheWay(folder: String, file: String)
    /// Writing failed after the file was created (a full disk), with the system's reason.
    case writeFailed(file: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let file, let code):
            "\(file): cannot write the file (\(Self.reason(code))): \(Self.advice(code, path: file))"
        case .cannotCreateFolder(let folder, let code):
            "\(folder): cannot create the folder (\(Self.reason(code))): "
                + Self.advice(code, path: folder)
        case .fileInTheWay(let folder, let file):
            "\(folder): cannot create the folder: \(file) is a file, not a folder; choose another folder, "
                + "or move the file away"
        case .writeFailed(let file, let reason):
            "\(file): cannot write the file (\(reason)); free some space or write elsewhere"
        }
    }

    /// The system's text for `code`, such as `Permission denied`.
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// What to do about `code` for `path`.
    private static func advice(_ code: Int32, path: String) -> String {
        let parent = OutputFile.parent(of: path)
        switch code {
        case ENOENT:
            return "the folder \(parent) does not exist; create it first, or write elsewhere"
        case ENOTDIR, EEXIST:
            return "a part of \(parent) is a file, not a folder; write elsewhere"
        case EISDIR:
            return "this is a folder; name a file inside it instead"
        case EACCES, EPERM:
            return "you may not write in \(parent); make it writable, or write elsewhere"
        case EROFS:
            return "the disk is read-only; write elsewhere"
        case ENOSPC, EDQUOT:
            return "the disk is full; free some space, or write elsewhere"
        default:
            return "write elsewhere"
        }
    }
}
