import AttendanceModel
import Foundation

/// Reads Zoom meeting participant reports, classic and newer portal, English or Portuguese.
///
/// Classic: a meeting block (`Meeting ID,Topic,Start Time,End Time,User Email,…` and its
/// values, where `User Email` is the host's), a blank line, then `Name (Original Name),User
/// Email,Join Time,Leave Time,Duration (Minutes),Guest`. Newer portal: `Tópico,ID,Anfitrião,…`
/// and its values, then `Nome (nome original),E-mail,Ingressar na hora,Hora de saída,Duração
/// (minutos),Convidado,Na sala de espera`. Either may come without the meeting block.
///
/// Every row is one join: attendance, present. The row whose e-mail is the host's (or, when
/// the block names the host without an e-mail, whose name is the host's) has role host.
/// A row marked as in the waiting room is kept but not present.
///
/// Dates are `MM/dd/yyyy hh:mm:ss a` or `dd/MM/yyyy hh:mm:ss a`: the file's dates decide
/// (``DateOrderEvidence``); when they cannot, Portuguese headers mean day first and English ones month first.
struct ZoomMeetingParser: ExportParser {
    private var block: HeaderMap?
    private var host: String?
    private var map: HeaderMap?

    mutating func read(_ row: SourceRow, into draft: inout ExportDraft) {
        if let block {
            host = block.value(.hostEmail, in: row).trimmingSpaces()
            draft.noteStatedDay(in: row, column: block[.startTime], header: block.header(.startTime))
            self.block = nil
            return
        }
        if map == nil {
            if FormatDetector.specificFormat(of: row) == .zoomMeetingParticipants {
                map = HeaderMap(headers: row.fields, columns: Self.columns)
            } else {
                let candidate = HeaderMap(headers: row.fields, columns: [.hostEmail, .startTime])
                if candidate.has(.startTime) || candidate.has(.hostEmail) { block = candidate }
            }
            return
        }
        guard let map else { return }
        var record = AttendanceRecord(kind: .attendance, line: row.line)
        map.fillPerson(&record, from: row)
        record.attended = WrittenAnswer.value(map.value(.waitingRoom, in: row)) == true ? false : true
        if isHost(record) { record.role = .host }
        record.minutes = draft.minutes(in: row, column: map[.duration], header: map.header(.duration))
        let index = draft.add(record)
        draft.noteStayTimes(in: row, map: map, record: index)
    }

    mutating func finish(into draft: inout ExportDraft) {
        draft.resolveDates(fallback: map?.isPortuguese == true ? .dayFirst : .monthFirst)
    }

    private func isHost(_ record: AttendanceRecord) -> Bool {
        guard let host, !host.isEmpty else { return false }
        let text = (host.contains("@") ? record.email : record.name).trimmingSpaces()
        // ASCII texts of different lengths cannot be equal, letter case aside: skip Foundation's compare.
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 } && host.utf8.allSatisfy { $0 < 0x80 }
        guard text.utf8.count == host.utf8.count || !isASCII else { return false }
        return text.caseInsensitiveCompare(host) == .orderedSame
    }

    private static let columns: [Column] = Column.person + [.joinTime, .leaveTime, .duration, .isGuest, .waitingRoom]
}
