import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import AttendanceTotals
import Foundation
import Testing

/// With suppression on, no file of the year's set publishes a count of people from 1 to 4, and no
/// hidden count can be worked out from a published total.
@Suite struct YearlyReportFilesTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-files-\(UUID().uuidString)")
    }

    /// Every written file's text, by file name.
    private func writtenFiles(language: ReportLanguage, excel: Bool) throws -> [String: String] {
        let report = ReportFixture.sparse()
        let written = try report.write(
            to: folder,
            options: ReportWriteOptions(language: language, excelFriendly: excel, smallCellThreshold: 5))
        var files: [String: String] = [:]
        for url in written {
            var text = try String(contentsOf: url, encoding: .utf8)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            files[url.lastPathComponent] = text
        }
        return files
    }

    @Test(
        "no CSV cell is a count from 1 to 4",
        arguments: [(ReportLanguage.english, false), (.portuguese, true)])
    func csvFiles(language: ReportLanguage, excel: Bool) throws {
        let files = try writtenFiles(language: language, excel: excel)
        let csvs = files.filter { $0.key.hasSuffix(".csv") }
        #expect(csvs.count == StatisticsTableName.allCases.count)
        var suppressed = 0
        for (name, text) in csvs {
            let rows = PublishedOutput.csvRows(text, separator: excel ? ";" : ",")
            #expect(rows.count >= 1, "\(name)")
            for (line, row) in rows.enumerated().dropFirst() {
                // The first column of events-per-person is a number of events, not of people.
                let cells = name == "events-per-person.csv" ? Array(row.dropFirst()) : row
                for cell in cells {
                    #expect(!PublishedOutput.isSmallCount(cell), "\(name):\(line + 1): '\(cell)'")
                    if cell == "<5" || cell == "X" { suppressed += 1 }
                }
            }
        }
        #expect(suppressed >= 40)
    }

    @Test("report.json has no count from 1 to 4; hidden counts are null and listed")
    func json() throws {
        let files = try writtenFiles(language: .english, excel: false)
        let object = try JSONSerialization.jsonObject(with: Data(try #require(files["report.json"]).utf8))
        let root = try #require(object as? [String: Any])
        #expect(PublishedOutput.smallCounts(in: root, path: "").isEmpty)
        let suppression = try #require(root["suppression"] as? [String: Any])
        #expect(suppression["threshold"] as? Int == 5)
        let below = try #require(suppression["belowThreshold"] as? [String])
        #expect(below.contains("events[1].participants"))
        #expect(below.contains("byUF.AM"))
        #expect(below.contains("courses[0].completersByMonth.2025-05"))
        let events = try #require(root["events"] as? [[String: Any]])
        #expect(events[1]["participants"] is NSNull)
        #expect(events[2]["participants"] as? Int == 40)
    }

    @Test("no hidden count can be worked out from a published total")
    func noRecovery() throws {
        let files = try writtenFiles(language: .english, excel: false)
        let object = try JSONSerialization.jsonObject(with: Data(try #require(files["report.json"]).utf8))
        let root = try #require(object as? [String: Any])
        let suppression = try #require(root["suppression"] as? [String: Any])
        let complementary = Set(try #require(suppression["complementary"] as? [String]))
        #expect(!complementary.isEmpty)
        func number(_ value: Any?) -> Int? { value as? Int }
        func breakdown(_ value: Any?, prefix: String) -> [(String, Int?)] {
            ((value as? [String: Any]) ?? [:]).sorted { $0.key < $1.key }.map {
                ("\(prefix).\($0.key)", number($0.value))
            }
        }
        var sums: [(name: String, total: Int?, parts: [(String, Int?)])] = []
        let events = try #require(root["events"] as? [[String: Any]])
        sums.append(
            (
                "participations", number(root["participations"]),
                events.indices.map { ("events[\($0)].participants", number(events[$0]["participants"])) }
            ))
        for (index, event) in events.enumerated() {
            for key in ["bySector", "byRegion"] {
                sums.append(
                    (
                        "events[\(index)].\(key)", number(event["participants"]),
                        breakdown(event[key], prefix: "events[\(index)].\(key)")
                    ))
            }
        }
        for key in ["bySector", "byRegion", "byUF", "eventsPerPerson"] {
            sums.append((key, number(root["uniqueParticipants"]), breakdown(root[key], prefix: key)))
        }
        sums.append(
            (
                "returning", number(root["returningParticipants"]),
                breakdown(root["eventsPerPerson"], prefix: "eventsPerPerson").filter { !$0.0.hasSuffix(".1") }
            ))
        let courses = try #require(root["courses"] as? [[String: Any]])
        for (index, course) in courses.enumerated() {
            sums.append(
                (
                    "courses[\(index)]", number(course["completers"]),
                    breakdown(course["completersByMonth"], prefix: "courses[\(index)].completersByMonth")
                ))
        }
        for sum in sums {
            guard let total = sum.total else { continue }
            let hidden = sum.parts.filter { $0.1 == nil }.map { part in
                complementary.contains(part.0) ? (low: 5, high: total) : (low: 1, high: 4)
            }
            guard !hidden.isEmpty else { continue }
            let rest = total - sum.parts.compactMap(\.1).reduce(0, +)
            let lows = hidden.reduce(0) { $0 + $1.low }
            let highs = hidden.reduce(0) { $0 + $1.high }
            for bound in hidden {
                let low = max(bound.low, rest - (highs - bound.high))
                let high = min(bound.high, rest - (lows - bound.low))
                #expect(high > low, "\(sum.name): a hidden count is \(low) by subtraction")
            }
        }
    }

    @Test("report.md and report.html show no count from 1 to 4 in any table cell, card or chart value")
    func documents() throws {
        for language in ReportLanguage.allCases {
            let files = try writtenFiles(language: language, excel: false)
            let markdown = try #require(files["report.md"])
            let cells = PublishedOutput.markdownCells(markdown)
            #expect(cells.count > 60)
            #expect(cells.filter(PublishedOutput.isSmallCount).isEmpty, "\(cells.filter(PublishedOutput.isSmallCount))")
            #expect(cells.contains("<5"))
            let html = try #require(files["report.html"])
            let values = PublishedOutput.htmlValues(html)
            #expect(values.count > 60)
            #expect(
                values.filter(PublishedOutput.isSmallCount).isEmpty, "\(values.filter(PublishedOutput.isSmallCount))")
            #expect(values.contains("<5"))
            #expect(values.contains("X"))
        }
    }

    @Test("the terminal table and the report's own renderings hide the same counts")
    func otherRenderings() throws {
        let report = ReportFixture.sparse()
        for language in ReportLanguage.allCases {
            let text = report.textTable(language: language, smallCellThreshold: 5)
            let cells = text.split(separator: "\n").flatMap { line in
                line.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
            }
            #expect(cells.filter(PublishedOutput.isSmallCount).isEmpty, "\(cells.filter(PublishedOutput.isSmallCount))")
            #expect(cells.contains("<5"))
            let markdown = report.markdown(language: language, smallCellThreshold: 5)
            #expect(PublishedOutput.markdownCells(markdown).filter(PublishedOutput.isSmallCount).isEmpty)
        }
        let object = try JSONSerialization.jsonObject(with: Data(try report.jsonText(smallCellThreshold: 5).utf8))
        #expect(PublishedOutput.smallCounts(in: try #require(object as? [String: Any]), path: "").isEmpty)
        let html = report.html(options: HTMLReportOptions(smallCellThreshold: 5))
        #expect(PublishedOutput.htmlValues(html).filter(PublishedOutput.isSmallCount).isEmpty)
    }

    @Test("without a threshold the JSON is the report's plain encoding, every count a number")
    func jsonWithoutSuppression() throws {
        let report = ReportFixture.sparse()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let plain = String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        #expect(try report.jsonText() == plain)
        #expect(try report.jsonText(smallCellThreshold: 1) == plain)
        #expect(!plain.contains("suppression"))
        let decoded = try JSONDecoder().decode(YearlyReport.self, from: Data(plain.utf8))
        #expect(decoded == report)
    }
}

/// Readers of the published files for the tests: cells of CSV, Markdown and HTML, counts of JSON.
enum PublishedOutput {
    /// Whether `cell` is a count from 1 to 4 (a trailing headcount `*` aside).
    static func isSmallCount(_ cell: String) -> Bool {
        var text = cell.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("*") { text.removeLast() }
        guard let value = Int(text) else { return false }
        return (1...4).contains(value)
    }

    /// The rows of an RFC 4180 text (quotes doubled inside quoted fields).
    static func csvRows(_ text: String, separator: Character) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var isQuoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if isQuoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        isQuoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                isQuoted = true
            } else if character == separator {
                row.append(field)
                field = ""
            } else if character == "\n" || character == "\r\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else if character != "\r" {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
        return rows
    }

    /// The cells of every Markdown table row, unescaped and without bold marks.
    static func markdownCells(_ text: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix("|") }.flatMap { line in
            line.split(separator: "|").map { cell in
                cell.replacingOccurrences(of: "\\", with: "").replacingOccurrences(of: "**", with: "")
                    .trimmingCharacters(in: .whitespaces)
            }
        }
    }

    /// The text of every numeric table cell, figure card, definition value and chart value of a page, tags removed.
    static func htmlValues(_ html: String) -> [String] {
        // Cells name their column for the phone layout's cards: read the values without those names.
        let html = html.replacingOccurrences(
            of: "<span class=\"cell-label\" aria-hidden=\"true\">(?:<span[^>]*>[^<]*</span>|[^<])*</span>", with: "",
            options: .regularExpression)
        let openings = ["<td class=\"num\">", "<span class=\"card-value\">", "<dd>", "class=\"value\">"]
        let closings = ["</td>", "</span><span class=\"card-label\">", "</dd>", "</text>"]
        var values: [String] = []
        for (opening, closing) in zip(openings, closings) {
            for piece in html.components(separatedBy: opening).dropFirst() {
                guard let end = piece.range(of: closing) else { continue }
                let inner = String(piece[..<end.lowerBound])
                // Portuguese and English alternatives of one number are separate spans: read each.
                let alternatives = inner.components(separatedBy: "<span class=\"en-only\" lang=\"en\">")
                for alternative in alternatives {
                    values.append(
                        text(of: alternative).replacingOccurrences(of: "&lt;", with: "<")
                            .replacingOccurrences(of: "\u{202F}", with: ""))
                }
            }
        }
        return values
    }

    private static func text(of html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        return text
    }

    /// The JSON paths of counts of people from 1 to 4; figures that are not people are skipped.
    static func smallCounts(in value: Any, path: String) -> [String] {
        let notPeople: Set = [
            "eventsByKind", "certification", "sources", "sessions", "governments", "governmentsReached", "year",
            "suppression",
        ]
        if let object = value as? [String: Any] {
            return object.flatMap { key, inner in
                notPeople.contains(key) ? [] : smallCounts(in: inner, path: path + "." + key)
            }
        }
        if let array = value as? [Any] {
            return array.enumerated().flatMap { smallCounts(in: $1, path: path + "[\($0)]") }
        }
        if let number = value as? Int, (1...4).contains(number) { return [path] }
        return []
    }
}
