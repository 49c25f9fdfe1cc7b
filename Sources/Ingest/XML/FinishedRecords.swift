import ReviewModel

/// The records an XML builder has finished and the reader has not taken yet, in file order.
///
/// One chunk of the file may finish many records; each is moved out when taken, leaving nil,
/// so that its many fields are not copied, and the storage is reused once all are taken.
struct FinishedRecords {
  private var records: [Record?] = []
  private var next = 0

  mutating func append(_ record: Record) {
    records.append(record)
  }

  /// The oldest record not taken yet, or nil.
  mutating func take() -> Record? {
    guard next < records.count else { return nil }
    let record = records[next].take()
    next += 1
    if next == records.count {
      records.removeAll(keepingCapacity: true)
      next = 0
    }
    return record
  }
}
