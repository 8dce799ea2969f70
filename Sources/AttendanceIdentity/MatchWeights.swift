/// The log₂ likelihood-ratio weight of each comparison level, and the decision thresholds.
///
/// A weight is log₂(m/u): m is how often the level is reached by two records of one person, u
/// by records of two people. The defaults are round values estimated from field samples; they
/// are deliberately not fitted to any one file.
package struct MatchWeights: Sendable, Hashable {
    /// Two equal valid CPFs.
    package var cpfAgree = 25.0
    /// Two different valid CPFs (also a hard block).
    package var cpfDisagree = -30.0

    /// Identical names, by number of words (1, 2, 3, 4 or more).
    package var nameIdentical = [2.0, 7.0, 10.0, 12.0]
    /// The same words with small typos, per word count; each typo-word costs ``nameTypoPenalty``
    /// beyond the first.
    package var nameTypo = [1.0, 6.0, 9.0, 11.0]
    /// What each typo-word beyond the first takes off ``nameTypo``.
    package var nameTypoPenalty = 1.0
    /// The shorter name's words all found in the longer one, first and last agreeing
    /// (middle names dropped), by the shorter name's word count.
    package var nameShortened = [1.5, 5.0, 7.5, 9.0]
    /// Given name and surname swapped without a comma.
    package var nameReordered = -1.0
    /// The shorter name starts with the longer one's second given name (`Priscila Martins` for `Maria Priscila Martins`).
    package var nameMiddleAsGiven = [0.0, 3.0, 5.0, 6.0]
    /// All words found but the longer name carries one more final surname.
    package var nameLastSurnameDropped = [0.0, 2.5, 5.0, 6.0]
    /// First and last agree but a middle name conflicts (`Regina Cristina Yamamoto` / `Regina Nunes Yamamoto`).
    package var nameMiddleConflict = 0.5
    /// One side is a given name alone that agrees.
    package var nameGivenOnly = 1.5
    /// One side is a single word agreeing with the other's last surname.
    package var nameSurnameOnly = 0.0
    /// Given names agree but the shorter name's last surname is nowhere in the longer
    /// (`Paulo Alves` / `Paulo Santana Marques`).
    package var nameSurnameConflict = -6.0
    /// The given names differ (and neither order nor a second given name explains it).
    package var nameGivenConflict = -9.0
    /// Different generational suffixes (a Filho and a Neto): father and son, or grandfather and grandson.
    package var nameSuffixConflict = -10.0
    /// Name agreements count less for common names (Fellegi–Sunter frequency weights): a name whose
    /// first and last words are shared by more records than this loses log₂(count ÷ baseline).
    package var nameFrequencyBaseline = 20.0
    /// The most a name agreement loses for being common.
    package var nameFrequencyPenaltyCap = 6.0

    /// The same address, used only by compatible names.
    package var emailAgree = 8.0
    /// The same address, used by several incompatible names (a department's).
    package var emailShared = 1.5
    /// The same letters in the local part at another domain, for a local part of 8 letters or more.
    package var emailSameLocalPartLong = 4.0
    /// The same letters in a local part shorter than 8 letters, at another domain.
    package var emailSameLocalPartShort = 1.5
    /// Local parts at least 0.93 alike (Jaro–Winkler) that do not just spell the name.
    package var emailSimilarLocalPart = 2.0
    /// Different addresses (one person has one or two; most pairs of records of a person share one).
    package var emailDisagree = -3.0
    /// Different local parts at the same institutional domain (one address per person per institution).
    package var emailDisagreeSameDomain = -3.5
    /// Different addresses, one side's only at an institution and the other's only at a personal
    /// provider: most people have one of each.
    package var emailWorkAndPersonal = -2.0

    /// The same phone number (last eight digits).
    package var phoneAgree = 5.0
    /// Different phone numbers.
    package var phoneDisagree = -1.0

    /// The same government (level and IBGE code).
    package var governmentAgree = 2.5
    /// Different governments of one state (a municipality and its state, or two neighbours).
    package var governmentDisagree = -2.5
    /// Governments in different states: people rarely change employer across states within a year.
    package var governmentInOtherUnit = -4.0
    /// Organisation names sharing a key (``OrganizationKey``).
    package var organizationAgree = 2.5
    /// The same institutional e-mail domain when no organisation is written on one side.
    package var domainAgree = 2.0
    /// Different organisations, or a government against a non-government institution.
    package var organizationDisagree = -2.0

    /// The same municipality from the city and UF fields.
    package var municipalityAgree = 1.0
    /// Different municipalities of one state.
    package var municipalityDisagree = -1.0
    /// The same UF, a municipality missing on one side.
    package var unitAgree = 0.5
    /// Different UFs.
    package var unitDisagree = -2.5

    /// Two rows of one list (file) under different e-mail addresses.
    package var sameSourceOtherAddress = -1.5
    /// Two records of one event from different lists (registration and attendance, two sessions).
    package var sameEventOtherList = 2.0

    /// Scores at or above this link records without review.
    package var matchThreshold = 7.0
    /// Scores at or above this (and below ``matchThreshold``) link records and queue the pair for review.
    package var reviewThreshold = 4.0
    /// A scored link is refused when the mean score between the two clusters' records falls below this.
    package var clusterCoherenceFloor = 2.0

    /// The default weights.
    package init() {}

    static func byCount(_ table: [Double], _ count: Int) -> Double {
        table[min(max(count, 1), table.count) - 1]
    }
}
