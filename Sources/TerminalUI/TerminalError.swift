#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the terminal could not be used.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
  /// Standard input or output is not a terminal, so a full-screen interface cannot run.
  case notATerminal
  /// A system call failed; the name of the call and `errno`.
  case system(String, Int32)

  public var description: String {
    switch self {
    case .notATerminal: "standard input is not a terminal"
    case .system(let call, let code): "\(call) failed: \(String(cString: strerror(code)))"
    }
  }
}
