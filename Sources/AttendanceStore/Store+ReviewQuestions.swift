import AttendanceIdentity
import Foundation
import GRDB

extension Store {
    /// Replaces the review queue with the questions of the last matching run.
    static func saveQuestions(_ db: Database, _ questions: [ReviewQuestion]) throws {
        try db.execute(sql: "DELETE FROM review_question")
        let insert = try db.makeStatement(
            sql: """
                INSERT OR IGNORE INTO review_question (id, rank, reason, score, person_a, person_b, record_a, record_b,
                    breakdown, figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let insertSide = try db.makeStatement(
            sql: "INSERT OR IGNORE INTO review_question_side (question_id, side, record_id) VALUES (?, ?, ?)")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for question in questions {
            let figures = String(decoding: try encoder.encode(question.figures), as: UTF8.self)
            try insert.execute(arguments: [
                question.id, question.rank, question.reason.rawValue, question.score, question.personA,
                question.personB, question.recordA, question.recordB, question.breakdown, figures,
            ])
            for id in question.sideA { try insertSide.execute(arguments: [question.id, 0, id]) }
            for id in question.sideB { try insertSide.execute(arguments: [question.id, 1, id]) }
        }
    }

    /// The open review questions, first to answer first.
    ///
    /// Each is counted in the figures as the last matching run decided (one person for a link
    /// that was made, two for one refused) until a person answers it.
    ///
    /// - Throws: ``StoreError/identityOutOfDate(path:unmatchedRecords:)`` when the store changed
    ///   since people were last matched.
    public func reviewQuestions() throws -> [ReviewQuestion] {
        try consistentRead { db in try Self.reviewQuestions(db) }
    }

    static func reviewQuestions(_ db: Database, id: String? = nil) throws -> [ReviewQuestion] {
        var sides: [String: [Int: [Int64]]] = [:]
        let filter = id == nil ? "" : " WHERE question_id = ?"
        for row in try Row.fetchAll(
            db, sql: "SELECT question_id, side, record_id FROM review_question_side\(filter) ORDER BY record_id",
            arguments: id.map { [$0] } ?? [])
        {
            sides[row[0], default: [:]][row[1], default: []].append(row[2])
        }
        let decoder = JSONDecoder()
        return try Row.fetchAll(
            db, sql: "SELECT * FROM review_question\(id == nil ? "" : " WHERE id = ?") ORDER BY rank",
            arguments: id.map { [$0] } ?? []
        ).map { row in
            let id: String = row["id"]
            let figures = try decoder.decode([ReviewQuestion.Figure].self, from: Data((row["figures"] as String).utf8))
            return ReviewQuestion(
                id: id, rank: row["rank"], reason: ReviewItem.Reason(rawValue: row["reason"]) ?? .uncertainLink,
                score: row["score"], personA: row["person_a"], personB: row["person_b"], recordA: row["record_a"],
                recordB: row["record_b"], sideA: sides[id]?[0] ?? [], sideB: sides[id]?[1] ?? [],
                breakdown: row["breakdown"], figures: figures)
        }
    }

    /// Records answers to review questions, all or none, in one transaction.
    ///
    /// - Parameters:
    ///   - answers: Each question's id and whether its sides are the same person, with
    ///     a note (kept as the decision's reason); in the order given.
    ///   - author: Who answered, kept with every decision recorded.
    /// - Returns: The decisions' numbers.
    /// - Throws: ``AnswerError`` naming the answer (its position in `answers`) that could not be
    ///   recorded: an unknown question, a question answered twice, or a decision error. Nothing is
    ///   recorded then.
    @discardableResult
    public func answer(_ answers: [ReviewAnswer], author: String) throws -> [Int64] {
        try writer.write { db in
            try requireCurrentIdentity(db)
            var seen: [String: Int] = [:]
            var ids: [Int64] = []
            for (position, answer) in answers.enumerated() {
                if let earlier = seen[answer.question] {
                    throw AnswerError(position: position, problem: .answeredTwice(earlierPosition: earlier))
                }
                seen[answer.question] = position
                guard let question = try Self.reviewQuestions(db, id: answer.question).first else {
                    throw AnswerError(position: position, problem: .decision(.unknownQuestion(answer.question)))
                }
                do {
                    ids.append(
                        try Self.addDecision(
                            db, answer.isSamePerson ? .same : .different, sideA: question.sideA, sideB: question.sideB,
                            author: author, reason: answer.note, question: question.id))
                } catch let error as DecisionError {
                    throw AnswerError(position: position, problem: .decision(error))
                }
            }
            return ids
        }
    }
}

/// A person's answer to a `ReviewQuestion`.
public struct ReviewAnswer: Sendable, Hashable {
    /// The question's id.
    package var question: String
    /// Whether the two sides are one person.
    package var isSamePerson: Bool
    /// Why (kept with the decision).
    package var note: String

    /// Answers the question with id `question`: the same person, or not, and why.
    public init(question: String, isSamePerson: Bool, note: String = "") {
        self.question = question
        self.isSamePerson = isSamePerson
        self.note = note
    }
}

/// Why a set of answers was not recorded; none of them was.
public struct AnswerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was wrong with the answer.
    public enum Problem: Equatable, Sendable {
        /// The same question was answered earlier in the set.
        case answeredTwice(earlierPosition: Int)
        /// The decision could not be recorded.
        case decision(DecisionError)
    }

    /// The answer's position in the set, from 0.
    package var position: Int
    /// What was wrong with it.
    public var problem: Problem

    package init(position: Int, problem: Problem) {
        self.position = position
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case .answeredTwice(let earlier): "the question was answered already (answer \(earlier + 1))"
        case .decision(let error): error.description
        }
    }
}

/// What the open review questions can still change in the published figures.
public struct OpenQuestions: Sendable, Hashable, Codable {
    /// How many questions are open.
    public var count: Int
    /// The events whose counts an answer can change, in id order.
    public var events: [String]

    /// Whether nothing is left to answer.
    public var isEmpty: Bool { count == 0 }
}

extension Store {
    /// The open review questions in brief: how many, and which events' counts they can move (each
    /// can also move the year's unique participants).
    ///
    /// - Throws: ``StoreError/identityOutOfDate(path:unmatchedRecords:)`` when the store changed
    ///   since people were last matched.
    public func openQuestions() throws -> OpenQuestions {
        let questions = try reviewQuestions()
        var events = Set<String>()
        for question in questions {
            for case .event(let id) in question.figures { events.insert(id) }
        }
        return OpenQuestions(count: questions.count, events: events.sorted())
    }
}
