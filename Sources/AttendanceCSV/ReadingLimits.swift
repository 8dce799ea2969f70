/// How much of a file ``CSVReader`` takes in: the size of the whole file and of one field.
///
/// A file over `maximumFileBytes` is refused before its bytes are read
/// (``CSVError/fileTooLarge(file:size:limit:)``). A field over `maximumFieldBytes` skips its
/// record with a ``CSVWarning`` (`CSVWarning/Kind/fieldTooLong(bytes:limit:)`) and the rest of
/// the file is read; while such a field is read, only about `maximumFieldBytes` of it plus one
/// chunk is held, so memory stays bounded however long it is. No export of a few thousand people
/// comes near either limit: a Zoom report of 5,000 rows is about 1 MiB, and no name, e-mail or
/// answer to a form needs 64 KiB.
public struct ReadingLimits: Sendable, Hashable {
    /// 512 MiB: a file larger than this is refused.
    public static let defaultMaximumFileBytes = 512 << 20
    /// 64 KiB: a field longer than this skips its record.
    public static let defaultMaximumFieldBytes = 64 << 10
    /// The most a field limit may be: 64 MiB, the cap of libcsv's field buffer, over which a file
    /// fails as a whole (``CSVError/fieldTooLarge(file:line:limit:)``).
    public static let largestFieldLimit = 64 << 20

    /// The largest file read, in bytes (a file's size on disk, before decoding).
    public var maximumFileBytes: Int
    /// The longest field kept, in bytes of UTF-8 (after decoding); 1 to ``largestFieldLimit``.
    public var maximumFieldBytes: Int

    /// Creates limits; a field limit outside 1…`largestFieldLimit` is brought inside it, and a
    /// file limit below 0 taken as 0.
    ///
    /// - Parameters:
    ///   - maximumFileBytes: The largest file read, in bytes; 512 MiB by default.
    ///   - maximumFieldBytes: The longest field kept, in bytes of UTF-8; 64 KiB by default.
    public init(
        maximumFileBytes: Int = ReadingLimits.defaultMaximumFileBytes,
        maximumFieldBytes: Int = ReadingLimits.defaultMaximumFieldBytes
    ) {
        self.maximumFileBytes = max(0, maximumFileBytes)
        self.maximumFieldBytes = min(max(1, maximumFieldBytes), Self.largestFieldLimit)
    }
}
