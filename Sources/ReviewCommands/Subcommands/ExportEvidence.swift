import ArgumentParser
import Foundation
import Ingest
import Reports
import ReviewModel
import ReviewStore

extension LitRev.Export {
  /// `litrev export evidence`: the evidence table of the included studies.
  struct ExportEvidence: ReviewCommand {
    /// The formats the table is written in.
    enum Format: String, ExpressibleByArgument, CaseIterable {
      case csv, md, html, json, xlsx, ris
    }

    static let configuration = CommandConfiguration(
      commandName: "evidence",
      abstract: "Write the evidence table: one row per study included at full text.",
      discussion: """
        Columns: id, first_author, year, title, journal, doi, pmid, then one per field of the \
        protocol's extraction form, holding the value that stands (a resolution, the \
        extractors' agreed value, or the one extractor's); a field whose extractors disagree \
        is left empty until `litrev extractions resolve`; then design, appraisal_instrument, \
        appraisal_score and appraisal_rating (from `litrev set ID design=…` and the \
        appraisals; empty until a study is appraised, the rating until its appraisal is \
        complete) and themes (the themes the study is linked to). --columns chooses and orders them, \
        --sort orders the rows by one. CSV is formula-safe (a cell starting with = + - @, a \
        tab or a carriage return gets a leading apostrophe), UTF-8, with a byte order mark \
        when --bom is given; HTML and Markdown escape every character that means something in \
        them; JSON follows Schemas/evidence-table.schema.json; XLSX is an Excel workbook; RIS \
        holds the included studies' references, for Zotero or EndNote.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Option(help: "csv, md, html, json, xlsx or ris.")
    var format: Format = .csv

    @Option(
      help: ArgumentHelp(
        "The columns to write, in order, separated by commas.", valueName: "a,b,c"))
    var columns: String?

    @Option(
      help: ArgumentHelp(
        "Sort the rows by this column; --sort=-column sorts largest first.", valueName: "column"))
    var sort: String?

    @Flag(help: "Start the CSV with a UTF-8 byte order mark, for Excel on Windows.")
    var bom = false

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
      if bom, format != .csv { throw ValidationError("--bom goes with --format csv.") }
      if format == .xlsx, output == nil, StandardStreams.output.isTerminal {
        throw ValidationError("A workbook is not for a terminal: add --output FILE.xlsx.")
      }
      if format == .ris, columns != nil || sort != nil {
        throw ValidationError("RIS holds references, not columns: leave out --columns and --sort.")
      }
    }

    func execute() async throws(CommandFailure) {
      let context = try ExtractionContext(project: project, needsForm: format != .ris)
      if format == .ris {
        try writeReferences(context)
        return
      }
      let built = try EvidenceTableBuilder(context: context).build()
      var table = built.table
      do {
        if let columns {
          table = try table.selecting(
            columns.split(separator: ",").map { String($0).trimmingWhitespace() })
        }
        if let sort {
          let name = sort.trimmingWhitespace()
          let descending = name.hasPrefix("-")
          table = try table.sorted(
            by: descending ? String(name.dropFirst()) : name, descending: descending)
        }
      } catch {
        throw CommandFailure(String(describing: error), exitCode: .usage)
      }
      let what = "\(table.rows.count) stud\(table.rows.count == 1 ? "y" : "ies")"
      switch format {
      case .csv:
        try OutputFile.write(
          EvidenceCSV.text(table, withByteOrderMark: bom), to: output, what: what)
      case .md: try OutputFile.write(EvidenceMarkdown.text(table), to: output, what: what)
      case .html: try OutputFile.write(EvidenceHTML.text(table), to: output, what: what)
      case .json: try OutputFile.write(EvidenceJSON.text(table), to: output, what: what)
      case .xlsx:
        let data: Data
        do {
          data = try EvidenceXLSX.data(table)
        } catch {
          throw CommandFailure("cannot make the workbook: \(error)", exitCode: .internalError)
        }
        try OutputFile.write(data, to: output, what: what)
      case .ris: break
      }
      if built.unresolvedConflicts > 0 {
        StandardStreams.error.writeLine(
          "litrev: warning: \(built.unresolvedConflicts) field\(built.unresolvedConflicts == 1 ? " is" : "s are") "
            + "left empty because the extractors differ; see `litrev extractions conflicts`")
      }
    }

    /// The included studies as RIS.
    ///
    /// A record read from RIS is written as its file had it; any other (PubMed XML keeps its
    /// XML) is written from its fields.
    private func writeReferences(_ context: ExtractionContext) throws(CommandFailure) {
      var text = ""
      let original = try OriginalText(store: context.store, location: context.location)
      for id in context.includedIDs {
        let stored: StoredRecord
        do {
          stored = try context.store.record(id: id)
        } catch {
          throw CommandFailure(error)
        }
        var record = stored.record
        let kept = try original.text(of: stored)
        record.originalText = kept?.hasPrefix("TY  -") == true ? kept : nil
        text += RISWriter().text(for: record)
      }
      let count = context.includedIDs.count
      try OutputFile.write(text, to: output, what: "\(count) reference\(count == 1 ? "" : "s")")
    }
  }
}
