// The handlers of a workbook's small parts: the workbook itself, its relationships, its
// shared strings and its styles.

/// `xl/workbook.xml`: the sheets in tab order and the date system.
final class WorkbookHandler: XMLPartHandler {
    struct Sheet {
        var name: String
        var relationship: String
        var isHidden: Bool
    }

    private(set) var sheets: [Sheet] = []
    private(set) var is1904 = false

    func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "workbookPr":
            let value = attributes["date1904"]?.lowercased()
            is1904 = value == "1" || value == "true"
        case "sheet":
            let state = attributes["state"] ?? "visible"
            sheets.append(
                Sheet(
                    name: attributes["name"] ?? "", relationship: attributes["id"] ?? "",
                    isHidden: state != "visible"))
        default:
            break
        }
    }

    func end(_ name: String) {}
    func text(_ text: String) {}
}

/// A `.rels` part: relationship ids to their part paths and types.
final class RelationshipsHandler: XMLPartHandler {
    struct Relationship {
        var type: String
        var target: String
    }

    /// The folder targets are relative to (`xl/`).
    let base: String
    private(set) var byID: [String: Relationship] = [:]

    init(base: String) {
        self.base = base
    }

    func start(_ name: String, attributes: [String: String]) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
            attributes["TargetMode"] != "External"
        else { return }
        byID[id] = Relationship(type: attributes["Type"] ?? "", target: Self.resolve(target, in: base))
    }

    func end(_ name: String) {}
    func text(_ text: String) {}

    /// The package path of `target`: absolute (`/xl/…`) or relative to `base`, `..` resolved.
    static func resolve(_ target: String, in base: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : base + target
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            if part == ".." {
                _ = parts.popLast()
            } else if part != "." {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}

/// `xl/sharedStrings.xml`: every `si` as one text, its rich-text runs joined, phonetic guides left out.
final class SharedStringsHandler: XMLPartHandler {
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "si":
            inItem = true
            current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = inItem && phoneticDepth == 0
        default: break
        }
    }

    func end(_ name: String) {
        switch name {
        case "si":
            strings.append(current)
            inItem = false
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func text(_ text: String) {
        if inText { current += text }
    }
}

/// `xl/styles.xml`: the number format of each cell style (`cellXfs`), by the style's index.
final class StylesHandler: XMLPartHandler {
    private var codes: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false

    func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }) { codes[id] = attributes["formatCode"] ?? "" }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats:
            formatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default: break
        }
    }

    func end(_ name: String) {
        if name == "cellXfs" { inCellFormats = false }
    }

    func text(_ text: String) {}

    /// What each cell style's numbers are, by style index.
    var formats: [NumberFormat] {
        formatIDs.map { id in
            if let code = codes[id] { return NumberFormat(code: code) }
            return NumberFormat.builtIn(id) ?? .number
        }
    }
}
