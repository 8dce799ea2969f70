import ArgumentParser
import AttendanceService

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List the catalog with the files and records each event and session holds.",
        discussion: """
            Examples:
              attendance events --year 2021
              attendance events --format json     # an array of events, for scripts
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Only the events of this programme year.") var year: Int?
    @Option(help: "text, or json (an array of events with their sessions' files and records).")
    var format: ListingFormat = .text

    func run() throws {
        let text = try output()
        if format == .json { Terminal.sayData(text, terminator: "") } else { Terminal.say(text) }
    }

    /// What `run` prints.
    func output() throws -> String {
        let store = try storeOptions.open(for: .reading)
        let filesByEvent = Dictionary(grouping: try store.files(), by: \.eventID)
        let events = try store.events(year: year).map { EventJSON($0, files: filesByEvent[$0.id] ?? []) }
        switch format {
        case .json: return try ListingJSON.text(events)
        case .text:
            var rows: [[String]] = [
                ["event", "year", "kind", "title", "dates", "min", "files", "records", "sessions (files)"]
            ]
            for event in events {
                rows.append([
                    event.id, String(event.year), event.kind, event.titleEN.isEmpty ? event.titlePT : event.titleEN,
                    event.dates.joined(separator: ";"), event.minMinutes.map(String.init) ?? "",
                    String(event.files), String(event.records),
                    event.sessions.map { "\($0.date ?? "by content"): \($0.files)" }.joined(separator: ", "),
                ])
            }
            return TextGrid(rows, maxWidth: Terminal.columns, wrapping: [3, 8]).rendered  // title, sessions
        }
    }
}

/// An event as `events --format json` prints it: the catalog's fields, and the files and records
/// stored for it, per session.
struct EventJSON: Encodable {
    /// The files stored for one session day, or for the event's days by their content (`date` null).
    struct Session: Encodable {
        var date: String?
        var files: Int
        var records: Int

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(date, forKey: .date)
            try container.encode(files, forKey: .files)
            try container.encode(records, forKey: .records)
        }

        private enum CodingKeys: String, CodingKey { case date, files, records }
    }

    var id: String
    var year: Int
    var kind: String
    var titlePT: String
    var titleEN: String
    var dates: [String]
    var minMinutes: Int?
    var headcount: Int?
    var files: Int
    var records: Int
    var sessions: [Session]

    init(_ event: Event, files: [StoredFile]) {
        id = event.id
        year = event.year
        kind = event.kind.rawValue
        titlePT = event.titlePT
        titleEN = event.titleEN
        dates = event.dates.map(\.description)
        minMinutes = event.minMinutes
        headcount = event.headcount
        self.files = files.count
        records = files.reduce(0) { $0 + $1.recordCount }
        sessions = Dictionary(grouping: files, by: \.sessionDate)
            .map {
                Session(
                    date: $0.key?.description, files: $0.value.count,
                    records: $0.value.reduce(0) { $0 + $1.recordCount })
            }
            .sorted { ($0.date ?? "~") < ($1.date ?? "~") }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(year, forKey: .year)
        try container.encode(kind, forKey: .kind)
        try container.encode(titlePT, forKey: .titlePT)
        try container.encode(titleEN, forKey: .titleEN)
        try container.encode(dates, forKey: .dates)
        try container.encode(minMinutes, forKey: .minMinutes)
        try container.encode(headcount, forKey: .headcount)
        try container.encode(files, forKey: .files)
        try container.encode(records, forKey: .records)
        try container.encode(sessions, forKey: .sessions)
    }

    private enum CodingKeys: String, CodingKey {
        case id, year, kind, titlePT, titleEN, dates, minMinutes, headcount, files, records, sessions
    }
}
