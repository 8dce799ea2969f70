import ArgumentParser
import AttendanceService
import Foundation

struct EraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Erase a person's personal data everywhere in the store; the figures stay as they were.",
        discussion: """
            Names, e-mails, CPFs, phones and organisations of the person's records are blanked; the records
            keep counting for the person's pseudonymous id, so reports do not change. The erasure is logged.
            Exports already written elsewhere must be replaced by new ones.
            Example: attendance erase P000123 --reason "request by e-mail of 2021-11-03"
            """)
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var decision: DecisionOptions
    @Argument(help: "The person id (see `attendance people`).") var person: String

    func run() throws {
        let store = try storeOptions.open(for: .changing)
        let erasure = try storeOptions.current(store) {
            try $0.erase(person: person, author: decision.who, reason: decision.reason)
        }
        Terminal.say("erased the personal data of \(person) from \(erasure.records) records")
        if erasure.isPending {
            Terminal.say(
                "the erasure is recorded but still pending: another program is reading the store, and the erased "
                    + "data stays in its files until that program closes; the next command that changes the store "
                    + "(or `attendance erase` again) then finishes it")
        }
        // Erased records are never matched again: the others are matched without them now.
        try IdentityService(store: store).bringUpToDate()
    }
}

struct ExportPersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Write everything the store holds about one person, unmasked, as JSON: for that person's request.",
        discussion: "Example: attendance export person P000123 --out P000123.json")
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The person id.") var person: String
    @Option(help: "The JSON file to write (default: standard output).") var out: String?

    func run() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(try storeOptions.reading { try $0.personalData(of: person) })
        if let out {
            try writing(option: "--out FILE") { try OutputFile.write(data, to: out, permissions: 0o600) }
            Terminal.say("wrote \(out)")
        } else {
            Terminal.sayData(String(decoding: data, as: UTF8.self))
        }
    }
}

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show the audit log: imports, re-imports, forgets, identity runs, decisions, erasures.",
        discussion: """
            Examples:
              attendance audit --last 20
              attendance audit --format json      # an array of {at, action, detail}, oldest first
            """)
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Only the last N entries.") var last: Int?
    @Option(help: "text, or json (an array of entries, oldest first).") var format: ListingFormat = .text

    /// One entry of the log as `audit --format json` prints it.
    struct Entry: Encodable {
        /// When, as the store wrote it.
        var at: String
        var action: String
        var detail: String
    }

    func run() throws {
        var entries = try storeOptions.open(for: .reading).auditLog()
        if let last { entries = Array(entries.suffix(last)) }
        switch format {
        case .text:
            for entry in entries { Terminal.say("\(entry.at)  \(entry.action)  \(entry.detail)") }
        case .json:
            Terminal.sayData(
                try ListingJSON.text(entries.map { Entry(at: $0.at, action: $0.action, detail: $0.detail) }),
                terminator: "")
        }
    }
}
