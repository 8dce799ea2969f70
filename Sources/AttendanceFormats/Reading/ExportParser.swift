import AttendanceModel
/// Turns the rows of one format into records, one row at a time.
///
/// A parser sees every non-blank row of the file in order, from the first (title blocks
/// included), and keeps whatever state its format needs (the current section, the header
/// row, the host's e-mail).
protocol ExportParser {
    /// Reads one row that is neither blank nor padding.
    mutating func read(_ row: SourceRow, into draft: inout ExportDraft)
    /// Called after the last row: resolves dates and anything else that needs the whole file.
    mutating func finish(into draft: inout ExportDraft)
}

extension Column {
    /// The person columns every format may carry, looked for together.
    static let person: [Column] = [
        .name, .firstName, .lastName, .email, .cpf, .phone, .organization, .jobTitle, .city, .uf, .country,
        .publicServant,
    ]
}

extension HeaderMap {
    /// Copies the person fields of `row` into `record`, as written (see ``NameCell`` for the name).
    func fillPerson(_ record: inout AttendanceRecord, from row: SourceRow) {
        record.name = personName(in: row)
        record.email = value(.email, in: row)
        record.cpf = ExportDraft.withoutFormulaGuard(value(.cpf, in: row))
        record.phone = value(.phone, in: row)
        record.organization = value(.organization, in: row)
        record.jobTitle = value(.jobTitle, in: row)
        record.city = value(.city, in: row)
        record.uf = value(.uf, in: row)
        record.country = value(.country, in: row)
        if has(.publicServant) { record.isPublicServant = WrittenAnswer.value(value(.publicServant, in: row)) }
        if has(.isGuest) { record.isGuest = WrittenAnswer.value(value(.isGuest, in: row)) }
    }

    /// Whether the header row is in Portuguese: it uses words only the Portuguese exports use.
    ///
    /// Decides the day/month order of numeric dates that the dates themselves leave open.
    var isPortuguese: Bool {
        let words: Set<String> = [
            "nome", "hora", "horario", "duracao", "convidado", "entrada", "saida", "ingresso", "ingressar",
            "primeiro", "ultima", "funcao", "sobrenome", "participou", "minutos", "reuniao", "carimbo", "endereco",
            "cidade", "municipio", "instituicao", "orgao", "cargo", "conclusao", "pedido", "ingressos",
        ]
        return headers.contains { HeaderKey($0).words.contains { words.contains($0) } }
    }
}
