import AttendanceCSV
import Foundation

/// The review sheet: the open questions written for a person to answer in a spreadsheet, and the
/// answers read back.
///
/// One row per question. Each side's records are listed in its cell, one per line (event,
/// file:line, name, masked e-mail and CPF, organisation, place), with the evidence for and against
/// the two being one person. The reviewer fills `decision` (`decisao`) with `same` / `mesma` or
/// `different` / `diferente` (either language is accepted in either sheet), or leaves it empty to
/// skip the question; `note` (`observacao`) is kept with the decision.
public enum ReviewSheet {
    /// Words accepted for "the same person".
    package static let sameWords: Set<String> = ["same", "mesma", "mesma pessoa", "sim", "yes", "s", "y"]
    /// Words accepted for "different people".
    package static let differentWords: Set<String> = [
        "different", "diferente", "diferentes", "pessoas diferentes", "não", "nao", "no", "n",
    ]

    /// The header row in a language.
    package static func header(in language: ReportLanguage) -> [String] {
        language == .portuguese ? OwnOutput.reviewSheetHeaderPortuguese : OwnOutput.reviewSheetHeader
    }

    /// Writes the sheet, e-mail addresses and CPFs masked.
    ///
    /// - Parameters:
    ///   - questions: The open questions, in the order to answer them.
    ///   - identities: The records the questions name, by id.
    ///   - language: Headers, numbers and labels; Portuguese sheets use `;` and a decimal comma,
    ///     as Excel in Portuguese opens them.
    ///   - path: The CSV file to write; replaced if it exists.
    /// - Throws: `ExportError` when the file cannot be written.
    public static func write(
        questions: [ReviewQuestion], identities: [Int64: StoredIdentity], language: ReportLanguage, to path: String
    ) throws {
        let dialect: CSVDialect = language == .portuguese ? .excelBrazil : .rfc4180
        var writer = try OutputFile.csvWriter(path: path, dialect: dialect, neutralizesFormulas: true)
        try OutputFile.writing(path) {
            try writer.write(header(in: language))
            for question in questions {
                try writer.write(row(question, identities: identities, language: language))
            }
            try writer.close()
        }
    }

    /// One question's row.
    static func row(_ question: ReviewQuestion, identities: [Int64: StoredIdentity], language: ReportLanguage)
        -> [String]
    {
        let score = String(format: "%.1f", question.score)
        func evidence(_ positive: Bool) -> String {
            question.evidence(forSamePerson: positive).joined(separator: "\n")
        }
        return [
            question.id, String(question.rank), figures(question.figures, language: language), question.personA,
            question.personB, language == .portuguese ? score.replacingOccurrences(of: ".", with: ",") : score,
            evidence(true), evidence(false), describe(question.sideA, identities),
            describe(question.sideB, identities), "", "",
        ]
    }

    /// The figures an answer can change, in words.
    public static func figures(_ figures: [ReviewQuestion.Figure], language: ReportLanguage) -> String {
        figures.map { figure in
            switch (figure, language) {
            case (.event(let id), .portuguese): "participantes de \(id)"
            case (.uniqueParticipants, .portuguese): "participantes únicos"
            case (_, .english): figure.description
            }
        }.joined(separator: "; ")
    }

    /// A side's records, one per line, e-mail addresses masked unless `revealing`.
    public static func describe(
        _ records: [Int64], _ identities: [Int64: StoredIdentity], revealing: Bool = false
    ) -> String {
        records.compactMap { identities[$0] }.map { record in
            var parts = ["\(record.eventID)", "\(record.sourcePath):\(record.line)", record.name]
            if !record.email.isEmpty { parts.append(revealing ? record.email : Masking.email(record.email)) }
            if !record.cpf.isEmpty { parts.append(record.cpf) }
            if !record.organization.isEmpty { parts.append(record.organization) }
            let place = [record.city, record.uf].filter { !$0.isEmpty }.joined(separator: "/")
            if !place.isEmpty { parts.append(place) }
            return parts.joined(separator: " · ")
        }.joined(separator: "\n")
    }

    /// A filled row: the answer and the physical line it is on.
    package struct FilledRow: Sendable, Hashable {
        package var answer: ReviewAnswer
        /// The 1-based physical line of the row.
        package var line: Int
    }

    /// Reads the answers of a filled sheet; rows left empty are skipped.
    ///
    /// - Throws: ``ReviewSheetError`` naming the file, line and column of the first problem: no
    ///   header, a missing column, an answer that is neither word, a question answered twice.
    package static func answers(in path: String) throws -> [FilledRow] {
        let reader = try CSVReader(path: path)
        var columns: [String: Int] = [:]
        var filled: [FilledRow] = []
        var firstLine: [String: Int] = [:]
        let names = Dictionary(
            uniqueKeysWithValues: zip(OwnOutput.reviewSheetHeaderPortuguese, OwnOutput.reviewSheetHeader))
        try reader.forEachRow { row in
            guard !row.isBlank else { return }
            if columns.isEmpty {
                for (index, name) in row.fields.enumerated() {
                    let key = name.trimmingCharacters(in: .whitespaces).lowercased()
                    columns[names[key] ?? key] = index
                }
                for needed in ["question", "decision"] where columns[needed] == nil {
                    throw ReviewSheetError(path: path, line: row.line, column: nil, problem: .missingColumn(needed))
                }
                return
            }
            let decisionColumn = columns["decision"] ?? 0
            let text = row[decisionColumn].trimmingCharacters(in: .whitespaces).lowercased()
            guard !text.isEmpty else { return }
            let isSame: Bool
            if sameWords.contains(text) {
                isSame = true
            } else if differentWords.contains(text) {
                isSame = false
            } else {
                throw ReviewSheetError(
                    path: path, line: row.line, column: decisionColumn + 1, problem: .unknownAnswer(text))
            }
            let question = row[columns["question"] ?? 0].trimmingCharacters(in: .whitespaces)
            if let earlier = firstLine[question] {
                throw ReviewSheetError(
                    path: path, line: row.line, column: decisionColumn + 1,
                    problem: .answeredTwice(earlierLine: earlier))
            }
            firstLine[question] = row.line
            let note = columns["note"].map { row[$0] } ?? ""
            filled.append(
                FilledRow(answer: ReviewAnswer(question: question, isSamePerson: isSame, note: note), line: row.line))
        }
        if columns.isEmpty {
            throw ReviewSheetError(path: path, line: 1, column: nil, problem: .missingColumn("question"))
        }
        return filled
    }
}

/// Why a review sheet could not be applied; nothing of it was.
public struct ReviewSheetError: Error, Equatable, Sendable, CustomStringConvertible {
    package enum Problem: Equatable, Sendable {
        case missingColumn(String)
        case unknownAnswer(String)
        case answeredTwice(earlierLine: Int)
        /// The answer could not be recorded (``AnswerError``'s problem).
        case notRecorded(String)
    }

    package var path: String
    /// The 1-based physical line.
    package var line: Int
    /// The 1-based column, when one cell is at fault.
    package var column: Int?
    package var problem: Problem

    package init(path: String, line: Int, column: Int?, problem: Problem) {
        self.path = path
        self.line = line
        self.column = column
        self.problem = problem
    }

    public var description: String {
        let place = "\(path):\(line)" + (column.map { ":\($0)" } ?? "")
        let what: String
        switch problem {
        case .missingColumn(let name):
            what = "no column '\(name)' (write the sheet again to get every column)"
        case .unknownAnswer(let text):
            what = "'\(text)' is not an answer: write same/mesma or different/diferente, or leave it empty"
        case .answeredTwice(let earlier):
            what = "the question is answered already on line \(earlier)"
        case .notRecorded(let reason):
            what = reason
        }
        return "\(place): \(what); nothing of the sheet was applied"
    }
}

extension ReviewSheet {
    /// Records every answer of a filled sheet, all or none, in one transaction.
    ///
    /// Matching does not run here: the caller runs ``IdentityService/run()`` after, so that the
    /// answers take effect.
    ///
    /// - Returns: The decisions' numbers, one per answered row.
    /// - Throws: ``ReviewSheetError`` naming the file, line and column of the first problem.
    @discardableResult
    public static func apply(path: String, to store: Store, author: String) throws -> [Int64] {
        let rows = try answers(in: path)
        do {
            return try store.answer(rows.map(\.answer), author: author)
        } catch let error as AnswerError {
            let row = rows[error.position]
            throw ReviewSheetError(path: path, line: row.line, column: nil, problem: .notRecorded(error.description))
        }
    }
}
