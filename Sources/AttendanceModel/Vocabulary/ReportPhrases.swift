/// The fixed wording of the renderers in one language.
///
/// Kept in one place, side by side, so both languages always say the same thing.
package struct ReportPhrases: Sendable {
    package let language: ReportLanguage

    package let participations: String
    package let uniqueParticipants: String
    package let governmentsReached: String
    package let regionsReached: String
    package let returningParticipants: String
    package let eventCount: String
    package let courseCompleters: String
    package let certifiedGovernments: String

    package let events: String
    package let courses: String
    package let certification: String
    package let byRegion: String
    package let bySector: String
    let byUF: String
    let eventsPerPerson: String
    package let participantsPerEvent: String
    package let completersByMonth: String
    package let definitions: String
    package let privacy: String

    package let dates: String
    package let date: String
    package let event: String
    package let eventID: String
    package let kind: String
    package let sessions: String
    package let participants: String
    package let registrants: String
    package let noShows: String
    package let governments: String
    package let staff: String
    package let headcount: String
    package let course: String
    package let courseID: String
    package let completions: String
    package let completers: String
    package let publicServants: String
    package let enrolmentsNotCompleted: String
    package let completersAtEvents: String
    package let certifiedWithCompleters: String
    package let certifiedWithoutCompleters: String
    package let month: String
    package let region: String
    package let sector: String
    package let uf: String
    package let share: String
    package let figure: String
    package let value: String
    package let total: String
    package let year: String
    package let eventsAttended: String
    package let people: String
    package let municipalities: String
    package let states: String
    package let alsoCertifiedYearBefore: String
    package let certifiedWithParticipants: String
    package let certifiedRegions: String
    package let sourceFiles: String
    package let sourceRecords: String
    package let uniqueParticipantsLow: String
    package let uniqueParticipantsHigh: String

    package let sessionsShort: String
    package let participantsShort: String
    package let registrantsShort: String
    package let noShowsShort: String
    package let governmentsShort: String
    package let headcountMark: String
    package let generatedOn: String
    package let keyFigures: String
    package let reach: String
    package let notes: String
    package let languageChoice: String
    let bothLanguages: String
    package let languageName: String
    package let certifiedByRegion: String
    package let sumOfEventParticipants: String
    package let twoOrMoreEvents: String
    package let returningParticipantsShort: String
    package let statisticsTable: String
    package let column: String

    package static let english = ReportPhrases(
        language: .english,
        participations: "Participations",
        uniqueParticipants: "Unique participants",
        governmentsReached: "Governments reached",
        regionsReached: "Regions reached",
        returningParticipants: "Returning participants (2+ events)",
        eventCount: "Events",
        courseCompleters: "Course completers (people)",
        certifiedGovernments: "Certified governments",
        events: "Events",
        courses: "Courses",
        certification: "Certification",
        byRegion: "Unique participants by region",
        bySector: "Unique participants by sector",
        byUF: "Unique participants by state (UF)",
        eventsPerPerson: "People by number of events attended",
        participantsPerEvent: "Participants per event",
        completersByMonth: "Completers by month of completion",
        definitions: "Definitions",
        privacy: "Privacy",
        dates: "Date(s)",
        date: "Date",
        event: "Event",
        eventID: "Event ID",
        kind: "Kind",
        sessions: "Sessions",
        participants: "Participants",
        registrants: "Registrants",
        noShows: "No-shows",
        governments: "Governments",
        staff: "Staff (not counted)",
        headcount: "Headcount",
        course: "Course",
        courseID: "Course ID",
        completions: "Completions",
        completers: "Completers",
        publicServants: "Public servants",
        enrolmentsNotCompleted: "Enrolments not completed",
        completersAtEvents: "Completers also at events",
        certifiedWithCompleters: "Certified governments with completers",
        certifiedWithoutCompleters: "Certified governments without completers",
        month: "Month",
        region: "Region",
        sector: "Sector",
        uf: "UF",
        share: "Share",
        figure: "Figure",
        value: "Value",
        total: "TOTAL",
        year: "Year",
        eventsAttended: "Events attended",
        people: "People",
        municipalities: "Municipalities",
        states: "States",
        alsoCertifiedYearBefore: "Also certified the year before",
        certifiedWithParticipants: "Certified governments with participants at events",
        certifiedRegions: "Regions with certified governments",
        sourceFiles: "Source files",
        sourceRecords: "Source records",
        uniqueParticipantsLow: "Unique participants (lowest possible)",
        uniqueParticipantsHigh: "Unique participants (highest possible)",
        sessionsShort: "Sess.",
        participantsShort: "Partic.",
        registrantsShort: "Regist.",
        noShowsShort: "No-show",
        governmentsShort: "Govts",
        headcountMark: "* known only by a headcount",
        generatedOn: "Generated on",
        keyFigures: "Key figures",
        reach: "Reach",
        notes: "Notes",
        languageChoice: "Language",
        bothLanguages: "Both",
        languageName: "English",
        certifiedByRegion: "Certified governments by region",
        sumOfEventParticipants: "sum of the events' participants",
        twoOrMoreEvents: "at two events or more",
        returningParticipantsShort: "Returning participants",
        statisticsTable: "Table",
        column: "Column")

    package static let portuguese = ReportPhrases(
        language: .portuguese,
        participations: "Participações",
        uniqueParticipants: "Participantes únicos",
        governmentsReached: "Governos alcançados",
        regionsReached: "Regiões alcançadas",
        returningParticipants: "Participantes recorrentes (2+ eventos)",
        eventCount: "Eventos",
        courseCompleters: "Concluintes de cursos (pessoas)",
        certifiedGovernments: "Governos certificados",
        events: "Eventos",
        courses: "Cursos",
        certification: "Certificação",
        byRegion: "Participantes únicos por região",
        bySector: "Participantes únicos por setor",
        byUF: "Participantes únicos por UF",
        eventsPerPerson: "Pessoas por número de eventos frequentados",
        participantsPerEvent: "Participantes por evento",
        completersByMonth: "Concluintes por mês de conclusão",
        definitions: "Definições",
        privacy: "Privacidade",
        dates: "Data(s)",
        date: "Data",
        event: "Evento",
        eventID: "ID do evento",
        kind: "Tipo",
        sessions: "Sessões",
        participants: "Participantes",
        registrants: "Inscritos",
        noShows: "Ausentes",
        governments: "Governos",
        staff: "Equipe (não contada)",
        headcount: "Contagem de público",
        course: "Curso",
        courseID: "ID do curso",
        completions: "Conclusões",
        completers: "Concluintes",
        publicServants: "Servidores públicos",
        enrolmentsNotCompleted: "Matrículas não concluídas",
        completersAtEvents: "Concluintes também em eventos",
        certifiedWithCompleters: "Governos certificados com concluintes",
        certifiedWithoutCompleters: "Governos certificados sem concluintes",
        month: "Mês",
        region: "Região",
        sector: "Setor",
        uf: "UF",
        share: "Percentual",
        figure: "Indicador",
        value: "Valor",
        total: "TOTAL",
        year: "Ano",
        eventsAttended: "Eventos frequentados",
        people: "Pessoas",
        municipalities: "Municípios",
        states: "Estados",
        alsoCertifiedYearBefore: "Também certificados no ano anterior",
        certifiedWithParticipants: "Governos certificados com participantes em eventos",
        certifiedRegions: "Regiões com governos certificados",
        sourceFiles: "Arquivos de origem",
        sourceRecords: "Registros de origem",
        uniqueParticipantsLow: "Participantes únicos (mínimo possível)",
        uniqueParticipantsHigh: "Participantes únicos (máximo possível)",
        sessionsShort: "Sess.",
        participantsShort: "Partic.",
        registrantsShort: "Inscr.",
        noShowsShort: "Ausent.",
        governmentsShort: "Gov.",
        headcountMark: "* conhecido apenas por contagem de público",
        generatedOn: "Gerado em",
        keyFigures: "Números principais",
        reach: "Alcance",
        notes: "Notas",
        languageChoice: "Idioma",
        bothLanguages: "Ambos",
        languageName: "Português",
        certifiedByRegion: "Governos certificados por região",
        sumOfEventParticipants: "soma dos participantes dos eventos",
        twoOrMoreEvents: "em dois eventos ou mais",
        returningParticipantsShort: "Participantes recorrentes",
        statisticsTable: "Tabela",
        column: "Coluna")

    /// `Participation report 2025`.
    package func reportTitle(year: Int) -> String {
        language == .english ? "Participation report \(year)" : "Relatório de participação \(year)"
    }

    /// `between 800 and 850`, with the numbers already formatted.
    package func range(_ low: String, _ high: String) -> String {
        language == .english ? "between \(low) and \(high)" : "entre \(low) e \(high)"
    }

    /// `5 of 5`, with the numbers already formatted.
    func outOf(_ part: String, _ whole: String) -> String {
        language == .english ? "\(part) of \(whole)" : "\(part) de \(whole)"
    }

    /// `15 sessions`, the number already formatted.
    package func sessionCount(_ count: String) -> String {
        language == .english ? "\(count) sessions" : "\(count) sessões"
    }

    /// `47 municipalities, 5 states`, the numbers already formatted.
    package func municipalitiesAndStates(_ municipalities: String, _ states: String) -> String {
        language == .english
            ? "\(municipalities) municipalities, \(states) states" : "\(municipalities) municípios, \(states) estados"
    }

    /// Where the figures come from, the numbers already formatted.
    package func sourcesSentence(files: String, records: String) -> String {
        language == .english
            ? "Computed from \(files) source files holding \(records) records."
            : "Calculado a partir de \(files) arquivos de origem com \(records) registros."
    }

    /// The one-line certification summary, numbers already formatted.
    package func certificationSentence(
        governments: String, municipalities: String, states: String,
        yearBefore: String, withParticipants: String
    ) -> String {
        switch language {
        case .english:
            "Certified governments: \(governments) (\(municipalities) municipalities, \(states) states); "
                + "\(yearBefore) also certified the year before; \(withParticipants) with participants at events."
        case .portuguese:
            "Governos certificados: \(governments) (\(municipalities) municípios, \(states) estados); "
                + "\(yearBefore) também certificados no ano anterior; \(withParticipants) com participantes em eventos."
        }
    }

    /// What the abbreviated columns of the text table mean.
    package var textLegend: String {
        switch language {
        case .english:
            "Partic. = distinct people at one session or more (hosts and panelists not counted); "
                + "Regist. = registrants; No-show = registrants who attended no session; "
                + "Govts = distinct governments of the participants; n/a = no registration data."
        case .portuguese:
            "Partic. = pessoas distintas em uma sessão ou mais (anfitriões e palestrantes não contam); "
                + "Inscr. = inscritos; Ausent. = inscritos que não compareceram a nenhuma sessão; "
                + "Gov. = governos distintos dos participantes; n/d = sem dados de inscrição."
        }
    }

    /// The definitions footnote of the published reports.
    package var definitionNotes: [String] {
        switch language {
        case .english:
            [
                "Participations are the sum of the participants of every event of the year (courses excluded); "
                    + "a person who attended three events counts three times.",
                "Unique participants are the distinct identified people who attended at least one event. "
                    + "When an event is known only by a headcount, the exact figure cannot be known "
                    + "and the lowest and highest possible values are given.",
                "A participant of an event attended at least one of its sessions. Hosts, panelists, "
                    + "organizers and other staff are recorded but not counted.",
                "Where an event sets a minimum attendance (min_minutes), a person counts for a session only "
                    + "when the minutes of all their connections to that session add up to at least that minimum.",
                "Governments are the distinct municipal and state governments of an event's participants, known "
                    + "from their organisation, institutional e-mail or place. A participant whose lists give none of "
                    + "these (sector Unknown) is counted under no government, so an event with such participants may "
                    + "have reached more governments than its figure says.",
                "Course completers are counted separately, by the month of their first completion.",
            ]
        case .portuguese:
            [
                "Participações são a soma dos participantes de todos os eventos do ano (cursos excluídos); "
                    + "uma pessoa que participou de três eventos conta três vezes.",
                "Participantes únicos são as pessoas identificadas distintas que participaram de pelo menos um "
                    + "evento. Quando um evento é conhecido apenas por contagem de público, o número exato não "
                    + "pode ser conhecido e são informados o menor e o maior valor possíveis.",
                "Participante de um evento é quem esteve em pelo menos uma de suas sessões. Anfitriões, "
                    + "palestrantes, organizadores e demais membros da equipe são registrados, mas não contados.",
                "Quando um evento define uma permanência mínima (min_minutes), a pessoa conta para uma sessão "
                    + "apenas se os minutos de todas as suas conexões a essa sessão somarem pelo menos esse mínimo.",
                "Governos são os governos municipais e estaduais distintos dos participantes de um evento, "
                    + "conhecidos pela organização, pelo e-mail institucional ou pelo local. Um participante cujas "
                    + "listas não trazem nenhum desses dados (setor Não identificado) não é contado em nenhum governo; "
                    + "um evento com participantes assim pode ter alcançado mais governos do que o seu número indica.",
                "Concluintes de cursos são contados à parte, pelo mês da primeira conclusão.",
            ]
        }
    }
}

extension ReportLanguage {
    /// The renderers' wording in this language.
    package var phrases: ReportPhrases {
        switch self {
        case .english: .english
        case .portuguese: .portuguese
        }
    }
}
