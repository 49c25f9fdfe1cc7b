/// The bytes of the MEDLINE record being read: its fields' values one after another in one
/// buffer that is reused from record to record, so that reading a record allocates nothing until
/// its fields become strings, once each.
///
/// MEDLINE wraps every long value at a space and indents the rest, so a continuation line is
/// appended to the value of the field before it after one space; after `\n` where a blank line
/// came between them, which PubMed never writes but an edited file may have.
///
/// A record's draft takes the buffer with it, as a RIS draft does (see `RISRecordBuffer`).
struct MEDLINERecordBuffer: Sendable {
  /// One field of the record: its tag, where its value lies in ``bytes``, and its first line.
  struct Field: Sendable {
    var tag: MEDLINETag
    var range: Range<Int>
    var line: Int
  }

  private(set) var bytes: [UInt8] = []
  private(set) var fields: [Field] = []
  /// The line of the record's first tag.
  private(set) var startLine = 0
  /// True once the record has a `PMID` field.
  private(set) var hasPMID = false
  /// Where each line's bytes start in ``bytes``, in order, to tell the line of a byte.
  private var lineStarts: [(offset: Int, line: Int)] = []

  /// Empties the buffer for a record that starts on `line`, keeping its capacity (in new storage
  /// when a draft holds the old).
  mutating func start(line: Int) {
    bytes.removeAll(keepingCapacity: true)
    fields.removeAll(keepingCapacity: true)
    lineStarts.removeAll(keepingCapacity: true)
    startLine = line
    hasPMID = false
  }

  /// Adds a field from a tag line, with its value already trimmed.
  mutating func addField(_ tag: MEDLINETag, value: UnsafeRawBufferPointer, line: Int) {
    let start = bytes.count
    lineStarts.append((start, line))
    append(value)
    fields.append(Field(tag: tag, range: start..<bytes.count, line: line))
    if tag == .pmid { hasPMID = true }
  }

  /// Appends a continuation line, already trimmed and not empty, to the last field's value,
  /// after a space, or after a line break when it starts a new paragraph.
  mutating func addContinuation(_ value: UnsafeRawBufferPointer, line: Int, isNewParagraph: Bool) {
    guard let last = fields.indices.last else { return }
    if !fields[last].range.isEmpty {
      bytes.append(isNewParagraph ? 0x0A : 0x20)
    }
    lineStarts.append((bytes.count, line))
    append(value)
    // The last field's bytes are the last in the buffer, so its value simply grows.
    fields[last].range = fields[last].range.lowerBound..<bytes.count
  }

  /// The line on which the byte at `offset` of ``bytes`` stands.
  func line(ofByte offset: Int) -> Int {
    var line = startLine
    for start in lineStarts {
      if start.offset > offset { break }
      line = start.line
    }
    return line
  }

  /// The fields as text, in `decoder`'s encoding, once ``TextDecoder/check(_:)`` has seen the
  /// bytes.
  func decodedFields(with decoder: TextDecoder) -> [MEDLINEField] {
    decoder.decode(fields, in: bytes, at: \.range) { field, value in
      MEDLINEField(tag: field.tag, value: value, line: field.line)
    }
  }

  private mutating func append(_ value: UnsafeRawBufferPointer) {
    bytes.append(contentsOf: value.assumingMemoryBound(to: UInt8.self))
  }
}
