import ArgumentParser
import AttendanceService

/// The exit codes of `attendance`, for scripts: few, stable, and listed in `attendance --help`
/// and the README.
///
/// ``AttendanceCommand/exitStatus(for:)`` is the one place an error becomes one of them. A usage
/// error is found while the command line is parsed (ArgumentParser's validation) and is followed
/// by the usage banner; every other error is found while the command runs and is printed alone.
enum ExitStatus: Int32, CaseIterable {
    /// Everything asked was done.
    case success = 0
    /// A problem with the data: a file that cannot be read or imported (every row issue of a
    /// failed file), nothing found for what was named, a store made by an earlier version or whose
    /// people must be matched again first, no store yet, a decision or review sheet refused,
    /// identity questions open under `--strict`.
    case dataProblem = 1
    /// The command line is wrong: an unknown option, a missing or malformed value.
    case usage = 2
    /// The store cannot be used as it is: in use by another process, damaged, not a store, not
    /// writable (read-only, or its disk full, also in the middle of an import), readable by other
    /// users, or its key file is wrong.
    case storeUnusable = 3
    /// An output file or folder cannot be written.
    case outputUnwritable = 4

    /// What the code means, one line of `--help` (at most 74 characters, so that it does not wrap).
    var meaning: String {
        switch self {
        case .success: "ok"
        case .dataProblem: "data: a file not imported, nothing found, no store, store out of date"
        case .usage: "usage: an unknown option, a missing or malformed value"
        case .storeUnusable: "the store is busy, damaged, not writable or exposed, or its key is wrong"
        case .outputUnwritable: "an output file or folder cannot be written"
        }
    }

    /// The codes and their meanings as `--help` lists them.
    static var helpText: String {
        "Exit codes:\n" + allCases.map { "  \($0.rawValue)  \($0.meaning)" }.joined(separator: "\n")
    }
}

extension AttendanceCommand {
    /// The exit code for an error that stopped a command: ``ExitStatus``, the one mapping.
    ///
    /// A `ValidationError` the parser did not wrap was thrown while the command ran (a name that
    /// is not in the store, a sheet with a bad row): a data problem, not a usage error, whatever
    /// ArgumentParser would say.
    static func exitStatus(for error: any Error) -> Int32 {
        let status: ExitStatus
        switch error {
        case let code as ExitCode: return code.rawValue
        case is ValidationError: status = .dataProblem
        case let error as CommandError: status = error.exitStatus
        case let error as ImportError: status = error.exitStatus
        case let error as StoreError: status = error.exitStatus
        case is MatchKeyError: status = .storeUnusable
        case is ExportError: status = .outputUnwritable
        case is DecisionError, is AnswerError, is ReviewSheetError: status = .dataProblem
        default:
            // The parser's own errors: help and --version are a success, a bad command line is 64
            // (EX_USAGE) in ArgumentParser and 2 here; any other error is a data problem.
            let code = exitCode(for: error)
            return code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue
        }
        return status.rawValue
    }
}

extension CommandError {
    var exitStatus: ExitStatus {
        switch self {
        case .store(let error, _): error.exitStatus
        case .matchKey: .storeUnusable
        case .format: .dataProblem
        case .storeState(let error, _): error.exitStatus
        case .output: .outputUnwritable
        case .needsEvent, .badArgument: .usage
        case .notFound, .openQuestions: .dataProblem
        }
    }
}

extension ImportError {
    var exitStatus: ExitStatus { .dataProblem }
}

extension StoreError {
    var exitStatus: ExitStatus {
        switch self {
        case .identityOutOfDate, .noStore, .outdatedStore, .noPerson, .noRecord, .noEvent, .strandedFiles: .dataProblem
        case .superseded, .exposedStore, .damaged, .notAStore, .diskFull, .notWritable, .cannotOpen, .busy,
            .inputOutput, .unusable, .cannotInspect, .symbolicLink, .folder, .notRegularFile, .foreignEmptyFile,
            .unreadable, .readOnly, .readOnlyFolder, .cannotCreateFolder, .cannotCreate, .linkedCompanion,
            .missingKeyFile, .keyMismatch:
            .storeUnusable
        }
    }
}
