import Testing

@testable import AttendanceFormats
@testable import AttendanceIdentity
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

/// The kinds of error issue #15 lists, each as a few fictional records: evidence that
/// contradicts a match outweighs a shared name or address.
@Suite struct MatchingEvidenceTests {
    let resolver: IdentityResolver

    init() throws {
        resolver = IdentityResolver(places: try PlaceDirectory.bundled())
    }

    @Test(
        "masculine and feminine forms of a given name are two names",
        arguments: [
            ("paulo", "paula", true), ("francisco", "francisca", true), ("daniel", "daniela", true),
            ("gabriel", "gabriela", true), ("luis", "luisa", true), ("mario", "maria", true),
            ("paulo", "paulo", false), ("paulo", "palo", false), ("ana", "ano", false), ("julia", "juliaa", false),
            ("davi", "davia", false), ("rafael", "rafaels", false),
        ])
    func genderPairs(a: String, b: String, expected: Bool) {
        #expect(StringSimilarity.isGenderPair(Array(a.utf8), Array(b.utf8)) == expected)
        #expect(StringSimilarity.isGenderPair(Array(b.utf8), Array(a.utf8)) == expected)
    }

    @Test("Gabriel and Gabriela with the same surnames in one city are two people")
    func genderedGivenNames() {
        let records = [
            IdentityRecord(id: 1, name: "Gabriel Souza Lima", city: "Pelotas", uf: "RS", eventID: "e1", sourceKey: "a"),
            IdentityRecord(
                id: 2, name: "Gabriela Souza Lima", city: "Pelotas", uf: "RS", eventID: "e2", sourceKey: "b"),
        ]
        let result = resolver.resolve(records)
        #expect(result.personIDs[1] != result.personIDs[2])
        #expect(resolver.explain(records[0], records[1])[.name]?.level == .givenConflict)
    }

    @Test("a personal address typed by a namesake of another state and government does not join them")
    func reusedPersonalAddress() {
        let records = [
            IdentityRecord(
                id: 1, name: "Carlos Alberto Pereira", email: "carlos.pereira@gmail.com",
                organization: "Prefeitura Municipal de Pelotas", city: "Pelotas", uf: "RS", eventID: "e1",
                sourceKey: "a"),
            IdentityRecord(
                id: 2, name: "Carlos Eduardo Pereira", email: "carlos.pereira@gmail.com",
                organization: "Prefeitura de Manaus", city: "Manaus", uf: "AM", eventID: "e2", sourceKey: "b"),
        ]
        let result = resolver.resolve(records)
        #expect(result.personIDs[1] != result.personIDs[2])
        #expect(result.statistics.guardedLinks == 1)
        #expect(result.statistics.links[.sameEmail, default: 0] == 0)
    }

    @Test("the same personal address with nothing against it still joins at once")
    func uncontradictedAddress() {
        let records = [
            IdentityRecord(
                id: 1, name: "Carlos Alberto Pereira", email: "carlos.pereira@gmail.com", city: "Pelotas", uf: "RS",
                eventID: "e1", sourceKey: "a"),
            IdentityRecord(
                id: 2, name: "Carlos Pereira", email: "Carlos.Pereira@gmail.com", eventID: "e2", sourceKey: "b"),
        ]
        let result = resolver.resolve(records)
        #expect(result.personIDs[1] == result.personIDs[2])
        #expect(result.statistics.links[.sameEmail] == 1)
        #expect(result.statistics.guardedLinks == 0)
    }

    @Test("a chain of namesakes never ends in one person working for governments of two states")
    func noPersonAcrossStates() {
        // A name-only guest between two civil servants of the same name in two states.
        let records = [
            IdentityRecord(
                id: 1, name: "Mariana Costa Ribeiro", email: "mariana.ribeiro@portoalegre.rs.gov.br",
                organization: "Prefeitura de Porto Alegre", city: "Porto Alegre", uf: "RS", eventID: "e1",
                sourceKey: "a"),
            IdentityRecord(id: 2, name: "Mariana Costa Ribeiro", eventID: "e2", sourceKey: "b"),
            IdentityRecord(id: 3, name: "Mariana Costa Ribeiro", eventID: "e3", sourceKey: "c"),
            IdentityRecord(
                id: 4, name: "Mariana Costa Ribeiro", email: "mariana.ribeiro@manaus.am.gov.br",
                organization: "Prefeitura de Manaus", city: "Manaus", uf: "AM", eventID: "e4", sourceKey: "d"),
        ]
        let result = resolver.resolve(records)
        #expect(result.personIDs[1] != result.personIDs[4])
    }

    @Test("a letter dropped from a four-letter surname is a typo, not another surname")
    func droppedLetter() {
        let a = IdentityRecord(id: 1, name: "Luis Fonseca Melo")
        let b = IdentityRecord(id: 2, name: "Luís Fonseca Mlo")
        #expect(resolver.explain(a, b)[.name]?.level == .typo)
        // Three letters against four with another first letter stay two words.
        #expect(resolver.explain(a, IdentityRecord(id: 3, name: "Luis Fonseca Blo"))[.name]?.level != .typo)
    }

    @Test("an address shared by names whose middle names differ is asked about, even when it links")
    func guardedLinkIsAsked() throws {
        let records = [
            IdentityRecord(
                id: 1, name: "Aline Moreira Santos", email: "alinesantos31@gmail.com", eventID: "e1", sourceKey: "a"),
            IdentityRecord(
                id: 2, name: "Aline Bruna Peixoto Santos", email: "alinesantos31@gmail.com", eventID: "e2",
                sourceKey: "b"),
        ]
        let result = resolver.resolve(records)
        #expect(result.statistics.guardedLinks == 1)
        #expect(result.statistics.links[.sameEmail, default: 0] == 0)
        let item = try #require(result.reviewQueue.first)
        #expect(Set([item.a, item.b]) == [1, 2])
        // Address, given and last names agree (8.5 with the priors, above the match threshold):
        // linked, and asked about.
        #expect(result.personIDs[1] == result.personIDs[2])
        #expect(item.reason == .contradictedLink)
    }
}
