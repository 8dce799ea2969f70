/// One record read from an export, in the uniform shape every format is turned into.
///
/// Person fields keep their original text: normalisation belongs to the identity step.
/// Provenance (`line`, and the file it came from, kept by the import) lets every figure be
/// traced back to a line of an export.
public struct AttendanceRecord: Sendable, Hashable, Codable {
    /// What the record says happened.
    package var kind: RecordKind
    /// The person's part in the event.
    package var role: Role = .participant
    /// Whether the record also shows a registration (Zoom attendee report, Sympla).
    package var isRegistered: Bool = false
    /// Whether the person was present: `true`/`false` where the export says, `nil` where it is silent.
    package var attended: Bool?

    package var name: String = ""
    package var email: String = ""
    package var cpf: String = ""
    package var phone: String = ""
    package var organization: String = ""
    package var jobTitle: String = ""
    package var city: String = ""
    package var uf: String = ""
    package var country: String = ""
    /// "Servidor público" where the export says: `true`, `false`, or `nil` for unknown.
    package var isPublicServant: Bool?
    /// Whether the platform marked the person as a guest (not signed in).
    package var isGuest: Bool?

    /// The session day the record's own content shows (join time, check-in), if any.
    package var sessionDate: Day?
    /// Join and leave times as minutes since midnight of ``sessionDate`` (may exceed 1440).
    package var joinMinute: Int?
    package var leaveMinute: Int?
    /// Minutes present in this record's stay.
    package var minutes: Int?
    /// The day a course was completed.
    package var completionDate: Day?

    /// The 1-based physical line on which the record starts in its file.
    package var line: Int

    package init(kind: RecordKind, line: Int) {
        self.kind = kind
        self.line = line
    }
}
