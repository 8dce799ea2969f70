import AttendanceService
import FlyingFox
import Foundation

/// An export the exports page offers: its download name, and how to write it.
struct ExportFile: Sendable, Hashable {
    /// `2021-report.json`, `2021-attendances.csv`…: the year, then the file's name.
    var name: String
    var year: Int
}

extension TeamServer {
    /// `GET /report`: the library's HTML report of `?year=` (the latest by default), or of the
    /// years of `?years=2020,2021` side by side; its stylesheet served as `/static/report.css`.
    func report(_ request: Request) async throws -> HTTPResponse {
        let asked = (request.query["years"] ?? "").split(separator: ",").compactMap { Int($0) }
        let date = ReportProvenance.generationDate(environment: ProcessInfo.processInfo.environment)
        let html = try await reading { store -> String? in
            let years = Set(try store.events().map(\.year)).sorted()
            let provenance = try store.provenance(generatedAt: date)
            // The years asked for that the store has: the library reports a range of stored years.
            let kept = asked.filter { years.contains($0) }
            if !asked.isEmpty, kept.isEmpty { throw PageError.notFound(request.query["years"] ?? "") }
            if let first = kept.min(), let last = kept.max() {
                return try store.multiYearReport(years: first...last).html(
                    options: HTMLReportOptions(provenance: provenance))
            }
            guard let year = Self.chosenYear(request, among: years) else { return nil }
            return try store.yearlyReport(year: year).html(
                options: HTMLReportOptions(provenance: provenance))
        }
        guard let html else {
            return page(request, title: request.t("Relatório", "Report")) {
                el("h1") { request.t("Relatório", "Report") }
                el("p") { request.t("O armazém ainda não tem eventos.", "The store has no events yet.") }
            }
        }
        return HTTPResponse(
            statusCode: .ok, headers: [.contentType: "text/html; charset=utf-8"],
            body: Data(Self.served(report: html, request).utf8))
    }

    /// The report page with its inline stylesheet replaced by a link (no inline style under the
    /// CSP) and the site's navigation with the language switch at the top of its body.
    static func served(report html: String, _ request: Request) -> String {
        var page = html
        if let start = page.range(of: "<style>"),
            let end = page.range(of: "</style>", range: start.upperBound..<page.endIndex)
        {
            page.replaceSubrange(
                start.lowerBound..<end.upperBound,
                with: "<link rel=\"stylesheet\" href=\"/static/report.css\">")
        }
        let other = request.isEnglish ? "pt" : "en"
        let navigation = el(
            "nav", [("class", "serve-nav"), ("aria-label", request.t("Seções", "Sections"))]
        ) {
            for item in sections(request) {
                el("a", [("href", item.path)]) { item.label }
                HTML.text(" · ")
            }
            el(
                "a",
                [("id", "lang-switch"), ("href", "\(request.path)?lang=\(other)"), ("hreflang", other)]
            ) {
                request.isEnglish ? "Português" : "English"
            }
        }
        if let body = page.range(of: "<body>") {
            page.insert(contentsOf: "\n" + navigation.rendered, at: body.upperBound)
        }
        return page
    }

    /// Every export of every year, written afresh from the store: the statistics tables, report.json/.md/.html,
    /// provenance.csv, the attendances (no names) and the people (pseudonymised).
    func exportFiles() async throws -> [Int: [String]] {
        try await reading { store in
            var files: [Int: [String]] = [:]
            for year in Set(try store.events().map(\.year)).sorted() {
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                    "serve-export-\(UUID().uuidString)")
                defer { try? FileManager.default.removeItem(at: folder) }
                let written = try store.yearlyReport(year: year).write(
                    to: folder,
                    options: ReportWriteOptions(provenance: try store.provenance(generatedAt: Date())))
                files[year] = written.map(\.lastPathComponent) + ["attendances.csv", "people.csv"]
            }
            return files
        }
    }

    /// `GET /exports`: the download links, by year.
    func exports(_ request: Request) async throws -> HTTPResponse {
        let files = try await exportFiles()
        return page(request, title: request.t("Exportações", "Exports")) {
            el("h1") { request.t("Exportações", "Exports") }
            el("p") {
                request.t(
                    "Somente agregados e identificadores pseudônimos: nenhum nome, e-mail ou CPF.",
                    "Aggregates and pseudonymous ids only: no names, e-mails or CPFs.")
            }
            if files.isEmpty { el("p") { request.t("Nenhum ano no armazém.", "No year in the store.") } }
            for year in files.keys.sorted() {
                el("section", [("aria-labelledby", "exports-\(year)")]) {
                    el("h2", [("id", "exports-\(year)")]) { String(year) }
                    el("ul", [("class", "exports")]) {
                        for name in files[year] ?? [] {
                            el("li") {
                                el("a", [("href", "/exports/\(year)-\(name)"), ("download", "\(year)-\(name)")]) {
                                    name
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// `GET /exports/YEAR-NAME`: one export, written afresh.
    func download(_ request: Request, name: String) async throws -> HTTPResponse {
        let parts = name.split(separator: "-", maxSplits: 1).map(String.init)
        guard parts.count == 2, let year = Int(parts[0]), !parts[1].contains("/"),
            !parts[1].hasPrefix(".")
        else {
            throw PageError.notFound(name)
        }
        let file = parts[1]
        let date = ReportProvenance.generationDate(environment: ProcessInfo.processInfo.environment)
        let data = try await reading { store -> Data? in
            guard try store.events(year: year).isEmpty == false else { return nil }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "serve-export-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent(file).path
            switch file {
            case "attendances.csv":
                _ = try AuditExport.write(rows: try store.auditRows(year: year), to: path)
            case "people.csv": _ = try PeopleExport.write(store: store, year: year, to: path)
            default:
                let written = try store.yearlyReport(year: year).write(
                    to: folder,
                    options: ReportWriteOptions(provenance: try store.provenance(generatedAt: date)))
                guard written.contains(where: { $0.lastPathComponent == file }) else { return nil }
            }
            return FileManager.default.contents(atPath: path)
        }
        guard let data else { throw PageError.notFound(name) }
        let type =
            switch URL(fileURLWithPath: file).pathExtension {
            case "csv": "text/csv; charset=utf-8"
            case "json": "application/json; charset=utf-8"
            case "md": "text/markdown; charset=utf-8"
            case "html": "text/html; charset=utf-8"
            default: "application/octet-stream"
            }
        return HTTPResponse(
            statusCode: .ok,
            headers: [
                .contentType: type, .contentDisposition: "attachment; filename=\"\(year)-\(file)\"",
            ], body: data)
    }
}
