import ArgumentParser
import AttendanceService

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List every imported file: its format, encoding, hash, import date and record count.",
        discussion: """
            Examples:
              attendance sources --event 2021-02-25-webinario
              attendance sources --issues --format json     # an array of files, each with its row issues
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Only the files of this event.") var event: String?
    @Flag(help: "Also list each file's row issues.") var issues = false
    @Option(help: "text, or json (an array of files; with --issues each has its row issues).")
    var format: ListingFormat = .text

    func run() throws {
        let text = try output()
        if format == .json { Terminal.sayData(text, terminator: "") } else { Terminal.say(text) }
    }

    /// What `run` prints.
    func output() throws -> String {
        let store = try storeOptions.open(for: .reading)
        let files = try store.files(eventID: event)
        var issuesByFile: [Int64: [ImportIssue]] = [:]
        if issues {
            for file in files where file.issueCount > 0 { issuesByFile[file.id] = try store.issues(fileID: file.id) }
        }
        switch format {
        case .json:
            return try ListingJSON.text(
                files.map { SourceJSON($0, rowIssues: issues ? issuesByFile[$0.id, default: []] : nil) })
        case .text:
            var rows: [[String]] = [
                [
                    "event", "file", "format", "encoding", "delim", "role", "session", "records", "issues", "sha256",
                    "imported",
                ]
            ]
            for file in files {
                rows.append([
                    file.eventID, file.path, file.format,
                    file.encoding, file.delimiter, file.role, file.sessionDate?.description ?? "-",
                    String(file.recordCount), String(file.issueCount), String(file.sha256.prefix(12)),
                    String(file.importedAt.prefix(19)),
                ])
            }
            var lines = [TextGrid(rows, maxWidth: Terminal.columns, wrapping: [1, 2]).rendered]  // file, format
            for file in files { lines += (issuesByFile[file.id] ?? []).map(\.description) }
            return lines.joined(separator: "\n")
        }
    }
}

/// An imported file as `sources --format json` prints it; `rowIssues` only with `--issues`.
struct SourceJSON: Encodable {
    /// A row the import could not take as it was: 1-based line, and column when there is one.
    struct RowIssue: Encodable {
        var line: Int
        var column: Int?
        var message: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(message, forKey: .message)
        }

        private enum CodingKeys: String, CodingKey { case line, column, message }
    }

    var id: Int64
    var event: String
    var file: String
    var format: String
    var encoding: String
    var delimiter: String
    var role: String
    var session: String?
    var records: Int
    var issues: Int
    var sha256: String
    var contentSHA256: String?
    var importedAt: String
    var rowIssues: [RowIssue]?

    init(_ file: StoredFile, rowIssues: [ImportIssue]?) {
        id = file.id
        event = file.eventID
        self.file = file.path
        format = file.format
        encoding = file.encoding
        delimiter = file.delimiter
        role = file.role
        session = file.sessionDate?.description
        records = file.recordCount
        issues = file.issueCount
        sha256 = file.sha256
        contentSHA256 = file.contentSHA256
        importedAt = file.importedAt
        self.rowIssues = rowIssues?.map { RowIssue(line: $0.line, column: $0.column, message: $0.message) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(event, forKey: .event)
        try container.encode(file, forKey: .file)
        try container.encode(format, forKey: .format)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(delimiter, forKey: .delimiter)
        try container.encode(role, forKey: .role)
        try container.encode(session, forKey: .session)
        try container.encode(records, forKey: .records)
        try container.encode(issues, forKey: .issues)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(contentSHA256, forKey: .contentSHA256)
        try container.encode(importedAt, forKey: .importedAt)
        try container.encodeIfPresent(rowIssues, forKey: .rowIssues)
    }

    private enum CodingKeys: String, CodingKey {
        case id, event, file, format, encoding, delimiter, role, session, records, issues, sha256, contentSHA256
        case importedAt, rowIssues
    }
}
