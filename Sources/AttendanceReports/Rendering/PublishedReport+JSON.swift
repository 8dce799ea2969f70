import AttendanceModel
import Foundation

extension PublishedReport {
    /// One step of a path into the report's JSON object: a key or an array index.
    enum PathStep: Hashable {
        case key(String)
        case index(Int)
    }

    /// Where `cell` is in the JSON object of ``YearlyReport``; `nil` for a sum the JSON does not hold.
    static func jsonPath(of cell: Cell) -> [PathStep]? {
        switch cell {
        case .participations: [.key("participations")]
        case .uniqueParticipants: [.key("uniqueParticipants")]
        case .uniqueParticipantsLow: [.key("uniqueParticipantsRange"), .key("low")]
        case .uniqueParticipantsHigh: [.key("uniqueParticipantsRange"), .key("high")]
        case .returningParticipants: [.key("returningParticipants")]
        case .uniqueCompleters: [.key("uniqueCompleters")]
        case .totalRegistrants, .totalNoShows: nil
        case .eventParticipants(let event): [.key("events"), .index(event), .key("participants")]
        case .eventHeadcount(let event): [.key("events"), .index(event), .key("headcount")]
        case .eventRegistrants(let event): [.key("events"), .index(event), .key("registrants")]
        case .eventNoShows(let event): [.key("events"), .index(event), .key("noShows")]
        case .eventStaff(let event): [.key("events"), .index(event), .key("staff")]
        case .eventSector(let event, let key): [.key("events"), .index(event), .key("bySector"), .key(key)]
        case .eventRegion(let event, let key): [.key("events"), .index(event), .key("byRegion"), .key(key)]
        case .session(let event, let session):
            [.key("events"), .index(event), .key("perSession"), .index(session), .key("participants")]
        case .sector(let key): [.key("bySector"), .key(key)]
        case .region(let key): [.key("byRegion"), .key(key)]
        case .uf(let key): [.key("byUF"), .key(key)]
        case .eventsPerPerson(let key): [.key("eventsPerPerson"), .key(key)]
        case .courseCompletions(let course): [.key("courses"), .index(course), .key("completions")]
        case .courseCompleters(let course): [.key("courses"), .index(course), .key("completers")]
        case .coursePublicServants(let course): [.key("courses"), .index(course), .key("publicServants")]
        case .courseNotCompleted(let course): [.key("courses"), .index(course), .key("enrolmentsNotCompleted")]
        case .courseAtEvents(let course): [.key("courses"), .index(course), .key("completersAtEvents")]
        case .courseMonth(let course, let key): [.key("courses"), .index(course), .key("completersByMonth"), .key(key)]
        case .courseYear(let course, let key): [.key("courses"), .index(course), .key("completersByYear"), .key(key)]
        }
    }

    /// A path as text: `events[2].bySector.government`.
    static func text(of path: [PathStep]) -> String {
        var text = ""
        for step in path {
            switch step {
            case .key(let key): text += (text.isEmpty ? "" : ".") + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// The report's JSON object with every hidden count `null`, and a `suppression` object:
    /// `threshold`, and the paths of the hidden counts under `belowThreshold` and `complementary`.
    ///
    /// Without a threshold it is the report's own encoding, byte for byte, with `provenance` added
    /// when given.
    func jsonText(provenance: ReportProvenance? = nil) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(WithProvenance(value: report, provenance: provenance))
        guard let threshold else { return String(decoding: data, as: UTF8.self) + "\n" }
        var object = try JSONSerialization.jsonObject(with: data)
        var below: [String] = []
        var complementary: [String] = []
        for cell in values.keys {
            guard let reason = reason(cell), let path = Self.jsonPath(of: cell) else { continue }
            object = Self.replacing(path[...], in: object)
            switch reason {
            case .belowThreshold: below.append(Self.text(of: path))
            case .complementary: complementary.append(Self.text(of: path))
            }
        }
        guard var root = object as? [String: Any] else { return String(decoding: data, as: UTF8.self) + "\n" }
        root["suppression"] = [
            "threshold": threshold, "belowThreshold": below.sorted(), "complementary": complementary.sorted(),
        ]
        let text = try JSONSerialization.data(
            withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: text, as: UTF8.self) + "\n"
    }

    /// `object` with the value at `path` replaced by JSON `null` (unchanged when the path is not there).
    private static func replacing(_ path: ArraySlice<PathStep>, in object: Any) -> Any {
        guard let step = path.first else { return NSNull() }
        switch step {
        case .key(let key):
            guard var dictionary = object as? [String: Any], let inner = dictionary[key] else { return object }
            dictionary[key] = replacing(path.dropFirst(), in: inner)
            return dictionary
        case .index(let index):
            guard var array = object as? [Any], array.indices.contains(index) else { return object }
            array[index] = replacing(path.dropFirst(), in: array[index])
            return array
        }
    }
}
