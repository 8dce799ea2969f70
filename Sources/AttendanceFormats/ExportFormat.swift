/// A kind of export the tool recognises from a file's content.
///
/// Raw values are what `inspect` prints and what messages name.
public enum ExportFormat: String, Sendable, Codable, CaseIterable {
    /// Zoom webinar attendee report (English or Portuguese): host, panelist and attendee
    /// sections; attendees who registered and never came are registrations.
    case zoomWebinarAttendees = "zoom-webinar-attendees"
    /// Zoom webinar registration report: every row is a registration.
    case zoomWebinarRegistrations = "zoom-webinar-registrations"
    /// Zoom meeting participants report, classic or newer portal: one row per join; the
    /// meeting's own e-mail marks the host.
    case zoomMeetingParticipants = "zoom-meeting-participants"
    /// Microsoft Teams attendance report (UTF-16, tab separated): participants counted, in-meeting
    /// activities kept as activity records.
    case teamsAttendance = "teams-attendance"
    /// Microsoft Teams attendance list of 2020–2021, before the sectioned report (UTF-16, tab
    /// separated): one row per join or leave; each person's stays add up to one attendance record.
    case teamsAttendanceLog = "teams-attendance-log"
    /// Google Meet attendance sheet: times of day without a date.
    case meetAttendance = "meet-attendance"
    /// Google Forms responses (Forms or Sheets download): registration or presence, by file name.
    case googleForms = "google-forms"
    /// Sympla participant list: registrations, with check-ins as attendance.
    case sympla
    /// The virtual school's list of course certificates: completions.
    case courseCertificates = "course-certificates"
    /// Moodle's course completion report: completions, and enrolments not completed.
    case moodleCompletion = "moodle-completion"
    /// Any other list with a name column, found by header aliases or an explicit ``ColumnMapping``.
    case genericList = "generic-list"
}
