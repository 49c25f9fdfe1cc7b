import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Puts a terminal in raw mode (no echo, no line editing, keys as they are pressed) and puts it
/// back as it was, on every way out this process can see.
///
/// The settings are restored by ``restore()``, by `deinit`, and on SIGTERM, SIGHUP and SIGINT
/// (which raw mode only delivers from `kill`, since Ctrl-C arrives as a key): the handler
/// restores the terminal, then re-raises the signal with its default action so the process ends
/// as the signal meant. Only SIGKILL cannot be seen; `stty sane` repairs the terminal after it.
public final class RawMode {
  private let descriptor: Int32
  private let saved: termios
  private var signalSources: [any DispatchSourceSignal] = []
  private var isActive = true

  /// Enters raw mode on `descriptor`.
  ///
  /// - Parameter descriptor: a terminal, usually standard input.
  /// - Throws: ``TerminalError/notATerminal`` when it is not one, or the system's error.
  public init(descriptor: Int32 = STDIN_FILENO) throws(TerminalError) {
    var settings = termios()
    guard isatty(descriptor) != 0 else { throw .notATerminal }
    guard tcgetattr(descriptor, &settings) == 0 else { throw .system("tcgetattr", errno) }
    self.descriptor = descriptor
    saved = settings
    cfmakeraw(&settings)
    // Keep output processing, so "\n" still returns the carriage and lines stay readable.
    settings.c_oflag |= tcflag_t(OPOST)
    guard tcsetattr(descriptor, TCSAFLUSH, &settings) == 0 else {
      throw .system("tcsetattr", errno)
    }
    installSignalHandlers()
  }

  deinit {
    restore()
  }

  /// Puts the terminal back as it was; later calls do nothing.
  public func restore() {
    guard isActive else { return }
    isActive = false
    var settings = saved
    _ = tcsetattr(descriptor, TCSAFLUSH, &settings)
    for source in signalSources { source.cancel() }
    signalSources = []
  }

  private func installSignalHandlers() {
    let descriptor = self.descriptor
    let saved = self.saved
    for signalNumber in [SIGTERM, SIGHUP, SIGINT] {
      signal(signalNumber, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
      source.setEventHandler {
        var settings = saved
        _ = tcsetattr(descriptor, TCSAFLUSH, &settings)
        // Leave the alternate screen and show the cursor, as a clean quit would.
        let farewell =
          EscapeSequence.resetStyle.text + EscapeSequence.showCursor.text
          + EscapeSequence.leaveAlternateScreen.text
        _ = farewell.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
        signal(signalNumber, SIG_DFL)
        raise(signalNumber)
      }
      source.setCancelHandler { signal(signalNumber, SIG_DFL) }
      source.resume()
      signalSources.append(source)
    }
  }
}

@available(*, unavailable)
extension RawMode: Sendable {}
