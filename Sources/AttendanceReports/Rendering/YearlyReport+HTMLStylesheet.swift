import AttendanceTotals
extension YearlyReport {
    /// The page's styles for three media, colours from the Okabe–Ito palette.
    ///
    /// Desktop: wide charts, tables in columns. Up to 1000 px (tablets, phones and A4 paper): the
    /// narrow charts, drawn at the size they are read. Up to 640 px (phones): tables become one
    /// card per row, each value with its column's name, so that nothing needs a sideways scroll.
    /// Paper: A4, every table column on the page, nothing that scrolls.
    static let stylesheet = """

        :root {
          --ink: #1b2430; --muted: #5b6675; --line: #d9dee5; --accent: #0033a0; --paper: #ffffff; --tint: #f4f6f9;
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: var(--tint); color: var(--ink);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        .page {
          max-width: 1040px; margin: 0 auto; padding: 0 24px 48px; background: var(--paper); overflow-wrap: break-word;
        }
        .lang-input { position: absolute; opacity: 0; width: 1px; height: 1px; }
        .masthead { border-top: 6px solid var(--accent); padding: 20px 0 16px; border-bottom: 1px solid var(--line); }
        .toolbar {
          display: flex; justify-content: flex-end; align-items: center; gap: 6px; font-size: 13px;
          color: var(--muted);
        }
        .toolbar-label { margin-right: 4px; }
        .toolbar label {
          border: 1px solid var(--line); border-radius: 999px; padding: 2px 10px; cursor: pointer; color: var(--ink);
        }
        #lang-both:checked ~ .page label[for="lang-both"], #lang-pt:checked ~ .page label[for="lang-pt"],
        #lang-en:checked ~ .page label[for="lang-en"] {
          background: var(--accent); border-color: var(--accent); color: #fff;
        }
        #lang-both:focus-visible ~ .page label[for="lang-both"], #lang-pt:focus-visible ~ .page label[for="lang-pt"],
        #lang-en:focus-visible ~ .page label[for="lang-en"] { outline: 2px solid var(--accent); outline-offset: 2px; }
        .programme {
          margin: 8px 0 0; font-size: 14px; font-weight: 600; letter-spacing: .06em; text-transform: uppercase;
          color: var(--accent);
        }
        h1 { margin: 4px 0 0; font-size: 30px; line-height: 1.2; }
        h1 .stack { font-size: 20px; font-weight: 400; }
        .subtitle, .generated { margin: 6px 0 0; color: var(--muted); font-size: 14px; }
        h2 { font-size: 21px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--ink); }
        h2 .en, h2 .sep { font-weight: 400; color: var(--muted); }
        h3 { font-size: 16px; margin: 16px 0 6px; }
        .stack { display: block; font-weight: 400; color: var(--muted); font-size: .86em; }
        .visually-hidden {
          position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
        }
        .cards {
          list-style: none; margin: 24px 0 0; padding: 0; display: grid;
          grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px;
        }
        .card {
          border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px;
          padding: 12px 14px; background: var(--paper);
        }
        .card-value {
          display: block; font-size: 30px; font-weight: 700; line-height: 1.15; font-variant-numeric: tabular-nums;
        }
        .card-label { display: block; margin-top: 4px; font-weight: 600; font-size: 14px; }
        .card-note { display: block; margin-top: 4px; font-size: 12.5px; color: var(--muted); }
        figure { margin: 16px 0 20px; }
        figcaption { font-weight: 600; margin-bottom: 10px; }
        figcaption .en, figcaption .sep { font-weight: 400; color: var(--muted); }
        .figure-note { font-size: 13px; color: var(--muted); margin: 6px 0 0; }
        svg.chart { display: block; max-width: 100%; height: auto; overflow: visible; }
        svg.chart text { fill: var(--ink); }
        svg.chart .value { font-weight: 600; }
        svg.chart .en, svg.chart .sep { fill: var(--muted); }
        svg.chart .tick, svg.chart .year { fill: var(--muted); }
        svg.chart .year { font-weight: 600; }
        svg.chart .axis { stroke: #8a94a3; stroke-width: 1; }
        .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 12px 40px; }
        .table-wrap { overflow-x: auto; }
        .chart-narrow, .cell-label { display: none; }
        .provenance {
          display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 8px 24px; margin: 24px 0 0;
          padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px;
        }
        .provenance dt { font-weight: 600; }
        .provenance dd { margin: 0; }
        .provenance code { font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; color: var(--ink); }
        table.data { width: 100%; border-collapse: collapse; font-size: 14px; margin: 8px 0 16px; }
        table.data caption { text-align: left; font-weight: 600; padding: 8px 0; }
        table.data caption .en, table.data caption .sep { font-weight: 400; color: var(--muted); }
        table.data th, table.data td {
          padding: 7px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top;
        }
        table.data thead th { border-bottom: 2px solid var(--ink); font-size: 13px; vertical-align: bottom; }
        table.data tbody th { font-weight: 400; }
        table.data tfoot th, table.data tfoot td {
          font-weight: 700; border-top: 2px solid var(--ink); border-bottom: 0;
        }
        table.data .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.data .nowrap { white-space: nowrap; font-variant-numeric: tabular-nums; }
        table.data .title { min-width: 16em; }
        table.compact { width: auto; }
        table.states th, table.states td { padding: 4px 10px; }
        svg#chart-states { width: 100%; max-width: 336px; }
        .stats {
          display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 12px; margin: 8px 0 8px;
        }
        .stats div { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
        .stats div { display: flex; flex-direction: column; }
        .stats dt { font-size: 13px; font-weight: 600; }
        .stats dd { order: -1; margin: 0 0 4px; font-size: 24px; font-weight: 700; font-variant-numeric: tabular-nums; }
        .notes { margin-top: 40px; font-size: 13.5px; color: var(--ink); }
        .notes ul { padding-left: 18px; margin: 0; }
        .notes li { margin-bottom: 6px; }
        .notes p { color: var(--muted); }
        .en-only { display: none; }
        #lang-pt:checked ~ .page .en, #lang-pt:checked ~ .page .sep { display: none; }
        #lang-en:checked ~ .page .pt, #lang-en:checked ~ .page .sep { display: none; }
        #lang-en:checked ~ .page .en-only { display: inline; }
        #lang-en:checked ~ .page h2 .en, #lang-en:checked ~ .page figcaption .en,
        #lang-en:checked ~ .page caption .en { color: inherit; font-weight: inherit; }
        #lang-en:checked ~ .page svg.chart .en { fill: var(--ink); }
        #lang-pt:checked ~ .page .stack, #lang-en:checked ~ .page .stack {
          color: inherit; font-size: inherit; font-weight: inherit;
        }
        @media (max-width: 1000px) {
          .chart-wide { display: none; }
          .chart-narrow { display: block; }
          .chart-narrow svg.chart { width: 100%; max-width: 480px; }
        }
        @media (max-width: 640px) {
          .page { padding: 0 14px 32px; }
          h1 { font-size: 24px; }
          h1 .stack { font-size: 17px; }
          h2 { font-size: 19px; }
          .toolbar { flex-wrap: wrap; justify-content: flex-start; }
          .cards { grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; }
          .card { padding: 10px; }
          .card-value { font-size: 24px; }
          .table-wrap { overflow-x: visible; }
          table.data, table.data tbody, table.data tfoot, table.data tr { display: block; width: 100%; }
          table.data thead {
            position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
          }
          table.data tr { display: flex; flex-direction: column; padding: 8px 0; border-bottom: 1px solid var(--line); }
          table.data tbody th { order: -1; }
          table.data tfoot tr { border-top: 2px solid var(--ink); border-bottom: 0; }
          table.data th, table.data td, table.data tfoot th, table.data tfoot td {
            display: flow-root; padding: 2px 0; border: 0; text-align: right;
          }
          table.data tbody th, table.data tfoot th { text-align: left; font-weight: 600; }
          table.data td:empty { display: none; }
          table.data .title { min-width: 0; }
          .cell-label {
            display: block; float: left; margin-right: 12px; text-align: left; color: var(--muted); font-size: 13px;
            font-weight: 400;
          }
        }
        @page { size: A4; margin: 15mm; }
        @media print {
          body { background: #fff; font-size: 10pt; }
          .page { max-width: none; padding: 0; }
          .toolbar { display: none; }
          .masthead { border-top-width: 3px; }
          h2 { break-after: avoid; }
          figure, .card, .stats div, tr { break-inside: avoid; }
          .table-wrap { overflow: visible; }
          table.data { font-size: 8.5pt; }
          table.data th, table.data td { padding: 4px 5px; }
          table.data thead th { font-size: 8pt; }
          table.data .title { min-width: 0; }
          table.data .nowrap { white-space: normal; }
          .chart-narrow svg.chart { max-width: 420px; }
          figure.print-wide .chart-wide { display: block; }
          figure.print-wide .chart-narrow { display: none; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}

extension YearlyReport {
    /// The stylesheet every HTML report page holds in its `<style>` element, for a server that
    /// serves it as a file of its own (a Content-Security-Policy without inline styles).
    public static var htmlStylesheet: String { stylesheet }
}
