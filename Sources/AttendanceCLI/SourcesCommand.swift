import ArgumentParser
import AttendanceCore

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List every imported file: its format, encoding, hash, import date and record count.",
        discussion: "Example: attendance sources --event 2021-02-25-webinario")

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Only the files of this event.") var event: String?
    @Flag(help: "Also list each file's row issues.") var issues = false

    func run() throws {
        let store = try storeOptions.open(for: .reading)
        var rows: [[String]] = [
            [
                "event", "file", "format", "encoding", "delim", "role", "session", "records", "issues", "sha256",
                "imported",
            ]
        ]
        let files = try store.files(eventID: event)
        for file in files {
            rows.append([
                file.eventID, file.path, file.format,
                file.encoding, file.delimiter, file.role, file.sessionDate?.description ?? "-",
                String(file.recordCount), String(file.issueCount), String(file.sha256.prefix(12)),
                String(file.importedAt.prefix(19)),
            ])
        }
        Terminal.say(TextGrid(rows).rendered)
        if issues {
            for file in files where file.issueCount > 0 {
                for issue in try store.issues(fileID: file.id) { Terminal.say(issue.description) }
            }
        }
    }
}
