import FlyingFox
import Foundation

extension TeamServer {
    /// The sections of the site, in the navigation's order: path and words.
    static func sections(_ request: Request) -> [(path: String, label: String)] {
        [
            ("/", request.t("Visão geral", "Overview")), ("/review", request.t("Revisão", "Review")),
            ("/imports", request.t("Importar", "Imports")), ("/events", request.t("Eventos", "Events")),
            ("/people", request.t("Pessoas", "People")), ("/decisions", request.t("Decisões", "Decisions")),
            ("/report", request.t("Relatório", "Report")), ("/exports", request.t("Exportações", "Exports")),
        ]
    }

    /// A full page: the head with the stylesheet and the script, a skip link, the navigation with the
    /// language switch, and `content` in the `main` landmark.
    func page(
        _ request: Request, title: String, status: HTTPStatusCode = .ok, @HTMLBuilder _ content: () -> [HTML]
    ) -> HTTPResponse {
        let other = request.isEnglish ? "pt" : "en"
        let section = "/" + (request.path.split(separator: "/").first.map(String.init) ?? "")
        let document = el("html", [("lang", request.isEnglish ? "en" : "pt-BR")]) {
            el("head") {
                el("meta", [("charset", "utf-8")])
                el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
                el("title") { "\(title) · attendance" }
                el("link", [("rel", "stylesheet"), ("href", "/static/app.css")])
                // No icon: browsers would otherwise ask for /favicon.ico on every visit (a 404 in the log).
                el("link", [("rel", "icon"), ("href", "data:,")])
                el("script", [("src", "/static/app.js"), ("defer", "")])
            }
            el("body") {
                el("a", [("class", "skip"), ("href", "#main")]) { request.t("Ir ao conteúdo", "Skip to content") }
                el("header", [("class", "top")]) {
                    el("nav", [("aria-label", request.t("Seções", "Sections"))]) {
                        el("ul") {
                            for item in Self.sections(request) {
                                el("li") {
                                    el(
                                        "a",
                                        [("href", item.path)]
                                            + (item.path == section ? [("aria-current", "page")] : [])
                                    ) { item.label }
                                }
                            }
                        }
                    }
                    el(
                        "a",
                        [
                            ("id", "lang-switch"), ("href", "\(request.path)?lang=\(other)"), ("hreflang", other),
                            ("lang", other),
                        ]
                    ) { request.isEnglish ? "Português" : "English" }
                }
                el("main", [("id", "main"), ("tabindex", "-1")]) { content() }
            }
        }
        return HTTPResponse(
            statusCode: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: Data(("<!DOCTYPE html>\n" + document.rendered).utf8))
    }

    /// The hidden CSRF field every form carries.
    func csrfField(_ request: Request) -> HTML {
        el("input", [("type", "hidden"), ("name", "csrf"), ("value", request.csrf)])
    }

    /// A figure as the overview shows it: `<div class="figure" data-figure="NAME">` with its label and value.
    func figure(_ request: Request, name: String, label: String, value: Int) -> HTML {
        el("div", [("class", "figure"), ("data-figure", name)]) {
            el("span", [("class", "label")]) { label }
            HTML.text(" ")
            el("data", [("value", String(value))]) { request.number(value) }
        }
    }
}
