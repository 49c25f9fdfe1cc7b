import ReviewModel

/// One BibTeX entry cut from its file, its macros expanded, to be built into a `Record` (see
/// ``RecordDraft``).
///
/// It holds the entry's bytes, as the parser gathered them, rather than strings: decoding them
/// is part of the work that goes to the building threads.
struct BibTeXDraft: RecordDraft {
  /// One field: its name as written, where its value lies in ``values``, and its line.
  struct Field: Sendable {
    var name: String
    var range: Range<Int>
    var line: Int
  }

  /// The entry type, lower-cased, and the citation key, as bytes.
  var type: [UInt8]
  var key: [UInt8]
  var fields: [Field]
  /// The values of the fields, one after another.
  var values: [UInt8]
  /// The file's encoding as it stood when the entry closed.
  var decoder: TextDecoder
  /// Where the entry's `@` stands.
  var location: SourceLocation
  var originalBytes: Range<Int>?
  var earlierDiagnostics: [Diagnostic]

  consuming func build() -> BuiltRecord {
    var entry = BibTeXEntry(
      type: String(decoding: type, as: UTF8.self),
      key: key.withUnsafeBufferPointer { decoder.decode($0) }, line: location)
    entry.fields = decoder.decode(fields, in: values, at: \.range) { field, value in
      BibTeXField(name: field.name, value: value, line: field.line)
    }
    var diagnostics = earlierDiagnostics
    let record = entry.makeRecord(originalBytes: originalBytes, diagnostics: &diagnostics)
    return BuiltRecord(record: record, diagnostics: diagnostics)
  }
}
