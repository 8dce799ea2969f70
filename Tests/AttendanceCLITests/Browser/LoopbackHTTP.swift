import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A minimal HTTP/1.1 client for the servers the browser tests start on 127.0.0.1.
///
/// Not URLSession: Swift 6.3's FoundationNetworking refuses a response header with no space
/// after the colon (`Content-Length:251`, valid per RFC 9110), and chromedriver writes every
/// header so; the request then fails with "Failed writing header" (fixed upstream by
/// swift-corelibs-foundation pull request 5527, after 6.3). One request per connection
/// (`Connection: close`), a socket with send and receive time-outs, run on a thread of its own so
/// that blocking reads never hold a thread of Swift's cooperative pool, nor wait for one of
/// Dispatch's (which the suite's other tests fill with processes they wait for).
enum LoopbackHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: Data
    }

    enum Failure: Error, CustomStringConvertible {
        case notLoopback(URL)
        case socket(String, Int32)
        case malformed(String)

        var description: String {
            switch self {
            case .notLoopback(let url): "\(url) is not on 127.0.0.1"
            case .socket(let call, let code): "\(call): \(String(cString: strerror(code)))"
            case .malformed(let what): "malformed HTTP response: \(what)"
            }
        }
    }

    /// Sends one request to a server on 127.0.0.1 and returns its response.
    ///
    /// - Parameter seconds: The longest wait for any one read or write on the connection.
    static func send(
        _ method: String, _ url: URL, body: Data? = nil, contentType: String? = nil, seconds: Int = 60
    ) async throws -> Response {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(
                    with: Result {
                        try sendBlocking(method, url, body: body, contentType: contentType, seconds: seconds)
                    })
            }.start()
        }
    }

    private static func sendBlocking(
        _ method: String, _ url: URL, body: Data?, contentType: String?, seconds: Int
    ) throws -> Response {
        guard url.host == "127.0.0.1", let port = url.port else { throw Failure.notLoopback(url) }
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure.socket("socket", errno) }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure.socket("connect to \(url)", errno) }

        var target = url.path.isEmpty ? "/" : url.path
        if let query = url.query { target += "?" + query }
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        head += "Content-Length: \(body?.count ?? 0)\r\n"
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        let request = Data((head + "\r\n").utf8) + (body ?? Data())
        try request.withUnsafeBytes { bytes in
            var sent = 0
            while sent < bytes.count {
                let count = Glibc.send(descriptor, bytes.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
                guard count > 0 else { throw Failure.socket("send to \(url)", errno) }
                sent += count
            }
        }

        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            if let response = try parse(received, complete: false) { return response }
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count == 0 { break }
            guard count > 0 else { throw Failure.socket("receive from \(url)", errno) }
            received.append(contentsOf: buffer[0..<count])
        }
        guard let response = try parse(received, complete: true) else {
            throw Failure.malformed("the connection closed after \(received.count) bytes")
        }
        return response
    }

    /// The response in `data` once it is whole (by its length, its chunks, or the end of the
    /// connection when `complete`), else `nil`.
    private static func parse(_ data: Data, complete: Bool) throws -> Response? {
        guard let end = data.firstRange(of: Data("\r\n\r\n".utf8)) else { return nil }
        let lines = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw Failure.malformed("status line \(lines[0])")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        let rest = data[end.upperBound...]
        if let length = headers["content-length"].flatMap({ Int($0) }) {
            return rest.count >= length
                ? Response(status: status, headers: headers, body: Data(rest.prefix(length))) : nil
        }
        if headers["transfer-encoding"]?.lowercased() == "chunked" {
            var body = Data()
            var index = rest.startIndex
            while let lineEnd = rest[index...].firstRange(of: Data("\r\n".utf8)) {
                let sizeText = String(decoding: rest[index..<lineEnd.lowerBound], as: UTF8.self)
                guard let size = Int(sizeText.split(separator: ";")[0], radix: 16) else {
                    throw Failure.malformed("chunk size \(sizeText)")
                }
                if size == 0 { return Response(status: status, headers: headers, body: body) }
                let start = lineEnd.upperBound
                guard rest.distance(from: start, to: rest.endIndex) >= size + 2 else { return nil }
                body.append(rest[start..<rest.index(start, offsetBy: size)])
                index = rest.index(start, offsetBy: size + 2)
            }
            return nil
        }
        return complete ? Response(status: status, headers: headers, body: Data(rest)) : nil
    }
}
