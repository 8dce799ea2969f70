/// The version of attendance: printed by `attendance --version` and written into every report, so
/// that a published figure says which release computed it.
public enum AttendanceVersion {
    /// Semantic version of this release.
    public static let current = "0.21.0"
}
