import AttendanceCore

/// What a command could not do, with the command line's own advice added to the library's message.
enum CommandError: Error, Equatable, CustomStringConvertible {
    /// The store could not be opened; `advice` names the options that choose another one.
    case store(ImportError, advice: String)
    /// The store cannot give figures in the state it is in; `advice` names the command that mends it.
    case storeState(StoreError, advice: String)

    var description: String {
        switch self {
        case .store(let error, let advice): "\(error); \(advice)"
        case .storeState(let error, let advice): "\(error); \(advice)"
        }
    }
}
