/// Whether a demo year carries the hazards that trip a matcher on lists it has never seen.
///
/// Off by default: a year generated without hazards has the same bytes as before they existed.
/// With ``field`` the year adds, at rates like those of the programme's real lists, each kind of
/// ``DemoMess/hazardKinds``: namesakes at different governments or organisations, a namesake's
/// personal address typed by another person, given names that differ by gender, a short name
/// inside a long one, name-only rows beside a namesake with a CPF, a misspelt Teams guest, one
/// person whose lists carry different middle names and addresses, an empty row after a header,
/// and many namesakes among the course's completers. Every record keeps the evidence a careful
/// reader would use to tell (an address, an organisation, a city or a state): no two different
/// people share name, address, organisation and city in one list.
public enum DemoHazards: String, Sendable, Hashable, CaseIterable {
    /// No hazards: the year as the generator always wrote it.
    case off
    /// The hazards at field rates, scaled with the year (at least one of each kind).
    case field

    /// Pairs of people at scale 1, per kind of hazard: roughly one person in 25 of the events'
    /// 787 has a confusable namesake, as in the field samples.
    static let namesakeElsewherePairs = 12
    static let borrowedEmailPairs = 4
    static let givenNameGenderPairs = 6
    static let shortAndLongNamePairs = 4
    static let nameOnlyNamesakePairs = 6
    /// People (not pairs) at scale 1.
    static let misspeltGuests = 3
    static let middleNamesVaryPeople = 4
    /// Pairs of namesakes among the course's 2,120 completers at scale 1 (about 4 % of them).
    static let courseNamesakePairs = 40
}
