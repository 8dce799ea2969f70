import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What a handler of one package part is told by ``XMLPart/parse(_:part:file:into:)``: element
/// names and attribute names without their namespace prefix (`x:row` is `row`, `r:id` is `id`).
protocol XMLPartHandler: AnyObject {
    func start(_ name: String, attributes: [String: String]) throws
    func end(_ name: String) throws
    func text(_ text: String)
}

/// Parses the XML parts of a workbook with Foundation's `XMLParser` (libxml2), after refusing any
/// document type declaration (workbooks have none, so no entity can be declared, let alone
/// expanded) and any part that is not valid UTF-8.
enum XMLPart {
    /// Runs `handler` over `data`, the part `part` of `file`.
    ///
    /// - Throws: ``WorkbookError/documentType(file:part:)`` for a part with a DTD,
    ///   ``WorkbookError/damaged(file:part:reason:)`` for malformed XML, or what the handler throws.
    static func parse(_ data: Data, part: String, file: String, into handler: some XMLPartHandler) throws {
        if declaresDocumentType(data) { throw WorkbookError.documentType(file: file, part: part) }
        // Excel and LibreOffice write UTF-8; FoundationXML traps on an element name that is not
        // (swift-corelibs-foundation), so such a part is refused before it is parsed.
        guard String(validating: data, as: UTF8.self) != nil else {
            throw WorkbookError.damaged(file: file, part: part, reason: "its text is not valid UTF-8")
        }
        // The parser is made, run and released under the lock (see `FoundationXMLLock`).
        let failure: (any Error)? = FoundationXMLLock.withLock {
            let parser = XMLParser(data: data)
            parser.shouldProcessNamespaces = false
            parser.shouldResolveExternalEntities = false
            let bridge = Bridge(handler: handler)
            parser.delegate = bridge
            let finished = parser.parse()
            if let failure = bridge.failure { return failure }
            guard finished else {
                let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "malformed XML"
                return WorkbookError.damaged(
                    file: file, part: part, reason: "line \(parser.lineNumber): \(reason)")
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Whether `<!DOCTYPE` or `<!ENTITY` occurs anywhere in the bytes (markup inside text is
    /// escaped, so only a declaration can hold them).
    static func declaresDocumentType(_ data: Data) -> Bool {
        let markers = [Array("<!DOCTYPE".utf8), Array("<!ENTITY".utf8)]
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            let count = bytes.count
            var index = 0
            while index < count {
                if bytes[index] == UInt8(ascii: "<"), index + 1 < count, bytes[index + 1] == UInt8(ascii: "!") {
                    for marker in markers where index + marker.count <= count {
                        if (0..<marker.count).allSatisfy({ bytes[index + $0] == marker[$0] }) { return true }
                    }
                }
                index += 1
            }
            return false
        }
    }

    /// The name without its namespace prefix.
    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// Forwards the parser's events to a handler and stops the parser at its first error.
    private final class Bridge<Handler: XMLPartHandler>: NSObject, XMLParserDelegate {
        let handler: Handler
        var failure: (any Error)?

        init(handler: Handler) {
            self.handler = handler
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            guard failure == nil else { return }
            var attributes: [String: String] = [:]
            for (key, value) in attributeDict where !key.hasPrefix("xmlns") { attributes[XMLPart.local(key)] = value }
            do {
                try handler.start(XMLPart.local(elementName), attributes: attributes)
            } catch {
                failure = error
                parser.abortParsing()
            }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            guard failure == nil else { return }
            do {
                try handler.end(XMLPart.local(elementName))
            } catch {
                failure = error
                parser.abortParsing()
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard failure == nil else { return }
            handler.text(string)
        }
    }
}
