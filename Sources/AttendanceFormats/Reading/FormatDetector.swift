import Foundation

/// The format of an export and the header row it was recognised by.
struct Detection: Sendable {
    var format: ExportFormat
    /// The row the format was recognised by (a header row, or a Teams section title).
    var header: SourceRow
}

/// Recognises an export's format from its first rows, never from its file name.
///
/// Each known format has a signature: headers (in English or Portuguese) that only it has
/// together, or, for Teams, its numbered section titles. The first rows are scanned for any
/// known signature first, then for a generic list's name column; so a report whose people
/// come after a title block is still recognised by its people's header.
enum FormatDetector {
    /// Rows looked at to recognise a format.
    static let rowsLooked = 50

    /// The format of the file whose first non-blank rows are `rows`.
    static func detect(_ rows: [SourceRow]) -> Detection? {
        for row in rows {
            if let format = specificFormat(of: row) { return Detection(format: format, header: row) }
        }
        for row in rows where isListHeader(row) {
            return Detection(format: .genericList, header: row)
        }
        return nil
    }

    /// The output of attendance itself that `rows` are, and the line of its header row: such a
    /// file is refused before any format is looked for (see ``OwnOutput``).
    static func ownOutput(in rows: [SourceRow]) -> (OwnOutput, line: Int)? {
        for row in rows {
            if let output = OwnOutput.written(by: row) { return (output, row.line) }
        }
        return nil
    }

    /// The header row holding every header of `mapping`.
    static func header(for mapping: ColumnMapping, in rows: [SourceRow]) -> SourceRow? {
        let wanted = mapping.pairs.map { HeaderKey($0.header).compact }
        return rows.first { row in
            let present = Set(row.fields.map { HeaderKey($0).compact })
            return wanted.allSatisfy { present.contains($0) }
        }
    }

    /// The format `row` is the signature of, other than a generic list.
    static func specificFormat(of row: SourceRow) -> ExportFormat? {
        let keys = Set(row.fields.map { HeaderKey($0).compact }.filter { !$0.isEmpty })
        func has(_ aliases: [String]) -> Bool { aliases.contains { keys.contains(HeaderKey($0).compact) } }
        func has(_ column: Column) -> Bool { !keys.isDisjoint(with: column.aliasKeys) }

        if row.isTitle, TeamsAttendanceParser.section(titled: row[0]) != nil { return .teamsAttendance }
        if has(["first join", "primeiro ingresso"]) && has(["last leave", "ultima saida"]) { return .teamsAttendance }
        // Older Teams reports: no numbered sections, one table with a role column.
        if has(.name) && has(.joinTime) && has(.leaveTime) && has(.duration) && has(.role) { return .teamsAttendance }
        // The 2020–2021 Teams list of joins and leaves; before forms, which also have a timestamp and a name.
        if has(.name) && has(.userAction) && has(.timestamp) { return .teamsAttendanceLog }
        if has(.attended) && (has(.userName) || has(.joinTime)) { return .zoomWebinarAttendees }
        if has(.registrationTime) && has(["approval status", "status de aprovacao"]) && !has(.joinTime) {
            return .zoomWebinarRegistrations
        }
        if has(["name (original name)", "nome (nome original)"]) && (has(.joinTime) || has(.duration)) {
            return .zoomMeetingParticipants
        }
        if has(["first name", "nome"]) && has(["last name", "sobrenome"]) && has(["duration", "duracao"])
            && has(["time joined", "horario de entrada"])
        {
            return .meetAttendance
        }
        let map = HeaderMap(headers: row.fields, columns: [.name, .firstName, .lastName, .email])
        if has(.courseComplete) && (map.hasPersonName || map.has(.email)) { return .moodleCompletion }
        if has(.completionDate) && map.hasPersonName { return .courseCertificates }
        if has(.checkIn) && (has(["numero do pedido", "tipo de ingresso", "order number"]) || has(.checkInDate)) {
            return .sympla
        }
        // Forms put the timestamp first; a sheet may move it, so its unmistakable names count anywhere.
        if Column.timestamp.aliasKeys.contains(HeaderKey(row[0]).compact)
            || has(["carimbo de data/hora", "carimbo de data e hora", "timestamp", "marca temporal"])
        {
            let fuzzy = HeaderMap(headers: row.fields, columns: [.email, .name, .firstName, .lastName], fuzzy: true)
            if fuzzy.hasPersonName || fuzzy.has(.email) { return .googleForms }
        }
        return nil
    }

    /// Whether `row` is the header of a list: it names a column of names by a known alias.
    static func isListHeader(_ row: SourceRow) -> Bool {
        HeaderMap(headers: row.fields, columns: [.name, .firstName, .lastName]).hasPersonName
    }

    // MARK: Unrecognised files

    /// Headers each known format writes, to find the nearest format of an unknown file.
    static let knownHeaders: [(ExportFormat, Set<String>)] = {
        let table: [(ExportFormat, [String])] = [
            (
                .zoomWebinarAttendees,
                [
                    "attended", "participou", "user name (original name)", "nome de usuario (nome original)",
                    "join time", "hora de entrada", "leave time", "hora de saida", "time in session (minutes)",
                    "tempo na sessao (minutos)", "is guest", "e convidado", "country/region name",
                    "nome do pais/regiao",
                    "first name", "last name", "email", "e-mail", "registration time", "approval status",
                ]
            ),
            (
                .zoomWebinarRegistrations,
                [
                    "first name", "last name", "email", "city", "state/province", "organization", "job title",
                    "registration time", "approval status", "nome", "sobrenome", "e-mail", "cidade",
                    "estado/provincia", "organizacao", "cargo", "hora da inscricao", "status de aprovacao",
                ]
            ),
            (
                .zoomMeetingParticipants,
                [
                    "name (original name)", "user email", "join time", "leave time", "duration (minutes)", "guest",
                    "nome (nome original)", "e-mail", "ingressar na hora", "hora de saida", "duracao (minutos)",
                    "convidado", "na sala de espera", "in waiting room",
                ]
            ),
            (
                .teamsAttendance,
                [
                    "name", "first join", "last leave", "in-meeting duration", "email", "participant id (upn)", "role",
                    "nome", "primeiro ingresso", "ultima saida", "duracao na reuniao", "id do participante (upn)",
                    "funcao", "join time", "leave time", "duration",
                ]
            ),
            (
                .teamsAttendanceLog,
                [
                    "full name", "user action", "timestamp", "nome completo", "acao do usuario",
                    "carimbo de data/hora",
                ]
            ),
            (
                .meetAttendance,
                [
                    "first name", "last name", "email", "duration", "time joined", "time exited", "nome", "sobrenome",
                    "e-mail", "duracao", "horario de entrada", "horario de saida",
                ]
            ),
            (
                .googleForms,
                [
                    "carimbo de data/hora", "timestamp", "endereco de e-mail", "email address", "nome completo", "cpf",
                    "instituicao/orgao", "cargo/funcao", "municipio", "uf",
                ]
            ),
            (
                .sympla,
                [
                    "numero do pedido", "nome", "sobrenome", "email", "data da compra", "tipo de ingresso", "valor",
                    "check-in", "data check-in", "cpf",
                ]
            ),
            (
                .courseCertificates,
                [
                    "nome", "cpf", "e-mail", "orgao", "esfera", "municipio", "uf", "servidor publico",
                    "data de conclusao", "carga horaria", "nota final",
                ]
            ),
            (.moodleCompletion, ["id", "name", "email address", "course complete", "first name", "surname"]),
        ]
        return table.map { ($0.0, Set($0.1.map { HeaderKey($0).compact })) }
    }()

    /// The row most like a header and the known format sharing most headers with it.
    ///
    /// Ties go to the earlier row and to the earlier format in ``ExportFormat/allCases``.
    /// Without any shared header, the first row and no format.
    static func nearest(_ rows: [SourceRow]) -> (row: SourceRow?, format: ExportFormat?) {
        var best: (row: SourceRow, format: ExportFormat, score: Int)?
        for row in rows {
            let keys = Set(row.fields.map { HeaderKey($0).compact }.filter { !$0.isEmpty })
            for (format, headers) in knownHeaders {
                let score = keys.intersection(headers).count
                if score > (best?.score ?? 0) { best = (row, format, score) }
            }
        }
        if let best { return (best.row, best.format) }
        return (rows.first, nil)
    }

    /// A mapping that would read the rows below `header` as a list, from what their cells look
    /// like: a column of personal names (two or more words of letters), of e-mails, of CPFs.
    ///
    /// - Returns: `nil` when no column looks like names, or it has no header text to map.
    static func suggestedMapping(header: SourceRow, rows: [SourceRow]) -> String? {
        let below = rows.filter { $0.line > header.line }
        guard !below.isEmpty else { return nil }
        func bestColumn(_ looksRight: (String) -> Bool) -> Int? {
            var best: (index: Int, share: Double)?
            for index in header.fields.indices {
                let values = below.map { $0[index].trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                guard !values.isEmpty else { continue }
                let share = Double(values.filter(looksRight).count) / Double(values.count)
                if share >= 0.6 && share > (best?.share ?? 0) { best = (index, share) }
            }
            return best?.index
        }
        guard let name = bestColumn(looksLikeName), !HeaderKey(header[name]).isEmpty else { return nil }
        var parts = ["name=\(header[name].trimmingCharacters(in: .whitespaces))"]
        if let email = bestColumn({ $0.contains("@") && $0.contains(".") && !$0.contains(" ") }), email != name,
            !HeaderKey(header[email]).isEmpty
        {
            parts.append("email=\(header[email].trimmingCharacters(in: .whitespaces))")
        }
        if let cpf = bestColumn(looksLikeCPF), cpf != name, !HeaderKey(header[cpf]).isEmpty {
            parts.append("cpf=\(header[cpf].trimmingCharacters(in: .whitespaces))")
        }
        return parts.joined(separator: ",")
    }

    private static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " })
        return words.count >= 2 && text.allSatisfy { $0.isLetter || $0 == " " || $0 == "'" || $0 == "-" || $0 == "." }
    }

    private static func looksLikeCPF(_ text: String) -> Bool {
        text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == " ") }
            && text.filter(\.isNumber).count == 11
    }
}
