import AttendanceDemo
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

@Suite struct DemoHazardsTests {
    /// A small year with every hazard.
    static let small = DemoYearGenerator(seed: 7, scale: 0.05, hazards: .field).generate()

    /// FNV-1a over every file's path and bytes, in path order, then the answer key.
    static func fingerprint(_ year: DemoYear) throws -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func feed(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        for file in year.files.sorted(by: { $0.path < $1.path }) {
            feed(Array(file.path.utf8))
            feed([UInt8](file.bytes))
        }
        feed([UInt8](try year.truthJSON()))
        return String(hash, radix: 16)
    }

    /// The people of each hazard kind in the truth.
    static func people(of kind: DemoMess, in truth: DemoTruth) -> Set<String> {
        Set(truth.records.filter { $0.mess.contains(kind) }.map(\.personKey))
    }

    @Test("without hazards the files are the bytes the generator wrote before hazards existed")
    func offIsUnchanged() throws {
        // Written by `attendance demo-data --scale 0.05 --seed 7` before hazards were added.
        #expect(try Self.fingerprint(DemoYears.small) == "59411dab003cdb11")
        let explicit = DemoYearGenerator(seed: 7, scale: 0.05, hazards: .off).generate()
        #expect(explicit == DemoYears.small)
        #expect(DemoYears.small.truth.records.allSatisfy { $0.mess.allSatisfy { !DemoMess.hazardKinds.contains($0) } })
    }

    @Test("the same seed gives the same hazard year; hazards change every export but the catalog")
    func determinism() throws {
        let again = DemoYearGenerator(seed: 7, scale: 0.05, hazards: .field).generate()
        #expect(try Self.fingerprint(again) == Self.fingerprint(Self.small))
        let other = DemoYearGenerator(seed: 8, scale: 0.05, hazards: .field).generate()
        #expect(try Self.fingerprint(other) != Self.fingerprint(Self.small))
        // The same exports in the same folders (a meeting number in a file name may differ).
        func folders(_ year: DemoYear) -> [Substring] { year.files.map { $0.path.split(separator: "/")[0] } }
        #expect(folders(Self.small) == folders(DemoYears.small))
        let unchanged = Self.small.files.filter { DemoYears.small.files.contains($0) }.map(\.path)
        #expect(unchanged == ["events.csv", "certifications.csv"])
    }

    @Test("a small hazard year has every kind of mess and of hazard, at its scaled counts")
    func everyKind() {
        let truth = Self.small.truth
        let used = Set(truth.records.flatMap(\.mess))
        #expect(Set(DemoMess.allCases + DemoMess.hazardKinds).subtracting(used).isEmpty)
        let personal = DemoMess.hazardKinds.filter { $0 != .emptyRowAfterHeader }
        let counts = Dictionary(uniqueKeysWithValues: personal.map { ($0, Self.people(of: $0, in: truth).count) })
        // At scale 0.05 every count rounds up to its minimum: one pair or person of each.
        #expect(
            counts == [
                .namesakeElsewhere: 2, .borrowedEmail: 2, .givenNameGender: 2, .shortAndLongName: 2,
                .nameOnlyNamesake: 2, .guestMisspelt: 1, .middleNamesVary: 1, .courseNamesake: 4,
            ])
        let ceremony = truth.records.filter { $0.file.hasSuffix("presenca-cerimonia.csv") }
        #expect(!ceremony.isEmpty)
        #expect(ceremony.allSatisfy { $0.mess.contains(.emptyRowAfterHeader) })
        #expect(truth.records.filter { $0.mess.contains(.emptyRowAfterHeader) }.count == ceremony.count)
    }

    @Test("namesakes share first name and last surname but not their organisation or address")
    func namesakesAreTellable() throws {
        let truth = Self.small.truth
        let people = Dictionary(uniqueKeysWithValues: truth.people.map { ($0.key, $0) })
        for kind in [DemoMess.namesakeElsewhere, .borrowedEmail, .nameOnlyNamesake, .courseNamesake] {
            let keys = Self.people(of: kind, in: truth).sorted()
            for key in keys {
                let person = try #require(people[key])
                let words = person.name.split(separator: " ")
                let namesakes = keys.filter { other in
                    guard other != key, let name = people[other]?.name.split(separator: " ") else { return false }
                    return name.first == words.first && name.last == words.last
                }
                #expect(namesakes.count >= 1, "\(kind) \(key) has no namesake")
                for other in namesakes {
                    let namesake = try #require(people[other])
                    #expect(namesake.organization != person.organization, "\(kind) \(key) \(other)")
                }
            }
        }
        // Different governments for the namesakes at governments; the name-only pair in one state.
        let nameOnly = Self.people(of: .nameOnlyNamesake, in: truth).compactMap { people[$0] }
        #expect(Set(nameOnly.map(\.uf)).count == 1)
        #expect(Set(nameOnly.map(\.name)).count == 1)
        #expect(Set(nameOnly.compactMap(\.government)).count == 2)
    }

    @Test("one person with a borrowed address: the borrower's record shows the owner's address once")
    func borrowedAddress() throws {
        let year = Self.small
        let keys = Self.people(of: .borrowedEmail, in: year.truth)
        let people = year.truth.people.filter { keys.contains($0.key) }
        #expect(people.count == 2)
        #expect(Set(people.map(\.uf)).count == 2)
        // Both people's records hold one and the same personal address.
        var addresses: [String: Set<String>] = [:]
        for record in year.truth.records where keys.contains(record.personKey) {
            let line = try #require(Self.line(record, in: year))
            let fields = line.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\t" })
            for field in fields where field.contains("@") {
                addresses[record.personKey, default: []].insert(
                    field.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")).lowercased())
            }
        }
        let shared = addresses.values.reduce(into: addresses.values.first ?? []) { $0.formIntersection($1) }
        #expect(shared.count == 1)
        #expect(shared.allSatisfy { !$0.hasSuffix(".gov.br") })
    }

    @Test("the misspelt guest is misspelt in one Teams session and right in the next")
    func misspeltGuest() throws {
        let year = Self.small
        let key = try #require(Self.people(of: .guestMisspelt, in: year.truth).first)
        let records = year.truth.records.filter { $0.personKey == key && $0.role == .attendee }
        #expect(Set(records.compactMap(\.session)).count == 2)
        let names = try records.map { try #require(Self.line($0, in: year)).split(separator: "\t")[0] }
        #expect(Set(names).count == 2)
        #expect(names.allSatisfy { $0.hasSuffix("(Guest)") })
        #expect(records.filter { $0.mess.contains(.typo) }.count == 1)
    }

    @Test("one person with two addresses whose lists carry different middle names")
    func varyingMiddleNames() throws {
        let year = Self.small
        let key = try #require(Self.people(of: .middleNamesVary, in: year.truth).first)
        let records = year.truth.records.filter { $0.personKey == key }
        #expect(Set(records.map(\.event)).count == 2)
        #expect(records.contains { $0.mess.contains(.secondEmail) })
        #expect(records.contains { !$0.mess.contains(.secondEmail) })
    }

    @Test("the empty row after the ceremony's header moves its first record to line 3")
    func emptyRowAfterHeader() throws {
        let year = Self.small
        let file = try #require(year.files.first { $0.path.hasSuffix("presenca-cerimonia.csv") })
        let lines = DemoYears.lines(of: file)
        #expect(lines[1] == "")
        let first = try #require(year.truth.records.filter { $0.file == file.path }.map(\.line).min())
        #expect(first == 3)
        let plain = try #require(DemoYears.small.truth.records.filter { $0.file == file.path }.map(\.line).min())
        #expect(plain == 2)
    }

    @Test("the figures of a hazard year follow from its records: participants counted once per event")
    func figuresFollowFromRecords() {
        let truth = Self.small.truth
        var everyone: Set<String> = []
        var sum = 0
        for event in truth.expected.events {
            let present = Set(
                truth.records.filter {
                    $0.event == event.id && $0.attended == true && [.attendee, .form, .registrant].contains($0.role)
                }.map(\.personKey))
            #expect(present.count >= event.participants, "\(event.id)")
            everyone.formUnion(present)
            sum += event.participants
        }
        #expect(sum == truth.expected.participations)
        #expect(truth.expected.uniqueParticipants <= everyone.count)
        let keys = Set(truth.records.map(\.personKey))
        #expect(Set(truth.people.map(\.key)) == keys)
        // The hazards add people: more participations than the same seed without them.
        #expect(truth.expected.participations > DemoYears.small.truth.expected.participations)
    }

    @Test("a scale above 1 grows the year (short names may repeat, full names do not)")
    func largerScale() {
        let year = DemoYearGenerator(seed: 5, scale: 1.5, hazards: .field).generate()
        #expect(year.truth.expected.participations > 1194)
        let course = year.truth.expected.courses.first { $0.id == "curso-migracidades-enap" }
        #expect((course?.completers ?? 0) > 2120)
    }

    /// The physical line of a record in its file.
    static func line(_ record: DemoTruth.Record, in year: DemoYear) -> String? {
        guard let file = year.files.first(where: { $0.path == record.file }) else { return nil }
        let lines = DemoYears.lines(of: file)
        return lines.indices.contains(record.line - 1) ? lines[record.line - 1] : nil
    }
}
