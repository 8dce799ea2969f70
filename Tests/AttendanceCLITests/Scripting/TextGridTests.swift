import Testing

@testable import AttendanceCLI

/// Terminal tables wrap long cells inside their column instead of cutting them.
@Suite struct TextGridTests {
    @Test("without a width every cell stays on one line")
    func unlimited() {
        let grid = TextGrid([["id", "title"], ["a", "A rather long title that goes on"]])
        #expect(grid.rendered == "id  title\na   A rather long title that goes on")
    }

    @Test("a long title wraps at spaces within the width; the other columns keep their place")
    func wrapsAtSpaces() {
        let grid = TextGrid(
            [
                ["id", "title", "n"], ["ev-1", "Webinar on monitoring migration policies", "21"],
                ["ev-2", "Short", "3"],
            ],
            maxWidth: 30)
        #expect(
            grid.rendered == """
                id    title                 n
                ev-1  Webinar on            21
                      monitoring migration
                      policies
                ev-2  Short                 3
                """)
        #expect(grid.rendered.split(separator: "\n").allSatisfy { $0.count <= 30 })
    }

    @Test("a word longer than its column breaks after ; , / - or else at the width; nothing is lost")
    func breaksLongWords() {
        #expect(
            TextGrid.wrap("2021-03-10;2021-03-11;2021-03-12", width: 12) == [
                "2021-03-10;", "2021-03-11;", "2021-03-12",
            ])
        #expect(TextGrid.wrap("abcdefghijklmnop", width: 6) == ["abcdef", "ghijkl", "mnop"])
        #expect(TextGrid.wrap("short", width: 6) == ["short"])
    }

    @Test("the widest columns narrow first, never below the minimum")
    func widths() {
        let grid = TextGrid(
            [["a" + String(repeating: "x", count: 40), "b" + String(repeating: "y", count: 20), "c"]], maxWidth: 40)
        #expect(grid.columnWidths() == [18, 17, 1])
        let narrow = TextGrid([[String(repeating: "x", count: 40), String(repeating: "y", count: 40)]], maxWidth: 12)
        #expect(narrow.columnWidths() == [TextGrid.minimumColumnWidth, TextGrid.minimumColumnWidth])
    }

    @Test("only the columns allowed to wrap narrow; the others keep their width even when the table stays too wide")
    func wrappingColumns() {
        let rows = [["2021-03-10-webinario", "A title of several words", "2021-03-10"]]
        #expect(TextGrid(rows, maxWidth: 40, wrapping: [1]).columnWidths() == [20, 10, 10])
        #expect(
            TextGrid(rows, maxWidth: 40, wrapping: [1]).rendered == """
                2021-03-10-webinario  A title of  2021-03-10
                                      several
                                      words
                """)
    }

    @Test("control characters in a cell are escaped before wrapping")
    func escapes() {
        #expect(TextGrid([["a\u{1B}[31mb"]], maxWidth: 80).rendered == "a\\e[31mb")
    }
}
