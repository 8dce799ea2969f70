import ArgumentParser
import AttendanceCore
import Foundation

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List people with their records (event, file, line); CPFs and e-mails masked.",
        discussion: """
            Examples:
              attendance people --search "ana souza"
              attendance people --person P000123 --reveal     # unmasked, for the person's own request
              attendance people --cpf 635.360.429-70          # by the CPF's match key, however it was typed
              attendance people --email ana.souza@example.org
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Only people whose name, e-mail or organisation contains this text (accents and case ignored).")
    var search: String?
    @Option(help: "Only this person.") var person: String?
    @Option(help: "Only the people with a record carrying this CPF (looked up by its match key).") var cpf: String?
    @Option(help: "Only the people with a record carrying this e-mail address (looked up by its match key).")
    var email: String?
    @Option(help: "At most this many people.") var limit = 50
    @Flag(help: "Show e-mails in clear (personal data: use only when entitled); CPFs are never kept in clear.")
    var reveal = false

    func validate() throws {
        if let cpf, CPF(cpf) == nil {
            throw ValidationError("'\(cpf)' is not a valid CPF (11 digits, check digits right)")
        }
        if let email, EmailAddress(email) == nil { throw ValidationError("'\(email)' is not an e-mail address") }
    }

    func run() throws {
        Terminal.say(try output())
    }

    /// The listing `run` prints.
    func output() throws -> String {
        try storeOptions.reading { store in try store.consistently { try listing(store) } }
    }

    private func listing(_ store: Store) throws -> String {
        var records: Set<Int64>?
        if let cpf = cpf.flatMap(CPF.init) { records = Set(try store.recordIDs(withCPF: cpf)) }
        if let address = email.flatMap(EmailAddress.init) {
            let found = Set(try store.recordIDs(withEmail: address))
            records = records.map { $0.intersection(found) } ?? found
        }
        let identities: [StoredIdentity]
        if let records {
            // Only the people found, and all their records: no need to read the whole store.
            let persons = Set(try store.identities(recordIDs: records.sorted()).compactMap(\.personID))
            let theirs = try persons.sorted().flatMap { try store.records(ofPerson: $0) }
            identities = theirs.isEmpty ? [] : try store.identities(recordIDs: theirs)
        } else {
            identities = try store.identities()
        }
        return PeopleCommand.listing(identities, search: search, person: person, limit: limit, reveal: reveal)
    }

    static func listing(_ identities: [StoredIdentity], search: String?, person: String?, limit: Int, reveal: Bool)
        -> String
    {
        let needle = search.map(TextNormalization.folded)
        var byPerson: [String: [StoredIdentity]] = [:]
        for record in identities {
            guard let id = record.personID, person == nil || id == person else { continue }
            byPerson[id, default: []].append(record)
        }
        var lines: [String] = []
        var shown = 0
        for (id, records) in byPerson.sorted(by: { $0.key < $1.key }) {
            if let needle,
                !records.contains(where: { record in
                    [record.name, record.email, record.organization].contains {
                        TextNormalization.folded($0).contains(needle)
                    }
                })
            {
                continue
            }
            guard shown < limit else {
                lines.append("… more people match; narrow the search or raise --limit")
                break
            }
            shown += 1
            let name = Terminal.escaped(
                records.map(\.name).first { !$0.isEmpty } ?? "(erased)", keepingLineBreaks: false)
            lines.append("\(id)  \(name)  (\(records.count) records)")
            for record in records {
                func cell(_ text: String) -> String { Terminal.escaped(text, keepingLineBreaks: false) }
                let email = cell(reveal ? record.email : Masking.email(record.email))
                let cpf = cell(reveal ? record.cpf : Masking.cpf(record.cpf))
                lines.append(
                    "    record \(record.recordID)  \(cell(record.sourcePath)):\(record.line)  \(record.kind.rawValue)"
                        + (record.role == .participant ? "" : "/\(record.role.rawValue)")
                        + "  \(cell(record.name))" + (email.isEmpty ? "" : "  <\(email)>")
                        + (cpf.isEmpty ? "" : "  CPF \(cpf)")
                        + (record.organization.isEmpty ? "" : "  · \(cell(record.organization))"))
            }
        }
        if shown == 0 { lines.append("no person matches") }
        return lines.joined(separator: "\n")
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract:
            "Show why records were or were not joined: each field's comparison and weight, adding up to the score.",
        discussion: """
            Examples:
              attendance explain P000123           # how each record of the person links to the others
              attendance explain 812 977           # two records, field by field
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "A person id, or two record ids.") var items: [String]
    @Flag(help: "Show e-mails and CPFs in clear (personal data: use only when entitled).") var reveal = false

    func validate() throws {
        guard items.count == 1 || (items.count == 2 && items.allSatisfy { Int64($0) != nil }) else {
            throw ValidationError("give a person id (P000123) or two record ids")
        }
    }

    func run() throws {
        Terminal.say(try storeOptions.reading { store in try explanation(store) }, terminator: "")
    }

    private func explanation(_ store: Store) throws -> String {
        let service = try IdentityService(store: store)
        if items.count == 2, let a = Int64(items[0]), let b = Int64(items[1]) {
            return shown(try service.explain(a, b).description) + "\n"
        }
        let records = try store.records(ofPerson: items[0])
        guard let first = records.first else {
            throw CommandError.notFound("no person \(items[0])", see: "attendance people")
        }
        var text = "\(items[0]): \(records.count) records\n"
        for other in records.dropFirst() {
            text += "\nrecord \(first) ~ record \(other)\n"
            text += shown(try service.explain(first, other).description) + "\n"
        }
        return text
    }

    private func shown(_ text: String) -> String {
        reveal ? text : Masking.text(text)
    }
}
