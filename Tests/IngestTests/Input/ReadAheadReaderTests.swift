import Ingest
import ReviewModel
import ReviewTestSupport
import Testing

/// The reader that parses on a thread of its own while an import stores.
struct ReadAheadReaderTests {
  private func open(_ relativePath: String) throws -> ReadAheadReader {
    let path = TestFiles.fixture(relativePath, in: "IngestTests")
    let (file, reader) = try ExportReader.open(path, options: ReaderOptions(locatesOriginal: true))
    return ReadAheadReader(reader, of: file, batchSize: 2, bufferedBatches: 1)
  }

  @Test func handsOverEveryRecordInOrderThenTheHashAndTheWarnings() throws {
    let direct = try readFixture(
      "ris/missing-er.ris", options: ReaderOptions(locatesOriginal: true))
    let readAhead = try open("ris/missing-er.ris")
    var records: [Record] = []
    while let record = try readAhead.next() { records.append(record) }
    #expect(records.map(\.originalBytes) == direct.records.map(\.originalBytes))
    #expect(records.map(\.title) == direct.records.map(\.title))
    let (sha256, diagnostics) = try readAhead.finish()
    let path = TestFiles.fixture("ris/missing-er.ris", in: "IngestTests")
    #expect(sha256 == (try FileByteSource(path: path).finishSHA256()))
    #expect(diagnostics == direct.diagnostics)
    #expect(try readAhead.next() == nil, "the end stays the end")
  }

  @Test func givesTheReadersErrorAfterTheEarlierBatches() throws {
    let readAhead = try open("pubmed/truncated.xml")
    #expect(throws: IngestError.self) {
      while try readAhead.next() != nil {}
    }
    #expect(throws: IngestError.self) { try readAhead.finish() }
  }

  @Test func cancellingWhileTheReaderWaitsForRoomEndsItsThread() throws {
    // Five articles in batches of two, one batch buffered: the reader thread is left waiting.
    let readAhead = try open("pubmed/dates.xml")
    #expect(try readAhead.next() != nil)
    readAhead.cancel()
  }
}
