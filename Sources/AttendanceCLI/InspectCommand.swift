import ArgumentParser
import AttendanceService
import Foundation

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how a file is read: encoding, delimiter, format, headers and records.",
        discussion: """
            Nothing is stored. Use it on a file that will not import, to see what the tool sees and the --map
            it suggests.

            Examples:
              attendance inspect lista.csv
              attendance inspect lista.csv --records --format json
            """)

    enum OutputFormat: String, ExpressibleByArgument { case text, json }

    @Argument(help: "The export to look at.") var file: String
    @Flag(help: "Print every record as read (after decoding), not only the first ones.") var records = false
    @Option(help: "text or json.") var format: OutputFormat = .text
    @Option(help: ArgumentHelp("Column mapping to try, e.g. name=Nome,email=Correio.", valueName: "map")) var map:
        String?

    func run() throws {
        let text = try output()
        if format == .json { Terminal.sayData(text, terminator: "") } else { Terminal.say(text, terminator: "") }
    }

    /// What the command prints.
    func output() throws -> String {
        let read = try ExportRows(readingFileAt: file)
        let rows = read.rows
        let (encoding, delimiter) = (read.encodingName, read.delimiter)
        let source: [String]
        if let sheet = read.sheetName {
            source = ["sheet:     \(sheet) (an Excel workbook: its first visible sheet is read)"]
        } else {
            source = [
                "encoding:  \(read.encodingName)"
                    + (read.replacedSequenceCount > 0
                        ? " (invalid UTF-8 sequences replaced by \u{FFFD}: \(read.replacedSequenceCount))"
                        : ""),
                "delimiter: \(read.delimiterDescription)"
                    + (read.hasSeparatorLine ? " (from an Excel sep= line)" : ""),
            ]
        }
        let recognition = try ExportReader.recognise(path: file, displayName: file)
        switch format {
        case .json:
            let object = InspectJSON(
                encoding: encoding, delimiter: delimiter, format: recognition.format?.rawValue, records: rows)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(object), as: UTF8.self) + "\n"
        case .text:
            var lines =
                ["file:      \(file)"] + source + [
                    "records:   \(rows.count) (\(rows.filter(\.isEmpty).count) blank lines)",
                    InspectCommand.describe(recognition),
                ]
            if let map {
                let parsed = try ExportReader.read(
                    path: file, displayName: file, mapping: try ColumnMapping(parsing: map))
                lines.append("with --map \(map): \(parsed.records.count) records, \(parsed.issues.count) issues")
            }
            lines.append(records ? "records:" : "first records:")
            for row in records ? rows : Array(rows.prefix(8)) {
                lines.append(
                    "  "
                        + row.map { $0.isEmpty ? "·" : Terminal.escaped($0, keepingLineBreaks: false) }
                        .joined(separator: " | "))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}

extension InspectCommand {
    /// What `inspect` says about a file's format: recognised, or the headers found and how to map them.
    static func describe(_ recognition: Recognition) -> String {
        var lines: [String] = []
        if let format = recognition.format {
            lines.append(
                "format:    \(format.rawValue)" + (recognition.headerLine.map { " (header on line \($0))" } ?? ""))
        } else {
            lines.append(
                "format:    not recognised"
                    + (recognition.nearest.map { "; nearest known format: \($0.rawValue)" } ?? ""))
        }
        if !recognition.headers.isEmpty {
            lines.append("headers:   " + recognition.headers.map { "'\($0)'" }.joined(separator: ", "))
        }
        if let mapping = recognition.suggestedMapping {
            lines.append("suggested: --map \(mapping)")
        }
        return lines.joined(separator: "\n")
    }
}

/// The JSON `inspect --records --format json` prints, as the acceptance contract describes.
struct InspectJSON: Encodable {
    var encoding: String
    var delimiter: String
    var format: String?
    var records: [[String]]
}
