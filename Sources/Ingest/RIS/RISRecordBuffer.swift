/// The bytes of the record being read: its fields' values one after another in one buffer that
/// is reused from record to record, so that reading a record allocates nothing until its fields
/// become strings, once each.
///
/// A continuation line is appended to the value of the field before it, after a `\n`, or after
/// `\n\n` when blank lines came between them; how those breaks are finally joined depends on the
/// tag (see `RISField`).
///
/// A record's draft takes the buffer with it to be built on another thread; the next record then
/// starts a buffer of the same capacity (see ``start(line:)``), so nothing is copied.
struct RISRecordBuffer: Sendable {
  /// One field of the record: its tag, where its value lies in ``bytes``, and its first line.
  struct Field: Sendable {
    var tag: RISTag
    var range: Range<Int>
    var line: Int
    /// True when continuation lines were appended to the value.
    var isContinued: Bool
  }

  private(set) var bytes: [UInt8] = []
  private(set) var fields: [Field] = []
  /// The line of the record's `TY`.
  private(set) var startLine = 0
  /// Where each continuation line's bytes start in ``bytes``, in order.
  ///
  /// With the fields' starts, they tell the line of a byte; tag lines need no entry here.
  private var continuationStarts: [(offset: Int, line: Int)] = []
  private var sawBlankLine = false

  /// Empties the buffer for a record that starts on `line`, keeping its capacity (in new storage
  /// when a draft holds the old).
  mutating func start(line: Int) {
    bytes.removeAll(keepingCapacity: true)
    fields.removeAll(keepingCapacity: true)
    continuationStarts.removeAll(keepingCapacity: true)
    startLine = line
    sawBlankLine = false
  }

  /// Adds a field from a tag line, with its value already trimmed.
  mutating func addField(_ tag: RISTag, value: UnsafeRawBufferPointer, line: Int) {
    let start = bytes.count
    append(value)
    fields.append(Field(tag: tag, range: start..<bytes.count, line: line, isContinued: false))
    sawBlankLine = false
  }

  /// Appends a continuation line, already trimmed and not empty, to the last field's value.
  mutating func addContinuation(_ value: UnsafeRawBufferPointer, line: Int) {
    guard let last = fields.indices.last else { return }
    if !fields[last].range.isEmpty {
      bytes.append(0x0A)
      if sawBlankLine { bytes.append(0x0A) }
    }
    continuationStarts.append((bytes.count, line))
    append(value)
    // The last field's bytes are the last in the buffer, so its value simply grows.
    fields[last].range = fields[last].range.lowerBound..<bytes.count
    fields[last].isContinued = true
    sawBlankLine = false
  }

  /// Notes a blank line inside the record: it separates paragraphs of a continued value.
  mutating func addBlankLine() {
    sawBlankLine = true
  }

  /// The line on which the byte at `offset` of ``bytes`` stands.
  func line(ofByte offset: Int) -> Int {
    // The last line that starts at or before the byte; lines only grow in file order.
    var line = startLine
    for field in fields where field.range.lowerBound <= offset {
      line = max(line, field.line)
    }
    for start in continuationStarts where start.offset <= offset {
      line = max(line, start.line)
    }
    return line
  }

  /// The fields as text, in `decoder`'s encoding, once ``TextDecoder/check(_:)`` has seen the
  /// bytes.
  func decodedFields(with decoder: TextDecoder) -> [RISField] {
    decoder.decode(fields, in: bytes, at: \.range) { field, value in
      RISField(tag: field.tag, value: value, line: field.line, isContinued: field.isContinued)
    }
  }

  private mutating func append(_ value: UnsafeRawBufferPointer) {
    bytes.append(contentsOf: value.assumingMemoryBound(to: UInt8.self))
  }
}
