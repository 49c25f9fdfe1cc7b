import ReviewModel

/// One Web of Science record cut from its file, to be built into a `Record` (see
/// ``RecordDraft``).
struct WoSDraft: RecordDraft {
  var buffer: RISRecordBuffer
  /// The file's encoding as it stood when the record was cut.
  var decoder: TextDecoder
  var location: SourceLocation
  var originalBytes: Range<Int>?
  var earlierDiagnostics: [Diagnostic]

  consuming func build() -> BuiltRecord {
    let entry = WoSEntry(fields: buffer.decodedFields(with: decoder))
    let record = entry.makeRecord(location: location, originalBytes: originalBytes)
    var diagnostics = earlierDiagnostics
    if record.title == nil {
      let name = record.sourceId.map { "Web of Science record \($0)" } ?? "a Web of Science record"
      diagnostics.append(Diagnostic(.warning, "\(name) has no title (no TI)", at: location))
    }
    return BuiltRecord(record: record, diagnostics: diagnostics)
  }
}
