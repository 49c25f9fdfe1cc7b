import Foundation
import Prioritisation

/// Runs one simulation by one tool, as a child process, timed from the outside.
enum SimulationRun {
  struct Ours {
    var outcome: Outcome
    var priors: [Int]
    var records: Int
  }

  /// `litrev simulate FILE --seed N --json`.
  static func litrev(_ binary: String, file: String, seed: Int) throws -> Ours {
    let (output, seconds) = try run(binary, ["simulate", file, "--seed", String(seed), "--json"])
    guard let document = try JSONSerialization.jsonObject(with: output) as? [String: Any],
      let runs = document["runs"] as? [[String: Any]], let first = runs.first,
      let records = document["records"] as? Int,
      let wss95 = first["wss95"] as? Double, let rrf10 = first["rrf10"] as? Double,
      let atd = first["atd"] as? Double, let priors = first["priors"] as? [Int]
    else { throw BenchError("litrev simulate printed no runs for \(file)") }
    var outcome = Outcome(metrics: ScreeningMetrics(labels: []), wallSeconds: seconds)
    outcome.wss95 = wss95
    outcome.rrf10 = rrf10
    outcome.atd = atd
    return Ours(outcome: outcome, priors: priors, records: records)
  }

  /// `asreview simulate FILE --prior-idx … --seed N` with its default model; the order it
  /// screened in is read from the project's `results.db`.
  static func asreview(
    _ binary: String, file: String, seed: Int, priors: [Int], records: Int, work: String
  ) throws -> Outcome {
    let project =
      "\(work)/asreview-\(URL(fileURLWithPath: file).lastPathComponent)-\(seed).asreview"
    try? FileManager.default.removeItem(atPath: project)
    let (_, seconds) = try run(
      binary,
      ["simulate", file, "--prior-idx"] + priors.map(String.init) + [
        "--seed", String(seed), "-o", project,
      ])
    let database = project + ".results.db"
    try? FileManager.default.removeItem(atPath: database)
    let (bytes, _) = try run("/usr/bin/unzip", ["-p", project, "results.db"])
    try bytes.write(to: URL(fileURLWithPath: database))
    let (labels, _) = try run(
      "/usr/bin/sqlite3",
      [database, "SELECT label FROM results WHERE training_set IS NOT NULL ORDER BY rowid"])
    var order = String(decoding: labels, as: UTF8.self).split(separator: "\n").map { $0 == "1" }
    order += Array(repeating: false, count: max(records - priors.count - order.count, 0))
    return Outcome(metrics: ScreeningMetrics(labels: order), wallSeconds: seconds)
  }

  /// Runs `binary` with `arguments`; returns its standard output and the wall time.
  static func run(_ binary: String, _ arguments: [String]) throws -> (Data, Double) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let clock = ContinuousClock()
    let started = clock.now
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let elapsed = clock.now - started
    guard process.terminationStatus == 0 else {
      throw BenchError(
        "\(binary) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
    }
    return (
      data, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    )
  }
}

struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
