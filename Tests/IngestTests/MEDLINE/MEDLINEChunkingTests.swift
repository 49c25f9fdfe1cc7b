import ReviewModel
import Testing

@testable import Ingest

/// However the bytes arrive, the records are the same: every MEDLINE fixture read a few bytes at
/// a time, and through a line buffer smaller than its lines, gives what it gives in one piece.
struct MEDLINEChunkingTests {
  static let fixtures = (try? medlineFixtureNames()) ?? []

  @Test func everyFixtureIsTested() {
    #expect(Self.fixtures.count >= 12)
  }

  @Test(arguments: fixtures)
  func tricklingBytesChangesNothing(_ name: String) throws {
    let bytes = try medlineFixtureBytes(name)
    let whole = try readMEDLINE(bytes, keepsOriginalText: true)
    #expect(!whole.records.isEmpty)
    for readSizes in [[1], [2], [3], Array(1...7), [7, 1, 5, 2, 6, 3, 4]] {
      let trickled = try readMEDLINE(bytes, readSizes: readSizes, keepsOriginalText: true)
      #expect(trickled.records == whole.records, "reads of \(readSizes) bytes")
      #expect(trickled.diagnostics == whole.diagnostics, "reads of \(readSizes) bytes")
    }
  }

  @Test(arguments: fixtures)
  func aLineBufferSmallerThanTheLinesChangesNothing(_ name: String) throws {
    let bytes = try medlineFixtureBytes(name)
    let whole = try readMEDLINE(bytes, keepsOriginalText: true)
    let small = try readMEDLINE(
      bytes, readSizes: Array(1...7), chunkSize: 16, keepsOriginalText: true)
    #expect(small.records == whole.records)
    #expect(small.diagnostics == whole.diagnostics)
  }

  @Test(arguments: fixtures)
  func keepingTheOriginalTextChangesNoField(_ name: String) throws {
    let bytes = try medlineFixtureBytes(name)
    let kept = try readMEDLINE(bytes, keepsOriginalText: true)
    let plain = try readMEDLINE(bytes)
    #expect(kept.records.map(\.withoutProvenance) == plain.records.map(\.withoutProvenance))
    #expect(plain.records.allSatisfy { $0.originalText == nil })
  }
}
