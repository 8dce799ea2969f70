import Foundation

/// Small programme years the test targets share (a target of its own, so that the CLI's, the
/// server's and the public API's tests read the same fixture instead of three copies).
public enum ProgrammeFixture {
    /// Two events of 2021; Eliane Neves writes two addresses (an institutional one at the first
    /// event, a personal one at the second), which makes one open question; three more people.
    public static let oneOpenQuestion: [String: String] = [
        "events.csv": """
        id,year,kind,title_pt,title_en,dates
        2021-03-10-webinario,2021,webinar,Webinário,Webinar,2021-03-10
        2021-04-20-oficina,2021,workshop,Oficina,Workshop,2021-04-20

        """,
        "2021-03-10-webinario/presenca.csv": """
        Nome,E-mail,Organização,Cidade,UF
        Eliane Neves,eliane.neves@recife.pe.gov.br,Secretaria Municipal de Saúde de Recife,Recife,PE
        Rui Paz,rui.paz@gmail.com,Universidade Federal de Pernambuco,Recife,PE
        Teo Cruz,teo.cruz@gmail.com,OIM,Brasília,DF

        """,
        "2021-04-20-oficina/presenca.csv": """
        Nome,E-mail
        Eliane Neves,eliane.neves@hotmail.com
        Lia Reis,lia.reis@gmail.com

        """,
    ]

    /// Writes `files` (paths relative to `folder`) into `folder`, creating the folders they need.
    public static func write(_ files: [String: String], to folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
