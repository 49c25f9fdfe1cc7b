import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One finished run of a command: how long it took and how much memory it held at most.
public struct ProcessMeasurement: Sendable {
  public var seconds: Double
  /// Peak resident set size, in bytes, as the kernel reports it for the child (`ru_maxrss`).
  public var peakResidentBytes: Int
  public var status: Int32
}

/// Runs commands as child processes and measures each with `wait4`, which gives the child's own
/// peak RSS; Foundation's `Process` does not expose it.
public enum ChildProcess {
  /// Runs `arguments` (the first is the program's path), its output sent to `/dev/null` or to
  /// `outputPath`.
  public static func measure(_ arguments: [String], outputPath: String? = nil) throws
    -> ProcessMeasurement
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, outputPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var child: pid_t = 0
    let started = ContinuousClock.now
    let spawned = posix_spawn(&child, arguments[0], &actions, nil, argv, environ)
    guard spawned == 0 else {
      throw BenchError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(child, &status, 0, &usage) < 0 && errno == EINTR {}
    let elapsed = ContinuousClock.now - started
    let (seconds, attoseconds) = elapsed.components
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return ProcessMeasurement(
      seconds: Double(seconds) + Double(attoseconds) / 1e18,
      peakResidentBytes: Int(usage.ru_maxrss) * 1024, status: exitStatus)
  }
}

/// Why the benchmark could not run.
public struct BenchError: Error, CustomStringConvertible {
  public var description: String

  public init(_ description: String) {
    self.description = description
  }
}
