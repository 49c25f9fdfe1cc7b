#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `corpus-gen` executable: reads the command line, runs one command, reports on stderr.
@main
struct CorpusGen {
  static func main() {
    do {
      let command = try CommandLineOptions.parse(Array(CommandLine.arguments.dropFirst()))
      try run(command)
    } catch {
      printError("corpus-gen: \(error)")
      exit(error.exitCode)
    }
  }

  private static func run(_ command: CorpusCommand) throws(CorpusGenError) {
    let clock = ContinuousClock()
    let start = clock.now
    switch command {
    case .help:
      print(CommandLineOptions.usage, terminator: "")
    case .pubmed(let count, let seed, let output):
      let file = try BufferedFileWriter(path: output)
      BulkCorpus(seed: seed).writePubMed(count: count, to: file)
      try file.close()
      report(records: count, bytes: file.byteCount, path: output, since: start, clock: clock)
    case .ris(let count, let seed, let output, let crlf, let byteOrderMark):
      let file = try BufferedFileWriter(path: output)
      BulkCorpus(seed: seed).writeRIS(
        count: count, to: file, crlf: crlf, byteOrderMark: byteOrderMark)
      try file.close()
      report(records: count, bytes: file.byteCount, path: output, since: start, clock: clock)
    case .records(let format, let count, let seed, let output):
      let file = try BufferedFileWriter(path: output)
      BulkCorpus(seed: seed).writeRecords(count: count, format: format, to: file)
      try file.close()
      report(records: count, bytes: file.byteCount, path: output, since: start, clock: clock)
    case .example(let directory, let seed):
      let summary = try ExampleReview(seed: seed).write(to: directory)
      for (path, records) in summary.files {
        printError("wrote \(directory)/\(path)" + (records.map { " (\($0) records)" } ?? ""))
      }
    }
  }

  private static func report(
    records: Int, bytes: Int, path: String, since start: ContinuousClock.Instant,
    clock: ContinuousClock
  ) {
    let elapsed = clock.now - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let megabytes = Double(bytes) / 1_000_000
    let rate = seconds > 0 ? megabytes / seconds : 0
    printError(
      "wrote \(records) records, \(format(megabytes)) MB to \(path) in \(format(seconds)) s "
        + "(\(format(rate)) MB/s)")
  }

  private static func format(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  private static func printError(_ message: String) {
    var line = message + "\n"
    line.withUTF8 { bytes in
      _ = write(STDERR_FILENO, bytes.baseAddress, bytes.count)
    }
  }
}
