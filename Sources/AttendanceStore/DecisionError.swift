/// Why a decision about identities was not recorded or revoked.
public enum DecisionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One side names no record.
    case emptySide
    /// The same records are on both sides (a person against itself, a record against itself, or
    /// two records that say exactly the same in one event).
    case sameRecords([Int64])
    /// No stored record has this id.
    case unknownRecord(Int64)
    /// The record's personal data was erased: it is never matched again.
    case erasedRecord(Int64)
    /// An active decision says the opposite about these records.
    case contradicts(Int64)
    /// No decision has this number.
    case unknownDecision(Int64)
    /// The decision was revoked already.
    case alreadyRevoked(Int64)
    /// No open review question has this id.
    case unknownQuestion(String)

    public var description: String {
        switch self {
        case .emptySide: "a decision needs records on both sides"
        case .sameRecords(let ids):
            "both sides name the same person or records (\(ids.prefix(6).map(String.init).joined(separator: ", ")))"
        case .unknownRecord(let id): "no record \(id) in the store"
        case .erasedRecord(let id): "record \(id) was erased: it is never matched again"
        case .contradicts(let id): "decision #\(id) says the opposite about these records (revoke it first)"
        case .unknownDecision(let id): "no decision #\(id)"
        case .alreadyRevoked(let id): "decision #\(id) is revoked already"
        case .unknownQuestion(let id):
            "no open review question \(id) (the store changed since it was asked: list the questions again)"
        }
    }
}
