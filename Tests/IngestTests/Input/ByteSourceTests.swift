import Foundation
import Ingest
import ReviewModel
import ReviewTestSupport
import Testing

struct ByteSourceTests {
  /// Everything `source` yields, read through a buffer of `chunk` bytes.
  private func drain(_ source: any ByteSource, chunk: Int = 7) throws -> [UInt8] {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 1)
    defer { buffer.deallocate() }
    var bytes: [UInt8] = []
    while case let count = try source.read(into: buffer), count > 0 {
      bytes += buffer[..<count]
    }
    return bytes
  }

  private func gzipFixture(_ name: String) throws -> [UInt8] {
    [UInt8](
      try Data(
        contentsOf: URL(fileURLWithPath: TestFiles.fixture("gzip/\(name)", in: "IngestTests"))))
  }

  @Test func concatenatedGzipMembersReadAsOneStream() throws {
    let source = try GzipByteSource(
      MemoryByteSource(try gzipFixture("two-members.ris.gz"), maximumRead: 5), path: "x.gz")
    let text = String(decoding: try drain(source), as: UTF8.self)
    #expect(
      text == "TY  - JOUR\nTI  - Podcasts in core surgical training\nER  - \n"
        + "TY  - JOUR\nTI  - WhatsApp groups for on-call handover\nER  - \n")
  }

  @Test func aTruncatedGzipStreamIsAnError() throws {
    let source = try GzipByteSource(
      MemoryByteSource(try gzipFixture("truncated.ris.gz")), path: "t.gz")
    #expect(throws: IngestError.self) { try drain(source) }
  }

  @Test func damagedDeflateDataNamesTheFile() throws {
    let source = try GzipByteSource(
      MemoryByteSource(try gzipFixture("damaged.ris.gz")), path: "d.gz")
    do {
      _ = try drain(source)
      Issue.record("damaged data was read without an error")
    } catch {
      #expect(String(describing: error).hasPrefix("d.gz: damaged gzip data"))
    }
  }

  @Test func exportFileSniffsInsideGzipAndHashesTheCompressedBytes() throws {
    let path = TestFiles.fixture("gzip/two-members.ris.gz", in: "IngestTests")
    let file = try ExportFile(path: path)
    #expect(file.isCompressed)
    #expect(file.sniffedFormat == .ris)
    let content = try drain(file.content, chunk: 1 << 16)
    #expect(content.count == 120)
    // The hash is of the file as stored, as `sha256sum` prints it.
    #expect(try file.finishSHA256() == (try sha256sum(path)))
  }

  @Test func theHashCoversBytesTheReaderNeverAskedFor() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "TY  - JOUR\nER  - \n" + String(repeating: "\n", count: 100_000), to: "tail.ris")
    let file = try ExportFile(path: path)
    #expect(try file.finishSHA256() == (try sha256sum(path)))
  }

  @Test func aFileOpenedWithoutHashingSaysSoWhenAskedForItsHash() throws {
    let path = TestFiles.fixture("gzip/two-members.ris.gz", in: "IngestTests")
    let file = try ExportFile(path: path, computesSHA256: false)
    #expect(try drain(file.content, chunk: 1 << 16).count == 120)
    #expect(
      throws: IngestError.unreadable(
        path: path, reason: "it was opened without computing its SHA-256")
    ) {
      try file.finishSHA256()
    }
  }

  private func sha256sum(_ path: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(String(decoding: output, as: UTF8.self).prefix(64))
  }
}
