import ArgumentParser
import AttendanceService

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Match people again if the store changed since they were last matched.",
        discussion: """
            Import does this after every run; report, export and the other commands that show people do it
            themselves when they may write the store. Use it after an import that was interrupted, or to
            bring a store up to date before giving a read-only copy to others. --again matches everyone even
            when nothing changed.

            Example: attendance match --store attendance.sqlite
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: "Match everyone even if the persons are up to date.") var again = false

    func run() throws {
        let store = try storeOptions.open(for: .changing)
        let service = try IdentityService(store: store)
        do {
            if again {
                Terminal.say(try service.run().description)
            } else if let summary = try service.bringUpToDate() {
                Terminal.say(summary.description)
            } else {
                Terminal.say("people are up to date with every record, decision and erasure in \(store.path)")
            }
        } catch let error as StoreError {
            throw storeOptions.advised(error)
        }
    }
}
