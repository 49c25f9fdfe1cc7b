import Foundation
import ReviewModel
import ReviewTestSupport

@testable import Ingest

/// The bytes of a fixture under `Tests/IngestTests/Fixtures/bibtex/`.
func bibtexFixtureBytes(_ name: String) throws -> [UInt8] {
  let path = TestFiles.fixture("bibtex/\(name)", in: "IngestTests")
  return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// The names of the BibTeX fixtures that read without an error.
func readableBibTeXFixtureNames() throws -> [String] {
  let folder = TestFiles.fixture("bibtex", in: "IngestTests")
  let broken: Set<String> = [
    "unbalanced.bib", "truncated.bib", "missing-equals.bib", "missing-comma.bib",
  ]
  return try FileManager.default.contentsOfDirectory(atPath: folder)
    .filter { $0.hasSuffix(".bib") && !broken.contains($0) }.sorted()
}

/// The path of a BibTeX fixture, as locations name it.
func bibtexFixturePath(_ name: String) -> String {
  TestFiles.fixture("bibtex/\(name)", in: "IngestTests")
}

/// Everything a `BibTeXReader` makes of `bytes`, read straight from memory: in reads of
/// `readSizes` bytes, through a line buffer of `chunkSize` bytes.
func readBibTeX(
  _ bytes: [UInt8], readSizes: [Int] = [1 << 20], chunkSize: Int = defaultChunkSize,
  keepsOriginalText: Bool = false
) throws(IngestError) -> ReadResult {
  let source = TrickleByteSource(bytes, readSizes: readSizes)
  let reader = BibTeXReader(
    source, path: "test.bib", options: ReaderOptions(locatesOriginal: keepsOriginalText),
    chunkSize: chunkSize)
  var records: [Record] = []
  while let record = try reader.next() { records.append(record.withOriginalText(in: bytes)) }
  return ReadResult(records: records, diagnostics: reader.diagnostics)
}

/// `readBibTeX` of a string's UTF-8.
func readBibTeX(_ text: String, keepsOriginalText: Bool = false) throws(IngestError)
  -> ReadResult
{
  try readBibTeX(Array(text.utf8), keepsOriginalText: keepsOriginalText)
}
