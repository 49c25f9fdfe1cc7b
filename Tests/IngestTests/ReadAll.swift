import Ingest
import ReviewModel
import ReviewTestSupport

/// Everything a reader makes of a fixture in `Tests/IngestTests/Fixtures/`.
struct ReadResult {
  var records: [Record]
  var diagnostics: [Diagnostic]
}

/// Reads the whole fixture `relativePath` through the same entry point the commands use.
func readFixture(
  _ relativePath: String, format: SourceFormat? = nil, options: ReaderOptions = ReaderOptions()
) throws(IngestError) -> ReadResult {
  let path = TestFiles.fixture(relativePath, in: "IngestTests")
  let (_, reader) = try ExportReader.open(path, format: format, options: options)
  var records: [Record] = []
  while let record = try reader.next() {
    records.append(
      try record.withOriginalText { range throws(IngestError) in
        try RecordBytes.read(range, from: path)
      })
  }
  return ReadResult(records: records, diagnostics: reader.diagnostics)
}

extension Record {
  /// The record with the text its ``Record/originalBytes`` point at in `bytes`, so that tests
  /// can say what a reader located by the text itself.
  func withOriginalText(in bytes: [UInt8]) -> Record {
    guard let range = originalBytes else { return self }
    var record = self
    record.originalText = RecordBytes.text(Array(bytes[range]))
    return record
  }

  /// The record with the text of its ``Record/originalBytes``, as `read` gives them.
  func withOriginalText(_ read: (Range<Int>) throws(IngestError) -> [UInt8]) throws(IngestError)
    -> Record
  {
    guard let range = originalBytes else { return self }
    var record = self
    record.originalText = RecordBytes.text(try read(range))
    return record
  }
}

/// The error reading the fixture stops with, or nil when it reads to the end.
func readError(_ relativePath: String, format: SourceFormat? = nil) -> IngestError? {
  do {
    _ = try readFixture(relativePath, format: format)
    return nil
  } catch {
    return error
  }
}
