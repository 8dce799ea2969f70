import AttendanceService
import FlyingFox
import Foundation
import Synchronization

/// What the review page shows: the question to answer, its records and the catalog's dates.
struct ReviewData: Sendable {
    var open: Int
    var question: ReviewQuestion?
    var identities: [Int64: StoredIdentity]
    var events: [String: Event]
}

extension TeamServer {
    /// The question ids a browser skipped (`?skip=ID1,ID2`): client state, the questions stay open.
    static func skipped(_ request: Request) -> [String] {
        (request.query["skip"] ?? request.form["skip"] ?? "").split(separator: ",").map(String.init).filter {
            !$0.isEmpty
        }
    }

    func review(_ request: Request) async throws -> HTTPResponse {
        let skipped = Set(Self.skipped(request))
        let data = try await reading { store in
            let questions = try store.reviewQuestions()
            let question = questions.first { !skipped.contains($0.id) }
            let identities = try question.map { question in
                Dictionary(
                    try store.identities(recordIDs: question.sideA + question.sideB).map { ($0.recordID, $0) },
                    uniquingKeysWith: { first, _ in first })
            }
            let events = Dictionary(try store.events().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            return ReviewData(open: questions.count, question: question, identities: identities ?? [:], events: events)
        }
        let changes = lastChanges.withLock { $0.removeValue(forKey: request.csrf) } ?? []
        return page(request, title: request.t("Revisão", "Review")) {
            el("h1") { request.t("Revisão: é a mesma pessoa?", "Review: is it the same person?") }
            el("p", [("id", "review-progress"), ("data-open", String(data.open))]) {
                request.counted(
                    data.open, ("pergunta aberta", "perguntas abertas"), ("open question", "open questions"))
                if !skipped.isEmpty {
                    ", " + request.counted(skipped.count, ("pulada", "puladas"), ("skipped", "skipped"))
                        + request.t(" nesta sessão", " this session")
                }
                "."
            }
            if !changes.isEmpty { changed(request, changes) }
            if data.open == 0 {
                el("div", [("id", "review-done"), ("class", "notice")]) {
                    el("p") {
                        request.t(
                            "Nenhuma pergunta aberta: os números estão prontos para publicar.",
                            "No open questions: the figures are ready to publish.")
                    }
                    el("p") { el("a", [("href", "/")]) { request.t("Ver a visão geral", "See the overview") } }
                }
            } else if let question = data.question {
                questionView(request, question, data, skipped: Self.skipped(request))
            } else {
                el("p", [("class", "notice")]) {
                    request.t("Você pulou todas as perguntas abertas. ", "You skipped every open question. ")
                    el("a", [("href", "/review")]) { request.t("Recomeçar", "Start again") }
                }
            }
        }
    }

    /// The figures the browser's last answer changed, before and after.
    private func changed(_ request: Request, _ changes: [FigureChange]) -> HTML {
        el("section", [("id", "last-changes"), ("class", "notice changes"), ("aria-live", "polite")]) {
            el("h2") { request.t("O que a última resposta mudou", "What the last answer changed") }
            el("ul") {
                for change in changes {
                    el("li") {
                        change.label(request) + ": "
                        el("data", [("value", String(change.before))]) { request.number(change.before) }
                        " → "
                        el("data", [("value", String(change.after))]) { request.number(change.after) }
                    }
                }
            }
        }
    }

    private func questionView(_ request: Request, _ question: ReviewQuestion, _ data: ReviewData, skipped: [String])
        -> HTML
    {
        el("article", [("id", "question"), ("data-question", question.id)]) {
            el("p") {
                request.t("Pontuação ", "Score ")
                    + Self.decimal(question.score, request) + " · "
                question.isCountedAsOne
                    ? request.t(
                        "contado como uma pessoa (\(question.personA)) até ser respondida",
                        "counted as one person (\(question.personA)) until answered")
                    : request.t(
                        "contado como duas pessoas (\(question.personA), \(question.personB)) até ser respondida",
                        "counted as two people (\(question.personA), \(question.personB)) until answered")
            }
            el("p", [("id", "can-change")]) {
                request.t("A resposta pode mudar: ", "The answer can change: ")
                ReviewSheet.figures(question.figures, language: request.language)
            }
            el("div", [("class", "sides")]) {
                side(request, id: "side-a", title: request.t("Lado A", "Side A"), question.sideA, data)
                side(request, id: "side-b", title: request.t("Lado B", "Side B"), question.sideB, data)
            }
            el("section", [("id", "evidence"), ("aria-label", request.t("Evidências", "Evidence"))]) {
                evidenceList(
                    request, title: request.t("A favor", "For"), className: "for",
                    question.evidence(forSamePerson: true))
                evidenceList(
                    request, title: request.t("Contra", "Against"), className: "against",
                    question.evidence(forSamePerson: false))
            }
            el("form", [("id", "answer"), ("method", "post"), ("action", "/review/answer")]) {
                el("input", [("type", "hidden"), ("name", "question"), ("value", question.id)])
                csrfField(request)
                el("input", [("type", "hidden"), ("name", "skip"), ("value", skipped.joined(separator: ","))])
                el("label", [("for", "reviewer")]) {
                    request.t("Seu nome (opcional, vai para a auditoria)", "Your name (optional, goes to the audit)")
                }
                el(
                    "input",
                    [
                        ("id", "reviewer"), ("name", "reviewer"), ("autocomplete", "name"), ("maxlength", "60"),
                        ("value", Self.reviewer(request)),
                    ])
                el("label", [("for", "note")]) { request.t("Observação (opcional)", "Note (optional)") }
                el("input", [("id", "note"), ("name", "note"), ("maxlength", "500")])
                el("div", [("class", "answers")]) {
                    el("button", [("type", "submit"), ("name", "answer"), ("value", "same"), ("id", "answer-same")]) {
                        request.t("Mesma pessoa", "Same person")
                        HTML.text(" ")
                        el("kbd") { "m" }
                    }
                    el(
                        "button",
                        [("type", "submit"), ("name", "answer"), ("value", "different"), ("id", "answer-different")]
                    ) {
                        request.t("Pessoas diferentes", "Different people")
                        HTML.text(" ")
                        el("kbd") { "d" }
                    }
                    el(
                        "button",
                        [
                            ("type", "submit"), ("name", "answer"), ("value", "skip"), ("id", "answer-skip"),
                            ("class", "secondary"),
                        ]
                    ) {
                        request.t("Pular", "Skip")
                        HTML.text(" ")
                        el("kbd") { "s" }
                    }
                }
                el("p", [("class", "hint")]) {
                    request.t(
                        "Atalhos: m ou 1 = mesma, d ou 2 = diferentes, s ou 3 = pular.",
                        "Shortcuts: m or 1 = same, d or 2 = different, s or 3 = skip.")
                }
            }
        }
    }

    private func evidenceList(_ request: Request, title: String, className: String, _ lines: [String]) -> HTML {
        el("div", [("class", className)]) {
            el("h3") { title }
            if lines.isEmpty {
                el("p") { request.t("Nada.", "Nothing.") }
            } else {
                el("ul") { for line in lines { el("li") { line } } }
            }
        }
    }

    /// One side's records: event, date, source file:line, masked e-mail and CPF, organisation, place.
    private func side(_ request: Request, id: String, title: String, _ records: [Int64], _ data: ReviewData) -> HTML {
        el("section", [("id", id), ("class", "side"), ("aria-label", title)]) {
            el("h3") { title }
            el("ul") {
                for recordID in records {
                    if let record = data.identities[recordID] {
                        el("li", [("data-record", String(recordID))]) {
                            Self.recordLine(request, record, event: data.events[record.eventID], revealing: false)
                        }
                    }
                }
            }
        }
    }

    /// A record in one line: event, date, file:line, name, e-mail and CPF (masked unless `revealing`),
    /// organisation, place.
    static func recordLine(_ request: Request, _ record: StoredIdentity, event: Event?, revealing: Bool) -> [HTML] {
        let days = event?.dates.map { request.language.writtenDay($0.description) } ?? []
        let dates =
            days.count > 3
            ? "\(days[0]) … \(days[days.count - 1]) (" + request.t("\(days.count) sessões", "\(days.count) sessions")
                + ")"
            : days.joined(separator: ", ")
        var person: [String] = []
        if !record.name.isEmpty { person.append(record.name) }
        if !record.email.isEmpty { person.append(revealing ? record.email : Masking.email(record.email)) }
        if !record.cpf.isEmpty { person.append("CPF " + (revealing ? record.cpf : Masking.cpf(record.cpf))) }
        var place: [String] = []
        if !record.organization.isEmpty { place.append(record.organization) }
        let city = [record.city, record.uf].filter { !$0.isEmpty }.joined(separator: "/")
        if !city.isEmpty { place.append(city) }
        var lines: [HTML] = [
            el("strong") { record.eventID }, .text(dates.isEmpty ? "" : " · " + dates), el("br"),
            el("span", [("class", "source")]) { "\(record.sourcePath):\(record.line)" },
        ]
        if !person.isEmpty { lines += [el("br"), .text(person.joined(separator: " · "))] }
        if !place.isEmpty { lines += [el("br"), .text(place.joined(separator: " · "))] }
        return lines
    }

    /// A score with one decimal, as the language writes it (6,0 or 6.0).
    static func decimal(_ value: Double, _ request: Request) -> String {
        let text = String(format: "%.1f", value)
        return request.isEnglish ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    /// The reviewer's name the browser gave (the `reviewer` cookie), if any.
    static func reviewer(_ request: Request) -> String {
        let name = request.form["reviewer"] ?? request.cookies["reviewer"].flatMap { $0.removingPercentEncoding } ?? ""
        return String(name.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.prefix(60))
            .trimmingCharacters(in: .whitespaces)
    }

    /// `POST /review/answer`: records the answer as `review --apply` does (the same library call and
    /// audit: author `serve`, or `serve:NAME`), matches people again, and keeps the figures the
    /// answer changed for the next page.
    func answer(_ request: Request) async throws -> HTTPResponse {
        guard let id = request.form["question"], !id.isEmpty, let choice = request.form["answer"] else {
            throw PageError.badRequest(
                request.t("Faltam a pergunta ou a resposta.", "The question or the answer is missing."))
        }
        var request = request
        let name = Self.reviewer(request)
        if name != (request.cookies["reviewer"].flatMap { $0.removingPercentEncoding } ?? "") {
            let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            request.setCookies.append("reviewer=\(encoded); Path=/; HttpOnly; SameSite=Strict; Max-Age=31536000")
        }
        var skipped = Self.skipped(request)
        switch choice {
        case "skip":
            if !skipped.contains(id) { skipped.append(id) }
        case "same", "different":
            let author = name.isEmpty ? "serve" : "serve:" + name
            let note = request.form["note"] ?? ""
            let changes = try await changing { store -> [FigureChange]? in
                guard let question = try store.reviewQuestions().first(where: { $0.id == id }) else { return nil }
                // Another reviewer's answer may land between any two reads: figures are read as
                // the CLI reads them, matched again first when the store changed meanwhile.
                let service = try IdentityService(store: store, places: try self.opened().1)
                let before = try service.current { try Self.values(of: question, in: store) }
                do {
                    try store.answer(
                        [ReviewAnswer(question: id, isSamePerson: choice == "same", note: note)], author: author)
                } catch let error as AnswerError {
                    if case .decision(.unknownQuestion) = error.problem { return nil }
                    throw PageError.badRequest(error.description)
                }
                _ = try service.run()
                let after = try service.current { try Self.values(of: question, in: store) }
                return zip(before, after).map {
                    FigureChange(figure: $0.figure, year: $0.year, before: $0.value, after: $1.value)
                }
            }
            // Answered meanwhile in another browser: the next page shows the next question.
            if let changes { lastChanges.withLock { $0[request.csrf] = changes } }
        default:
            throw PageError.badRequest(request.t("Resposta desconhecida.", "Unknown answer."))
        }
        skipped.removeAll { $0 == id && choice != "skip" }
        var response = Self.redirect(
            to: skipped.isEmpty ? "/review" : "/review?skip=" + skipped.joined(separator: ","))
        for cookie in request.setCookies where cookie.hasPrefix("reviewer=") {
            response.headers.addValue(cookie, for: .setCookie)
        }
        return response
    }

    /// The current value of each figure the question can change: an event's participants, the
    /// unique participants of each year its records are in.
    static func values(of question: ReviewQuestion, in store: Store) throws
        -> [(figure: ReviewQuestion.Figure, year: Int, value: Int)]
    {
        let figures = question.figures
        // The years of the events either side's records are in (unique participants are per year).
        var years: [Int] = []
        let events = Set(try store.identities(recordIDs: question.sideA + question.sideB).map(\.eventID))
        for id in events.sorted() {
            if let year = try store.event(id: id)?.year, !years.contains(year) { years.append(year) }
        }
        var reports: [Int: YearlyReport] = [:]
        for year in years { reports[year] = try store.yearlyReport(year: year) }
        var values: [(figure: ReviewQuestion.Figure, year: Int, value: Int)] = []
        for figure in figures {
            switch figure {
            case .event(let id):
                for (year, report) in reports {
                    if let event = report.events.first(where: { $0.id == id }) {
                        values.append((figure, year, event.participants))
                    }
                }
            case .uniqueParticipants:
                for year in years.sorted() { values.append((figure, year, reports[year]?.uniqueParticipants ?? 0)) }
            }
        }
        return values
    }
}

extension FigureChange {
    /// The figure in words: "Participants of EVENT", or "Unique participants YEAR".
    func label(_ request: Request) -> String {
        switch figure {
        case .event(let id): request.t("Participantes de ", "Participants of ") + id
        case .uniqueParticipants: request.t("Participantes únicos ", "Unique participants ") + String(year)
        }
    }
}
