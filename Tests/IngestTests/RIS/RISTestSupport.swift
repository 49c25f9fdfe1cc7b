import Foundation
import ReviewModel
import ReviewTestSupport

@testable import Ingest

/// The bytes of a fixture under `Tests/IngestTests/Fixtures/ris/`.
func risFixtureBytes(_ name: String) throws -> [UInt8] {
  let path = TestFiles.fixture("ris/\(name)", in: "IngestTests")
  return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// The names of all RIS fixtures.
func risFixtureNames() throws -> [String] {
  let folder = TestFiles.fixture("ris", in: "IngestTests")
  return try FileManager.default.contentsOfDirectory(atPath: folder)
    .filter { $0.hasSuffix(".ris") }.sorted()
}

/// Everything a `RISReader` makes of `bytes`, read straight from memory: in reads of
/// `readSizes` bytes, through a line buffer of `chunkSize` bytes.
func readRIS(
  _ bytes: [UInt8], readSizes: [Int] = [1 << 20], chunkSize: Int = defaultChunkSize,
  keepsOriginalText: Bool = false
) throws(IngestError) -> ReadResult {
  let source = TrickleByteSource(bytes, readSizes: readSizes)
  let reader = RISReader(
    source, path: "test.ris", options: ReaderOptions(locatesOriginal: keepsOriginalText),
    chunkSize: chunkSize)
  var records: [Record] = []
  while let record = try reader.next() { records.append(record.withOriginalText(in: bytes)) }
  return ReadResult(records: records, diagnostics: reader.diagnostics)
}

/// `readRIS` of a string's UTF-8.
func readRIS(_ text: String, keepsOriginalText: Bool = false) throws(IngestError) -> ReadResult {
  try readRIS(Array(text.utf8), keepsOriginalText: keepsOriginalText)
}

extension Record {
  /// The record without where it was read from, to compare records read from different files.
  var withoutProvenance: Record {
    var record = self
    record.location = nil
    record.originalText = nil
    record.originalBytes = nil
    return record
  }
}
