import AttendanceModel
import Foundation

/// A question for a person: are these two groups of records one person?
///
/// Asked about people, not record pairs: each side is a person (or the part of one that a
/// doubtful link joined), and an answer settles every pair of records between the two sides.
public struct ReviewQuestion: Sendable, Hashable, Codable {
    /// A published figure an answer can change.
    public enum Figure: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The participants (and registrants) of an event, and so the year's participations.
        case event(String)
        /// The year's unique participants and their breakdowns.
        case uniqueParticipants

        public var description: String {
            switch self {
            case .event(let id): "participants of \(id)"
            case .uniqueParticipants: "unique participants"
            }
        }
    }

    /// A stable id: a digest of what the two sides' records say, so the same question keeps its
    /// id from one matching run to the next.
    public var id: String
    /// 1 for the question to answer first.
    public var rank: Int
    /// Why it is asked: a link the matcher was unsure of, or two persons it nearly joined.
    public var reason: ReviewItem.Reason
    /// The score of the pair of records that raised the question.
    public var score: Double
    /// The persons the sides are in now (the same person when the link was made).
    public var personA: String
    /// The person of the other side.
    public var personB: String
    /// The pair of records that raised the question, one per side.
    package var recordA: Int64
    package var recordB: Int64
    /// Every record of each side.
    public var sideA: [Int64]
    /// Every record of the other side.
    public var sideB: [Int64]
    /// The pair's comparison, one line per field (as `explain` prints it).
    public var breakdown: String
    /// The figures the answer can change, events first.
    public var figures: [Figure]

    package init(
        id: String, rank: Int, reason: ReviewItem.Reason, score: Double, personA: String, personB: String,
        recordA: Int64, recordB: Int64, sideA: [Int64], sideB: [Int64], breakdown: String, figures: [Figure]
    ) {
        self.id = id
        self.rank = rank
        self.reason = reason
        self.score = score
        self.personA = personA
        self.personB = personB
        self.recordA = recordA
        self.recordB = recordB
        self.sideA = sideA
        self.sideB = sideB
        self.breakdown = breakdown
        self.figures = figures
    }

    /// Whether the question was raised by a link that was made (the sides are counted as one
    /// person until answered) rather than refused.
    public var isCountedAsOne: Bool { reason != .refusedLink && reason != .possibleLink }

    /// Turns a resolution's queued pairs into questions about people: one per doubtful person,
    /// or pair of persons, ranked by what the answer can change.
    ///
    /// - Parameters:
    ///   - items: The resolver's queue.
    ///   - records: The resolved records, for their events and contents.
    ///   - personIDs: Each record's person.
    ///   - indexOfID: Each record's position in `records`.
    package static func questions(
        from items: [ReviewItem], records: [IdentityRecord], personIDs: [Int64: String], indexOfID: [Int64: Int]
    ) -> [ReviewQuestion] {
        // One question per doubtful person (its most doubtful link) or pair of persons.
        var chosen: [String: ReviewItem] = [:]
        for item in items {
            guard let a = personIDs[item.a], let b = personIDs[item.b] else { continue }
            let key = a < b ? "\(a) \(b)" : "\(b) \(a)"
            if let current = chosen[key], certainty(current.breakdown.score) <= certainty(item.breakdown.score) {
                continue
            }
            chosen[key] = item
        }
        var questions: [ReviewQuestion] = []
        for item in chosen.values {
            let eventsA = Set(item.sideA.compactMap { indexOfID[$0].map { records[$0].eventID } })
            let eventsB = Set(item.sideB.compactMap { indexOfID[$0].map { records[$0].eventID } })
            var figures = eventsA.intersection(eventsB).sorted().map(Figure.event)
            figures.append(.uniqueParticipants)
            questions.append(
                ReviewQuestion(
                    id: fingerprint(item.sideA, item.sideB, records: records, indexOfID: indexOfID), rank: 0,
                    reason: item.reason, score: item.breakdown.score, personA: personIDs[item.a] ?? "",
                    personB: personIDs[item.b] ?? "", recordA: item.a, recordB: item.b, sideA: item.sideA,
                    sideB: item.sideB, breakdown: item.breakdown.description, figures: figures))
        }
        // Questions that can change an event's count first, then the most doubtful, then by id.
        questions.sort {
            if $0.figures.count != $1.figures.count { return $0.figures.count > $1.figures.count }
            let (x, y) = (certainty($0.score), certainty($1.score))
            if x != y { return x < y }
            return $0.id < $1.id
        }
        for index in questions.indices { questions[index].rank = index + 1 }
        return questions
    }

    /// How far a score is from the middle of the grey zone: lower is more doubtful.
    private static func certainty(_ score: Double) -> Double {
        let weights = MatchWeights()
        return abs(score - (weights.matchThreshold + weights.reviewThreshold) / 2)
    }

    /// A digest of the two sides' contents, the same whichever side comes first.
    private static func fingerprint(
        _ a: [Int64], _ b: [Int64], records: [IdentityRecord], indexOfID: [Int64: Int]
    ) -> String {
        func digests(_ side: [Int64]) -> [UInt64] {
            side.compactMap { indexOfID[$0].map { records[$0].contentDigest } }.sorted()
        }
        var sides = [digests(a), digests(b)]
        sides.sort { $0.lexicographicallyPrecedes($1) }
        var text = ""
        for side in sides {
            text += side.map { String($0, radix: 16) }.joined(separator: ",") + ";"
        }
        return "Q" + SHA256.hex(of: Array(text.utf8)).prefix(10)
    }
}
