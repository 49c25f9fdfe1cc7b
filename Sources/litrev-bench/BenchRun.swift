import BenchSupport
import Foundation

/// One benchmark session: generates the inputs, runs every case `runs` times in turn, and prints
/// the medians.
struct BenchRun {
  let options: BenchOptions

  init(_ options: BenchOptions) {
    self.options = options
  }

  /// A command measured on one input.
  private struct Case {
    var name: String
    var input: String
    var records: Int
    var arguments: [String]
    /// Whether the command needs a new empty project, made before each run.
    var freshProject: Bool = false
  }

  func run() throws {
    let files = FileManager.default
    try files.createDirectory(atPath: options.workFolder, withIntermediateDirectories: true)
    let litrev = absolute(options.binFolder + "/litrev")
    let generator = absolute(options.binFolder + "/corpus-gen")
    let xml = absolute(options.workFolder + "/pubmed-\(options.records).xml")
    let ris = absolute(options.workFolder + "/embase-\(options.records).ris")
    try generate(generator, kind: "pubmed", to: xml)
    try generate(generator, kind: "ris", to: ris)
    let project = absolute(options.workFolder + "/project")
    // The same studies in the formats corpus-gen writes from records.
    let more = [
      ("MEDLINE", "medline", "medline-\(options.records).nbib"),
      ("BibTeX", "bibtex", "bibtex-\(options.records).bib"),
      ("WoS", "wos", "wos-\(options.records).txt"),
      ("EndNote XML", "endnote-xml", "endnote-\(options.records).xml"),
    ].map { ($0.0, $0.1, absolute(options.workFolder + "/" + $0.2)) }
    for (_, kind, path) in more { try generate(generator, kind: kind, to: path) }

    let cases =
      [
        Case(
          name: "xmllint --stream --noout", input: xml, records: options.records,
          arguments: [options.xmllint, "--stream", "--noout", xml]),
        Case(
          name: "litrev parse --count (XML)", input: xml, records: options.records,
          arguments: [litrev, "parse", xml, "--count"]),
        Case(
          name: "litrev parse --json (XML)", input: xml, records: options.records,
          arguments: [litrev, "parse", xml, "--json"]),
        Case(
          name: "litrev import (XML)", input: xml, records: options.records,
          arguments: [litrev, "import", xml, "--source", "PubMed", "--project", project],
          freshProject: true),
        Case(
          name: "litrev parse --count (RIS)", input: ris, records: options.records,
          arguments: [litrev, "parse", ris, "--count"]),
        Case(
          name: "litrev parse --json (RIS)", input: ris, records: options.records,
          arguments: [litrev, "parse", ris, "--json"]),
        Case(
          name: "litrev import (RIS)", input: ris, records: options.records,
          arguments: [litrev, "import", ris, "--source", "Embase", "--project", project],
          freshProject: true),
      ]
      + more.flatMap { name, kind, path in
        let parse = Case(
          name: "litrev parse --count (\(name))", input: path, records: options.records,
          arguments: [litrev, "parse", path, "--count"])
        guard kind == "endnote-xml" else { return [parse] }
        let xmllint = Case(
          name: "xmllint --stream (EndNote)", input: path, records: options.records,
          arguments: [options.xmllint, "--stream", "--noout", path])
        return [xmllint, parse]
      }
    var measurements = Array(repeating: [ProcessMeasurement](), count: cases.count)
    for round in 1...options.runs {
      FileHandle.standardError.write(Data("round \(round) of \(options.runs)…\n".utf8))
      for (index, benchCase) in cases.enumerated() {
        if benchCase.freshProject {
          try? files.removeItem(atPath: project)
          let made = try ChildProcess.measure([litrev, "init", project])
          guard made.status == 0 else { throw BenchError("litrev init failed") }
        }
        let measured = try ChildProcess.measure(benchCase.arguments)
        guard measured.status == 0 else {
          throw BenchError("\(benchCase.name) exited with \(measured.status)")
        }
        measurements[index].append(measured)
      }
    }
    print(report(cases: cases, measurements: measurements))
  }

  private func report(cases: [Case], measurements: [[ProcessMeasurement]]) -> String {
    var lines = [
      "litrev-bench: \(options.records) records, median of \(options.runs) interleaved runs",
      pad(["case", "input MB", "seconds", "MB/s", "records/s", "peak RSS MB", "× xmllint"]),
    ]
    for (index, benchCase) in cases.enumerated() {
      let seconds = median(measurements[index].map(\.seconds))
      let megabytes = Double(fileSize(benchCase.input)) / 1_000_000
      let peak = measurements[index].map(\.peakResidentBytes).max() ?? 0
      // Against xmllint on the same XML file, where the run has it.
      let baseline = cases.indices.first {
        cases[$0].input == benchCase.input && cases[$0].arguments.first == options.xmllint
      }
      let ratio =
        baseline.map { format(median(measurements[$0].map(\.seconds)) / seconds, 2) } ?? "-"
      lines.append(
        pad([
          benchCase.name, format(megabytes, 1), format(seconds, 3), format(megabytes / seconds, 1),
          format(Double(benchCase.records) / seconds, 0),
          format(Double(peak) / 1_000_000, 1), ratio,
        ]))
    }
    lines.append(
      "× xmllint: xmllint's time divided by the case's on the same XML file (above 1 is faster).")
    return lines.joined(separator: "\n")
  }

  private func generate(_ generator: String, kind: String, to path: String) throws {
    if FileManager.default.fileExists(atPath: path) { return }
    FileHandle.standardError.write(Data("generating \(path)…\n".utf8))
    let made = try ChildProcess.measure(
      [generator, kind, "--count", String(options.records), "--seed", "2024", "--output", path])
    guard made.status == 0 else { throw BenchError("corpus-gen \(kind) failed") }
  }

  private func absolute(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }

  private func fileSize(_ path: String) -> Int {
    (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
  }
}

private func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return 0 }
  let middle = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

private func format(_ value: Double, _ decimals: Int) -> String {
  String(format: "%.\(decimals)f", value)
}

private func pad(_ cells: [String]) -> String {
  let widths = [34, 9, 8, 8, 10, 12, 10]
  return zip(cells, widths).enumerated().map { index, pair in
    let (cell, width) = pair
    let padding = String(repeating: " ", count: max(0, width - cell.count))
    return index == 0 ? cell + padding : padding + cell
  }.joined(separator: " ")
}
