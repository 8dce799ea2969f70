/// The part a person played in a record.
///
/// Only ``participant`` is counted as a participant; the others are staff of the event.
public enum Role: String, Sendable, Codable, CaseIterable {
    case participant
    case host
    case coHost = "co-host"
    case panelist
    case organizer
    case presenter

    /// Whether the role counts towards participants.
    package var isParticipant: Bool { self == .participant }
}
