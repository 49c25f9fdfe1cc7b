import ArgumentParser
import Foundation
import Ingest
import ReviewModel
import ReviewStore

extension LitRev {
  /// `litrev import FILE… --source NAME`: stores search exports in the project.
  struct Import: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Import search exports (PubMed XML, RIS, MEDLINE, BibTeX; gzipped or not) into the project.",
      discussion: """
        Each file is one transaction: all of its records are stored, or, when it turns out to \
        be malformed or truncated, none. The format is sniffed from the content. Importing the \
        same bytes twice is refused unless --again.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Argument(help: "The export files; - reads standard input.")
    var files: [String]

    @Option(help: "The database or register searched, e.g. PubMed, Embase, Scopus.")
    var source: String

    @Option(
      help: ArgumentHelp(
        "What the source is, for the PRISMA diagram's columns: database, register, citation "
          + "(citation searching), website or organisation; by default what it was first "
          + "imported as, else database.",
        valueName: "kind"))
    var sourceType: SourceKind?

    @Option(help: "The files' format.")
    var format: FormatChoice = .auto

    @Option(help: ArgumentHelp("The day the search was run.", valueName: "YYYY-MM-DD"))
    var searchedOn: String?

    @Option(help: ArgumentHelp("A file holding the search strategy as run.", valueName: "file"))
    var queryFile: String?

    @Flag(help: "Treat warnings (an unknown tag, a record without a title) as errors.")
    var strict = false

    @Flag(help: "Import files even when the same bytes were imported before.")
    var again = false

    func validate() throws {
      if let searchedOn, !isCalendarDate(searchedOn) {
        throw ValidationError("--searched-on takes a date as YYYY-MM-DD, not '\(searchedOn)'.")
      }
      if source.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("--source names the database searched, e.g. --source PubMed.")
      }
    }

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let archive = ExportArchive(location)
      let query = try readQuery()
      var failures: [CommandFailure] = []
      for file in files {
        let started = ContinuousClock.now
        do {
          let batch = try importFile(file, query: query, into: store, keepingIn: archive)
          let seconds = (ContinuousClock.now - started).secondsValue
          StandardStreams.output.writeLine(
            "\(file): imported \(batch.recordCount) records from \(batch.source) "
              + "(\(batch.format.displayName)) as batch \(batch.id); "
              + "\(batch.warningCount) warning\(batch.warningCount == 1 ? "" : "s"), "
              + String(format: "%.2f s", seconds))
        } catch {
          var failure = CommandFailure(error)
          failure.message += "\n\(file): nothing from this file was stored"
          if files.count == 1 { throw failure }
          StandardStreams.error.writeLine("litrev: error: \(failure.message)")
          failures.append(failure)
        }
      }
      if let worst = failures.map(\.exitCode).max(by: { $0.rawValue < $1.rawValue }) {
        throw CommandFailure(
          "\(failures.count) of \(files.count) files were not imported (see above); "
            + "the others were stored",
          exitCode: worst)
      }
    }

    /// Imports one file, keeping a copy of it in `archive`: its records' original text.
    private func importFile(
      _ path: String, query: String?, into store: ProjectStore, keepingIn archive: ExportArchive
    ) throws -> ImportBatch {
      let copy = try archive.startCopy()
      let (file, reader) = try ExportReader.open(
        path, format: format.sourceFormat, options: ReaderOptions(locatesOriginal: true),
        copyingTo: copy.descriptor)
      let progress = ImportProgress(file: path)
      let request = ImportRequest(
        source: source, sourceKind: sourceType,
        fileName: URL(fileURLWithPath: path).lastPathComponent,
        format: file.sniffedFormat ?? .ris, searchedOn: searchedOn, query: query,
        importedBy: project.actor, allowsRepeat: again)
      // Parsing runs on a thread of its own while this one stores: see ReadAheadReader.
      let readAhead = ReadAheadReader(reader, of: file)
      defer { readAhead.cancel() }
      return try store.importRecords(
        request,
        from: {
          let record = try readAhead.next()
          progress.advance()
          return record
        },
        finish: {
          let (sha256, diagnostics) = try readAhead.finish()
          progress.finish()
          if strict, let first = diagnostics.first { throw IngestError.strict(first) }
          DiagnosticPrinter().print(diagnostics)
          let suffix = "." + request.format.rawValue + (file.isCompressed ? ".gz" : "")
          return (sha256, diagnostics.count, try copy.keep(sha256: sha256, suffix: suffix))
        })
    }

    private func readQuery() throws(CommandFailure) -> String? {
      guard let queryFile else { return nil }
      do {
        return try String(contentsOfFile: queryFile, encoding: .utf8)
      } catch {
        throw CommandFailure(
          "\(queryFile): cannot read the search strategy: \(error.localizedDescription)",
          exitCode: FileManager.default.fileExists(atPath: queryFile) ? .dataError : .noInput)
      }
    }
  }
}

/// True for a real calendar date written `YYYY-MM-DD`.
func isCalendarDate(_ text: String) -> Bool {
  let parts = text.split(separator: "-", omittingEmptySubsequences: false)
  guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
    let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
    (1...12).contains(month), day >= 1
  else { return false }
  var components = DateComponents(year: year, month: month)
  components.calendar = Calendar(identifier: .gregorian)
  guard let date = components.date,
    let days = components.calendar?.range(of: .day, in: .month, for: date)
  else { return false }
  return days.contains(day)
}

extension Duration {
  /// The duration in seconds, as a floating-point number for printing.
  var secondsValue: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}
