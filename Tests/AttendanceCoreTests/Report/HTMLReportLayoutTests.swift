import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

/// The HTML report as a browser lays it out: headless Chromium renders the page at desktop
/// (1280 px) and phone (390 px) widths and prints it to an A4 PDF, read back with poppler.
///
/// The page itself has no script; the layout checks run in a copy with a test-only probe script
/// that measures what Chromium laid out and writes it into the DOM that `--dump-dom` prints.
/// Without Chromium the tests fail and say that `make deps` installs it.
@Suite(.serialized) struct HTMLReportLayoutTests {
    let folder: URL
    let html: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("html-layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let provenance = ReportProvenance(
            generatedAt: Date(timeIntervalSince1970: 1_764_547_200), toolVersion: "0.20.0",
            storeFingerprint: "0123456789abcdef", openQuestions: 3)
        html = ReportFixture.realistic().html(options: HTMLReportOptions(smallCellThreshold: 5, provenance: provenance))
        try Data(html.utf8).write(to: folder.appendingPathComponent("report.html"))
    }

    /// What the probe measured at one window width.
    struct Layout: Decodable {
        /// The layout viewport's width and the page's scrollable width, in CSS px.
        var viewport: Double
        var scrollWidth: Double
        /// Text runs that end beyond the viewport's right edge or start before its left edge.
        var offscreen: [String]
        /// Text runs drawn smaller than 11 px (SVG text measured after the chart's scaling).
        var smallText: [String]
        /// Elements that scroll sideways because their content is wider than they are.
        var scrollers: [String]
        /// The ids of the charts shown.
        var charts: [String]
    }

    /// Chromium's path, or `nil` when it is not installed.
    static let chromium: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    static let probe = """
        <script>
        (() => {
          const width = document.documentElement.clientWidth;
          const out = { viewport: width, scrollWidth: document.documentElement.scrollWidth,
            offscreen: [], smallText: [], scrollers: [], charts: [] };
          const shown = (element) => {
            const style = getComputedStyle(element);
            if (style.display === "none" || style.visibility === "hidden") return false;
            const box = element.getBoundingClientRect();
            return box.width > 0 && box.height > 0;
          };
          const clipped = (element) => element.closest(".visually-hidden, title, desc, style, script") !== null
            || [...document.querySelectorAll("thead")].some((head) =>
              head.contains(element) && getComputedStyle(head).position === "absolute");
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode;
            const text = node.textContent.trim();
            const element = node.parentElement;
            if (!text || !shown(element) || clipped(element)) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
            if (boxes.length === 0) continue;
            let size = parseFloat(getComputedStyle(element).fontSize);
            if (element.closest("svg")) {
              const matrix = element.getScreenCTM();
              size *= Math.hypot(matrix.a, matrix.b);
            }
            const left = Math.min(...boxes.map((box) => box.left));
            const right = Math.max(...boxes.map((box) => box.right));
            const name = text.slice(0, 50);
            if (right > width + 0.5 || left < -0.5) out.offscreen.push(`${name} [${left.toFixed(0)}, ${right.toFixed(0)}]`);
            if (size < 10.99) out.smallText.push(`${name} (${size.toFixed(1)} px)`);
          }
          for (const element of document.querySelectorAll("body *")) {
            const style = getComputedStyle(element);
            if (["auto", "scroll"].includes(style.overflowX) && shown(element)
              && element.scrollWidth > element.clientWidth + 1) {
              out.scrollers.push(`${element.tagName}.${element.className} ${element.scrollWidth} > ${element.clientWidth}`);
            }
          }
          out.charts = [...document.querySelectorAll("svg.chart")].filter(shown).map((chart) => chart.id);
          const result = parent.document.createElement("pre");
          result.id = "layout-probe";
          result.textContent = JSON.stringify(out);
          parent.document.body.appendChild(result);
        })();
        </script>
        """

    /// Runs `executable` and returns its standard output; standard error is dropped.
    func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(
            process.terminationStatus == 0,
            "\(executable) \(arguments.joined(separator: " ")) failed; `make deps` installs chromium and poppler-utils")
        return String(decoding: data, as: UTF8.self)
    }

    /// Chromium's path, or a recorded failure saying how to install it.
    func requireChromium() throws -> String {
        try #require(
            Self.chromium,
            "chromium is not installed: `make deps` installs it (Debian packages chromium, poppler-utils)")
    }

    func chromiumArguments(_ name: String) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
            "--user-data-dir=\(folder.appendingPathComponent("profile-\(name)").path)",
        ]
    }

    /// The probe's measurements of the page laid out in a window `width` px wide.
    func layout(width: Int) throws -> Layout {
        let chromium = try requireChromium()
        // Headless Chromium keeps windows 500 px wide or more: the page is laid out in a frame of
        // the width wanted, and its probe writes what it measured into the frame's parent.
        let page = folder.appendingPathComponent("probe-\(width).html")
        try Data(html.replacingOccurrences(of: "</body>", with: Self.probe + "\n</body>").utf8).write(to: page)
        let frame = folder.appendingPathComponent("frame-\(width).html")
        let wrapper = """
            <!DOCTYPE html><html><body style="margin: 0">\
            <iframe src="\(page.lastPathComponent)" width="\(width)" height="900" style="border: 0"></iframe>\
            </body></html>
            """
        try Data(wrapper.utf8).write(to: frame)
        let dom = try run(
            chromium,
            chromiumArguments("\(width)") + [
                "--allow-file-access-from-files", "--window-size=1400,1000", "--dump-dom", frame.absoluteString,
            ])
        let start = try #require(dom.range(of: "<pre id=\"layout-probe\">"))
        let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        let json = String(dom[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(Layout.self, from: Data(json.utf8))
    }

    @Test("at 1280 px nothing overflows, text is 11 px or larger and the wide charts show")
    func desktop() throws {
        let layout = try layout(width: 1280)
        #expect(layout.viewport == 1280)
        #expect(layout.scrollWidth <= layout.viewport)
        #expect(layout.offscreen == [])
        #expect(layout.smallText == [])
        #expect(layout.scrollers == [])
        #expect(layout.charts == ["chart-events", "chart-regions", "chart-sectors", "chart-states", "chart-course-1"])
    }

    @Test("at 390 px nothing is off-screen or scrolls sideways, and text is 11 px or larger")
    func phone() throws {
        let layout = try layout(width: 390)
        #expect(layout.viewport == 390)
        #expect(layout.scrollWidth <= layout.viewport)
        #expect(layout.offscreen == [])
        #expect(layout.smallText == [])
        #expect(layout.scrollers == [])
        #expect(
            layout.charts == [
                "chart-events-narrow", "chart-regions", "chart-sectors", "chart-states", "chart-course-1-narrow",
            ])
    }

    /// The text of every column header of every table, each language on its own, without tags.
    func columnHeaders() -> [String] {
        var headers: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<th scope=\"col\""),
            let close = rest.range(of: "</th>", range: open.upperBound..<rest.endIndex),
            let tagEnd = rest[open.upperBound..<close.lowerBound].firstIndex(of: ">")
        {
            let inner = rest[rest.index(after: tagEnd)..<close.lowerBound]
            let parts = inner.components(separatedBy: "</span>").map { part in
                part.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
                    .replacingOccurrences(of: "&amp;", with: "&")
            }.filter { !$0.isEmpty && $0 != " / " }
            headers += parts
            rest = rest[close.upperBound...]
        }
        return headers
    }

    @Test("printed to A4, every column header of every table is in the PDF's text")
    func print() throws {
        let chromium = try requireChromium()
        let pdf = folder.appendingPathComponent("report.pdf")
        _ = try run(
            chromium,
            chromiumArguments("print") + [
                "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)",
                folder.appendingPathComponent("report.html").absoluteString,
            ])
        let info = try run("/usr/bin/env", ["pdfinfo", pdf.path])
        #expect(info.contains("(A4)"), "\(info)")
        let text = try run("/usr/bin/env", ["pdftotext", pdf.path, "-"])
        let squeezed = text.filter { !$0.isWhitespace }
        let headers = columnHeaders()
        #expect(headers.count > 30)
        for header in ["Inscritos", "Registrants", "Ausentes", "No-shows", "Governos", "Governments"] {
            #expect(headers.contains(header), "\(header)")
        }
        for header in headers {
            #expect(squeezed.contains(header.filter { !$0.isWhitespace }), "\(header) is not in the PDF")
        }
    }
}
