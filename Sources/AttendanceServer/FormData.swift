import Foundation

/// The fields and files of a POST body: `application/x-www-form-urlencoded` or `multipart/form-data`.
struct FormData: Sendable {
    /// A file of a multipart body.
    struct File: Sendable {
        /// The field's name.
        var field: String
        /// The file name the browser gave, without any folder.
        var name: String
        var data: Data
    }

    var fields: [String: String] = [:]
    var files: [File] = []

    subscript(name: String) -> String? { fields[name] }

    /// Parses `body` as `contentType` says; an unknown type gives no fields.
    init(body: Data, contentType: String?) {
        let type = contentType ?? ""
        if type.lowercased().hasPrefix("multipart/form-data"), let boundary = Self.boundary(in: type) {
            parseMultipart(body, boundary: boundary)
        } else if type.lowercased().hasPrefix("application/x-www-form-urlencoded") {
            fields = Self.urlEncoded(String(decoding: body, as: UTF8.self))
        }
    }

    /// `a=1&b=x+y` as a dictionary (the first value of a repeated name wins).
    static func urlEncoded(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part)
            }
            let name = decoded(parts[0])
            if fields[name] == nil { fields[name] = parts.count > 1 ? decoded(parts[1]) : "" }
        }
        return fields
    }

    private static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else {
                continue
            }
            return parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " \""))
        }
        return nil
    }

    private mutating func parseMultipart(_ body: Data, boundary: String) {
        let delimiter = Data(("--" + boundary).utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var position = body.startIndex
        guard let first = body.range(of: delimiter, in: position..<body.endIndex) else { return }
        position = first.upperBound
        while position < body.endIndex {
            // After a delimiter: `--` ends the body, CRLF starts a part.
            if body[position...].starts(with: Data("--".utf8)) { return }
            guard body[position...].starts(with: Data("\r\n".utf8)) else { return }
            let partStart = position + 2
            guard let headers = body.range(of: headerEnd, in: partStart..<body.endIndex),
                let next = body.range(of: Data("\r\n".utf8) + delimiter, in: headers.upperBound..<body.endIndex)
            else { return }
            let headerText = String(decoding: body[partStart..<headers.lowerBound], as: UTF8.self)
            let content = body[headers.upperBound..<next.lowerBound]
            addPart(headers: headerText, content: Data(content))
            position = next.upperBound
        }
    }

    private mutating func addPart(headers: String, content: Data) {
        var name: String?
        var fileName: String?
        for line in headers.components(separatedBy: "\r\n")
        where line.lowercased().hasPrefix("content-disposition:") {
            for parameter in line.split(separator: ";").dropFirst() {
                let parts = parameter.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let key = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
                let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: " \""))
                if key == "name" { name = value }
                if key == "filename" { fileName = value }
            }
        }
        guard let name else { return }
        if let fileName {
            // Never a folder of the browser's choosing: the last component only.
            let base = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
            guard !base.isEmpty, base != ".", base != ".." else { return }
            files.append(File(field: name, name: base, data: content))
        } else if fields[name] == nil {
            fields[name] = String(decoding: content, as: UTF8.self)
        }
    }
}
