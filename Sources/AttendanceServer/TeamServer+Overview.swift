import AttendanceService
import FlyingFox
import Foundation

/// What the overview shows, read in one consistent look at the store.
struct OverviewData: Sendable {
    var years: [Int]
    var year: Int?
    var report: YearlyReport?
    var open: OpenQuestions
    var files: [StoredFile]
    var issues: [Int64: [ImportIssue]]
}

extension TeamServer {
    /// The year a page shows: `?year=` when the store has it, else the latest year of the catalog.
    static func chosenYear(_ request: Request, among years: [Int]) -> Int? {
        if let asked = request.query["year"].flatMap(Int.init), years.contains(asked) { return asked }
        return years.last
    }

    func overview(_ request: Request) async throws -> HTTPResponse {
        let data = try await reading { store in
            let years = Set(try store.events().map(\.year)).sorted()
            let year = Self.chosenYear(request, among: years)
            let report = try year.map { try store.yearlyReport(year: $0) }
            let files = Array(try store.files().sorted { ($0.importedAt, $0.id) > ($1.importedAt, $1.id) }.prefix(10))
            var issues: [Int64: [ImportIssue]] = [:]
            for file in files where file.issueCount > 0 {
                issues[file.id] = Array(try store.issues(fileID: file.id).prefix(20))
            }
            return OverviewData(
                years: years, year: year, report: report, open: try store.openQuestions(), files: files, issues: issues)
        }
        let title = request.t("Visão geral", "Overview") + (data.year.map { " \($0)" } ?? "")
        return page(request, title: title) {
            el("h1") { title }
            if data.years.count > 1 {
                el("p") {
                    request.t("Anos: ", "Years: ")
                    for year in data.years {
                        el("a", [("href", "/?year=\(year)")] + (year == data.year ? [("aria-current", "page")] : [])) {
                            String(year)
                        }
                        HTML.text(" ")
                    }
                }
            }
            figures(request, data)
            warnings(request, data)
            el("section", [("id", "can-change"), ("aria-labelledby", "can-change-title")]) {
                el("h2", [("id", "can-change-title")]) {
                    request.t("O que as perguntas abertas podem mudar", "What the open questions can change")
                }
                if data.open.isEmpty {
                    el("p") { request.t("Nenhuma pergunta aberta.", "No open questions.") }
                } else {
                    changeable(request, data)
                    el("p") {
                        el("a", [("href", "/review")]) {
                            request.t("Responder às perguntas", "Answer the questions")
                        }
                    }
                }
            }
            lastImports(request, data)
        }
    }

    private func figures(_ request: Request, _ data: OverviewData) -> HTML {
        let report = data.report
        return el("section", [("id", "figures"), ("aria-label", request.t("Números do ano", "The year's figures"))]) {
            figure(
                request, name: "participations", label: request.t("Participações", "Participations"),
                value: report?.participations ?? 0)
            figure(
                request, name: "uniqueParticipants", label: request.t("Participantes únicos", "Unique participants"),
                value: report?.uniqueParticipants ?? 0)
            figure(request, name: "events", label: request.t("Eventos", "Events"), value: report?.events.count ?? 0)
            figure(
                request, name: "governments", label: request.t("Governos alcançados", "Governments reached"),
                value: report?.governmentsReached ?? 0)
            figure(
                request, name: "openQuestions", label: request.t("Perguntas abertas", "Open questions"),
                value: data.open.count)
            if let courses = report?.courses, !courses.isEmpty {
                figure(request, name: "courses", label: request.t("Cursos", "Courses"), value: courses.count)
                figure(
                    request, name: "courseCompletions", label: request.t("Conclusões de cursos", "Course completions"),
                    value: courses.reduce(0) { $0 + $1.completions })
            }
        }
    }

    /// The figures an answer can move: each event's participants, then the unique participants.
    private func changeable(_ request: Request, _ data: OverviewData) -> HTML {
        let byID = Dictionary((data.report?.events ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return el("ul", [("class", "changes")]) {
            for id in data.open.events {
                el("li", [("data-event", id)]) {
                    request.t("Participantes de ", "Participants of ") + id + ": "
                    if let event = byID[id] {
                        el("data", [("value", String(event.participants))]) { request.number(event.participants) }
                    } else {
                        request.t("(outro ano)", "(another year)")
                    }
                }
            }
            el("li", [("data-figure", "uniqueParticipants")]) {
                request.t("Participantes únicos: ", "Unique participants: ")
                el("data", [("value", String(data.report?.uniqueParticipants ?? 0))]) {
                    request.number(data.report?.uniqueParticipants ?? 0)
                }
            }
        }
    }

    /// What the CLI would warn about before publishing.
    private func warnings(_ request: Request, _ data: OverviewData) -> HTML {
        el("section", [("id", "warnings"), ("aria-labelledby", "warnings-title")]) {
            el("h2", [("id", "warnings-title")]) { request.t("Avisos", "Warnings") }
            if data.open.isEmpty && !data.years.isEmpty {
                el("p") {
                    request.t(
                        "Nenhum aviso: os números podem ser publicados.",
                        "No warnings: the figures are ready to publish.")
                }
            } else if data.years.isEmpty {
                el("p", [("class", "notice")]) {
                    request.t("O armazém está vazio: importe um ano em ", "The store is empty: import a year on ")
                    el("a", [("href", "/imports")]) { request.t("Importar", "Imports") }
                    "."
                }
            } else {
                el("p", [("class", "notice")]) {
                    request.counted(
                        data.open.count, ("pergunta de identidade aberta", "perguntas de identidade abertas"),
                        ("identity question open", "identity questions open"))
                        + request.t(
                            ": as respostas podem mudar os números abaixo.",
                            ": the answers can change the figures below.")
                }
            }
        }
    }

    private func lastImports(_ request: Request, _ data: OverviewData) -> HTML {
        el("section", [("id", "imports"), ("aria-labelledby", "imports-title")]) {
            el("h2", [("id", "imports-title")]) { request.t("Últimas importações", "Last imports") }
            if data.files.isEmpty {
                el("p") { request.t("Nenhum arquivo importado.", "No file imported.") }
            } else {
                el("div", [("class", "table")]) {
                    el("table") {
                        el("thead") {
                            el("tr") {
                                el("th", [("scope", "col")]) { request.t("Arquivo", "File") }
                                el("th", [("scope", "col")]) { request.t("Evento", "Event") }
                                el("th", [("scope", "col")]) { request.t("Importado em", "Imported at") }
                                el("th", [("scope", "col"), ("class", "n")]) { request.t("Registros", "Records") }
                                el("th", [("scope", "col"), ("class", "n")]) { request.t("Problemas", "Issues") }
                            }
                        }
                        el("tbody") {
                            for file in data.files {
                                el("tr") {
                                    el("td") { file.path }
                                    el("td") { file.eventID }
                                    el("td") { Self.writtenInstant(file.importedAt, request) }
                                    el("td", [("class", "n")]) { request.number(file.recordCount) }
                                    el("td", [("class", "n")]) { request.number(file.issueCount) }
                                }
                                if let issues = data.issues[file.id], !issues.isEmpty {
                                    el("tr", [("class", "issues")]) {
                                        el("td", [("colspan", "5")]) {
                                            el("ul") {
                                                for issue in issues { el("li") { Masking.text(issue.description) } }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A stored instant (`2026-12-02T03:25:06Z`) as people read it: `02/12/2026 03:25 UTC` in
    /// Portuguese, `2026-12-02 03:25 UTC` in English; other text unchanged.
    static func writtenInstant(_ instant: String, _ request: Request) -> String {
        let parts = instant.split(separator: "T", maxSplits: 1)
        guard parts.count == 2, parts[1].count >= 5, instant.hasSuffix("Z") else { return instant }
        return request.language.writtenDay(String(parts[0])) + " " + parts[1].prefix(5) + " UTC"
    }
}
