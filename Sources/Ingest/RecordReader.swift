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
  /// Say where each record stands in the file, in ``Record/originalBytes`` (or, for a CSV row,
  /// give its text in ``Record/originalText``).
  ///
  /// Imports ask for it (provenance to the byte); `parse` does not need it.
  public var locatesOriginal: Bool

  /// Read on several threads where the reader can; the records and warnings are the same either
  /// way, in the same order.
  ///
  /// The line-based readers and BibTeX build records on several threads while one cuts the file,
  /// and the XML readers run libxml2 on a thread of its own.
  ///
  /// Off for the fuzz harness, whose sanitizer and time limits want one thread, and in tests
  /// that compare the two.
  public var buildsInParallel: Bool

  public init(locatesOriginal: Bool = false, buildsInParallel: Bool = true) {
    self.locatesOriginal = locatesOriginal
    self.buildsInParallel = buildsInParallel
  }
}
