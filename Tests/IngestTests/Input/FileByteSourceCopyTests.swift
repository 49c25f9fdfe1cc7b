import Foundation
import Ingest
import ReviewTestSupport
import Testing

/// The copy of a file that `FileByteSource` writes as it reads, and the hash it computes
/// beside it.
struct FileByteSourceCopyTests {
  private let fixture = TestFiles.fixture("ris/scopus.ris", in: "IngestTests")

  private func readAll(_ source: FileByteSource, chunk: Int) throws(IngestError) {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 1)
    defer { buffer.deallocate() }
    while try source.read(into: buffer) > 0 {}
  }

  @Test(arguments: [7, 4096, 1 << 20])
  func theCopyHoldsEveryByteReadAndTheHashIsTheFilesWhateverTheReads(chunk: Int) throws {
    let folder = try TemporaryFolder()
    let copyPath = folder.url.appendingPathComponent("copy").path
    let descriptor = open(copyPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    let source = try FileByteSource(path: fixture, copyingTo: descriptor)
    try readAll(source, chunk: chunk)
    let hash = try source.finishSHA256()
    #expect(hash == (try FileByteSource(path: fixture).finishSHA256()))
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: copyPath))
        == Data(contentsOf: URL(fileURLWithPath: fixture)))
  }

  @Test func aCopyThatCannotBeWrittenFailsTheReadWithTheReason() throws {
    // A descriptor open for reading only: every write to it fails.
    let descriptor = open("/dev/null", O_RDONLY)
    defer { close(descriptor) }
    let source = try FileByteSource(path: fixture, copyingTo: descriptor)
    #expect {
      try readAll(source, chunk: 16)
      _ = try source.finishSHA256()
    } throws: { error in
      guard case .copyFailed(let path, let reason)? = error as? IngestError else { return false }
      return path == fixture && reason.contains("Bad file descriptor")
    }
  }
}
