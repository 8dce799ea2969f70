import AttendanceService

/// What `report` and `export` say before publishing: how many identity questions are open and
/// which figures they can still move; with `--strict`, they refuse to publish then.
enum PublicationGuard {
    /// Warns about open questions (on standard error); throws when `strict` and some are open.
    static func check(_ open: OpenQuestions, strict: Bool) throws {
        guard !open.isEmpty else { return }
        var figures = open.events.prefix(6).map { ReviewQuestion.Figure.event($0).description }
        if open.events.count > 6 { figures.append("\(open.events.count - 6) more events") }
        figures.append(ReviewQuestion.Figure.uniqueParticipants.description)
        let text =
            "\(open.count) identity question\(open.count == 1 ? " is" : "s are") open; "
            + "the answers can change: \(figures.joined(separator: ", ")) (attendance review)"
        if strict { throw CommandError.openQuestions(text) }
        Terminal.warn("warning: " + text)
    }
}

extension PublicationGuard {
    /// Reads figures as ``StoreOptions/reading(_:_:)`` does, having first checked the open questions.
    static func reading<T>(_ options: StoreOptions, strict: Bool, _ read: (Store) throws -> T) throws -> T {
        try options.reading { store in
            try check(try store.openQuestions(), strict: strict)
            return try read(store)
        }
    }
}
