import AttendanceModel
/// What the HTML report shows besides the figures.
public struct HTMLReportOptions: Sendable, Hashable {
    /// The programme's name, first in the page title: `Programa MigraCidades`.
    package var programmeName: String
    /// An optional line under the title, such as the partner institutions; shown as plain text.
    package var subtitle: String?
    /// With a value `t` of 2 or more, breakdown counts from 1 to `t - 1` (participants by region
    /// and by sector) are shown as `<t`; `nil` shows every count. Totals are never suppressed.
    package var smallCellThreshold: Int?
    /// The generation date as the caller wants it printed (`2025-12-01`); `nil` prints none, so
    /// the same report always renders to the same bytes.
    package var generatedOn: String?
    /// When, by which release and from which data the page was made: printed under the title
    /// (the date, when ``generatedOn`` is `nil`) and in full at the foot of the page; `nil` prints none.
    package var provenance: ReportProvenance?

    /// Creates options; every parameter has the default of the published report.
    public init(
        programmeName: String = "Programa MigraCidades", subtitle: String? = nil,
        smallCellThreshold: Int? = nil, generatedOn: String? = nil, provenance: ReportProvenance? = nil
    ) {
        self.programmeName = programmeName
        self.subtitle = subtitle
        self.smallCellThreshold = smallCellThreshold
        self.generatedOn = generatedOn
        self.provenance = provenance
    }
}
