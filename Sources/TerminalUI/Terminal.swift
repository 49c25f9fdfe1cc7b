#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal a full-screen interface runs on: the only code that reads keys from it or draws
/// on it.
///
/// Keys are read with a timeout, so the interface can notice a resize, or settle a lone `ESC`,
/// without a second thread. Each frame is drawn whole, in one write, over the alternate screen.
public final class Terminal {
  public let capabilities: TerminalCapabilities
  private let input: Int32
  private let output: Int32
  private var decoder = KeyDecoder()
  private var rawMode: RawMode?

  /// A terminal on standard input and output.
  ///
  /// - Parameter capabilities: what ``TerminalCapabilities/detect(environment:colorMode:)`` found.
  public init(capabilities: TerminalCapabilities) {
    self.capabilities = capabilities
    input = STDIN_FILENO
    output = STDOUT_FILENO
  }

  deinit {
    leaveFullScreen()
  }

  /// Enters raw mode and the alternate screen, and hides the cursor.
  ///
  /// - Throws: ``TerminalError`` when standard input is not a terminal.
  public func enterFullScreen() throws(TerminalError) {
    guard rawMode == nil else { return }
    rawMode = try RawMode(descriptor: input)
    write(EscapeSequence.enterAlternateScreen.text + EscapeSequence.hideCursor.text)
  }

  /// Restores the screen and the terminal's settings; safe to call more than once.
  public func leaveFullScreen() {
    guard let rawMode else { return }
    write(
      EscapeSequence.resetStyle.text + EscapeSequence.showCursor.text
        + EscapeSequence.leaveAlternateScreen.text)
    rawMode.restore()
    self.rawMode = nil
  }

  /// The current size; 24 × 80 when the system cannot tell.
  public var size: TerminalSize {
    var window = winsize()
    guard ioctl(output, UInt(TIOCGWINSZ), &window) == 0, window.ws_row > 0, window.ws_col > 0
    else { return TerminalSize(rows: 24, columns: 80) }
    return TerminalSize(rows: Int(window.ws_row), columns: Int(window.ws_col))
  }

  /// Waits up to `timeout` for key presses.
  ///
  /// - Parameter timeout: how long to wait, in milliseconds.
  /// - Returns: the keys pressed, possibly none (a timeout or an interrupted wait).
  /// - Throws: ``TerminalError/system(_:_:)`` when standard input is closed or fails.
  public func readKeys(timeout: Int32) throws(TerminalError) -> [Key] {
    var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, timeout)
    if ready < 0 {
      if errno == EINTR { return [] }
      throw .system("poll", errno)
    }
    if ready == 0 { return decoder.flush() }
    var buffer = [UInt8](repeating: 0, count: 256)
    let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
    if count < 0 {
      if errno == EINTR || errno == EAGAIN { return [] }
      throw .system("read", errno)
    }
    if count == 0 { throw .system("read", EPIPE) }
    return decoder.feed(buffer[..<count])
  }

  /// Draws `lines` as the whole screen, in one write.
  ///
  /// - Parameter lines: at most one line per row; each is cut to the width.
  public func draw(_ lines: [StyledLine]) {
    write(Frame(lines: lines, size: size, usesColor: capabilities.usesColor).text)
  }

  /// Writes `text` as it is, in full.
  public func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = systemWrite(
          output, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }
}

@available(*, unavailable)
extension Terminal: Sendable {}

/// `write(2)`, under a name that the method ``Terminal/write(_:)`` does not hide.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}

/// The text that redraws a whole screen: each row from its first column, cleared to its end.
///
/// A value, so that what a frame writes can be tested without a terminal.
public struct Frame: Sendable, Hashable {
  public var text: String

  /// - Parameters:
  ///   - lines: the rows, top first; rows beyond the screen are left out.
  ///   - size: the screen.
  ///   - usesColor: whether colour may be written.
  public init(lines: [StyledLine], size: TerminalSize, usesColor: Bool) {
    var text = EscapeSequence.moveTo(row: 1, column: 1).text
    for row in 0..<size.rows {
      if row > 0 { text += "\r\n" }
      if row < lines.count {
        text += lines[row].truncated(to: size.columns).rendered(usesColor: usesColor)
      }
      text += EscapeSequence.clearToEndOfLine.text
    }
    self.text = text
  }
}
