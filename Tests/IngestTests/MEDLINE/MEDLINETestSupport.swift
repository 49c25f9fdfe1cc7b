import Foundation
import ReviewModel
import ReviewTestSupport

@testable import Ingest

/// The bytes of a fixture under `Tests/IngestTests/Fixtures/medline/`.
func medlineFixtureBytes(_ name: String) throws -> [UInt8] {
  let path = TestFiles.fixture("medline/\(name)", in: "IngestTests")
  return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// The names of all MEDLINE fixtures.
func medlineFixtureNames() throws -> [String] {
  let folder = TestFiles.fixture("medline", in: "IngestTests")
  return try FileManager.default.contentsOfDirectory(atPath: folder)
    .filter { $0.hasSuffix(".nbib") || $0.hasSuffix(".txt") }.sorted()
}

/// The path of a MEDLINE fixture, as locations name it.
func medlineFixturePath(_ name: String) -> String {
  TestFiles.fixture("medline/\(name)", in: "IngestTests")
}

/// Everything a `MEDLINEReader` makes of `bytes`, read straight from memory: in reads of
/// `readSizes` bytes, through a line buffer of `chunkSize` bytes.
func readMEDLINE(
  _ bytes: [UInt8], readSizes: [Int] = [1 << 20], chunkSize: Int = defaultChunkSize,
  keepsOriginalText: Bool = false
) throws(IngestError) -> ReadResult {
  let source = TrickleByteSource(bytes, readSizes: readSizes)
  let reader = MEDLINEReader(
    source, path: "test.nbib", options: ReaderOptions(locatesOriginal: keepsOriginalText),
    chunkSize: chunkSize)
  var records: [Record] = []
  while let record = try reader.next() { records.append(record.withOriginalText(in: bytes)) }
  return ReadResult(records: records, diagnostics: reader.diagnostics)
}

/// `readMEDLINE` of a string's UTF-8.
func readMEDLINE(_ text: String, keepsOriginalText: Bool = false) throws(IngestError)
  -> ReadResult
{
  try readMEDLINE(Array(text.utf8), keepsOriginalText: keepsOriginalText)
}
