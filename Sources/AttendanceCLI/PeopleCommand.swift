import ArgumentParser
import AttendanceService
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
    @Option(
        help: """
            Only people with a record whose name, e-mail or organisation has a word beginning with each word \
            of this text, in any order (accents and case ignored: "flavio hern" finds Flávio Souza Hernández).
            """)
    var search: String?
    @Option(help: "Only this person.") var person: String?
    @Option(help: "Only the people with a record carrying this CPF (looked up by its match key).") var cpf: String?
    @Option(help: "Only the people with a record carrying this e-mail address (looked up by its match key).")
    var email: String?
    @Option(help: "At most this many people.") var limit = 50
    @Option(help: "text, or json (an array of people with their records; masked like the text).")
    var format: ListingFormat = .text
    @Flag(help: "Show e-mails in clear (personal data: use only when entitled); CPFs are never kept in clear.")
    var reveal = false

    func validate() throws {
        if let cpf, CPF(cpf) == nil {
            throw ValidationError("'\(cpf)' is not a valid CPF (11 digits, check digits right)")
        }
        if let email, EmailAddress(email) == nil { throw ValidationError("'\(email)' is not an e-mail address") }
        if limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let people = try matched()
        switch format {
        case .text: Terminal.say(try output(people))
        case .json:
            Terminal.sayData(try output(people), terminator: "")
            if people.count > limit {
                Terminal.warn("\(people.count - limit) more people match; narrow the search or raise --limit")
            }
        }
    }

    /// What `run` prints on standard output.
    func output() throws -> String {
        try output(try matched())
    }

    private func output(_ people: [FoundPerson]) throws -> String {
        switch format {
        case .text: Self.listing(people, limit: limit, reveal: reveal)
        case .json: try ListingJSON.text(people.prefix(limit).map { PersonJSON($0, reveal: reveal) })
        }
    }

    private func matched() throws -> [FoundPerson] {
        try storeOptions.reading { store in try store.consistently { try found(store) } }
    }

    private func found(_ store: Store) throws -> [FoundPerson] {
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
        return Self.people(identities, search: search, person: person)
    }

    /// A person the listing shows, with the records that went to them.
    struct FoundPerson {
        var id: String
        var records: [StoredIdentity]

        /// The first name found in the records, or `(erased)`.
        var name: String { records.map(\.name).first { !$0.isEmpty } ?? "(erased)" }
    }

    /// The people of `identities`, in id order, that `search` and `person` select.
    static func people(_ identities: [StoredIdentity], search: String?, person: String?) -> [FoundPerson] {
        let words = search.map { PeopleSearch(words: $0) }
        var byPerson: [String: [StoredIdentity]] = [:]
        for record in identities {
            guard let id = record.personID, person == nil || id == person else { continue }
            byPerson[id, default: []].append(record)
        }
        return byPerson.sorted(by: { $0.key < $1.key }).compactMap { id, records in
            if let words, !records.contains(where: { words.matches([$0.name, $0.email, $0.organization]) }) {
                return nil
            }
            return FoundPerson(id: id, records: records)
        }
    }

    /// The text listing: each person, then one line per record, at most `limit` people.
    static func listing(_ people: [FoundPerson], limit: Int, reveal: Bool) -> String {
        var lines: [String] = []
        for (shown, found) in people.enumerated() {
            guard shown < limit else {
                lines.append("… more people match; narrow the search or raise --limit")
                break
            }
            let name = Terminal.escaped(found.name, keepingLineBreaks: false)
            lines.append("\(found.id)  \(name)  (\(found.records.count) records)")
            for record in found.records {
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
        if people.isEmpty { lines.append("no person matches") }
        return lines.joined(separator: "\n")
    }
}

/// A person as `people --format json` prints them: e-mails and CPFs masked as in the text unless
/// `--reveal` (CPFs are only ever stored masked).
struct PersonJSON: Encodable {
    struct Record: Encodable {
        var record: Int64
        var event: String
        var file: String
        var line: Int
        var kind: String
        var role: String
        var name: String
        var email: String
        var cpf: String
        var organization: String
    }

    var id: String
    var name: String
    var records: [Record]

    init(_ person: PeopleCommand.FoundPerson, reveal: Bool) {
        id = person.id
        name = person.name
        records = person.records.map { record in
            Record(
                record: record.recordID, event: record.eventID, file: record.sourcePath, line: record.line,
                kind: record.kind.rawValue, role: record.role.rawValue, name: record.name,
                email: reveal ? record.email : Masking.email(record.email),
                cpf: reveal ? record.cpf : Masking.cpf(record.cpf), organization: record.organization)
        }
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
        let others = Array(records.dropFirst())
        for (other, breakdown) in zip(others, try service.explain(pairs: others.map { (first, $0) })) {
            text += "\nrecord \(first) ~ record \(other)\n"
            text += shown(breakdown.description) + "\n"
        }
        return text
    }

    private func shown(_ text: String) -> String {
        reveal ? text : Masking.text(text)
    }
}
