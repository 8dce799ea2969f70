import Testing

@testable import AttendanceFormats
@testable import AttendanceIdentity
@testable import AttendanceModel
@testable import AttendanceReports
@testable import AttendanceService

/// Each step of a resolution on its own, on a handful of records written for it.
@Suite struct ResolutionTests {
    let places: PlaceDirectory

    init() throws {
        places = try PlaceDirectory.bundled()
    }

    func resolution(_ records: [IdentityRecord]) -> Resolution {
        Resolution(records, places: places, configuration: IdentityResolver.Configuration())
    }

    /// The flag of every address of `table`, by address.
    func sharedFlags(_ table: FeatureTable, _ flags: [Bool]) -> [String: Bool] {
        var result: [String: Bool] = [:]
        for (address, isShared) in zip(table.emails.strings, flags) { result[address] = isShared }
        return result
    }

    @Test("an institution's address used by two people is shared; a mailbox of one name is not")
    func sharedAddresses() {
        let records = [
            IdentityRecord(id: 1, name: "Ana Souza", email: "gabinete@campinas.sp.gov.br"),
            IdentityRecord(id: 2, name: "Pedro Lima", email: "gabinete@campinas.sp.gov.br"),
            IdentityRecord(id: 3, name: "Carla Dias", email: "carla.dias@gmail.com"),
            IdentityRecord(id: 4, name: "Carla Dias", email: "carla.dias@gmail.com"),
        ]
        let table = FeatureTable(records: records, places: places)
        let byEmail = Resolution.recordsByAddress(table)
        var comparisons = 0
        let flags = Resolution.sharedAddresses(
            table, byEmail: byEmail, weights: MatchWeights(), comparisons: &comparisons)
        #expect(
            sharedFlags(table, flags) == ["gabinete@campinas.sp.gov.br": true, "carla.dias@gmail.com": false])
        // One name on the mailbox: nothing to compare there.
        #expect(comparisons == 1)
        #expect(resolution(records).statistics.sharedEmails == 1)
    }

    @Test("records of oversized blocks are ranked as their names written out would sort")
    func nameOrder() {
        // One given name and surname for all, so their block outgrows a maximum of 2; a word that
        // begins another (`cos`, `costa`) sorts first, as in the written-out names.
        let names = [
            "Ana Silva Costa", "Ana Costa", "Ana Cos Costa", "Ana Beatriz Costa", "Ana Silva Costa", "Ana Ab Costa",
        ]
        let records = names.enumerated().map { IdentityRecord(id: Int64($0.offset + 1), name: $0.element) }
        let table = FeatureTable(records: records, places: places)
        let blocking = Blocking(table: table, maximumBlockSize: 2, windowSize: 1)
        let order = Resolution.nameOrder(of: blocking, table: table)
        let ranked = blocking.membersOfOversizedBlocks.sorted { order[Int($0)] < order[Int($1)] }
        let written = ranked.map {
            table.words(table.records[Int($0)].words).map { table.words[$0] }.joined(separator: " ")
        }
        #expect(
            written == [
                "ana ab costa", "ana beatriz costa", "ana cos costa", "ana costa", "ana silva costa", "ana silva costa",
            ])
        #expect(written == written.sorted())
        // Equal names keep the records' order.
        #expect(ranked[4] < ranked[5])
    }

    @Test("a same decision joins its sides; a different decision marks them, and its sides are never joined")
    func decisions() {
        var resolution = resolution([
            IdentityRecord(id: 10, name: "Ana Souza"),
            IdentityRecord(id: 11, name: "Bruno Costa"),
            IdentityRecord(id: 12, name: "Ana Souza"),
        ])
        resolution.apply([.merge(a: 10, b: 11), .distinct(a: 11, b: 12), .merge(a: 12, b: 99)])
        let root = resolution.clusters.root(0)
        #expect(resolution.clusters.root(1) == root)
        #expect(resolution.clusters.root(2) == 2)
        #expect(resolution.marks == [root: [0], 2: [1]])
        #expect(resolution.edges == [ClusterConsistency.Edge(i: 0, j: 1, strength: .infinity)])
        #expect(resolution.statistics.links == [.humanMerge: 1])

        let outcome = resolution.link(0, 2, rule: .score, strength: 30, checkCPF: true, checkCoherence: false)
        #expect(outcome == .refused(.distinctDecision))
        #expect(resolution.statistics.refusals == [.distinctDecision: 1])
        #expect(resolution.edges.count == 1)
    }

    @Test(
        "the same CPF and an unshared address link; a contradicted address is guarded, a shared one ignored"
    )
    func sureLinks() {
        var resolution = resolution([
            IdentityRecord(id: 1, name: "Maria Clara Souza", cpf: "529.982.247-25"),
            IdentityRecord(id: 2, name: "Maria C. Souza", cpf: "52998224725"),
            IdentityRecord(id: 3, name: "João Pereira", email: "joao.pereira@gmail.com"),
            IdentityRecord(id: 4, name: "Joao Pereira", email: "joao.pereira@gmail.com"),
            IdentityRecord(id: 5, name: "Paulo Mendes", email: "gabinete@ufrgs.br"),
            IdentityRecord(id: 6, name: "Marta Ribeiro", email: "gabinete@ufrgs.br"),
            IdentityRecord(id: 7, name: "Ana Maria Lopes", email: "ana.lopes@gmail.com"),
            IdentityRecord(id: 8, name: "Ana Beatriz Lopes", email: "ana.lopes@gmail.com"),
        ])
        resolution.linkSurePairs()
        #expect(resolution.deterministicPairs.map { [$0.0, $0.1] } == [[0, 1], [6, 7], [2, 3]])
        #expect(resolution.statistics.links == [.sameCPF: 1, .sameEmail: 1])
        #expect(resolution.statistics.guardedLinks == 1)
        #expect(resolution.guardedPairs.map { [$0.i, $0.j] } == [[6, 7]])
        #expect(resolution.clusters.root(0) == resolution.clusters.root(1))
        #expect(resolution.clusters.root(2) == resolution.clusters.root(3))
        #expect(resolution.clusters.root(4) != resolution.clusters.root(5))
        #expect(resolution.clusters.root(6) != resolution.clusters.root(7))
        #expect(resolution.reviewQueue.isEmpty)
    }

    @Test("pairs sharing a blocking key are scored: a close pair becomes a candidate, strangers nothing")
    func scoring() {
        var resolution = resolution([
            IdentityRecord(
                id: 1, name: "Ana Paula Souza", organization: "Prefeitura de Campinas", city: "Campinas", uf: "SP"),
            IdentityRecord(
                id: 2, name: "Ana Paula de Souza", organization: "Prefeitura de Campinas", city: "Campinas", uf: "SP"),
            IdentityRecord(
                id: 3, name: "Rodrigo Teixeira", organization: "Prefeitura de Manaus", city: "Manaus", uf: "AM"),
        ])
        resolution.scoreCandidatePairs()
        #expect(resolution.candidates.map { [$0.i, $0.j] } == [[0, 1]])
        #expect(resolution.possible.isEmpty)
        #expect(resolution.statistics.candidatePairs == 1)
        #expect(resolution.candidates.first?.score == resolution.scorer.score(0, 1))
    }

    @Test("a person holding two governments of different states is split at its weakest link, and asked about")
    func consistency() {
        var resolution = resolution([
            IdentityRecord(
                id: 1, name: "Ana Souza", organization: "Prefeitura de Porto Alegre", city: "Porto Alegre", uf: "RS"),
            IdentityRecord(id: 2, name: "Ana Souza"),
            IdentityRecord(id: 3, name: "Ana Souza", organization: "Prefeitura de Manaus", city: "Manaus", uf: "AM"),
        ])
        resolution.link(0, 1, rule: .score, strength: 20, checkCPF: true, checkCoherence: false)
        resolution.link(1, 2, rule: .score, strength: 10, checkCPF: true, checkCoherence: false)
        resolution.splitContradictingPersons()
        #expect(resolution.statistics.splitPersons == 1)
        #expect(resolution.clusters.root(0) == resolution.clusters.root(1))
        #expect(resolution.clusters.root(1) != resolution.clusters.root(2))
        #expect(resolution.reviewQueue.map { [$0.a, $0.b] } == [[2, 3]])
        #expect(resolution.reviewQueue.map(\.reason) == [.refusedLink])
        #expect(resolution.reviewQueue.first?.sideA == [1, 2])
        #expect(resolution.reviewQueue.first?.sideB == [3])
    }

    @Test("a person keeps the previous id most of its records had; the others get new ids after the largest")
    func personIDs() {
        var resolution = resolution((1...5).map { IdentityRecord(id: $0, name: "Pessoa \($0)") })
        resolution.apply([.merge(a: 1, b: 2)])
        resolution.assignPersonIDs(previous: [1: "P000005", 2: "P000005", 3: "P000005", 4: "P000009"])
        #expect(
            resolution.personIDs == [1: "P000005", 2: "P000005", 3: "P000010", 4: "P000009", 5: "P000011"])
        #expect(resolution.statistics.persons == 4)
    }
}
