import Foundation

/// A session of headless Chromium driven through Debian's `chromedriver` and the W3C WebDriver
/// HTTP API (https://www.w3.org/TR/webdriver2/), through ``LoopbackHTTP`` (no other dependency).
///
/// Only the commands the browser tests use: navigate, run a script, find and click an element,
/// press keys, take a screenshot, and Chromium's DevTools commands for the phone's viewport.
struct WebDriver {
    /// A command the driver refused, with WebDriver's error code and message.
    struct Failure: Error, CustomStringConvertible {
        var command: String
        var code: String
        var message: String
        var description: String { "WebDriver \(command): \(code): \(message)" }
    }

    /// What a bounded wait waited for, when it did not happen in time.
    struct Timeout: Error, CustomStringConvertible {
        var what: String
        var lastError: String?
        var description: String { "gave up waiting for \(what)" + (lastError.map { " (last error: \($0))" } ?? "") }
    }

    /// The key W3C WebDriver names an element reference with.
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    let driver: URL
    let session: String

    /// Opens a new browser session on the `chromedriver` listening at `driver`.
    ///
    /// - Parameters:
    ///   - chromium: Chromium's executable.
    ///   - profile: An empty folder for the browser's profile (cookies stay in it).
    ///   - width, height: The window's size in CSS pixels.
    static func start(driver: URL, chromium: String, profile: URL, width: Int, height: Int) async throws -> WebDriver {
        let arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--hide-scrollbars", "--disable-crash-reporter", "--window-size=\(width),\(height)",
            "--user-data-dir=\(profile.path)",
        ]
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome", "pageLoadStrategy": "normal",
                    "goog:chromeOptions": ["binary": chromium, "args": arguments],
                ] as [String: Any]
            ]
        ]
        let value = try await send("POST", driver.appendingPathComponent("session"), capabilities)
        guard let session = (value as? [String: Any])?["sessionId"] as? String else {
            throw Failure(command: "new session", code: "no session id", message: "\(value ?? "null")")
        }
        return WebDriver(driver: driver, session: session)
    }

    /// Sends one command and returns its `value`, throwing WebDriver's error when there is one.
    private static func send(_ method: String, _ url: URL, _ body: [String: Any]?) async throws -> Any? {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let response = try await LoopbackHTTP.send(
            method, url, body: data, contentType: data == nil ? nil : "application/json; charset=utf-8")
        let object = try JSONSerialization.jsonObject(with: response.body, options: [.fragmentsAllowed])
        let value = (object as? [String: Any])?["value"]
        if let failure = value as? [String: Any], let code = failure["error"] as? String {
            throw Failure(
                command: "\(method) \(url.path)", code: code, message: (failure["message"] as? String) ?? "")
        }
        return value is NSNull ? nil : value
    }

    @discardableResult
    private func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any? {
        let url = driver.appendingPathComponent("session/\(session)" + (path.isEmpty ? "" : "/\(path)"))
        return try await Self.send(method, url, body ?? (method == "POST" ? [:] : nil))
    }

    /// Closes the browser. Errors are ignored: it runs while cleaning up, possibly after a failure.
    func quit() async {
        _ = try? await command("DELETE", "")
    }

    /// Loads `url` and waits until the page has loaded.
    func open(_ url: URL) async throws {
        try await command("POST", "url", ["url": url.absoluteString])
    }

    /// The address of the page shown.
    func currentURL() async throws -> URL? {
        (try await command("GET", "url") as? String).flatMap(URL.init(string:))
    }

    /// Runs `script` (a function body; `arguments` are its `arguments`) in the page and returns
    /// what it returns, as JSON values.
    @discardableResult
    func run(_ script: String, _ arguments: [Any] = []) async throws -> Any? {
        try await command("POST", "execute/sync", ["script": script, "args": arguments])
    }

    /// The reference of the first element matching `selector`; throws `no such element` when none does.
    func element(_ selector: String) async throws -> String {
        let value = try await command("POST", "element", ["using": "css selector", "value": selector])
        guard let reference = (value as? [String: Any])?[Self.elementKey] as? String else {
            throw Failure(command: "find \(selector)", code: "no element reference", message: "\(value ?? "null")")
        }
        return reference
    }

    /// Clicks the first element matching `selector`, as a user would (scrolled into view, on its centre).
    func click(_ selector: String) async throws {
        let reference = try await element(selector)
        try await command("POST", "element/\(reference)/click")
    }

    /// Presses and releases `key` (one character) on whatever has the focus.
    func press(_ key: String) async throws {
        let actions: [[String: Any]] = [
            [
                "type": "key", "id": "keyboard",
                "actions": [["type": "keyDown", "value": key], ["type": "keyUp", "value": key]],
            ]
        ]
        try await command("POST", "actions", ["actions": actions])
        try await command("DELETE", "actions")
    }

    /// The viewport as a PNG image.
    func screenshot() async throws -> Data {
        guard let text = try await command("GET", "screenshot") as? String, let png = Data(base64Encoded: text) else {
            throw Failure(command: "screenshot", code: "no image", message: "")
        }
        return png
    }

    /// Lays pages out as a phone (touch, mobile viewport) `width`×`height` CSS pixels, or as the
    /// desktop window again when `nil` (Chromium's DevTools protocol, through chromedriver).
    func emulatePhone(width: Int, height: Int) async throws {
        let metrics: [String: Any] = ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": true]
        try await command("POST", "goog/cdp/execute", ["cmd": "Emulation.setDeviceMetricsOverride", "params": metrics])
    }

    /// Ends the phone emulation of ``emulatePhone(width:height:)``.
    func emulateDesktop() async throws {
        try await command("POST", "goog/cdp/execute", ["cmd": "Emulation.clearDeviceMetricsOverride", "params": [:]])
    }

    /// Runs `script` until it returns something other than `null`, `false` or `undefined`, and
    /// returns that; scripts that fail while a page is being replaced count as not yet.
    ///
    /// - Parameter what: What is awaited, for the error when it does not happen.
    @discardableResult
    func wait(for what: String, _ script: String, seconds: Double = 30) async throws -> Any {
        var patience = Patience(seconds: seconds)
        var lastError: String?
        while true {
            do {
                let value = try await run(script)
                if let value, (value as? Bool) != false { return value }
            } catch {
                lastError = "\(error)"
            }
            guard patience.another() else { throw Timeout(what: what, lastError: lastError) }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}
