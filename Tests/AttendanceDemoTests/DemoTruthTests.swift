import AttendanceDemo
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

@Suite struct DemoTruthTests {
    @Test("records point at distinct, non-blank data lines of listed files")
    func recordsPointAtDataLines() throws {
        for year in [DemoYears.full, DemoYears.small] {
            let truth = year.truth
            let exports = year.files.filter { $0.path.contains("/") }
            #expect(Set(truth.files) == Set(exports.map(\.path)))
            for file in exports {
                let lines = DemoYears.lines(of: file)
                let records = truth.records.filter { $0.file == file.path }
                #expect(Set(records.map(\.line)).count == records.count, "\(file.path): two records on one line")
                for record in records {
                    let line = try #require(lines.indices.contains(record.line - 1) ? lines[record.line - 1] : nil)
                    #expect(!line.trimmingCharacters(in: .whitespaces).isEmpty, "\(file.path):\(record.line)")
                    let header = [
                        "Attended,", "Participou,", "Name\t", "Nome\t", "Nome;", "First name,", "Nome,",
                        "\"Carimbo", "Carimbo", "Número do pedido", "ID,",
                    ]
                    #expect(!header.contains { line.hasPrefix($0) }, "\(file.path):\(record.line) is a header")
                }
            }
        }
    }

    @Test("simple lists have one record per row after the header")
    func oneRecordPerRow() {
        let simple = DemoYears.full.files.filter {
            ["sympla", "cerimonia", "certificados", "presenca-meet", "conclusao"].contains(where: $0.path.contains)
        }
        #expect(simple.count == 11)
        for file in simple {
            let rows = DemoYears.lines(of: file).dropFirst().filter { !$0.isEmpty }.count
            #expect(DemoYears.full.truth.records.filter { $0.file == file.path }.count == rows, "\(file.path)")
        }
    }

    @Test("every record's person is in the people list; staff never count as participants")
    func people() {
        let truth = DemoYears.full.truth
        let keys = Set(truth.people.map(\.key))
        #expect(truth.records.allSatisfy { keys.contains($0.personKey) })
        let staffRoles = truth.records.filter { [.host, .panelist, .organizer].contains($0.role) }
        #expect(!staffRoles.isEmpty)
        #expect(staffRoles.allSatisfy { $0.personKey.hasPrefix("S") })
        #expect(truth.records.filter { $0.personKey.hasPrefix("S") }.allSatisfy { !$0.role.isParticipantRole })
    }

    @Test("each person's records are linked by an own address, a complete CPF or the full name")
    func recordsAreLinkable() {
        for year in [DemoYears.full, DemoYears.small] {
            let truth = year.truth
            let lines = Dictionary(uniqueKeysWithValues: year.files.map { ($0.path, DemoYears.lines(of: $0)) })
            func fold(_ text: String) -> String {
                text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            }
            func emails(_ line: String) -> Set<String> {
                Set(line.split { " ,;\t\"".contains($0) }.filter { $0.contains("@") }.map { fold(String($0)) })
            }
            func cpfs(_ line: String) -> Set<String> {
                Set(line.split { ",;\t\"".contains($0) }.map { $0.filter(\.isNumber) }.filter { $0.count == 11 })
            }
            var records: [String: [(emails: Set<String>, cpfs: Set<String>, words: Set<String>)]] = [:]
            var owners: [String: Set<String>] = [:]
            for record in truth.records where !record.personKey.hasPrefix("S") {
                let line = lines[record.file]?[record.line - 1] ?? ""
                let features = (
                    emails(line), cpfs(line), Set(fold(line).split { !$0.isLetter && $0 != "-" }.map(String.init))
                )
                records[record.personKey, default: []].append(features)
                for email in features.0 { owners[email, default: []].insert(record.personKey) }
            }
            let names = Dictionary(uniqueKeysWithValues: truth.people.map { ($0.key, fold($0.name)) })
            for (person, list) in records where list.count > 1 {
                let fullName = Set((names[person] ?? "").split(separator: " ").map(String.init))
                func linked(_ a: Int, _ b: Int) -> Bool {
                    let own = list[a].emails.intersection(list[b].emails).filter { owners[$0]?.count == 1 }
                    return !own.isEmpty || !list[a].cpfs.isDisjoint(with: list[b].cpfs)
                        || (fullName.isSubset(of: list[a].words) && fullName.isSubset(of: list[b].words))
                }
                var reached: Set<Int> = [0]
                var frontier = [0]
                while let current = frontier.popLast() {
                    for other in list.indices where !reached.contains(other) && linked(current, other) {
                        reached.insert(other)
                        frontier.append(other)
                    }
                }
                #expect(reached.count == list.count, "\(person): \(list.count - reached.count) records unreachable")
            }
        }
    }

    @Test("the answer key survives a JSON round trip and keeps the samples' field names")
    func json() throws {
        let data = try DemoYears.small.truthJSON()
        #expect(try JSONDecoder().decode(DemoTruth.self, from: data) == DemoYears.small.truth)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let record = try #require((object["records"] as? [[String: Any]])?.first)
        #expect(
            record["pid"] is String && record["line"] is Int && record["file"] is String && record["role"] is String)
        let expected = try #require(object["expected"] as? [String: Any])
        #expect(expected["participations"] is Int && expected["uniqueParticipants"] is Int)
    }

    @Test("write puts the year in its folder and the answer key beside it")
    func write() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("2021")
        try DemoYears.small.write(to: folder)
        for file in DemoYears.small.files {
            #expect(try Data(contentsOf: folder.appendingPathComponent(file.path)) == file.bytes)
        }
        let truth = root.appendingPathComponent("2021.truth.json")
        #expect(try Data(contentsOf: truth) == DemoYears.small.truthJSON())
        let inside = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!inside.contains { $0.hasSuffix(".json") })
    }
}
