import ReviewModel
import Testing

@testable import Ingest

/// However the bytes arrive, the records are the same: every readable BibTeX fixture read a few
/// bytes at a time, and through a line buffer smaller than its lines, gives what it gives whole.
struct BibTeXChunkingTests {
  static let fixtures = (try? readableBibTeXFixtureNames()) ?? []

  @Test func everyFixtureIsTested() {
    #expect(Self.fixtures.count >= 10)
  }

  @Test(arguments: fixtures)
  func tricklingBytesChangesNothing(_ name: String) throws {
    let bytes = try bibtexFixtureBytes(name)
    let whole = try readBibTeX(bytes, keepsOriginalText: true)
    #expect(!whole.records.isEmpty)
    for readSizes in [[1], [3], [7, 1, 5, 2, 6, 3, 4]] {
      let trickled = try readBibTeX(bytes, readSizes: readSizes, keepsOriginalText: true)
      #expect(trickled.records == whole.records, "reads of \(readSizes) bytes")
      #expect(trickled.diagnostics == whole.diagnostics, "reads of \(readSizes) bytes")
    }
    let small = try readBibTeX(
      bytes, readSizes: Array(1...7), chunkSize: 16, keepsOriginalText: true)
    #expect(small.records == whole.records)
  }

  @Test(arguments: fixtures)
  func keepingTheOriginalTextChangesNoField(_ name: String) throws {
    let bytes = try bibtexFixtureBytes(name)
    let kept = try readBibTeX(bytes, keepsOriginalText: true)
    let plain = try readBibTeX(bytes)
    #expect(kept.records.map(\.withoutProvenance) == plain.records.map(\.withoutProvenance))
    #expect(kept.diagnostics == plain.diagnostics)
  }
}
