import AttendanceService
import FlyingFox
import Foundation

/// The stylesheet and the script the pages use, served by the server itself (no external resources).
enum StaticAsset {
    static func response(named name: String) throws -> HTTPResponse {
        let (type, text): (String, String)
        switch name {
        case "app.css": (type, text) = ("text/css; charset=utf-8", stylesheet)
        case "app.js": (type, text) = ("text/javascript; charset=utf-8", script)
        case "report.css": (type, text) = ("text/css; charset=utf-8", YearlyReport.htmlStylesheet)
        default: throw PageError.notFound(name)
        }
        return HTTPResponse(
            statusCode: .ok, headers: [.contentType: type, .cacheControl: "max-age=300"], body: Data(text.utf8))
    }

    /// Colours meet WCAG AA contrast on their backgrounds; focus is always visible; one column below 700 px.
    static let stylesheet = """
        :root { --ink: #1b1f24; --muted: #4a5360; --line: #c9ced6; --accent: #0b5cad; --bg: #ffffff;
          --soft: #f2f4f7; --good: #1a6b35; --bad: #a4161a; font-family: system-ui, sans-serif; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: var(--bg); line-height: 1.5; }
        a { color: var(--accent); }
        a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible,
        main:focus-visible { outline: 3px solid #f5a100; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: var(--ink); color: #fff; padding: .5rem; }
        .skip:focus { left: .5rem; }
        header.top { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center;
          gap: .5rem; padding: .5rem 1rem; background: var(--soft); border-bottom: 1px solid var(--line); }
        header.top ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem .9rem; }
        header.top a[aria-current] { font-weight: 700; color: var(--ink); }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
        h2 { font-size: 1.2rem; margin-top: 1.5rem; }
        #figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: .75rem; }
        .figure { border: 1px solid var(--line); border-radius: .4rem; padding: .6rem .8rem; background: var(--soft); }
        .figure .label { display: block; color: var(--muted); font-size: .9rem; }
        .figure data { font-size: 1.6rem; font-weight: 700; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
        th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        .table { overflow-x: auto; }
        .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .side { border: 1px solid var(--line); border-radius: .4rem; padding: .5rem .8rem; overflow-wrap: anywhere; }
        .side ul { padding-left: 1.1rem; margin: .3rem 0; }
        #evidence { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        #evidence > div { min-width: 0; overflow-wrap: anywhere; }
        #evidence li { font-family: ui-monospace, monospace; font-size: .9rem; white-space: pre-wrap; }
        .side li { margin-bottom: .4rem; } .source { color: var(--muted); font-size: .9rem; }
        .for h3 { color: var(--good); } .against h3 { color: var(--bad); }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--soft); padding: .5rem; }
        .answers { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1rem 0; }
        button { font: inherit; padding: .5rem 1rem; border: 1px solid var(--accent); border-radius: .3rem;
          background: var(--accent); color: #fff; cursor: pointer; }
        button.secondary { background: #fff; color: var(--accent); }
        kbd { border: 1px solid var(--line); border-radius: .2rem; padding: 0 .25rem; font-size: .85em; }
        label { display: block; margin: .4rem 0 .1rem; }
        input, select, textarea { font: inherit; padding: .3rem; max-width: 100%; }
        .problem { color: var(--bad); font-weight: 600; }
        .notice { border-left: 4px solid var(--accent); background: var(--soft); padding: .5rem .8rem; }
        .changes data { font-weight: 700; }
        form.inline { display: inline; }
        @media (max-width: 700px) { .sides, #evidence { grid-template-columns: 1fr; } h1 { font-size: 1.3rem; } }
        /* On a phone the answer buttons stay on screen while the records are read. */
        @media (max-width: 700px) {
          #answer .answers { position: fixed; left: 0; right: 0; bottom: 0; margin: 0; padding: .5rem;
            background: #fff; border-top: 1px solid var(--line); justify-content: center; z-index: 1; }
          body:has(#answer) { padding-bottom: 4.5rem; }
        }
        """

    /// Keyboard shortcuts on the review page: m/1 same, d/2 different, s/3 skip (not while typing).
    static let script = """
        "use strict";
        document.addEventListener("keydown", function (event) {
          var form = document.getElementById("answer");
          if (!form || event.ctrlKey || event.metaKey || event.altKey) { return; }
          var target = event.target;
          if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT")) {
            return;
          }
          var keys = { m: "answer-same", "1": "answer-same", d: "answer-different", "2": "answer-different",
            s: "answer-skip", "3": "answer-skip" };
          var id = keys[event.key.toLowerCase()];
          if (!id) { return; }
          var button = document.getElementById(id);
          if (button) { event.preventDefault(); button.click(); }
        });
        """
}
