import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore
import Screening

extension LitRev {
  /// `litrev export records`: a set of records in a format reference managers or ASReview read.
  struct ExportRecords: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "records",
      abstract: "Write records as RIS, BibTeX, CSV, MEDLINE, ASReview CSV or JSON.",
      discussion: """
        All records, or those a query matches (--where), those with a decision at a stage \
        (--stage and --decision: e.g. the studies included at full text), or one source's \
        (--source); the filters combine. A record imported from a file in the format asked for \
        is written as it was read (RIS) or with its other fields (BibTeX, MEDLINE); any other \
        is written from its fields. asreview-csv adds record_id and label_included (1 \
        included, 0 excluded, empty otherwise, at --stage, title-abstract by default). CSV \
        cells that a spreadsheet would run as a formula get a leading apostrophe.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Option(
      name: .customLong("where"),
      help: ArgumentHelp("Only the records this query matches.", valueName: "query"))
    var query: String?

    @Option(help: "The stage of --decision (and of ASReview's labels).")
    var stage: ScreeningStage?

    @Option(help: "Only the records decided so at --stage: include, exclude, maybe.")
    var decision: Verdict?

    @Option(help: "Only the records from this source (database), e.g. PubMed.")
    var source: String?

    @Option(help: "ris, bibtex, csv, medline, asreview-csv or json.")
    var format: RecordExportFormat

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
      if decision != nil && stage == nil {
        throw ValidationError("--decision needs --stage: the stage the decision was made at.")
      }
      if stage != nil && decision == nil && format != .asreviewCSV {
        throw ValidationError("--stage needs --decision, except for ASReview's labels.")
      }
    }

    func execute() async throws(CommandFailure) {
      let evaluator: QueryEvaluator?
      do {
        evaluator = try query.map { QueryEvaluator(try QueryParser().parse($0)) }
      } catch {
        throw CommandFailure(error)
      }
      let (location, store) = try project.openStore()
      let verdicts = try verdictsByRecord(store, protocolPath: location.protocolPath)
      let sink = try ExportSink(path: output)
      var encoder = RecordExportEncoder(format: format)
      var count = 0
      do {
        let formats = Dictionary(
          try store.batches().map { ($0.id, $0.format) }, uniquingKeysWith: { first, _ in first })
        sink.write(encoder.header)
        try store.forEachRecord(ProjectStore.RecordFilter(source: source)) { stored in
          let verdict = verdicts[stored.id]
          if let decision, verdict != decision { return }
          if let evaluator, !evaluator.matches(stored.record) { return }
          let label: Bool? =
            switch verdict {
            case .include: true
            case .exclude: false
            default: nil
            }
          let export = StoredRecordExport(
            id: stored.id, record: stored.record, readFrom: formats[stored.batchID])
          sink.write(encoder.text(for: export, label: label))
          count += 1
        }
        sink.write(encoder.footer)
        try sink.finish()
      } catch {
        throw CommandFailure(error)
      }
      if let output {
        StandardStreams.output.writeLine(
          "\(output): wrote \(count) record\(count == 1 ? "" : "s") as \(format.rawValue)")
      }
    }

    /// Each decided record's verdict at the stage (of --decision, or of ASReview's labels).
    private func verdictsByRecord(_ store: ProjectStore, protocolPath: String)
      throws(CommandFailure) -> [Int64: Verdict]
    {
      guard let stage = stage ?? (format == .asreviewCSV ? .titleAbstract : nil) else {
        return [:]
      }
      let settings = try StageSettingsLoader.settings(of: stage, protocolPath: protocolPath)
      do {
        let outcomes = ScreeningOutcome.outcomes(
          log: try store.decisions(stage: stage), settings: settings)
        var verdicts: [Int64: Verdict] = [:]
        for outcome in outcomes {
          if let verdict = outcome.status.verdict { verdicts[outcome.recordID] = verdict }
        }
        return verdicts
      } catch {
        throw CommandFailure(error)
      }
    }
  }
}

/// Where an export goes: standard output, or a file written beside its final name and moved
/// there once complete, so that a failed export leaves no half file behind.
final class ExportSink {
  private let path: String?
  private let temporaryPath: String?
  private let handle: FileHandle?
  private let standardOutput: BufferedWriter?
  private var pending = ""

  init(path: String?) throws(CommandFailure) {
    self.path = path
    guard let path else {
      temporaryPath = nil
      handle = nil
      standardOutput = BufferedWriter(.output)
      return
    }
    let temporary = path + ".partial"
    guard FileManager.default.createFile(atPath: temporary, contents: nil),
      let opened = FileHandle(forWritingAtPath: temporary)
    else {
      throw CommandFailure("\(path): cannot write the file", exitCode: .ioError)
    }
    temporaryPath = temporary
    handle = opened
    standardOutput = nil
  }

  func write(_ text: String) {
    if let standardOutput {
      standardOutput.write(text)
      return
    }
    pending += text
    if pending.utf8.count >= 1 << 20 { flushPending() }
  }

  func finish() throws(CommandFailure) {
    if let standardOutput {
      standardOutput.flush()
      return
    }
    flushPending()
    guard let handle, let temporaryPath, let path else { return }
    do {
      try handle.close()
      if FileManager.default.fileExists(atPath: path) {
        _ = try FileManager.default.replaceItemAt(
          URL(fileURLWithPath: path), withItemAt: URL(fileURLWithPath: temporaryPath))
      } else {
        try FileManager.default.moveItem(atPath: temporaryPath, toPath: path)
      }
    } catch {
      throw CommandFailure(
        "\(path): cannot write: \(error.localizedDescription)", exitCode: .ioError)
    }
  }

  private func flushPending() {
    handle?.write(Data(pending.utf8))
    pending = ""
  }
}
