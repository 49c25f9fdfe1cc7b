import ReviewModel

/// A record cut from its file but not yet built: its bytes, where it stands, and the warnings
/// found before it, with everything ``build()`` needs and no link back to the reader.
///
/// Reading a line-based file is two jobs of unequal size. Finding where each record starts and
/// ends is a cheap scan that must go in file order; turning a record's bytes into a `Record`
/// (decoding its strings, splitting its authors, choosing its fields) is most of the work and
/// depends on that record alone. A draft is the hand-over between the two, so that
/// ``DraftPipeline`` can build several records at once on other threads.
protocol RecordDraft: Sendable {
  /// The record, and the warnings that belong with it in file order: those found before it was
  /// cut (carried by the draft), then its own.
  consuming func build() -> BuiltRecord
}

/// A record and the warnings found up to the end of it.
struct BuiltRecord: Sendable {
  var record: Record
  var diagnostics: [Diagnostic]
}

/// The sequential half of a reader: cuts the file into ``RecordDraft``s, in order.
protocol DraftCutter: SendableMetatype {
  associatedtype Draft: RecordDraft

  /// The next record's draft, or nil at the end of the file.
  ///
  /// - Throws: ``IngestError`` when the file breaks its format; no draft follows.
  mutating func nextDraft() throws(IngestError) -> Draft?

  /// The warnings found after the last draft (text after the last record, a missing trailer),
  /// once ``nextDraft()`` has returned nil.
  mutating func takeTrailingDiagnostics() -> [Diagnostic]
}
