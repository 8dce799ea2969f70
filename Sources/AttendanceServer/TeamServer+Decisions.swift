import AttendanceService
import FlyingFox
import Foundation

extension TeamServer {
    /// `GET /decisions`: the decisions about identities, newest first; `?author=` and `?kind=`
    /// filter, `?all=1` includes revoked ones. Each active one has a revoke form.
    func decisions(_ request: Request) async throws -> HTTPResponse {
        let author = request.query["author"] ?? ""
        let kind = request.query["kind"].flatMap(IdentityDecisionRecord.Kind.init(rawValue:))
        let all = request.query["all"] == "1"
        let listed = try await reading { store in try store.decisions(includingRevoked: all) }
            .filter { author.isEmpty || $0.author == author || $0.author.hasPrefix(author) }
            .filter { kind == nil || $0.kind == kind }
            .sorted { $0.id > $1.id }
        return page(request, title: request.t("Decisões", "Decisions")) {
            el("h1") { request.t("Decisões sobre identidades", "Decisions about identities") }
            el("form", [("method", "get"), ("action", "/decisions"), ("id", "filter")]) {
                el("label", [("for", "author")]) { request.t("Autor", "Author") }
                el("input", [("id", "author"), ("name", "author"), ("value", author)])
                el("label", [("for", "kind")]) { request.t("Tipo", "Kind") }
                el("select", [("id", "kind"), ("name", "kind")]) {
                    el("option", [("value", "")]) { request.t("todos", "all") }
                    for option in IdentityDecisionRecord.Kind.allCases {
                        el("option", [("value", option.rawValue)] + (option == kind ? [("selected", "")] : [])) {
                            option.rawValue
                        }
                    }
                }
                el("label") {
                    el(
                        "input",
                        [("type", "checkbox"), ("name", "all"), ("value", "1")] + (all ? [("checked", "")] : [])
                    )
                    request.t(" incluir revogadas", " include revoked")
                }
                el("button", [("type", "submit")]) { request.t("Filtrar", "Filter") }
            }
            el("p", [("id", "decision-count"), ("data-count", String(listed.count))]) {
                request.counted(listed.count, ("decisão", "decisões"), ("decision", "decisions"))
            }
            el("div", [("class", "table")]) {
                el("table", [("id", "decisions")]) {
                    tableHead([
                        "#", request.t("Tipo", "Kind"), request.t("Quando", "When"),
                        request.t("Autor", "Author"),
                        request.t("Registros", "Records"), request.t("Motivo", "Reason"),
                        request.t("Estado", "State"),
                    ])
                    el("tbody") {
                        for decision in listed {
                            el("tr", [("data-decision", String(decision.id))]) {
                                el("td") { String(decision.id) }
                                el("td") { decision.kind.rawValue }
                                el("td") { decision.createdAt }
                                el("td") { decision.author }
                                el("td") {
                                    "A: \(decision.recordsA.count) · B: \(decision.recordsB.count)"
                                    if let question = decision.question { " · " + question }
                                }
                                el("td") { Masking.text(decision.reason) }
                                el("td") { state(request, decision) }
                            }
                        }
                    }
                }
            }
        }
    }

    private func state(_ request: Request, _ decision: IdentityDecisionRecord) -> [HTML] {
        if let revoked = decision.revokedAt {
            return [
                .text(
                    request.t("revogada em ", "revoked ") + revoked + " · " + (decision.revokedBy ?? "?")
                        + ": "
                        + Masking.text(decision.revokeReason ?? ""))
            ]
        }
        return [
            el(
                "form",
                [("method", "post"), ("action", "/decisions/\(decision.id)/revoke"), ("class", "revoke")]
            ) {
                csrfField(request)
                el("label", [("for", "revoke-\(decision.id)")]) { request.t("Motivo", "Reason") }
                el("input", [("id", "revoke-\(decision.id)"), ("name", "reason"), ("maxlength", "500")])
                HTML.text(" ")
                el("button", [("type", "submit"), ("class", "secondary")]) {
                    request.t("Revogar", "Revoke")
                }
            }
        ]
    }

    /// `POST /decisions/ID/revoke`: revokes as `attendance revoke` does, then matches again.
    func revoke(_ request: Request, id: String) async throws -> HTTPResponse {
        guard let number = Int64(id) else { throw PageError.notFound(id) }
        let author = Self.author(request)
        let reason = request.form["reason"] ?? ""
        do {
            try await changing { store in
                try store.revokeDecision(number, author: author, reason: reason)
                _ = try IdentityService(store: store, places: try self.opened().1).run()
            }
        } catch DecisionError.unknownDecision(let number) {
            throw PageError.notFound("#\(number)")
        } catch let error as DecisionError {
            throw PageError.badRequest(error.description)
        }
        return Self.redirect(to: "/decisions")
    }
}
