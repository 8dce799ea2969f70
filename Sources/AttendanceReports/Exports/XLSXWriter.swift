import AttendanceFormats
import AttendanceModel
import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Writes a minimal, valid Excel `.xlsx` workbook: one sheet per table, the first row bold and
/// frozen, numbers as numeric cells, every other text as an inline string.
///
/// The parts are built as `XMLDocument`s (Foundation's XML, which escapes) and zipped by
/// ZIPFoundation with DEFLATE, entries dated 1980-01-01 so that the same tables give the same bytes.
/// Text is never a formula: a cell only runs a formula from an `<f>` element, which is never
/// written, and text starting with `=`, `+`, `-` or `@` also gets Excel's quote prefix (shown as
/// text, and kept as text when the cell is edited).
enum XLSXWriter {
    /// One sheet: its tab name, its header row and its data rows.
    struct Sheet {
        var name: String
        var header: [String]
        var rows: [[String]]
    }

    /// Cell styles written to `xl/styles.xml`, by index.
    private enum Style: Int {
        case plain = 0
        case header = 1
        case quoted = 2
    }

    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let date = Date(timeIntervalSince1970: 315_532_800 + 43_200)

    /// The workbook's bytes.
    ///
    /// - Throws: ``ExportError/writeFailed(file:reason:)`` naming `file` if the archive cannot be built.
    static func data(_ sheets: [Sheet], file: String) throws -> Data {
        do {
            return try archive(sheets)
        } catch {
            throw ExportError.writeFailed(file: file, reason: "cannot build the workbook (\(error))")
        }
    }

    private struct NoArchiveData: Error {}

    private static func archive(_ sheets: [Sheet]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        // Every XML object is built, written out and released under the lock (see
        // `FoundationXMLLock`); only the bytes leave it.
        let parts: [(path: String, bytes: Data)] = FoundationXMLLock.withLock {
            let names = sheetNames(sheets.map(\.name))
            var parts: [(String, XMLElement)] = [
                ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
                ("_rels/.rels", relationships([("rId1", "officeDocument", "xl/workbook.xml")])),
                ("xl/workbook.xml", workbook(names)),
                (
                    "xl/_rels/workbook.xml.rels",
                    relationships(
                        sheets.indices.map { ("rId\($0 + 1)", "worksheet", "worksheets/sheet\($0 + 1).xml") }
                            + [("rId\(sheets.count + 1)", "styles", "styles.xml")])
                ),
                ("xl/styles.xml", styles()),
            ]
            for (index, sheet) in sheets.enumerated() {
                parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet, isSelected: index == 0)))
            }
            return parts.map { path, root in
                let document = XMLDocument(rootElement: root)
                document.version = "1.0"
                document.characterEncoding = "UTF-8"
                document.isStandalone = true
                return (path, document.xmlData(options: []))
            }
        }
        for (path, bytes) in parts {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw NoArchiveData() }
        return data
    }

    /// A cell's text as a number when it is one the way the tables write numbers: the text
    /// the number is written as (`42`, `-3`, `2.5`), finite, with at most 15 digits; else `nil`,
    /// so that `0012`, `1e5` or `2.50` stay text and every cell reads back as it was written.
    static func number(_ text: String) -> Double? {
        guard text.utf8.count <= 17, text.utf8.allSatisfy({ (48...57).contains($0) || $0 == 45 || $0 == 46 }),
            text.utf8.filter({ (48...57).contains($0) }).count <= 15,
            let value = Double(text), value.isFinite, plain(value) == text
        else { return nil }
        return value
    }

    // MARK: Parts

    private static func worksheet(_ sheet: Sheet, isSelected: Bool) -> XMLElement {
        let root = element("worksheet", ["xmlns": main])
        let view = element("sheetView", ["workbookViewId": "0"] + (isSelected ? ["tabSelected": "1"] : [:]))
        view.addChild(
            element("pane", ["ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen"]))
        let views = element("sheetViews")
        views.addChild(view)
        root.addChild(views)
        let data = element("sheetData")
        for (index, cells) in ([sheet.header] + sheet.rows).enumerated() {
            let row = element("row", ["r": String(index + 1)])
            for (column, text) in cells.enumerated() where !text.isEmpty {
                let reference = columnName(column) + String(index + 1)
                if index > 0, let value = number(text) {
                    let cell = element("c", ["r": reference])
                    cell.addChild(XMLElement(name: "v", stringValue: plain(value)))
                    row.addChild(cell)
                    continue
                }
                let style: Style = index == 0 ? .header : (isFormulaLike(text) ? .quoted : .plain)
                let cell = element(
                    "c", ["r": reference, "t": "inlineStr"] + (style == .plain ? [:] : ["s": String(style.rawValue)]))
                let inline = element("is")
                let textElement = XMLElement(name: "t", stringValue: xmlSafe(text))
                if text.first?.isWhitespace == true || text.last?.isWhitespace == true {
                    textElement.addAttribute(attribute("xml:space", "preserve"))
                }
                inline.addChild(textElement)
                cell.addChild(inline)
                row.addChild(cell)
            }
            data.addChild(row)
        }
        root.addChild(data)
        return root
    }

    private static func workbook(_ names: [String]) -> XMLElement {
        let root = element("workbook", ["xmlns": main, "xmlns:r": officeRelationships])
        let views = element("bookViews")
        views.addChild(element("workbookView", ["activeTab": "0"]))
        root.addChild(views)
        let list = element("sheets")
        for (index, name) in names.enumerated() {
            list.addChild(element("sheet", ["name": name, "sheetId": String(index + 1), "r:id": "rId\(index + 1)"]))
        }
        root.addChild(list)
        return root
    }

    private static func relationships(_ targets: [(id: String, type: String, target: String)]) -> XMLElement {
        let root = element("Relationships", ["xmlns": packageRelationships])
        for target in targets {
            root.addChild(
                element(
                    "Relationship",
                    ["Id": target.id, "Type": officeRelationships + "/" + target.type, "Target": target.target]))
        }
        return root
    }

    private static func contentTypes(sheetCount: Int) -> XMLElement {
        let root = element("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"])
        root.addChild(
            element(
                "Default",
                ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"]))
        root.addChild(element("Default", ["Extension": "xml", "ContentType": "application/xml"]))
        let office = "application/vnd.openxmlformats-officedocument.spreadsheetml."
        root.addChild(element("Override", ["PartName": "/xl/workbook.xml", "ContentType": office + "sheet.main+xml"]))
        root.addChild(element("Override", ["PartName": "/xl/styles.xml", "ContentType": office + "styles+xml"]))
        for index in 1...max(1, sheetCount) where index <= sheetCount {
            root.addChild(
                element(
                    "Override",
                    ["PartName": "/xl/worksheets/sheet\(index).xml", "ContentType": office + "worksheet+xml"]))
        }
        return root
    }

    private static func styles() -> XMLElement {
        let root = element("styleSheet", ["xmlns": main])
        let fonts = element("fonts", ["count": "2"])
        for isBold in [false, true] {
            let font = element("font")
            if isBold { font.addChild(element("b")) }
            font.addChild(element("sz", ["val": "11"]))
            font.addChild(element("name", ["val": "Calibri"]))
            fonts.addChild(font)
        }
        root.addChild(fonts)
        let fills = element("fills", ["count": "2"])
        for pattern in ["none", "gray125"] {
            let fill = element("fill")
            fill.addChild(element("patternFill", ["patternType": pattern]))
            fills.addChild(fill)
        }
        root.addChild(fills)
        let borders = element("borders", ["count": "1"])
        let border = element("border")
        for side in ["left", "right", "top", "bottom", "diagonal"] { border.addChild(element(side)) }
        borders.addChild(border)
        root.addChild(borders)
        let base = ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"]
        let styleFormats = element("cellStyleXfs", ["count": "1"])
        styleFormats.addChild(element("xf", base))
        root.addChild(styleFormats)
        let cellFormats = element("cellXfs", ["count": "3"])
        cellFormats.addChild(element("xf", base + ["xfId": "0"]))
        cellFormats.addChild(element("xf", base + ["fontId": "1", "xfId": "0", "applyFont": "1"]))
        cellFormats.addChild(element("xf", base + ["xfId": "0", "quotePrefix": "1"]))
        root.addChild(cellFormats)
        let cellStyles = element("cellStyles", ["count": "1"])
        cellStyles.addChild(element("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"]))
        root.addChild(cellStyles)
        return root
    }

    // MARK: Helpers

    /// Tab names Excel accepts: no `[]:*?/\`, 1 to 31 characters, unique (case aside).
    static func sheetNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.enumerated().map { index, name in
            var cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
            if cleaned.isEmpty { cleaned = "Sheet\(index + 1)" }
            var candidate = cleaned
            var suffix = 2
            while used.contains(candidate.lowercased()) {
                candidate = String(cleaned.prefix(31 - "-\(suffix)".count)) + "-\(suffix)"
                suffix += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    /// Whether a spreadsheet would read the text as a formula if it were typed in.
    static func isFormulaLike(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "=+-@".contains(first)
    }

    /// The text without characters XML 1.0 cannot hold (control characters other than tab and
    /// line breaks), each replaced by U+FFFD.
    static func xmlSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isXMLCharacter($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isXMLCharacter(scalar) ? scalar : "\u{FFFD}") }
        return String(scalars)
    }

    private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func plain(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }

    private static func columnName(_ column: Int) -> String {
        var name = ""
        var rest = column + 1
        while rest > 0 {
            name = String(UnicodeScalar(UInt8(65 + (rest - 1) % 26))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    private static func element(_ name: String, _ attributes: [String: String] = [:]) -> XMLElement {
        let element = XMLElement(name: name)
        for key in attributes.keys.sorted() {
            element.addAttribute(attribute(key, attributes[key] ?? ""))
        }
        return element
    }

    private static func attribute(_ name: String, _ value: String) -> XMLNode {
        let node = XMLNode(kind: .attribute)
        node.name = name
        node.stringValue = value
        return node
    }
}

extension Dictionary where Key == String, Value == String {
    fileprivate static func + (lhs: Self, rhs: Self) -> Self { lhs.merging(rhs) { $1 } }
}
