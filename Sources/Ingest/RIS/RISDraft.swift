import ReviewModel

/// One RIS record cut from its file, to be built into a `Record` (see ``RecordDraft``).
struct RISDraft: RecordDraft {
  /// What ended the record.
  enum End: Sendable {
    case endLine
    case nextRecord(line: Int)
    case endOfFile
  }

  var buffer: RISRecordBuffer
  /// The file's encoding as it stood when the record was cut.
  var decoder: TextDecoder
  var location: SourceLocation
  var originalBytes: Range<Int>?
  var end: End
  var earlierDiagnostics: [Diagnostic]

  consuming func build() -> BuiltRecord {
    let entry = RISEntry(fields: buffer.decodedFields(with: decoder))
    let record = entry.makeRecord(location: location, originalBytes: originalBytes)
    var diagnostics = earlierDiagnostics
    func warn(_ message: String) {
      diagnostics.append(Diagnostic(.warning, message, at: location))
    }
    switch end {
    case .endLine:
      break
    case .nextRecord(let line):
      warn("this record has no ER line; it ends where the next record starts, on line \(line)")
    case .endOfFile:
      warn("the last record has no ER line; the file ends inside it")
    }
    if !entry.fields.contains(where: { $0.tag != .type && !$0.value.isEmpty }) {
      warn("empty record: nothing between its TY and ER lines")
    } else if record.title == nil {
      warn("record without a title")
    }
    return BuiltRecord(record: record, diagnostics: diagnostics)
  }
}
