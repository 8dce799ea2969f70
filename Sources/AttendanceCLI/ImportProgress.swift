import AttendanceCore
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

    private static func rawLine(_ report: FileReport) -> String {
        let format = report.format.map { " [\($0)]" } ?? ""
        switch report.outcome {
        case .imported(let records, let replaced):
            let issues = report.issues.isEmpty ? "" : ", \(report.issues.count) row issues"
            return
                "imported \(report.path)\(format): \(records) records\(replaced ? " (replaced the earlier version)" : "")\(issues)"
        case .alreadyImported(let existing):
            return "skipped  \(report.path): already imported"
                + (existing.hasSuffix(report.path) ? "" : " as \(existing)")
        case .failed(let message):
            // Most messages start with the file (and line) already: say it once.
            return "FAILED   " + (message.hasPrefix(report.path + ":") ? message : "\(report.path): \(message)")
        }
    }

    static func summaryText(_ summary: ImportSummary, identity: IdentitySummary?, quiet: Bool) -> String {
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
        lines.append(identity?.description ?? "people: not matched (--no-identity)")
        return lines.joined(separator: "\n")
    }
}
