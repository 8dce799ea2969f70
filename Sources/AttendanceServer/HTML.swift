/// A node of an HTML page: an element, text, or markup the library wrote.
///
/// Text and attribute values are escaped when the page is rendered, so a name, a file name or a
/// typed search can never become markup: escaping by construction, not by remembering.
public enum HTML: Sendable {
    /// An element with its attributes, in order, and its children.
    case element(String, [(String, String)], [HTML])
    /// Text, escaped when rendered.
    case text(String)
    /// Markup the library rendered itself (the yearly report), inserted as it is.
    case trusted(String)

    /// The elements that have no end tag.
    private static let voidElements: Set<String> = ["br", "hr", "img", "input", "link", "meta"]

    /// The node as HTML text.
    public var rendered: String {
        var output = ""
        render(into: &output)
        return output
    }

    private func render(into output: inout String) {
        switch self {
        case .text(let text): output += Self.escaped(text)
        case .trusted(let markup): output += markup
        case .element(let name, let attributes, let children):
            output += "<" + name
            for (attribute, value) in attributes {
                output += " " + attribute + "=\"" + Self.escaped(value) + "\""
            }
            output += ">"
            guard !Self.voidElements.contains(name) else { return }
            for child in children { child.render(into: &output) }
            output += "</" + name + ">"
        }
    }

    /// `text` with the five characters that mean something in HTML replaced by references.
    public static func escaped(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(character)
            }
        }
        return output
    }
}

/// Builds the children of an element from statements: nodes, strings (as text), arrays, `if` and `for`.
@resultBuilder
public enum HTMLBuilder {
    /// Joins the statements' nodes.
    public static func buildBlock(_ parts: [HTML]...) -> [HTML] { parts.flatMap { $0 } }
    /// One node.
    public static func buildExpression(_ node: HTML) -> [HTML] { [node] }
    /// Several nodes.
    public static func buildExpression(_ nodes: [HTML]) -> [HTML] { nodes }
    /// A string, as escaped text.
    public static func buildExpression(_ text: String) -> [HTML] { [.text(text)] }
    /// An `if` without `else`.
    public static func buildOptional(_ nodes: [HTML]?) -> [HTML] { nodes ?? [] }
    /// The first branch of an `if`/`else`.
    public static func buildEither(first nodes: [HTML]) -> [HTML] { nodes }
    /// The second branch of an `if`/`else`.
    public static func buildEither(second nodes: [HTML]) -> [HTML] { nodes }
    /// A `for` loop.
    public static func buildArray(_ nodes: [[HTML]]) -> [HTML] { nodes.flatMap { $0 } }
}

/// An element named `name` with `attributes` (in order) and the children `content` builds.
func el(_ name: String, _ attributes: [(String, String)] = [], @HTMLBuilder _ content: () -> [HTML] = { [] }) -> HTML {
    .element(name, attributes, content())
}

/// A table's header row: one column header per text, in order.
func tableHead(_ headers: [String]) -> HTML {
    el("thead") {
        el("tr") {
            for header in headers {
                el("th", [("scope", "col")]) { header }
            }
        }
    }
}
