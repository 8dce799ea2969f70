import AttendanceDemo
import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Foundation
import Testing

@Suite struct DemoYearGeneratorTests {
    @Test("the same seed gives the same bytes, a different seed different ones")
    func determinism() throws {
        let again = DemoYearGenerator(seed: 7, scale: 0.05).generate()
        #expect(again.files == DemoYears.small.files)
        #expect(try again.truthJSON() == DemoYears.small.truthJSON())
        let other = DemoYearGenerator(seed: 8, scale: 0.05).generate()
        let differing = other.files.filter { !DemoYears.small.files.contains($0) }
        #expect(differing.count == DemoYears.small.files.count - 2)  // all but the catalog
    }

    @Test("at scale 1 each event has its published participants, 1,194 participations and 787 people")
    func publishedEventFigures() {
        let expected = DemoYears.full.truth.expected
        #expect(expected.year == 2021)
        #expect(
            Dictionary(uniqueKeysWithValues: expected.events.map { ($0.id, $0.participants) })
                == DemoYears.publishedParticipants)
        #expect(expected.participations == 1194)
        #expect(expected.uniqueParticipants == 787)
        #expect(expected.events.first { $0.id == "2021-gt-saude" }?.sessions == 7)
        #expect(
            expected.events.first { $0.id == "2021-10-08-webinario-priorizacao" }?.dates == [
                "2021-10-08", "2021-10-15",
            ])
        #expect(
            expected.events.first { $0.id == "2021-09-15-seminario-boas-praticas" }?.dates == [
                "2021-09-15", "2021-09-16",
            ])
    }

    @Test("at scale 1 the course has 2,176 completions by 2,120 people, 1,632 of them public servants")
    func publishedCourseFigures() throws {
        let course = try #require(DemoYears.full.truth.expected.courses.first { $0.id == "curso-migracidades-enap" })
        #expect(course.completions == 2176)
        #expect(course.completers == 2120)
        #expect(course.publicServants == 1632)
    }

    @Test("41 governments certified in 2021 (32 + 9), 27 in 2020 (21 + 6), Goiânia spelt right")
    func certifications() {
        let rows = DemoYears.certifications(in: DemoYears.full)
        #expect(rows.filter { $0.year == "2021" && $0.level == "municipio" }.count == 32)
        #expect(rows.filter { $0.year == "2021" && $0.level == "estado" }.count == 9)
        #expect(rows.filter { $0.year == "2020" && $0.level == "municipio" }.count == 21)
        #expect(rows.filter { $0.year == "2020" && $0.level == "estado" }.count == 6)
        #expect(rows.contains { $0.year == "2021" && $0.name == "Goiânia" && $0.uf == "GO" })
        #expect(DemoYears.full.truth.expected.certifications["2021"] == ["municipio": 32, "estado": 9])
    }

    @Test("the SUAS workshop's participants come from exactly the 21 governments certified in both years")
    func workshopGovernments() throws {
        let truth = DemoYears.full.truth
        let workshop = try #require(truth.expected.events.first { $0.id == "2021-11-25-oficina-suas" })
        #expect(workshop.participants == 54)
        #expect(workshop.governments == 21)
        #expect(workshop.governmentsChecked)
        let rows = DemoYears.certifications(in: DemoYears.full)
        func names(_ year: String) -> Set<String> {
            Set(rows.filter { $0.year == year }.map { "\($0.level)|\($0.name)|\($0.uf)" })
        }
        let both = names("2020").intersection(names("2021"))
        #expect(both.count == 21)
        // Everyone present at the workshop, counted or not, works for one of them.
        let people = Dictionary(uniqueKeysWithValues: truth.people.map { ($0.key, $0) })
        let attendees = Set(truth.records.filter { $0.event == workshop.id && $0.role == .attendee }.map(\.personKey))
        let governments = Set(attendees.compactMap { people[$0]?.government })
        #expect(governments.count == 21)
        #expect(attendees.allSatisfy { people[$0]?.government != nil })
    }

    @Test("the figures follow from the records by the contract's counting rules")
    func figuresFollowFromRecords() {
        for year in [DemoYears.full, DemoYears.small] {
            let truth = year.truth
            var minimum: [String: Int] = [:]
            if let catalog = year.files.first(where: { $0.path == "events.csv" }) {
                for line in DemoYears.lines(of: catalog).dropFirst() where !line.isEmpty {
                    let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                    if fields.count > 6, let value = Int(fields[6]) { minimum[String(fields[0])] = value }
                }
            }
            var everyone: Set<String> = []
            var sum = 0
            for event in truth.expected.events {
                var minutes: [String: Int] = [:]
                var timed: Set<String> = []
                var present: Set<String> = []
                for record in truth.records
                where record.event == event.id && record.attended == true
                    && [.attendee, .form, .registrant].contains(record.role)
                {
                    let key = "\(record.personKey) \(record.session ?? "")"
                    present.insert(key)
                    if let m = record.minutes {
                        minutes[key, default: 0] += m
                        timed.insert(key)
                    }
                }
                let counted = present.filter { key in
                    guard let min = minimum[event.id], timed.contains(key) else { return true }
                    return minutes[key, default: 0] >= min
                }
                let people = Set(counted.map { String($0.split(separator: " ")[0]) })
                #expect(people.count == event.participants, "\(event.id)")
                everyone.formUnion(people)
                sum += people.count
            }
            #expect(sum == truth.expected.participations)
            #expect(everyone.count == truth.expected.uniqueParticipants)
        }
    }

    @Test("short stays under min_minutes are present and not counted; rejoins add up")
    func shortStaysAndRejoins() {
        let truth = DemoYears.full.truth
        let priorisation = truth.records.filter {
            $0.event == "2021-10-08-webinario-priorizacao" && $0.role == .attendee
        }
        #expect(priorisation.contains { $0.mess.contains(.shortStay) })
        #expect(priorisation.contains { $0.mess.contains(.rejoin) })
        // Someone whose every stay is under 15 minutes, but whose stays in a session reach 15.
        var bySession: [String: [Int]] = [:]
        for record in priorisation {
            bySession["\(record.personKey) \(record.session ?? "")", default: []].append(record.minutes ?? 0)
        }
        #expect(bySession.values.contains { $0.count > 1 && $0.allSatisfy { $0 < 15 } && $0.reduce(0, +) >= 15 })
        #expect(bySession.values.contains { $0.allSatisfy { $0 < 15 } && $0.reduce(0, +) < 15 })
    }

    @Test("every kind of mess appears, at scale 1 and at a small scale")
    func everyKindOfMess() {
        for year in [DemoYears.full, DemoYears.small] {
            let used = Set(year.truth.records.flatMap(\.mess))
            #expect(Set(DemoMess.allCases).subtracting(used).isEmpty, "\(Set(DemoMess.allCases).subtracting(used))")
        }
    }

    @Test("a small scale shrinks every count but keeps every export")
    func smallScale() {
        let small = DemoYears.small.truth
        #expect(small.expected.participations < 120)
        #expect(small.records.count < DemoYears.full.truth.records.count / 5)
        func filesPerFolder(_ truth: DemoTruth) -> [String: Int] {
            truth.files.reduce(into: [:]) { $0[String($1.split(separator: "/")[0]), default: 0] += 1 }
        }
        #expect(filesPerFolder(small) == filesPerFolder(DemoYears.full.truth))
        for file in small.files { #expect(small.records.contains { $0.file == file }, "\(file) has no record") }
    }

    @Test("CPFs in the exports pass the project's CPF check when complete")
    func cpfs() throws {
        let file = try #require(DemoYears.full.files.first { $0.path.hasSuffix("certificados.csv") })
        var complete = 0
        var rows = 0
        for line in DemoYears.lines(of: file).dropFirst() where !line.isEmpty {
            rows += 1
            let digits = CPF.digitsOnly(String(line.split(separator: ";", omittingEmptySubsequences: false)[1]))
            if digits.count == 11 {
                complete += 1
                #expect(CPF.hasValidCheckDigits(digits), "\(digits)")
            } else if !digits.isEmpty {
                // A spreadsheet drops every leading zero (rarely more than one).
                let padded = String(repeating: "0", count: max(0, 11 - digits.count)) + digits
                #expect(CPF.hasValidCheckDigits(padded), "\(digits) lost more than leading zeros")
            }
        }
        #expect(complete > rows * 9 / 10)  // the rest are missing, or lost a leading zero
    }

    @Test("governments and certifications name real places: IBGE codes, names and UFs agree")
    func places() throws {
        let directory = try PlaceDirectory.bundled()
        for person in DemoYears.full.truth.people {
            guard let key = person.government else { continue }
            let parts = key.split(separator: ":")
            let code = try #require(Int(parts[1]))
            if parts[0] == "municipio" {
                let municipality = try #require(directory.municipality(code: code), "\(key)")
                #expect(directory.unit(code: municipality.unitCode)?.abbreviation == person.uf, "\(key)")
                #expect(person.organization.hasSuffix(municipality.name), "\(person.organization)")
            } else {
                #expect(directory.unit(code: code)?.abbreviation == person.uf, "\(key)")
            }
        }
        for row in DemoYears.certifications(in: DemoYears.full) where row.level == "municipio" {
            #expect(directory.municipality(city: row.name, unit: row.uf)?.name == row.name, "\(row.name)")
        }
    }
}
