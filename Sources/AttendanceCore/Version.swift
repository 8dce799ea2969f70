public enum AttendanceCoreVersion { public static let current = "0.1.0" }
