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
  while let record = try reader.next() { records.append(record) }
  return ReadResult(records: records, diagnostics: reader.diagnostics)
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
