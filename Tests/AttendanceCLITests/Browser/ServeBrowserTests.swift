import AttendanceDemo
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

/// `attendance serve` in a real browser: headless Chromium, driven through Debian's
/// `chromedriver`, answers a generated year's open questions as its answer key says (same
/// person or not), with the keyboard shortcuts and the buttons, and the overview's figures move
/// to the truth's.
///
/// The year is the demo generator's seed 23 at scale 0.05: two questions open after the import,
/// both "different", and answering them moves the participations from 62 to 63 and the unique
/// participants from 41 to 42 (the truth's). With `SCREENSHOTS_DIR` set, the test also saves
/// desktop (1280×900) and phone (390×844) screenshots of the overview, review and people pages
/// there (for docs/). Without `chromium` or `chromedriver` the test fails and says that
/// `make deps` installs them.
@Suite(
    .serialized,
    .enabled(if: AttendanceProcess.unavailable == nil, Comment(rawValue: AttendanceProcess.unavailable ?? "")))
struct ServeBrowserTests {
    static let seed: UInt64 = 23
    static let desktop = (width: 1280, height: 900)
    static let phone = (width: 390, height: 844)

    let sandbox: CLISandbox
    let truth: DemoTruth
    /// The person behind each record of an export: `file:line` → the truth's person key.
    let personAt: [String: String]

    init() throws {
        sandbox = try CLISandbox()
        let year = DemoYearGenerator(seed: Self.seed, scale: 0.05).generate()
        truth = year.truth
        let folder = sandbox.directory.appendingPathComponent("2021")
        try year.write(to: folder)
        personAt = Dictionary(
            truth.records.map { ("\($0.file):\($0.line)", $0.personKey) }, uniquingKeysWith: { first, _ in first })
        let imported = try AttendanceProcess.run(["import", folder.path, "--store", sandbox.store, "--quiet"])
        try #require(imported.status == 0, Comment(rawValue: imported.output))
    }

    /// An executable on the `PATH`, or a failure saying which Debian package `make deps` installs.
    static func tool(_ names: [String], package: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in names where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        throw TestFailure("\(names[0]) is not installed: `make deps` installs it (Debian package \(package))")
    }

    struct TestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// `attendance ARGUMENTS` against the test's store, decoded as JSON.
    func json(_ arguments: [String]) throws -> Any {
        let outcome = try AttendanceProcess.run(arguments + ["--store", sandbox.store])
        try #require(outcome.status == 0, Comment(rawValue: outcome.output))
        // The output holds standard error too: the JSON is the lines from the first that opens
        // an object or array to the last that closes one.
        let lines = outcome.output.split(separator: "\n", omittingEmptySubsequences: false)
        let first = lines.firstIndex { $0.hasPrefix("{") || $0.hasPrefix("[") } ?? 0
        let last = lines.lastIndex { $0.hasPrefix("}") || $0.hasPrefix("]") } ?? lines.count - 1
        return try JSONSerialization.jsonObject(with: Data(lines[first...last].joined(separator: "\n").utf8))
    }

    /// The year's figures as `attendance report --format json` gives them.
    func reportFigures() throws -> Figures {
        let report = try #require(try json(["report", "--year", "2021", "--format", "json"]) as? [String: Any])
        return Figures(
            participations: try #require(report["participations"] as? Int),
            uniqueParticipants: try #require(report["uniqueParticipants"] as? Int),
            events: try #require((report["events"] as? [Any])?.count),
            governments: try #require(report["governmentsReached"] as? Int))
    }

    /// The headline figures of the overview that the CLI's report also gives.
    struct Figures: Equatable {
        var participations: Int
        var uniqueParticipants: Int
        var events: Int
        var governments: Int
    }

    /// The overview's headline figures: `data-figure` name → the `<data>` element's value.
    static let figuresScript = """
        if (document.readyState !== "complete" || !document.getElementById("figures")) return null;
        const figures = {};
        for (const figure of document.querySelectorAll("#figures [data-figure]")) {
          const data = figure.querySelector("data");
          figures[figure.dataset.figure] = data ? Number(data.getAttribute("value")) : null;
        }
        return figures;
        """

    /// What the review page shows: progress, the question, each side's text, whether it is done.
    static let reviewScript = """
        const progress = document.getElementById("review-progress");
        if (document.readyState !== "complete" || !progress) return null;
        const question = document.querySelector("#answer input[name=question]");
        const side = (id) => { const element = document.getElementById(id); return element ? element.innerText : ""; };
        return { open: progress.dataset.open, question: question ? question.value : "",
          done: document.getElementById("review-done") !== null, url: location.href,
          a: side("side-a"), b: side("side-b"), evidence: document.getElementById("evidence") !== null,
          changes: [...document.querySelectorAll("#last-changes data")].map((data) => data.getAttribute("value")) };
        """

    struct ReviewPage {
        var open: Int
        var question: String
        var isDone: Bool
        var url: String
        var sideA: String
        var sideB: String
        var hasEvidence: Bool
        /// The values of the figures the last answer changed: before, after, before, after…
        var changes: [Int]

        init(_ value: Any) throws {
            let page = try #require(value as? [String: Any])
            let open = page["open"] as? String
            self.open = try #require(open.flatMap { Int($0) }, "review-progress has data-open")
            question = page["question"] as? String ?? ""
            isDone = page["done"] as? Bool ?? false
            url = page["url"] as? String ?? ""
            sideA = page["a"] as? String ?? ""
            sideB = page["b"] as? String ?? ""
            hasEvidence = page["evidence"] as? Bool ?? false
            changes = (page["changes"] as? [String] ?? []).compactMap { Int($0) }
        }
    }

    /// The true persons of the records a side lists, by the `file:line` each record shows.
    func persons(in side: String) throws -> [String] {
        var persons: [String] = []
        for file in truth.files {
            var rest = side[...]
            while let found = rest.range(of: file + ":") {
                let line = rest[found.upperBound...].prefix { $0.isASCII && $0.isNumber }
                if let person = personAt["\(file):\(line)"] { persons.append(person) }
                rest = rest[found.upperBound...]
            }
        }
        return persons
    }

    /// The answer key's answer to the question a page shows: whether each side's most frequent
    /// true person is the same.
    func isSamePerson(_ page: ReviewPage) throws -> Bool {
        func main(_ keys: [String]) throws -> String {
            let counts = Dictionary(keys.map { ($0, 1) }, uniquingKeysWith: +)
            return try #require(counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key)
        }
        let a = try persons(in: page.sideA)
        let b = try persons(in: page.sideB)
        try #require(!a.isEmpty && !b.isEmpty, "each side shows its records' file:line: \(page.sideA) | \(page.sideB)")
        return try main(a) == main(b)
    }

    @Test("Chromium answers the open questions by key and by button; the overview's figures move to the truth's")
    func answersOpenQuestions() async throws {
        // Removed last, after the server and the browser have stopped (the profile is a few MB).
        defer { try? FileManager.default.removeItem(at: sandbox.directory) }
        let chromium = try Self.tool(["chromium", "chromium-browser"], package: "chromium")
        let chromedriver = try Self.tool(["chromedriver"], package: "chromium-driver")
        let executable = try #require(AttendanceProcess.executable)
        let before = try reportFigures()
        let questions = try #require(
            (try json(["review", "--format", "json"]) as? [String: Any])?["questions"] as? [Any])
        try #require(questions.count >= 2, "seed \(Self.seed) has at least two open questions")
        // The seed is one where the answers move the figures: otherwise the test would show nothing.
        try #require(before.uniqueParticipants != truth.expected.uniqueParticipants)

        let port = try BackgroundProcess.freePort()
        let site = try #require(URL(string: "http://127.0.0.1:\(port)"))
        let server = try BackgroundProcess(
            "attendance serve", executable: executable.path,
            arguments: ["serve", "--store", sandbox.store, "--port", "\(port)", "--host", "127.0.0.1"],
            log: sandbox.directory.appendingPathComponent("serve.log"))
        defer { server.stop() }
        try await server.waitUntilServing(site.appendingPathComponent("health"))

        let driverPort = try BackgroundProcess.freePort()
        let driverURL = try #require(URL(string: "http://127.0.0.1:\(driverPort)"))
        let driverProcess = try BackgroundProcess(
            "chromedriver", executable: chromedriver, arguments: ["--port=\(driverPort)"],
            log: sandbox.directory.appendingPathComponent("chromedriver.log"))
        defer { driverProcess.stop() }
        try await driverProcess.waitUntilServing(driverURL.appendingPathComponent("status"))

        let browser = try await WebDriver.start(
            driver: driverURL, chromium: chromium, profile: sandbox.directory.appendingPathComponent("profile"),
            width: Self.desktop.width, height: Self.desktop.height)
        let shown: Figures
        let changes: [Int]
        do {
            (shown, changes) = try await drive(browser, site: site, before: before, questions: questions.count)
        } catch {
            await browser.quit()
            throw TestFailure("\(error)\n\(server.logTail())")
        }
        await browser.quit()

        // The overview shows what the CLI reports, and that is the truth's.
        let after = try reportFigures()
        #expect(shown == after)
        #expect(after.participations == truth.expected.participations)
        #expect(after.uniqueParticipants == truth.expected.uniqueParticipants)
        #expect(after.events == before.events)
        // The review page said what the answers changed: the unique participants, to the truth's.
        let pairs = stride(from: 0, to: changes.count - 1, by: 2).map { [changes[$0], changes[$0 + 1]] }
        #expect(pairs.contains([before.uniqueParticipants, truth.expected.uniqueParticipants]), "\(pairs)")
        // The same audit as `attendance review --apply`: one decision per answer, by "serve".
        let decisions = try #require(try json(["decisions", "--format", "json"]) as? [[String: Any]])
        #expect(decisions.count == questions.count)
        #expect(decisions.allSatisfy { ($0["author"] as? String)?.hasPrefix("serve") == true })
        #expect(decisions.allSatisfy { $0["question"] is String })
    }

    /// The overview's figures as ``Figures``, and its open questions.
    func overview(_ browser: WebDriver) async throws -> (figures: Figures, openQuestions: Int) {
        let shown = try #require(
            try await browser.wait(for: "the overview's figures", Self.figuresScript) as? [String: Any])
        func value(_ name: String) throws -> Int {
            try #require(shown[name] as? Int, "the overview shows data-figure=\"\(name)\": \(shown)")
        }
        return (
            Figures(
                participations: try value("participations"), uniqueParticipants: try value("uniqueParticipants"),
                events: try value("events"), governments: try value("governments")),
            try value("openQuestions")
        )
    }

    /// The browser's part: the overview, the review with a skip, every answer, the overview again.
    /// Returns the overview's last figures and the changes the review page showed after each answer.
    func drive(_ browser: WebDriver, site: URL, before: Figures, questions: Int) async throws -> (Figures, [Int]) {
        try await browser.open(site)
        let first = try await overview(browser)
        #expect(first.figures == before)
        #expect(first.openQuestions == questions)
        #expect((try await browser.run("return document.documentElement.lang") as? String)?.hasPrefix("pt") == true)
        try await screenshots(browser, name: "overview")

        try await browser.open(site.appendingPathComponent("review"))
        var page = try ReviewPage(try await browser.wait(for: "the review page", Self.reviewScript))
        #expect(page.open == questions)
        #expect(!page.question.isEmpty && page.hasEvidence)
        try await screenshots(browser, name: "review")

        // Skip (client state): another question is shown, and none is answered.
        let skipped = page.question
        try await browser.press("s")
        page = try await nextReviewPage(browser, after: page)
        #expect(page.url.contains("skip=\(skipped)"))
        #expect(page.question != skipped && !page.question.isEmpty)
        #expect(page.open == questions)

        // Answer every question as the answer key says: keys m/d, the buttons, keys 1/2, in turn.
        var answered: [String] = []
        var changes: [Int] = []
        while !page.isDone {
            try #require(answered.count < questions + 3, "the review ends (answered \(answered))")
            if page.question.isEmpty {
                // Every remaining question was skipped: start the round again.
                try await browser.open(site.appendingPathComponent("review"))
                page = try ReviewPage(try await browser.wait(for: "the review page", Self.reviewScript))
                continue
            }
            let same = try isSamePerson(page)
            switch answered.count % 3 {
            case 0: try await browser.press(same ? "m" : "d")
            case 1: try await browser.click(same ? "#answer-same" : "#answer-different")
            default: try await browser.press(same ? "1" : "2")
            }
            answered.append(page.question)
            let open = page.open
            page = try await nextReviewPage(browser, after: page)
            #expect(page.open < open || page.isDone)
            changes += page.changes
        }
        #expect(answered.count == questions)
        #expect(page.open == 0)

        try await browser.open(site)
        let last = try await overview(browser)
        #expect(last.openQuestions == 0)

        // The language switch: the same figures, in English.
        try await browser.click("#lang-switch")
        try await browser.wait(
            for: "the English overview",
            "return document.readyState === 'complete' && document.documentElement.lang.startsWith('en')")
        #expect(try await overview(browser).figures == last.figures)
        try await peopleScreenshots(browser, site: site)
        return (last.figures, changes)
    }

    /// Waits for the review page that follows `page` (another question, or none left).
    func nextReviewPage(_ browser: WebDriver, after page: ReviewPage) async throws -> ReviewPage {
        let script =
            Self.reviewScript.replacingOccurrences(of: "return {", with: "const shown = {")
            + "return shown.question !== arguments[0] || shown.done ? shown : null;"
        var patience = Patience(seconds: 30)
        while true {
            if let value = try? await browser.run(script, [page.question]) { return try ReviewPage(value) }
            guard patience.another() else {
                let shown = try? await browser.run(
                    "return location.href + ': ' + document.querySelector('main, body').innerText.slice(0, 600)")
                throw WebDriver.Timeout(
                    what: "the review page after question \(page.question)", lastError: "showing \(shown ?? "nothing")")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Saves desktop and phone screenshots of the page shown as `serve-NAME-desktop.png` and
    /// `serve-NAME-phone.png` in `SCREENSHOTS_DIR`, when it is set (the names of docs/).
    func screenshots(_ browser: WebDriver, name: String) async throws {
        guard let folder = ProcessInfo.processInfo.environment["SCREENSHOTS_DIR"], !folder.isEmpty else { return }
        let directory = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try await browser.screenshot().write(to: directory.appendingPathComponent("serve-\(name)-desktop.png"))
        try await browser.emulatePhone(width: Self.phone.width, height: Self.phone.height)
        try await browser.screenshot().write(to: directory.appendingPathComponent("serve-\(name)-phone.png"))
        try await browser.emulateDesktop()
    }

    /// With `SCREENSHOTS_DIR` set, screenshots of a people search, in Portuguese (the pages' default).
    func peopleScreenshots(_ browser: WebDriver, site: URL) async throws {
        guard ProcessInfo.processInfo.environment["SCREENSHOTS_DIR"]?.isEmpty == false else { return }
        // The most common surname of the year's people, typed without its accents.
        let surnames = Dictionary(
            truth.people.compactMap { $0.name.split(separator: " ").last }.map { ($0, 1) }, uniquingKeysWith: +)
        let surname = try #require(surnames.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key)
        let query = surname.folding(options: .diacriticInsensitive, locale: nil).lowercased()
        try await browser.open(try #require(URL(string: "\(site.absoluteString)/people?lang=pt&q=\(query)")))
        try await browser.wait(for: "the people found", "return document.querySelector('a[href^=\"/people/P\"]')")
        try await screenshots(browser, name: "people")
    }
}
