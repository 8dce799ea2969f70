import ArgumentParser
import AttendanceCore

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List the catalog with the files and records each event and session holds.",
        discussion: "Example: attendance events --year 2021")

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Only the events of this programme year.") var year: Int?

    func run() throws {
        let store = try storeOptions.open(for: .reading)
        let files = try store.files()
        let filesByEvent = Dictionary(grouping: files, by: \.eventID)
        var rows: [[String]] = [["event", "year", "kind", "dates", "min", "files", "records", "sessions (files)"]]
        for event in try store.events(year: year) {
            let eventFiles = filesByEvent[event.id] ?? []
            let perSession = Dictionary(grouping: eventFiles) { $0.sessionDate?.description ?? "by content" }
                .map { "\($0.key): \($0.value.count)" }.sorted().joined(separator: ", ")
            rows.append([
                event.id, String(event.year), event.kind.rawValue,
                event.dates.map(\.description).joined(separator: ";"),
                event.minMinutes.map(String.init) ?? "", String(eventFiles.count),
                String(eventFiles.reduce(0) { $0 + $1.recordCount }), perSession,
            ])
        }
        Terminal.say(TextGrid(rows).rendered)
    }
}
