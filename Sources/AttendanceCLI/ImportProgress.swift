import AttendanceService
import Foundation

/// Shows import progress: a bar redrawn on a terminal, one plain line per file otherwise.
final class ImportProgress: @unchecked Sendable {
    // Invariant: the importer calls `show` from one task at a time (files are stored in order),
    // so the lock only guards against a future change of that.
    private let lock = NSLock()
    private let quiet: Bool
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private var drewBar = false

    init(quiet: Bool) {
        self.quiet = quiet
    }

    func show(done: Int, total: Int, report: FileReport) {
        lock.lock()
        defer { lock.unlock() }
        if isTerminal && !quiet {
            let width = 30
            let filled = total == 0 ? width : done * width / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            let path = Terminal.escaped(report.path, keepingLineBreaks: false)
            let name = path.count > 40 ? "…" + path.suffix(39) : path
            FileHandle.standardError.write(Data("\r\u{1B}[2K[\(bar)] \(done)/\(total) \(name)".utf8))
            drewBar = true
        } else if !quiet {
            Terminal.say(ImportProgress.line(report))
        }
        if case .failed = report.outcome, quiet || isTerminal { printErrorLine(ImportProgress.line(report)) }
    }

    func finish() {
        if drewBar { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }

    private func printErrorLine(_ text: String) {
        if drewBar { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        Terminal.warn(text)
    }

    /// The line printed for one file: one terminal line, its control characters escaped.
    static func line(_ report: FileReport) -> String {
        Terminal.escaped(rawLine(report), keepingLineBreaks: false)
    }

    /// What a failed file's line adds when a column mapping would read it: the option that gives one.
    private static func mappingAdvice(_ error: FormatError?) -> String {
        CommandError.mappingAdvice(for: error).map { "; \($0)" } ?? ""
    }

    private static func rawLine(_ report: FileReport) -> String {
        let format = report.format.map { " [\($0)]" } ?? ""
        switch report.outcome {
        case .imported(let records, let replaced):
            let issues = report.issues.isEmpty ? "" : ", \(report.issues.count) row issues"
            return
                "imported \(report.path)\(format): \(records) records\(replaced ? " (replaced the earlier version)" : "")\(issues)"
        case .newVersion(let previous, let records, let added, let removed):
            let issues = report.issues.isEmpty ? "" : ", \(report.issues.count) row issues"
            return "imported \(report.path)\(format): \(records) records, new version of \(previous): "
                + "+\(added) \u{2212}\(removed) records\(issues) (--as-separate-copy keeps both)"
        case .alreadyImported(let existing):
            return "skipped  \(report.path): already imported"
                + (existing.hasSuffix(report.path) ? "" : " as \(existing)")
        case .sameContent(let existing):
            return "skipped  \(report.path): already imported as \(existing): the bytes differ but the records "
                + "are the same (--as-separate-copy imports it anyway)"
        case .failed(let message):
            // Most messages start with the file (and line) already: say it once.
            return "FAILED   " + (message.hasPrefix(report.path + ":") ? message : "\(report.path): \(message)")
                + mappingAdvice(report.formatError)
        }
    }

    /// What became of matching after the files went in.
    enum Matching {
        case matched(IdentitySummary)
        /// Nothing that matching reads changed, and persons were already up to date.
        case upToDate
        /// `--no-identity`.
        case skipped
        /// Other processes kept changing the store: the last of them, or the next reader, matches.
        case deferred
    }

    static func summaryText(_ summary: ImportSummary, identity: Matching, quiet: Bool) -> String {
        var lines: [String] = []
        let issues = summary.files.flatMap(\.issues)
        if !issues.isEmpty {
            lines.append("row issues (the rest of each file was imported):")
            lines += issues.prefix(50).map { "  \($0)" }
            if issues.count > 50 { lines.append("  … and \(issues.count - 50) more (attendance sources --issues)") }
        }
        let kinds = summary.recordsByKind.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ")
        lines.append(
            "catalog: \(summary.eventsAdded) events added, \(summary.eventsChanged) changed, "
                + "\(summary.certifications) certifications"
                + (summary.refusedCertifications > 0 ? " (\(summary.refusedCertifications) rows refused)" : ""))
        lines.append(
            "files: \(summary.imported) imported, \(summary.skipped) already imported, \(summary.failed) failed"
                + (kinds.isEmpty ? "" : "; records: \(kinds)"))
        switch identity {
        case .matched(let run): lines.append(run.description)
        case .upToDate: lines.append("people: up to date (nothing that matching reads changed)")
        case .skipped: lines.append("people: not matched (--no-identity)")
        case .deferred:
            lines.append(
                "people: not matched yet, other imports are changing the store; the last of them matches "
                    + "(report and export match first when needed)")
        }
        return lines.joined(separator: "\n")
    }
}
