import ArgumentParser
import AttendanceCSV
import AttendanceCore
import Foundation

/// Who records a decision and why: kept in the audit trail.
struct DecisionOptions: ParsableArguments {
    @Option(help: "Who decides (default: $USER).") var author: String?
    @Option(help: "Why (kept in the audit trail).") var reason = ""

    var who: String { author ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown" }

    /// Records the decision, then matches everyone again so that it takes effect at once.
    func record(_ kind: IdentityDecisionRecord.Kind, _ a: Int64, _ b: Int64?, in store: Store) throws {
        try store.addDecision(kind, recordA: a, recordB: b, author: who, reason: reason)
        Terminal.say(try IdentityService(store: store).run().description)
    }
}

/// Turns `P000123` into the person's first record, and `812` into record 812.
func recordID(_ text: String, store: Store) throws -> Int64 {
    if let id = Int64(text) { return id }
    guard let first = try store.records(ofPerson: text).first else {
        throw ValidationError("'\(text)' is neither a record id nor a person id (see `attendance people`)")
    }
    return first
}

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Record that two records (or persons) are the same person, then re-match.",
        discussion: "Example: attendance merge P000123 P000456 --reason \"same CPF on the certificate\"")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var decision: DecisionOptions
    @Argument(help: "A record id or person id.") var a: String
    @Argument(help: "A record id or person id.") var b: String

    func run() throws {
        let store = try storeOptions.openCurrent()
        try decision.record(.merge, try recordID(a, store: store), try recordID(b, store: store), in: store)
    }
}

struct DistinctCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distinct", abstract: "Record that two records are different people, then re-match.",
        discussion: "Example: attendance distinct 812 977 --reason \"homonyms: different municipalities\"")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var decision: DecisionOptions
    @Argument(help: "A record id.") var a: Int64
    @Argument(help: "A record id.") var b: Int64

    func run() throws {
        try decision.record(.distinct, a, b, in: try storeOptions.openCurrent())
    }
}

struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split", abstract: "Take a record out of a person: it becomes a person of its own, then re-match.",
        discussion: "Example: attendance split P000123 977 --reason \"a colleague using her e-mail\"")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var decision: DecisionOptions
    @Argument(help: "The person id.") var person: String
    @Argument(help: "The record id to take out.") var record: Int64

    func run() throws {
        let store = try storeOptions.openCurrent()
        guard try store.records(ofPerson: person).contains(record) else {
            throw ValidationError("record \(record) does not belong to \(person)")
        }
        try decision.record(.split, record, nil, in: store)
    }
}

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List the doubtful matches (counted as one person until decided), or apply a filled review sheet.",
        discussion: """
            The sheet (--csv FILE) has one row per pair; fill the column `decision` with `same` or `different`
            and give it back with --apply FILE. Decisions survive re-imports and re-runs.

            Examples:
              attendance review
              attendance review --csv revisao.csv        # e-mails and CPFs masked
              attendance review --apply revisao.csv --author maria
            """)

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var decision: DecisionOptions
    @Option(help: "Write the review sheet to this CSV file.") var csv: String?
    @Option(help: "Apply the decisions of a filled review sheet.") var apply: String?
    @Flag(help: "Show e-mails and CPFs in clear (personal data: use only when entitled).") var reveal = false

    func run() throws {
        if let apply {
            let store = try storeOptions.open(for: .changing)
            let applied = try ReviewSheet.apply(path: apply, store: store, author: decision.who)
            Terminal.say("applied \(applied) decisions")
            Terminal.say(try IdentityService(store: store).run().description)
            return
        }
        let (items, identities) = try storeOptions.reading { store in
            try store.consistently {
                let items = try store.reviewItems()
                let identities = Dictionary(
                    try store.identities(recordIDs: items.flatMap { [$0.recordA, $0.recordB] })
                        .map { ($0.recordID, $0) }, uniquingKeysWith: { first, _ in first })
                return (items, identities)
            }
        }
        if let csv {
            try writing(option: "--csv FILE") {
                try ReviewSheet.write(items: items, identities: identities, to: csv)
            }
            Terminal.say("wrote \(items.count) pairs to \(csv)")
            return
        }
        if items.isEmpty { Terminal.say("nothing to review") }
        for item in items {
            Terminal.say(String(format: "records %lld ~ %lld  score %.2f", item.recordA, item.recordB, item.score))
            for id in [item.recordA, item.recordB] {
                guard let record = identities[id] else { continue }
                let email = reveal ? record.email : Masking.email(record.email)
                Terminal.say(
                    "    \(id)  \(record.personID ?? "-")  "
                        + [
                            "\(record.sourcePath):\(record.line)", record.name, "<\(email)>", record.organization,
                        ].map { Terminal.escaped($0, keepingLineBreaks: false) }.joined(separator: "  "))
            }
            let breakdown = reveal ? item.breakdown : Masking.text(item.breakdown)
            Terminal.say(breakdown.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n"))
        }
    }
}

/// The review sheet: written with masked personal data, read back with the decisions filled in.
enum ReviewSheet {
    /// The columns, defined with attendance's other outputs so that an import refuses the sheet.
    static let header = OwnOutput.reviewSheetHeader

    static func write(items: [StoredReviewItem], identities: [Int64: StoredIdentity], to path: String) throws {
        var writer = try OutputFile.csvWriter(path: path, dialect: .excelBrazil, neutralizesFormulas: true)
        try OutputFile.writing(path) {
            try writer.write(header)
            for item in items {
                let a = identities[item.recordA]
                let b = identities[item.recordB]
                try writer.write([
                    String(item.recordA), String(item.recordB), String(format: "%.2f", item.score), a?.name ?? "",
                    b?.name ?? "", Masking.email(a?.email ?? ""), Masking.email(b?.email ?? ""), a?.organization ?? "",
                    b?.organization ?? "", a.map { "\($0.sourcePath):\($0.line)" } ?? "",
                    b.map { "\($0.sourcePath):\($0.line)" } ?? "", "", "",
                ])
            }
            try writer.close()
        }
    }

    /// Records a decision for every row whose `decision` says `same`/`mesma` or `different`/`diferente`.
    static func apply(path: String, store: Store, author: String) throws -> Int {
        let reader = try CSVReader(path: path)
        var columns: [String: Int] = [:]
        var applied = 0
        var problems: [String] = []
        try reader.forEachRow { row in
            guard !row.isBlank else { return }
            if columns.isEmpty {
                for (index, name) in row.fields.enumerated() { columns[name.lowercased()] = index }
                for needed in ["record_a", "record_b", "decision"] where columns[needed] == nil {
                    throw ValidationError("\(path): no column '\(needed)' (write the sheet with --csv first)")
                }
                return
            }
            let text = row[columns["decision"] ?? 0].lowercased().trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return }
            guard let a = Int64(row[columns["record_a"] ?? 0]), let b = Int64(row[columns["record_b"] ?? 0]) else {
                problems.append("\(path):\(row.line): record ids are not numbers")
                return
            }
            let note = columns["note"].map { row[$0] } ?? ""
            switch text {
            case "same", "mesma", "mesma pessoa", "sim", "yes":
                try store.addDecision(.merge, recordA: a, recordB: b, author: author, reason: note)
            case "different", "diferente", "diferentes", "não", "nao", "no":
                try store.addDecision(.distinct, recordA: a, recordB: b, author: author, reason: note)
            default:
                problems.append(
                    "\(path):\(row.line):\((columns["decision"] ?? 0) + 1): '\(text)' is not same or different")
                return
            }
            applied += 1
        }
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
        return applied
    }
}
