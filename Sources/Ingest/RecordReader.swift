import ReviewModel

/// A streaming reader of one export file: a cursor over its records.
///
/// `while let record = try reader.next() { … }` reads one record at a time, so memory stays
/// flat whatever the size of the file. A reader is single-pass and not shared between tasks.
public protocol RecordReader: AnyObject {
  /// The next record, or nil after the last one.
  ///
  /// - Throws: ``IngestError`` when the input breaks its format; the records returned so far
  ///   must then be discarded by the caller, since the file as a whole is not readable.
  func next() throws(IngestError) -> Record?

  /// The warnings found so far (an unknown tag, a record without a title), in file order.
  var diagnostics: [Diagnostic] { get }
}

/// What a reader is asked to keep besides the normalised fields.
public struct ReaderOptions: Sendable, Hashable {
  /// Keep each record's text exactly as it stands in the file, in ``Record/originalText``.
  ///
  /// Imports keep it (provenance to the byte); `parse` does not need it.
  public var keepsOriginalText: Bool

  public init(keepsOriginalText: Bool = false) {
    self.keepsOriginalText = keepsOriginalText
  }
}
