/// What a record is evidence of.
public enum RecordKind: String, Sendable, Codable, CaseIterable {
    /// The person registered (a registration list, or a registration row that did not attend).
    case registration
    /// The person was present in a session (and, in formats that carry both, also registered).
    case attendance
    /// The person completed a course.
    case completion
    /// The person enrolled in a course without completing it.
    case enrolment
    /// A per-join line of Teams' "In-Meeting Activities": kept for traceability, never counted.
    case activity
}
