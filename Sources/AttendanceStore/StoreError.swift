/// Why the store cannot give a figure now, or could not keep what was asked of it.
///
/// The ``description`` names the store and what is wrong; the command line adds which command
/// to run.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Records were stored or removed (or a decision or erasure recorded) after people were last
    /// matched: figures would mix two states of the store. `unmatchedRecords` counts the records
    /// that have no person at all.
    case identityOutOfDate(path: String, unmatchedRecords: Int)
    /// An identity run read the store at one state, and another process changed it before the
    /// run could save: the result describes a state that no longer exists and was not saved.
    case superseded(path: String)

    public var description: String {
        switch self {
        case .identityOutOfDate(let path, let unmatched):
            "\(path): people were last matched before the store's latest changes"
                + (unmatched > 0 ? " (\(unmatched) records have no person yet)" : "")
                + "; figures are given only once people are matched again"
        case .superseded(let path):
            "\(path): another process changed the store while people were being matched; the run was not saved"
        }
    }
}
