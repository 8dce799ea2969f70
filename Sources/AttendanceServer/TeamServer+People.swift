import AttendanceService
import FlyingFox
import Foundation
import Synchronization

/// A person as the pages show them: their id and records.
struct FoundPerson: Sendable {
    var id: String
    var records: [StoredIdentity]
    /// The first name found in the records, or `nil` when erased.
    var name: String? { records.map(\.name).first { !$0.isEmpty } }
}

extension TeamServer {
    /// `GET /people?q=TEXT`: people whose name, e-mail or organisation has words beginning with
    /// each word of the search (accents and case ignored), e-mails and CPFs masked; at most 50.
    func people(_ request: Request) async throws -> HTTPResponse {
        let text = request.query["q"] ?? ""
        let found = try await reading { store in
            let search = PeopleSearch(words: text)
            var byPerson: [String: [StoredIdentity]] = [:]
            for record in try store.identities() {
                guard let id = record.personID else { continue }
                byPerson[id, default: []].append(record)
            }
            return byPerson.sorted { $0.key < $1.key }.compactMap { id, records -> FoundPerson? in
                records.contains { search.matches([$0.name, $0.email, $0.organization]) }
                    ? FoundPerson(id: id, records: records) : nil
            }
        }
        let limit = 50
        return page(request, title: request.t("Pessoas", "People")) {
            el("h1") { request.t("Pessoas", "People") }
            el("form", [("method", "get"), ("action", "/people"), ("role", "search")]) {
                el("label", [("for", "q")]) {
                    request.t(
                        "Buscar por nome, e-mail ou organização (acentos ignorados)",
                        "Search by name, e-mail or organisation (accents ignored)")
                }
                el("input", [("id", "q"), ("name", "q"), ("type", "search"), ("value", text)])
                HTML.text(" ")
                el("button", [("type", "submit")]) { request.t("Buscar", "Search") }
            }
            el("p", [("id", "people-count"), ("data-count", String(found.count))]) {
                request.counted(found.count, ("pessoa", "pessoas"), ("person", "people"))
                if found.count > limit {
                    request.t(": mostrando as primeiras \(limit)", ": showing the first \(limit)")
                }
            }
            el("ul", [("id", "people")]) {
                for person in found.prefix(limit) {
                    el("li") {
                        el("a", [("href", "/people/\(person.id)")]) { person.id }
                        " · " + (person.name ?? request.t("(apagado)", "(erased)")) + " · "
                        request.counted(person.records.count, ("registro", "registros"), ("record", "records"))
                        if let email = person.records.map(\.email).first(where: { !$0.isEmpty }) {
                            " · " + Masking.email(email)
                        }
                    }
                }
            }
        }
    }

    /// Reads one person's records, or throws ``PageError/notFound(_:)``.
    private func found(_ id: String) async throws -> (FoundPerson, [String: Event]) {
        let result = try await reading { store -> (FoundPerson, [String: Event])? in
            let ids = try store.records(ofPerson: id)
            guard !ids.isEmpty else { return nil }
            let events = Dictionary(
                try store.events().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            return (FoundPerson(id: id, records: try store.identities(recordIDs: ids)), events)
        }
        guard let result else { throw PageError.notFound(id) }
        return result
    }

    /// `GET /people/ID`: the person's records, masked unless a reveal ticket of this browser is
    /// given (`?revealed=TICKET`, good once); the forms to reveal, erase and export.
    func person(_ request: Request, id: String) async throws -> HTTPResponse {
        let ticket = request.query["revealed"]
        let expected = RevealTicket(person: id, csrf: request.csrf)
        // Only the browser that asked can use its ticket, once.
        let revealing =
            ticket.map { ticket in
                revealTickets.withLock { tickets in
                    guard tickets[ticket] == expected else { return false }
                    tickets.removeValue(forKey: ticket)
                    return true
                }
            } ?? false
        let (person, events) = try await found(id)
        let title = "\(id) · " + (person.name ?? request.t("(apagado)", "(erased)"))
        return page(request, title: title) {
            el("h1") { title }
            if revealing {
                el("p", [("class", "notice"), ("id", "revealed")]) {
                    request.t(
                        "Dados pessoais revelados uma vez; a revelação foi registrada na auditoria.",
                        "Personal data revealed once; the reveal is in the audit log.")
                }
            }
            el("h2") { request.t("Registros", "Records") }
            el("ul", [("id", "records")]) {
                for record in person.records {
                    el("li", [("data-record", String(record.recordID))]) {
                        Self.recordLine(request, record, event: events[record.eventID], revealing: revealing)
                    }
                }
            }
            el("h2") { request.t("Revelar dados pessoais", "Reveal personal data") }
            el("form", [("method", "post"), ("action", "/people/\(id)/reveal"), ("id", "reveal")]) {
                csrfField(request)
                el("label", [("for", "reason")]) {
                    request.t(
                        "Motivo (obrigatório, vai para a auditoria)", "Reason (required, goes to the audit log)"
                    )
                }
                el("input", [("id", "reason"), ("name", "reason"), ("required", ""), ("maxlength", "500")])
                HTML.text(" ")
                el("button", [("type", "submit")]) { request.t("Revelar", "Reveal") }
            }
            el("h2") { request.t("Dados da própria pessoa", "The person's own data") }
            el("p") {
                el("a", [("href", "/people/\(id)/export"), ("download", "\(id).json")]) {
                    request.t(
                        "Baixar tudo o que o armazém guarda (JSON, sem máscara)",
                        "Download everything the store holds (JSON, unmasked)")
                }
            }
            el("h2") { request.t("Apagar dados pessoais", "Erase personal data") }
            el("form", [("method", "post"), ("action", "/people/\(id)/erase"), ("id", "erase")]) {
                csrfField(request)
                el("p") {
                    request.t(
                        "Nomes, e-mails, CPFs e organizações dos registros desta pessoa são apagados; os números não mudam.",
                        "Names, e-mails, CPFs and organisations of this person's records are erased; the figures stay."
                    )
                }
                el("label", [("for", "confirm")]) {
                    request.t("Digite \(id) para confirmar", "Type \(id) to confirm")
                }
                el(
                    "input",
                    [("id", "confirm"), ("name", "confirm"), ("required", ""), ("autocomplete", "off")])
                el("label", [("for", "erase-reason")]) { request.t("Motivo", "Reason") }
                el("input", [("id", "erase-reason"), ("name", "reason"), ("maxlength", "500")])
                HTML.text(" ")
                el("button", [("type", "submit")]) { request.t("Apagar", "Erase") }
            }
        }
    }

    /// `POST /people/ID/reveal`: logs the reveal with its reason (required), then redirects to the
    /// person's page with a ticket that shows the data in clear once, to this browser only.
    func reveal(_ request: Request, id: String) async throws -> HTTPResponse {
        let reason = (request.form["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw PageError.badRequest(
                request.t("Dê o motivo da revelação.", "Give the reason for the reveal."))
        }
        _ = try await found(id)
        let author = Self.author(request)
        try await changing { store in try store.logReveal(person: id, author: author, reason: reason) }
        let ticket = AccessToken.random(bytes: 18)
        revealTickets.withLock { $0[ticket] = RevealTicket(person: id, csrf: request.csrf) }
        return Self.redirect(to: "/people/\(id)?revealed=\(ticket)")
    }

    /// `POST /people/ID/erase`: with `confirm` equal to the id, erases as `attendance erase` does.
    func erase(_ request: Request, id: String) async throws -> HTTPResponse {
        guard request.form["confirm"]?.trimmingCharacters(in: .whitespaces) == id else {
            throw PageError.badRequest(
                request.t("Digite o id da pessoa para confirmar.", "Type the person's id to confirm."))
        }
        _ = try await found(id)
        let author = Self.author(request)
        let reason = request.form["reason"] ?? ""
        try await changing { store in
            try store.erase(person: id, author: author, reason: reason)
            try IdentityService(store: store, places: try self.opened().1).bringUpToDate()
        }
        return Self.redirect(to: "/people/\(id)")
    }

    /// `GET /people/ID/export`: everything the store holds about the person, unmasked, as JSON.
    func personExport(_ request: Request, id: String) async throws -> HTTPResponse {
        _ = try await found(id)
        let data = try await reading { store in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return try encoder.encode(try store.personalData(of: id))
        }
        return HTTPResponse(
            statusCode: .ok,
            headers: [
                .contentType: "application/json; charset=utf-8",
                .contentDisposition: "attachment; filename=\"\(id).json\"",
            ], body: data)
    }

    /// Who acts, for the audit: `serve`, or `serve:NAME` when the browser gave a name.
    static func author(_ request: Request) -> String {
        let name = reviewer(request)
        return name.isEmpty ? "serve" : "serve:" + name
    }
}
