import ArgumentParser
import AttendanceService

struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Remove an imported file and all its records from the store.",
        discussion: """
            FILE is the path `attendance sources` lists (EVENT/FILE.csv), or a hash prefix of 8+ characters.
            Example: attendance forget 2021-03-25-dialogo/lista.csv
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The file to remove, as `attendance sources` lists it.") var file: String

    func run() throws {
        let store = try storeOptions.open(for: .changing)
        let removed: [StoredFile]
        do {
            removed = try store.forget(file: file)
        } catch {
            throw store.explained(error) ?? error
        }
        guard !removed.isEmpty else {
            throw CommandError.notFound("no imported file matches '\(file)'", see: "attendance sources")
        }
        for stored in removed { Terminal.say("forgot \(stored.eventID)/\(stored.path): \(stored.recordCount) records") }
        if let summary = try IdentityService(store: store).bringUpToDate() { Terminal.say(summary.description) }
    }
}
