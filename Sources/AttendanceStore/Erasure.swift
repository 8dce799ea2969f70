/// What ``Store/erase(person:author:reason:waitingForReaders:)`` did.
public struct Erasure: Sendable, Equatable {
    /// The number of records whose personal data was erased.
    public var records: Int
    /// Whether the erased data may still be in the store's files: another program held a read
    /// open on the store, so SQLite could not write the erasure through into the store file and
    /// empty its `-wal`. The erasure is recorded; the next opening of the store that may write
    /// finishes it once the readers are gone, and logs that in the audit log.
    public var isPending: Bool

    package init(records: Int, isPending: Bool) {
        self.records = records
        self.isPending = isPending
    }
}
