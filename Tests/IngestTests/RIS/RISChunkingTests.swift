import ReviewModel
import Testing

@testable import Ingest

/// However the bytes arrive, the records are the same: every fixture read a few bytes at a time,
/// and through a line buffer smaller than its lines, gives what it gives read in one piece.
struct RISChunkingTests {
  static let fixtures = (try? risFixtureNames()) ?? []

  @Test(arguments: fixtures)
  func tricklingBytesChangesNothing(_ name: String) throws {
    let bytes = try risFixtureBytes(name)
    let whole = try readRIS(bytes, keepsOriginalText: true)
    #expect(!whole.records.isEmpty)
    for readSizes in [[1], [2], [3], Array(1...7), [7, 1, 5, 2, 6, 3, 4]] {
      let trickled = try readRIS(bytes, readSizes: readSizes, keepsOriginalText: true)
      #expect(trickled.records == whole.records, "reads of \(readSizes) bytes")
      #expect(trickled.diagnostics == whole.diagnostics, "reads of \(readSizes) bytes")
    }
  }

  @Test(arguments: fixtures)
  func aLineBufferSmallerThanTheLinesChangesNothing(_ name: String) throws {
    let bytes = try risFixtureBytes(name)
    let whole = try readRIS(bytes, keepsOriginalText: true)
    let small = try readRIS(bytes, readSizes: Array(1...7), chunkSize: 16, keepsOriginalText: true)
    #expect(small.records == whole.records)
    #expect(small.diagnostics == whole.diagnostics)
  }

  @Test func aCRLFSplitBetweenReadsIsOneLineEnd() throws {
    // Reads of 11 bytes end this input exactly between the CR and the LF of the TY line.
    let text = "TY  - JOUR\r\nTI  - Split\r\nER  - \r\n"
    let result = try readRIS(Array(text.utf8), readSizes: [11], keepsOriginalText: true)
    #expect(result.records.count == 1)
    #expect(result.records.first?.title == "Split")
    #expect(result.records.first?.originalText == text)
  }
}
