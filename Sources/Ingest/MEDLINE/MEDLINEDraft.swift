import ReviewModel

/// One MEDLINE record cut from its file, to be built into a `Record` (see ``RecordDraft``).
struct MEDLINEDraft: RecordDraft {
  var buffer: MEDLINERecordBuffer
  /// The file's encoding as it stood when the record was cut.
  var decoder: TextDecoder
  var location: SourceLocation
  var originalBytes: Range<Int>?
  var earlierDiagnostics: [Diagnostic]

  consuming func build() -> BuiltRecord {
    let entry = MEDLINEEntry(fields: buffer.decodedFields(with: decoder))
    let record = entry.makeRecord(location: location, originalBytes: originalBytes)
    var diagnostics = earlierDiagnostics
    if record.pmid == nil {
      diagnostics.append(Diagnostic(.warning, "a MEDLINE record without a PMID", at: location))
    }
    if record.title == nil {
      let name = record.pmid.map { "MEDLINE record \($0)" } ?? "a MEDLINE record"
      diagnostics.append(
        Diagnostic(.warning, "\(name) has no title (no TI, nor BTI for a book)", at: location))
    }
    return BuiltRecord(record: record, diagnostics: diagnostics)
  }
}
