/// The answer key of a demo programme year: what a correct program reports, and who every
/// record of every export really is.
///
/// Encoded as JSON it has the shape of the field samples' answer keys (`expected`, `files`,
/// `records` with `file`, `line`, `pid`, `role`), so the acceptance check can score a demo year
/// as it scores the samples; the extra fields (`session`, `mess`, `people`, the certification
/// counts) are for finding out why a figure differs.
package struct DemoTruth: Sendable, Hashable, Codable {
    /// The figures of the year.
    package var expected: Figures
    /// The export files, relative to the year's folder (`<event id>/<file>.csv`).
    package var files: [String]
    /// Every data record of every export, in file order.
    package var records: [Record]
    /// Every true person behind a record, by key.
    package var people: [Person]

    /// The figures a correct program reports for the year.
    package struct Figures: Sendable, Hashable, Codable {
        /// The programme year, such as 2021.
        package var year: Int
        /// The sum of the events' participants (courses excluded).
        package var participations: Int
        /// Distinct persons who were participants of any event of the year.
        package var uniqueParticipants: Int
        /// The events of the year in date order (courses excluded).
        package var events: [EventFigures]
        /// The courses counted towards the year.
        package var courses: [CourseFigures]
        /// Governments certified per year (`"2021"`) and level (`"municipio"`, `"estado"`).
        package var certifications: [String: [String: Int]]
        /// Unique participants by sector (`governo`, `academia`, `sociedade civil`, `organismo internacional`).
        package var bySector: [String: Int]
        /// Unique participants by macro-region of their organisation.
        package var byRegion: [String: Int]
        /// Unique participants by UF of their organisation.
        package var byUF: [String: Int]
        /// The macro-regions with at least one unique participant, sorted.
        package var regionsReached: [String]
        /// How the figures were counted, in words.
        package var notes: String
    }

    /// The figures of one event.
    package struct EventFigures: Sendable, Hashable, Codable {
        /// The event id (also its folder).
        public var id: String
        /// The kind as written in `events.csv` (`webinar`, `working-group`…).
        package var kind: String
        /// ISO dates of the sessions.
        package var dates: [String]
        /// The number of sessions (one per date).
        package var sessions: Int
        /// Distinct persons who attended at least one session (staff roles excluded; with the
        /// event's `min_minutes`, only stays adding up to it in a session count).
        package var participants: Int
        /// Distinct persons on the registration data; `nil` when the event has none.
        package var registrants: Int?
        /// Distinct municipal and state governments of the participants.
        package var governments: Int
        /// Whether the government count is a published figure (the SUAS workshop) that the
        /// acceptance check should compare.
        package var governmentsChecked: Bool
    }

    /// The figures of one course.
    package struct CourseFigures: Sendable, Hashable, Codable {
        /// The course id (also its folder).
        public var id: String
        /// Completion records (a person who completed twice counts twice).
        package var completions: Int
        /// Distinct persons who completed.
        package var completers: Int
        /// Distinct completers who are public servants; `nil` when the export does not say.
        package var publicServants: Int?
        /// Distinct completers by the year of their (first) completion.
        package var completersByYear: [String: Int]
    }

    /// The part a record shows a person in (the vocabulary of the samples' answer keys).
    package enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// Present in a session (a call's participant row, a list of those present).
        case attendee
        /// On registration data; ``Record/attended`` says whether they came, when the format shows it.
        case registrant
        /// A presence form sent during the event.
        case form
        /// A per-join line of Teams' "In-Meeting Activities" (the person's row above has the total).
        case activity
        case host
        case panelist
        case presenter
        case organizer
        /// A course completion.
        case completion
        /// Enrolled in a course without completing it.
        case enrolled

        /// Whether the role can make the person a participant (staff roles cannot).
        package var isParticipantRole: Bool {
            switch self {
            case .attendee, .registrant, .form: true
            default: false
            }
        }
    }

    /// One data record of an export.
    package struct Record: Sendable, Hashable, Codable {
        /// The file, relative to the year's folder.
        package var file: String
        /// The 1-based physical line on which the record starts.
        package var line: Int
        /// The event id.
        package var event: String
        /// The ISO date of the record's session; `nil` for a course.
        package var session: String?
        /// The true person (`P0001`, `S001`): records with the same key are the same person.
        package var personKey: String
        /// The part the record shows the person in.
        package var role: Role
        /// Whether the person was present; `nil` where the record does not say.
        package var attended: Bool?
        /// Minutes present in this record's stay, where the export gives them.
        package var minutes: Int?
        /// The ISO day of a course completion.
        package var completedOn: String?
        /// The mess this record carries.
        package var mess: [DemoMess]

        enum CodingKeys: String, CodingKey {
            case file, line, event, session
            case personKey = "pid"
            case role, attended, minutes, completedOn, mess
        }

        init(
            file: String, line: Int, event: String, session: String?, personKey: String, role: Role, attended: Bool?,
            minutes: Int?, completedOn: String?, mess: [DemoMess]
        ) {
            self.file = file
            self.line = line
            self.event = event
            self.session = session
            self.personKey = personKey
            self.role = role
            self.attended = attended
            self.minutes = minutes
            self.completedOn = completedOn
            self.mess = mess
        }

        /// Reads a record; a missing `mess` is an empty one.
        package init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            file = try c.decode(String.self, forKey: .file)
            line = try c.decode(Int.self, forKey: .line)
            event = try c.decode(String.self, forKey: .event)
            session = try c.decodeIfPresent(String.self, forKey: .session)
            personKey = try c.decode(String.self, forKey: .personKey)
            role = try c.decode(Role.self, forKey: .role)
            attended = try c.decodeIfPresent(Bool.self, forKey: .attended)
            minutes = try c.decodeIfPresent(Int.self, forKey: .minutes)
            completedOn = try c.decodeIfPresent(String.self, forKey: .completedOn)
            mess = try c.decodeIfPresent([DemoMess].self, forKey: .mess) ?? []
        }

        /// Leaves out what a record does not have (no session, no minutes, no mess) to keep the
        /// answer key small.
        package func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(line, forKey: .line)
            try c.encode(event, forKey: .event)
            try c.encodeIfPresent(session, forKey: .session)
            try c.encode(personKey, forKey: .personKey)
            try c.encode(role, forKey: .role)
            try c.encodeIfPresent(attended, forKey: .attended)
            try c.encodeIfPresent(minutes, forKey: .minutes)
            try c.encodeIfPresent(completedOn, forKey: .completedOn)
            if !mess.isEmpty { try c.encode(mess, forKey: .mess) }
        }
    }

    /// A true person, as far as the figures need.
    package struct Person: Sendable, Hashable, Codable {
        /// The person key records refer to (`pid` in JSON).
        package var key: String
        /// The full name as the person writes it, accents included.
        package var name: String
        /// The organisation's full name.
        package var organization: String
        /// `governo`, `academia`, `sociedade civil` or `organismo internacional`.
        package var sector: String
        /// The UF of the organisation (where the person works).
        package var uf: String
        /// The macro-region of ``uf``.
        package var region: String
        /// `municipio:<IBGE code>` or `estado:<IBGE code>`; `nil` outside municipal and state governments.
        package var government: String?
        /// Whether the person is a public servant (what the certificates say).
        package var isPublicServant: Bool

        enum CodingKeys: String, CodingKey {
            case key = "pid"
            case name, organization, sector, uf, region, government, isPublicServant
        }
    }
}
