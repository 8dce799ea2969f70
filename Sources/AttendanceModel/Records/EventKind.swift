import Foundation

/// What kind of activity an event is; raw values are those of `events.csv`.
public enum EventKind: String, Sendable, Codable, CaseIterable {
    case webinar
    case live
    case dialogue
    case workingGroup = "working-group"
    case training
    case seminar
    case workshop
    case ceremony
    case meeting
    case course
    case other

    /// Reads a kind as written in a catalog: case-insensitive, `_` or space for `-`.
    ///
    /// - Returns: `nil` for a kind the tool does not know.
    public init?(catalogText text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        self.init(rawValue: key)
    }

    /// Whether the kind is a course: completions instead of participants, not in participations.
    public var isCourse: Bool { self == .course }
}
