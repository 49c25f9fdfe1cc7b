import Foundation
import ReviewModel
import ReviewTestSupport
import Testing

@testable import Ingest

/// A draft whose record is its number, built slowly now and then so that builders finish out of
/// order.
private struct NumberDraft: RecordDraft {
  var number: Int

  consuming func build() -> BuiltRecord {
    if number % 7 == 0 { usleep(UInt32(50 * (number % 5))) }
    let location = SourceLocation(file: "n", line: number)
    return BuiltRecord(
      record: Record(title: "\(number)"),
      diagnostics: [Diagnostic(.warning, "built \(number)", at: location)])
  }
}

/// Counts drafts up to `count`, then ends or, with `failsAfter`, throws.
private struct CountingCutter: DraftCutter {
  var count: Int
  var failsAfter: Int?
  let progress: CutProgress
  private var cut = 0

  init(count: Int, failsAfter: Int? = nil, progress: CutProgress = CutProgress()) {
    self.count = count
    self.failsAfter = failsAfter
    self.progress = progress
  }

  mutating func nextDraft() throws(IngestError) -> NumberDraft? {
    if let failsAfter, cut == failsAfter {
      throw .malformed(SourceLocation(file: "n", line: cut + 1), "broken")
    }
    guard cut < count else { return nil }
    cut += 1
    progress.add()
    return NumberDraft(number: cut)
  }

  mutating func takeTrailingDiagnostics() -> [Diagnostic] {
    [Diagnostic(.warning, "trailer", at: nil)]
  }
}

/// How many drafts a cutter has cut, read from the test's thread.
private final class CutProgress: @unchecked Sendable {
  private let lock = NSLock()
  private var cut = 0

  func add() { lock.withLock { cut += 1 } }
  var count: Int { lock.withLock { cut } }
}

@Suite struct DraftPipelineTests {
  /// The number a `NumberDraft` wrote as the title, or -1.
  private func number(of record: Record) -> Int {
    record.title.flatMap { Int($0) } ?? -1
  }

  private func readAll(_ pipeline: DraftPipeline<CountingCutter>) throws(IngestError) -> [Int] {
    var numbers: [Int] = []
    while let record = try pipeline.next() { numbers.append(number(of: record)) }
    return numbers
  }

  @Test(arguments: [0, 1, 2, 4])
  func recordsAndWarningsComeOutInFileOrder(builders: Int) throws {
    let pipeline = DraftPipeline(CountingCutter(count: 1000), builderCount: builders)
    #expect(try readAll(pipeline) == Array(1...1000))
    #expect(
      pipeline.diagnostics.map(\.message) == (1...1000).map { "built \($0)" } + ["trailer"])
    #expect(try pipeline.next() == nil)
  }

  @Test(arguments: [0, 2])
  func anErrorComesAfterTheRecordsBeforeIt(builders: Int) throws {
    let pipeline = DraftPipeline(
      CountingCutter(count: 1000, failsAfter: 130), builderCount: builders)
    var numbers: [Int] = []
    let error = #expect(throws: IngestError.self) {
      while let record = try pipeline.next() { numbers.append(number(of: record)) }
    }
    #expect(numbers == Array(1...130))
    #expect(error == .malformed(SourceLocation(file: "n", line: 131), "broken"))
    #expect(pipeline.diagnostics.count == 130)
    #expect(try pipeline.next() == nil)
  }

  @Test func anEmptyInputEndsAtOnce() throws {
    let pipeline = DraftPipeline(CountingCutter(count: 0), builderCount: 2)
    #expect(try readAll(pipeline).isEmpty)
    #expect(pipeline.diagnostics.map(\.message) == ["trailer"])
  }

  @Test(arguments: [1, 2, 4])
  func aReaderLetGoEarlyEndsItsThreadsAndCutsNoMoreThanItMay(builders: Int) throws {
    var progress = CutProgress()
    do {
      let pipeline = DraftPipeline(
        CountingCutter(count: 1_000_000, progress: progress), builderCount: builders)
      for _ in 0..<3 { _ = try pipeline.next() }
    }
    // Released, and its deinit waited for the threads to end: the cutting thread has let go of
    // its cutter, the only other holder of `progress`.
    #expect(isKnownUniquelyReferenced(&progress))
    // So the count is final. With one
    // batch of 64 taken, the cutter may have cut as many batches again as may be in flight
    // (2 × builders + 2), and one more that it holds while it waits for room.
    let batchesTaken = 1
    let batchesInFlight = 2 * builders + 2
    #expect(progress.count <= (batchesTaken + batchesInFlight + 1) * 64)
  }
}

/// The records and warnings a reader makes of a file are the same whether it builds them on
/// other threads or one at a time (XML: whether libxml2 runs on a thread of its own).
@Suite struct ParallelBuildingParityTests {
  private static let folders = ["ris", "medline", "wos", "bibtex", "pubmed", "endnote"]
  /// The element around an XML file's records, whose content is repeated to make a long file.
  private static let containers = ["pubmed": "PubmedArticleSet", "endnote": "records"]

  static var fixtures: [String] {
    folders.flatMap { folder in
      let path = TestFiles.fixture(folder, in: "IngestTests")
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      return names.sorted().map { "\(folder)/\($0)" }
    }
  }

  /// Everything a reader makes of `bytes`, or the error it stops with.
  private func read(_ bytes: [UInt8], folder: String, parallel: Bool) -> String {
    let options = ReaderOptions(locatesOriginal: true, buildsInParallel: parallel)
    let source = MemoryByteSource(bytes)
    let reader: any RecordReader =
      switch folder {
      case "ris": RISReader(source, path: "f", options: options)
      case "medline": MEDLINEReader(source, path: "f", options: options)
      case "wos": WoSReader(source, path: "f", options: options)
      case "pubmed": PubMedArticleReader(source, path: "f", options: options)
      case "endnote": EndNoteXMLReader(source, path: "f", options: options)
      default: BibTeXReader(source, path: "f", options: options)
      }
    var lines: [String] = []
    do {
      while let record = try reader.next() { lines.append("\(record)") }
    } catch {
      lines.append("error: \(error)")
    }
    return (lines + reader.diagnostics.map(\.description)).joined(separator: "\n")
  }

  @Test(arguments: fixtures)
  func parallelAndSequentialReadsAgree(fixture: String) throws {
    let path = TestFiles.fixture(fixture, in: "IngestTests")
    let once = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let folder = String(fixture.prefix(while: { $0 != "/" }))
    // Many copies, so that records span several batches (and XML several 1 MiB chunks).
    let many =
      Self.containers[folder].flatMap { Self.repeatingRecords(of: once, in: $0) }
      ?? Array(repeating: once + Array("\n".utf8), count: 150).flatMap { $0 }
    for bytes in [once, many] {
      let sequential = read(bytes, folder: folder, parallel: false)
      #expect(read(bytes, folder: folder, parallel: true) == sequential)
    }
  }

  /// The XML document `bytes` with the content of its `container` element repeated to some
  /// 2 MB, or nil when it has no such element.
  private static func repeatingRecords(of bytes: [UInt8], in container: String) -> [UInt8]? {
    guard let open = bytes.firstRange(of: Array("<\(container)".utf8)),
      let openEnd = bytes[open.upperBound...].firstIndex(of: UInt8(ascii: ">")),
      let close = bytes.ranges(of: Array("</\(container)>".utf8)).last,
      openEnd < close.lowerBound
    else { return nil }
    let inner = bytes[(openEnd + 1)..<close.lowerBound]
    let copies = max(150, 2_200_000 / max(inner.count, 1))
    return Array(bytes[...openEnd]) + Array(repeating: inner, count: copies).flatMap { $0 }
      + Array(bytes[close.lowerBound...])
  }
}
