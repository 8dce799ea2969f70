import AttendanceService
import FlyingFox
import Foundation

extension TeamServer {
    /// `GET /events`: the catalog with the files and records of each event, and the form that
    /// adds an event or updates one (same id).
    func events(_ request: Request, problem: String?) async throws -> HTTPResponse {
        let (events, files) = try await reading { store in
            (try store.events(), Dictionary(grouping: try store.files(), by: \.eventID))
        }
        return page(
            request, title: request.t("Eventos", "Events"), status: problem == nil ? .ok : .badRequest
        ) {
            el("h1") { request.t("Catálogo de eventos", "Event catalog") }
            if let problem { el("p", [("class", "problem"), ("role", "alert")]) { problem } }
            el("div", [("class", "table")]) {
                el("table", [("id", "catalog")]) {
                    tableHead([
                        "id", request.t("Ano", "Year"), request.t("Tipo", "Kind"),
                        request.t("Título", "Title"),
                        request.t("Datas", "Dates"), request.t("Mín.", "Min."),
                        request.t("Arquivos", "Files"),
                        request.t("Registros", "Records"),
                    ])
                    el("tbody") {
                        for event in events {
                            el("tr", [("data-event", event.id)]) {
                                el("td") { event.id }
                                el("td") { String(event.year) }
                                el("td") { request.language.label(forKind: event.kind.rawValue) }
                                el("td") {
                                    request.isEnglish && !event.titleEN.isEmpty ? event.titleEN : event.titlePT
                                }
                                el("td") {
                                    event.dates.map { request.language.writtenDay($0.description) }.joined(
                                        separator: ", ")
                                }
                                el("td", [("class", "n")]) { event.minMinutes.map(String.init) ?? "" }
                                el("td", [("class", "n")]) { String(files[event.id]?.count ?? 0) }
                                el("td", [("class", "n")]) {
                                    request.number(files[event.id]?.reduce(0) { $0 + $1.recordCount } ?? 0)
                                }
                            }
                        }
                    }
                }
            }
            el("h2", [("id", "edit-title")]) {
                request.t("Adicionar ou alterar um evento", "Add or change an event")
            }
            el(
                "form",
                [
                    ("method", "post"), ("action", "/events"), ("id", "event-form"),
                    ("aria-labelledby", "edit-title"),
                ]
            ) {
                csrfField(request)
                field(
                    request, "id",
                    request.t(
                        "Id (AAAA-MM-DD-nome; o mesmo id altera)",
                        "Id (YYYY-MM-DD-name; the same id changes it)"), required: true)
                field(request, "year", request.t("Ano", "Year"), required: true, type: "number")
                el("label", [("for", "kind")]) { request.t("Tipo", "Kind") }
                el("select", [("id", "kind"), ("name", "kind")]) {
                    for kind in EventKind.allCases {
                        el("option", [("value", kind.rawValue)]) {
                            request.language.label(forKind: kind.rawValue)
                        }
                    }
                }
                field(request, "title_pt", request.t("Título em português", "Title in Portuguese"))
                field(request, "title_en", request.t("Título em inglês", "Title in English"))
                field(
                    request, "dates",
                    request.t("Datas (AAAA-MM-DD, separadas por ;)", "Dates (YYYY-MM-DD, separated by ;)"),
                    required: true)
                field(
                    request, "min_minutes",
                    request.t("Minutos mínimos (opcional)", "Minimum minutes (optional)"), type: "number")
                el("p") { el("button", [("type", "submit")]) { request.t("Salvar", "Save") } }
            }
        }
    }

    private func field(
        _ request: Request, _ name: String, _ label: String, required: Bool = false,
        type: String = "text"
    )
        -> [HTML]
    {
        [
            el("label", [("for", name)]) { label },
            el(
                "input",
                [("id", name), ("name", name), ("type", type), ("value", request.form[name] ?? "")]
                    + (required ? [("required", "")] : [])),
        ]
    }

    /// `POST /events`: adds the event or updates the one with its id, as a catalog line would
    /// (a change that strands imported files is refused with the library's message).
    func editEvent(_ request: Request) async throws -> HTTPResponse {
        let form = request.form
        let id = (form["id"] ?? "").trimmingCharacters(in: .whitespaces)
        let dates = (form["dates"] ?? "").split(whereSeparator: { $0 == ";" || $0 == "," || $0 == " " })
            .map(String.init)
        let days = dates.compactMap { Day(iso: $0) }
        let minutes = (form["min_minutes"] ?? "").trimmingCharacters(in: .whitespaces)
        var problems: [String] = []
        if id.isEmpty || id.contains("/") || id.hasPrefix(".") {
            problems.append(request.t("id inválido", "invalid id"))
        }
        guard let year = Int(form["year"] ?? ""), (1900...2999).contains(year) else {
            return try await events(request, problem: request.t("Ano inválido.", "Invalid year."))
        }
        guard let kind = EventKind(catalogText: form["kind"] ?? "") else {
            return try await events(request, problem: request.t("Tipo desconhecido.", "Unknown kind."))
        }
        if days.count != dates.count || (days.isEmpty && !kind.isCourse) {
            problems.append(request.t("datas inválidas (AAAA-MM-DD)", "invalid dates (YYYY-MM-DD)"))
        }
        if !minutes.isEmpty && Int(minutes) == nil {
            problems.append(request.t("minutos inválidos", "invalid minutes"))
        }
        guard problems.isEmpty else {
            return try await events(request, problem: problems.joined(separator: "; "))
        }
        let event = Event(
            id: id, year: year, kind: kind, titlePT: form["title_pt"] ?? "",
            titleEN: form["title_en"] ?? "",
            dates: days, minMinutes: Int(minutes))
        do {
            try await changing { store in _ = try store.upsert(events: [event], catalog: "serve") }
        } catch let error as StoreError {
            return try await events(request, problem: Masking.text(error.description))
        }
        return Self.redirect(to: "/events")
    }
}
