import AttendanceService

/// What a command could not do, with the command line's own advice added to the library's message.
enum CommandError: Error, Equatable, CustomStringConvertible {
    /// The store could not be opened or used; `advice` names the options that choose another
    /// store or key file.
    case store(StoreError, advice: String)
    /// The match-key file could not be read or created; `advice` names the options that choose it.
    case matchKey(MatchKeyError, advice: String)
    /// An export could not be read; `advice` names the option that gives a column mapping.
    case format(FormatError, advice: String)
    /// The store cannot give figures in the state it is in; `advice` names the command that mends it.
    case storeState(StoreError, advice: String)
    /// A file chosen with `option` could not be written.
    case output(ExportError, option: String)
    /// A single file was given without the event it belongs to.
    case needsEvent(file: String)
    /// `--strict` and identity questions are open: what they can change.
    case openQuestions(String)
    /// A value on the command line that the store contradicts (a session day the event does not have),
    /// found only once the command runs: a usage error without the usage banner.
    case badArgument(String)
    /// What the command line named is not in the store (`see` says where to look).
    case notFound(String, see: String)

    var description: String {
        switch self {
        case .store(let error, let advice): "\(error); \(advice)"
        case .matchKey(let error, let advice): "\(error); \(advice)"
        case .format(let error, let advice): "\(error); \(advice)"
        case .storeState(let error, let advice): "\(error); \(advice)"
        case .output(let error, let option): "\(error) (\(option))"
        case .needsEvent(let file): "\(file): a single file needs the event it belongs to (--event ID)"
        case .openQuestions(let text): "\(text); --strict publishes nothing until they are answered"
        case .badArgument(let message): message
        case .notFound(let what, let see): "\(what) (see `\(see)`)"
        }
    }

    /// The option that reads a file the library suggests a column mapping for, or `nil`.
    static func mappingAdvice(for error: FormatError?) -> String? {
        guard case .unrecognised(_, _, _, _, let suggestion?) = error else { return nil }
        return "try --map '\(suggestion)'"
    }
}
