import Foundation
import ReviewModel
import ReviewTestSupport
import Testing

@testable import Ingest

/// However the bytes arrive, the records are the same: the Web of Science and EndNote XML
/// fixtures read a few bytes at a time, and (line-based) through a buffer smaller than a line.
struct WoSAndEndNoteChunkingTests {
  static let wosFixtures = ["continuation-lines.txt", "no-header-crlf.txt", "windows-1252.txt"]

  private func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestFiles.fixture(name, in: "IngestTests"))))
  }

  private func readWoS(_ bytes: [UInt8], readSizes: [Int], chunkSize: Int) throws -> ReadResult {
    let reader = WoSReader(
      TrickleByteSource(bytes, readSizes: readSizes), path: "w.txt",
      options: ReaderOptions(locatesOriginal: true), chunkSize: chunkSize)
    var records: [Record] = []
    while let record = try reader.next() { records.append(record.withOriginalText(in: bytes)) }
    return ReadResult(records: records, diagnostics: reader.diagnostics)
  }

  @Test(arguments: wosFixtures)
  func webOfScienceInAnyChunks(_ name: String) throws {
    let file = try bytes("wos/\(name)")
    let whole = try readWoS(file, readSizes: [1 << 20], chunkSize: defaultChunkSize)
    #expect(!whole.records.isEmpty)
    for readSizes in [[1], [3], [7, 1, 5, 2]] {
      let trickled = try readWoS(file, readSizes: readSizes, chunkSize: 16)
      #expect(trickled.records == whole.records, "reads of \(readSizes) bytes")
      #expect(trickled.diagnostics == whole.diagnostics, "reads of \(readSizes) bytes")
    }
  }

  @Test func endNoteXMLInAnyChunks() throws {
    let file = try bytes("endnote/styled-text.xml")
    func read(_ readSizes: [Int]) throws -> [Record] {
      let reader = EndNoteXMLReader(
        TrickleByteSource(file, readSizes: readSizes), path: "e.xml",
        options: ReaderOptions(locatesOriginal: true))
      var records: [Record] = []
      while let record = try reader.next() { records.append(record.withOriginalText(in: file)) }
      return records
    }
    let whole = try read([1 << 20])
    #expect(whole.count == 3)
    for readSizes in [[1], [5], [7, 1, 5, 2]] {
      #expect(try read(readSizes) == whole, "reads of \(readSizes) bytes")
    }
  }
}
