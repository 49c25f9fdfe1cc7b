#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a line ended in the file.
enum LineTerminator: Sendable, Equatable {
  case lineFeed
  case carriageReturnLineFeed
  case carriageReturn
  /// The last line of a file that does not end with a line break.
  case none
}

/// Splits a byte stream into lines for the line-based readers (RIS, MEDLINE, BibTeX).
///
/// The reader pulls chunks of ``defaultChunkSize`` bytes from its source into one buffer that it
/// owns, and hands out each line as a view into that buffer, without its terminator: nothing is
/// copied and nothing is decoded here, which is what keeps line-based readers fast. A line that
/// straddles two chunks is moved to the front of the buffer before the next read; a line longer
/// than the buffer makes it grow. LF, CRLF and a lone CR all end a line, in any mix. A UTF-8 byte
/// order mark at the start of the stream is dropped.
///
/// Not `Sendable`: a reader belongs to the one record reader that pulls from it.
final class LineReader {
  private let source: any ByteSource
  private var buffer: UnsafeMutableRawBufferPointer
  /// The unread bytes are `buffer[start..<end]`.
  private var start = 0
  private var end = 0
  private var sourceEnded = false
  /// How many bytes of the stream were read and dropped from the front of the buffer.
  private var droppedBytes = 0
  private var checkedByteOrderMark = false
  /// The next LF and the next CR at or after `start`.
  ///
  /// Each is `end` where there is none before it, and below `start` when it must be searched
  /// for again. Kept between lines so that a file with LF line ends does not search every line
  /// for a CR, nor one with CR line ends for a LF.
  private var lineFeedAhead = -1
  private var carriageReturnAhead = -1

  /// The number of the line last returned, from 1.
  private(set) var lineNumber = 0
  /// How the line last returned ended.
  private(set) var terminator = LineTerminator.none
  /// Where the line last returned starts in the stream, as a byte offset from its first byte
  /// (a byte order mark counts).
  private(set) var lineOffset = 0
  /// Where the line after the one last returned starts: past its terminator.
  var offsetAfterLine: Int { droppedBytes + start }

  /// Reads lines from `source`, pulling `chunkSize` bytes at a time.
  init(_ source: any ByteSource, chunkSize: Int = defaultChunkSize) {
    self.source = source
    buffer = .allocate(byteCount: max(chunkSize, 16), alignment: 1)
  }

  deinit {
    buffer.deallocate()
  }

  /// The next line without its terminator, or nil at the end of the stream.
  ///
  /// The bytes stay valid until the next call; copy what must outlive it.
  func nextLine() throws(IngestError) -> UnsafeRawBufferPointer? {
    if !checkedByteOrderMark {
      try skipByteOrderMark()
    }
    while true {
      if let line = takeLine() {
        return line
      }
      if sourceEnded {
        guard start < end else { return nil }
        let line = UnsafeRawBufferPointer(rebasing: buffer[start..<end])
        lineOffset = droppedBytes + start
        start = end
        lineNumber += 1
        terminator = .none
        return line
      }
      try refill()
    }
  }

  /// Cuts the next complete line off the unread bytes, or returns nil when they hold none.
  private func takeLine() -> UnsafeRawBufferPointer? {
    guard start < end else { return nil }
    if lineFeedAhead < start { lineFeedAhead = position(of: 0x0A) }
    if carriageReturnAhead < start { carriageReturnAhead = position(of: 0x0D) }
    // Whichever comes first ends the line: a LF, a CR of a CRLF, or a lone CR.
    let breakAt = min(lineFeedAhead, carriageReturnAhead)
    if breakAt == end {
      // No terminator in what has been read so far; before the end, the last line needs more.
      return nil
    }
    if buffer[breakAt] == 0x0D && breakAt + 1 == end && !sourceEnded {
      // The CR is the last byte read: whether a LF follows is known only after the next read.
      return nil
    }
    let line = UnsafeRawBufferPointer(rebasing: buffer[start..<breakAt])
    lineOffset = droppedBytes + start
    lineNumber += 1
    if buffer[breakAt] == 0x0A {
      terminator = .lineFeed
      start = breakAt + 1
    } else if breakAt + 1 < end && buffer[breakAt + 1] == 0x0A {
      terminator = .carriageReturnLineFeed
      start = breakAt + 2
    } else {
      terminator = .carriageReturn
      start = breakAt + 1
    }
    return line
  }

  /// Where `byte` next stands at or after `start`, or `end`.
  private func position(of byte: Int32) -> Int {
    guard let base = buffer.baseAddress, let found = memchr(base + start, byte, end - start)
    else { return end }
    return base.distance(to: UnsafeMutableRawPointer(found))
  }

  /// Moves the unread bytes to the front, grows the buffer if a line fills it, and reads more.
  private func refill() throws(IngestError) {
    if start > 0 {
      let count = end - start
      if count > 0, let base = buffer.baseAddress {
        memmove(base, base + start, count)
      }
      end = count
      droppedBytes += start
      start = 0
    }
    if end == buffer.count {
      let larger = UnsafeMutableRawBufferPointer.allocate(
        byteCount: buffer.count * 2, alignment: 1)
      larger.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[0..<end]))
      buffer.deallocate()
      buffer = larger
    }
    let count = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end...]))
    if count == 0 {
      sourceEnded = true
    } else {
      end += count
    }
    // Positions moved, and the new bytes may hold a nearer terminator: search again.
    lineFeedAhead = -1
    carriageReturnAhead = -1
  }

  /// Drops `EF BB BF` at the start of the stream.
  private func skipByteOrderMark() throws(IngestError) {
    checkedByteOrderMark = true
    while end - start < 3 && !sourceEnded {
      try refill()
    }
    if end - start >= 3 && buffer[start] == 0xEF && buffer[start + 1] == 0xBB
      && buffer[start + 2] == 0xBF
    {
      start += 3
    }
  }
}
