import AttendanceModel

extension ReportPhrases {
    /// The privacy footnote; `threshold` is the small-cell threshold when suppression is on.
    func privacyNotes(threshold: Int?) -> [String] {
        var notes: [String]
        switch language {
        case .english:
            notes = ["This report contains aggregate figures only: no names, e-mail addresses or other personal data."]
            if let threshold {
                notes.append(suppressionLegend(threshold: threshold))
            }
        case .portuguese:
            notes = ["Este relatório contém apenas números agregados: nenhum nome, e-mail ou outro dado pessoal."]
            if let threshold {
                notes.append(suppressionLegend(threshold: threshold))
            }
        }
        return notes
    }

    /// What `<t` and `X` mean in a published table.
    func suppressionLegend(threshold: Int) -> String {
        switch language {
        case .english:
            "Counts of people from 1 to \(threshold - 1) are shown as “<\(threshold)”; where a total would give "
                + "such a count away by subtraction, another count (or the total) is hidden as “\(PublishedReport.complementaryMark)”."
        case .portuguese:
            "Contagens de 1 a \(threshold - 1) pessoas aparecem como “<\(threshold)”; quando um total permitiria "
                + "descobri-las por subtração, outra contagem (ou o total) é ocultada como “\(PublishedReport.complementaryMark)”."
        }
    }
}
