/// The column headers of a Zoom webinar attendee report, in English or Portuguese, as the demo
/// year and the benchmark years write them.
enum ZoomReportHeaders {
    /// The columns of the webinar's summary line at the top of the report.
    static func summary(portuguese: Bool) -> [String] {
        portuguese
            ? [
                "Tópico", "ID do webinar", "Hora de início real", "Duração real (minutos)", "Nº de inscritos",
                "Nº de cancelados", "Espectadores únicos", "Total de usuários", "Máximo de visualizações simultâneas",
            ]
            : [
                "Topic", "Webinar ID", "Actual Start Time", "Actual Duration (minutes)", "# Registered", "# Cancelled",
                "Unique Viewers", "Total Users", "Max Concurrent Views",
            ]
    }

    /// The columns of the host and panelist sections.
    static func staff(portuguese: Bool) -> [String] {
        portuguese
            ? [
                "Participou", "Nome de usuário (nome original)", "E-mail", "Hora de entrada", "Hora de saída",
                "Tempo na sessão (minutos)", "É convidado", "Nome do país/região",
            ]
            : [
                "Attended", "User Name (Original Name)", "Email", "Join Time", "Leave Time",
                "Time in Session (minutes)", "Is Guest", "Country/Region Name",
            ]
    }

    /// The columns of the attendee section, the programme's two custom questions included.
    static func attendees(portuguese: Bool) -> [String] {
        portuguese
            ? [
                "Participou", "Nome de usuário (nome original)", "Nome", "Sobrenome", "E-mail", "Cidade",
                "País/região", "Estado/província", "Organização", "Cargo", "Hora da inscrição", "Status de aprovação",
                "Hora de entrada", "Hora de saída", "Tempo na sessão (minutos)", "É convidado", "Órgão de lotação",
                "Município/UF", "Nome do país/região",
            ]
            : [
                "Attended", "User Name (Original Name)", "First Name", "Last Name", "Email", "City",
                "Country/Region", "State/Province", "Organization", "Job Title", "Registration Time",
                "Approval Status", "Join Time", "Leave Time", "Time in Session (minutes)", "Is Guest",
                "Órgão de lotação", "Município/UF", "Country/Region Name",
            ]
    }
}
