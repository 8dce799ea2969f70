/// One record read from an export, in the uniform shape every format is turned into.
///
/// Person fields keep their original text: normalisation belongs to the identity step.
/// Provenance (``line``, and the file it came from, kept by the import) lets every figure be
/// traced back to a line of an export.
public struct AttendanceRecord: Sendable, Hashable, Codable {
    /// What the record says happened.
    public var kind: RecordKind
    /// The person's part in the event.
    public var role: Role = .participant
    /// Whether the record also shows a registration (Zoom attendee report, Sympla).
    public var isRegistered: Bool = false
    /// Whether the person was present: `true`/`false` where the export says, `nil` where it is silent.
    public var attended: Bool?

    public var name: String = ""
    public var email: String = ""
    public var cpf: String = ""
    public var phone: String = ""
    public var organization: String = ""
    public var jobTitle: String = ""
    public var city: String = ""
    public var uf: String = ""
    public var country: String = ""
    /// "Servidor público" where the export says: `true`, `false`, or `nil` for unknown.
    public var isPublicServant: Bool?
    /// Whether the platform marked the person as a guest (not signed in).
    public var isGuest: Bool?

    /// The session day the record's own content shows (join time, check-in), if any.
    public var sessionDate: Day?
    /// Join and leave times as minutes since midnight of ``sessionDate`` (may exceed 1440).
    public var joinMinute: Int?
    public var leaveMinute: Int?
    /// Minutes present in this record's stay.
    public var minutes: Int?
    /// The day a course was completed.
    public var completionDate: Day?

    /// The 1-based physical line on which the record starts in its file.
    public var line: Int

    public init(kind: RecordKind, line: Int) {
        self.kind = kind
        self.line = line
    }
}
