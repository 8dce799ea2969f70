import ArgumentParser
import AttendanceService
import Foundation

/// Who records a decision and why: kept in the audit trail.
struct DecisionOptions: ParsableArguments {
    @Option(help: "Who decides (default: $USER).") var author: String?
    @Option(help: "Why (kept with the decision and in the audit trail).") var reason = ""

    var who: String { author ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown" }

    /// Records the decision, then matches everyone again so that it takes effect at once.
    func record(_ kind: IdentityDecisionRecord.Kind, _ a: [Int64], _ b: [Int64], in store: Store) throws {
        let id = try store.addDecision(kind, sideA: a, sideB: b, author: who, reason: reason)
        Terminal.say("recorded decision #\(id): \(kind.rawValue) (\(a.count) record(s) ~ \(b.count) record(s))")
        Terminal.say(try IdentityService(store: store).run().description)
    }
}

/// Turns `P000123` into every record of that person, and `812` into record 812.
func side(_ text: String, store: Store) throws -> [Int64] {
    if let id = Int64(text) { return [id] }
    let records = try store.records(ofPerson: text)
    guard !records.isEmpty else {
        throw ValidationError("'\(text)' is neither a record id nor a person id (see `attendance people`)")
    }
    return records
}

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Record that two persons (or records) are the same person, then re-match.",
        discussion: """
            A person id stands for all of that person's records. Refused when a decision says the
            opposite (revoke it first: attendance decisions, attendance revoke N).
            Example: attendance merge P000123 P000456 --reason "same CPF on the certificate"
            """)
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var decision: DecisionOptions
    @Argument(help: "A person id or record id.") var a: String
    @Argument(help: "A person id or record id.") var b: String

    func run() throws {
        let store = try storeOptions.openCurrent()
        try decision.record(.same, try side(a, store: store), try side(b, store: store), in: store)
    }
}

struct DistinctCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distinct", abstract: "Record that two persons (or records) are different people, then re-match.",
        discussion: """
            A person id stands for all of that person's records: none of them will be in one person
            with any record of the other side.
            Example: attendance distinct P000812 P000977 --reason "homonyms: different municipalities"
            """)
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var decision: DecisionOptions
    @Argument(help: "A person id or record id.") var a: String
    @Argument(help: "A person id or record id.") var b: String

    func run() throws {
        let store = try storeOptions.openCurrent()
        try decision.record(.different, try side(a, store: store), try side(b, store: store), in: store)
    }
}

struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Take a record out of a person (a different person from the rest), then re-match.",
        discussion: "Example: attendance split P000123 977 --reason \"a colleague using her e-mail\"")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var decision: DecisionOptions
    @Argument(help: "The person id.") var person: String
    @Argument(help: "The record id to take out.") var record: Int64

    func run() throws {
        let store = try storeOptions.openCurrent()
        let records = try store.records(ofPerson: person)
        guard records.contains(record) else {
            throw ValidationError(
                "record \(record) does not belong to \(person) (see `attendance people --person \(person)`)")
        }
        try decision.record(.different, [record], records.filter { $0 != record }, in: store)
    }
}

struct DecisionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decisions", abstract: "List the decisions about identities: who, when, why, which records.",
        discussion: """
            A decision is kept by what its records say, so re-saved or corrected lists keep it; a
            side whose records are no longer stored is shown as "not placed".
            Examples:
              attendance decisions
              attendance decisions --all --format json
            """)
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }
    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: "Include revoked decisions.") var all = false
    @Option(help: "table or json.") var format: Format = .table

    func run() throws {
        let decisions = try storeOptions.open(for: .reading).decisions(includingRevoked: all)
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Terminal.sayData(String(decoding: try encoder.encode(decisions), as: UTF8.self))
            return
        }
        if decisions.isEmpty { Terminal.say("no decisions") }
        for decision in decisions {
            var line = "#\(decision.id)  \(decision.kind.rawValue)  \(decision.createdAt)  by \(decision.author)"
            if let question = decision.question { line += "  (question \(question))" }
            Terminal.say(Terminal.escaped(line, keepingLineBreaks: false))
            func placed(_ ids: [Int64], unplaced: Int) -> String {
                let shown = ids.prefix(8).map(String.init).joined(separator: ", ") + (ids.count > 8 ? ", …" : "")
                return "records \(shown)" + (unplaced > 0 ? " (\(unplaced) no longer stored)" : "")
            }
            Terminal.say("    side A: \(placed(decision.recordsA, unplaced: decision.unplacedA))")
            Terminal.say("    side B: \(placed(decision.recordsB, unplaced: decision.unplacedB))")
            if !decision.reason.isEmpty {
                Terminal.say("    why: " + Terminal.escaped(Masking.text(decision.reason), keepingLineBreaks: false))
            }
            if let revoked = decision.revokedAt {
                Terminal.say(
                    "    revoked \(revoked) by \(decision.revokedBy ?? "?"): "
                        + Terminal.escaped(decision.revokeReason ?? "", keepingLineBreaks: false))
            } else if !decision.isPlaced {
                Terminal.say("    not placed: a side has no stored record now; it changes nothing until they return")
            }
        }
    }
}

struct RevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Revoke a decision (see `attendance decisions`), then re-match.",
        discussion: "Example: attendance revoke 12 --reason \"answered by mistake\"")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var decision: DecisionOptions
    @Argument(help: "The decision's number.") var number: Int64

    func run() throws {
        let store = try storeOptions.open(for: .changing)
        try store.revokeDecision(number, author: decision.who, reason: decision.reason)
        Terminal.say("revoked decision #\(number)")
        Terminal.say(try IdentityService(store: store).run().description)
    }
}

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Ask the open questions about people, or apply a filled review sheet.",
        discussion: """
            Each question asks whether two persons (or two parts of one) are the same person, shows
            every record of each side and the evidence for and against, and says which published
            figures the answer can change; those that can change an event's count come first.
            Answer with the sheet: --csv FILE writes it (e-mails and CPFs masked; --language pt for
            Portuguese headers, `;` and decimal commas), fill the column `decision` (`decisao`) with
            same/mesma or different/diferente (empty skips the question), then --apply FILE records
            every answer or, on any error, none, and matches people again. Answered questions never
            come back; `attendance decisions` lists the answers, `attendance revoke N` undoes one.

            Examples:
              attendance review
              attendance review --csv revisao.csv --language pt
              attendance review --apply revisao.csv --author maria
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var decision: DecisionOptions
    @Option(help: "Write the review sheet to this CSV file.") var csv: String?
    @Option(help: "Apply the answers of a filled review sheet.") var apply: String?
    @Option(help: "en or pt (the sheet's headers and numbers).") var language: LanguageOption = .en
    @Option(help: "table or json.") var format: Format = .table
    @Flag(help: "Show e-mails and CPFs in clear (personal data: use only when entitled).") var reveal = false

    func run() throws {
        if let apply {
            let store = try storeOptions.openCurrent()
            let applied = try ReviewSheet.apply(path: apply, to: store, author: decision.who)
            Terminal.say("recorded \(applied.count) answers")
            let summary = try IdentityService(store: store).run()
            Terminal.say(summary.description)
            Terminal.say(
                summary.reviewCount == 0
                    ? "no open questions: the figures are ready to publish"
                    : "next: attendance review --csv FILE for the \(summary.reviewCount) open questions")
            return
        }
        let (questions, identities) = try storeOptions.reading { store in
            try store.consistently {
                let questions = try store.reviewQuestions()
                let identities = Dictionary(
                    try store.identities(recordIDs: questions.flatMap { $0.sideA + $0.sideB })
                        .map { ($0.recordID, $0) }, uniquingKeysWith: { first, _ in first })
                return (questions, identities)
            }
        }
        if let csv {
            try writing(option: "--csv FILE") {
                try ReviewSheet.write(questions: questions, identities: identities, language: language.value, to: csv)
            }
            Terminal.say("wrote \(questions.count) questions to \(csv)")
            Terminal.say("next: fill its column `decision` and run attendance review --apply \(csv)")
            return
        }
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let shown =
                reveal
                ? questions
                : questions.map { question in
                    var masked = question
                    masked.breakdown = Masking.text(question.breakdown)
                    return masked
                }
            // Where each record comes from, for scripts that look them up (no personal data).
            let places = Dictionary(
                uniqueKeysWithValues: identities.map {
                    (
                        String($0.key),
                        RecordPlace(event: $0.value.eventID, file: $0.value.sourcePath, line: $0.value.line)
                    )
                })
            let listing = ReviewListing(questions: shown, records: places)
            Terminal.sayData(String(decoding: try encoder.encode(listing), as: UTF8.self))
            return
        }
        if questions.isEmpty {
            Terminal.say("no open questions: the figures are ready to publish")
            return
        }
        for question in questions {
            let counted =
                question.isCountedAsOne
                ? "counted as one person (\(question.personA)) until answered"
                : "counted as two (\(question.personA), \(question.personB)) until answered"
            Terminal.say(
                "\(question.rank). \(question.id)  are side A and side B one person?  "
                    + String(format: "score %.1f", question.score) + "  (\(question.reason.rawValue); \(counted))")
            Terminal.say("   can change: " + ReviewSheet.figures(question.figures, language: language.value))
            for (label, side) in [("A", question.sideA), ("B", question.sideB)] {
                Terminal.say("   side \(label):")
                for id in side {
                    let text = ReviewSheet.describe([id], identities, revealing: reveal)
                    guard !text.isEmpty else { continue }
                    Terminal.say("     \(id)  " + Terminal.escaped(text, keepingLineBreaks: false))
                }
            }
            let breakdown = reveal ? question.breakdown : Masking.text(question.breakdown)
            Terminal.say(breakdown.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n"))
        }
        Terminal.say(
            "\n\(questions.count) open questions. Answer them: attendance review --csv FILE, fill `decision`, "
                + "then attendance review --apply FILE")
    }
}

/// `review --format json`: the questions, and where each record they name comes from.
struct ReviewListing: Encodable {
    var questions: [ReviewQuestion]
    /// By record id: its event, file and 1-based physical line.
    var records: [String: RecordPlace]
}

/// Where a record comes from.
struct RecordPlace: Encodable {
    var event: String
    var file: String
    var line: Int
}
