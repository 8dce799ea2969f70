import Testing

@testable import AttendanceFormats
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

@Suite struct TeamsAttendanceLogParserTests {
    typealias Action = TeamsAttendanceLogParser.Action

    @Test(
        "actions in English and Portuguese, any case or accent",
        arguments: [
            ("Joined", Action.joined), ("Joined before", .joinedBefore), ("Left", .left),
            ("JOINED BEFORE", .joinedBefore),
            ("Ingressou", .joined), ("Ingressou antes", .joinedBefore), ("Saiu", .left), ("Entrou", .joined),
            ("Entrou antes", .joinedBefore), ("Aderiu", .joined), (" saiu ", .left),
        ])
    func actions(text: String, action: Action) {
        #expect(TeamsAttendanceLogParser.action(text) == action)
    }

    @Test("other text is no action", arguments: ["", "Waved", "Joined late", "Left before", "Sair", "Presente"])
    func notActions(text: String) {
        #expect(TeamsAttendanceLogParser.action(text) == nil)
    }

    @Test("each join is paired with the next leave; the list's start and end close what is left open")
    func stays() {
        let stays = TeamsAttendanceLogParser.stays(
            [(.left, 500), (.joined, 100), (.joinedBefore, 0), (.left, 300), (.joined, 600)], listStart: 0,
            listEnd: 900)
        // Time order: joined before (opens at 0), joined 100, left 300 closes the stay opened at 0,
        // left 500 closes 100, joined 600 is never left.
        #expect(stays.map { [$0.start, $0.end] } == [[0, 300], [100, 500], [600, 900]])
        let unpaired = TeamsAttendanceLogParser.stays([(.left, 400)], listStart: 50, listEnd: 900)
        #expect(unpaired.map { [$0.start, $0.end] } == [[50, 400]])
    }

    @Test(
        "overlapping stays count once, touching ones add up",
        arguments: [
            ([(0, 300), (100, 500), (600, 900)], 800), ([(0, 100), (100, 200)], 200), ([(0, 1000), (10, 20)], 1000),
            ([], 0),
        ])
    func covered(stays: [(Int, Int)], seconds: Int) {
        #expect(TeamsAttendanceLogParser.coveredSeconds(stays.map { (start: $0.0, end: $0.1) }) == seconds)
    }
}
