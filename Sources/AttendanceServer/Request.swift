import AttendanceService
import FlyingFox
import Foundation

/// One request as the pages see it: path, query, cookies, form, language and the browser's CSRF token.
struct Request: Sendable {
    var method: String
    var path: String
    /// The query's values by name (the first of a repeated name).
    var query: [String: String]
    var cookies: [String: String]
    var form = FormData(body: Data(), contentType: nil)
    var headers: HTTPHeaders
    /// Portuguese unless `?lang=en` or the `lang` cookie says English.
    var language: ReportLanguage
    /// The browser's CSRF token: its `csrf` cookie, or a new one the response sets.
    var csrf: String
    /// Cookies the response sets (`Set-Cookie` values).
    var setCookies: [String] = []

    init(_ request: HTTPRequest) {
        method = request.method.rawValue
        path = request.path.isEmpty ? "/" : request.path
        var query: [String: String] = [:]
        for item in request.query where query[item.name] == nil { query[item.name] = item.value }
        self.query = query
        headers = request.headers
        var cookies: [String: String] = [:]
        for header in request.headers.values(for: .cookie) {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let name = parts[0].trimmingCharacters(in: .whitespaces)
                if cookies[name] == nil { cookies[name] = parts[1].trimmingCharacters(in: .whitespaces) }
            }
        }
        self.cookies = cookies
        let chosen = query["lang"] ?? cookies["lang"]
        language = chosen == "en" ? .english : .portuguese
        if let asked = query["lang"], asked == "en" || asked == "pt" {
            setCookies.append("lang=\(asked); Path=/; SameSite=Strict; Max-Age=31536000")
        }
        if let token = cookies["csrf"], token.count >= 32,
            token.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        {
            csrf = token
        } else {
            csrf = AccessToken.random(bytes: 24)
            setCookies.append("csrf=\(csrf); Path=/; HttpOnly; SameSite=Strict")
        }
    }

    var isEnglish: Bool { language == .english }

    /// The Portuguese or the English text, as the request's language says.
    func t(_ portuguese: String, _ english: String) -> String { isEnglish ? english : portuguese }

    /// A count as the language writes it (1.194 or 1,194).
    func number(_ count: Int) -> String { language.formatted(count) }

    /// A count with its noun in the page's language, singular for one: `1 pergunta aberta`,
    /// `3 perguntas abertas`.
    func counted(_ count: Int, _ portuguese: (one: String, many: String), _ english: (one: String, many: String))
        -> String
    {
        let noun = isEnglish ? english : portuguese
        return number(count) + " " + (count == 1 ? noun.one : noun.many)
    }
}

/// An error a page answers with a status of its own.
enum PageError: Error {
    case notFound(String)
    case badRequest(String)
    case tooLarge(Int)
}
