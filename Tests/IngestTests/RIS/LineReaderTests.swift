import Testing

@testable import Ingest

/// Splitting bytes into lines: every kind of line end, byte order marks, long lines.
struct LineReaderTests {
  private func lines(
    _ bytes: [UInt8], readSizes: [Int] = [1 << 20], chunkSize: Int = 1 << 20
  ) throws -> [(String, LineTerminator)] {
    let reader = LineReader(TrickleByteSource(bytes, readSizes: readSizes), chunkSize: chunkSize)
    var lines: [(String, LineTerminator)] = []
    while let line = try reader.nextLine() {
      lines.append((String(decoding: line, as: UTF8.self), reader.terminator))
    }
    return lines
  }

  @Test func splitsAtLFCRLFAndLoneCR() throws {
    for readSizes in [[1 << 20], [1], Array(1...4)] {
      let result = try lines(Array("a\nb\r\nc\rd".utf8), readSizes: readSizes)
      #expect(result.map(\.0) == ["a", "b", "c", "d"])
      #expect(result.map(\.1) == [.lineFeed, .carriageReturnLineFeed, .carriageReturn, .none])
    }
  }

  @Test func keepsEmptyLinesAndATrailingCR() throws {
    let result = try lines(Array("\r\n\r\n\n\rx\r".utf8), readSizes: [1])
    #expect(result.map(\.0) == ["", "", "", "", "x"])
    #expect(result.last?.1 == .carriageReturn)
  }

  @Test func countsLines() throws {
    let reader = LineReader(TrickleByteSource(Array("one\r\ntwo\rthree\n".utf8)))
    var numbers: [Int] = []
    while try reader.nextLine() != nil { numbers.append(reader.lineNumber) }
    #expect(numbers == [1, 2, 3])
  }

  @Test func dropsAByteOrderMarkAtTheStartOnly() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let result = try lines(bom + Array("TY\n".utf8) + bom + Array("ER\n".utf8), readSizes: [1])
    #expect(result.map(\.0) == ["TY", "\u{FEFF}ER"])
    #expect(try lines(bom).isEmpty)
  }

  @Test func growsForLinesLongerThanItsBuffer() throws {
    let long = String(repeating: "social media ", count: 40)
    let result = try lines(
      Array("short\n\(long)\r\nend".utf8), readSizes: Array(1...7), chunkSize: 16)
    #expect(result.map(\.0) == ["short", long, "end"])
  }

  @Test func readsNothingFromNothing() throws {
    #expect(try lines([]).isEmpty)
  }
}
