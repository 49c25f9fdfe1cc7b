import ArgumentParser
import Ingest
import Reports
import ReviewStore
import Screening

/// `--format text|json|csv|svg|md`: how `litrev prisma` writes the counts; `litrev report`
/// writes every one but text.
enum PrismaFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case csv
  case svg
  case md

  /// The file name extension of the format.
  var fileExtension: String { rawValue == "text" ? "txt" : rawValue }

  /// The text of `flow` in this format.
  ///
  /// CSV goes through the formula-safe CSV writer, so that a source
  /// named `=HYPERLINK(…)` stays text in a spreadsheet.
  func render(_ flow: PrismaFlow) -> String {
    switch self {
    case .text: PrismaText.render(flow)
    case .json: PrismaJSON.render(flow)
    case .csv: PrismaTemplateTable.rows(flow).map(CSVWriter.row).joined()
    case .svg: PrismaDiagramSVG.render(flow)
    case .md: PrismaMarkdown.render(flow)
    }
  }
}

/// Computes the flow diagram's counts for the project, as `prisma` and `report` need them.
enum PrismaFlowLoader {
  /// The counts, checked.
  ///
  /// - Throws: a data failure (65) naming the records when an invariant fails; the protocol's or
  ///   the store's failure when they cannot be read.
  static func flow(_ store: ProjectStore, protocolPath: String) throws(CommandFailure)
    -> PrismaFlow
  {
    do {
      let loaded = try ProtocolLoader().load(path: protocolPath)
      return try PrismaCalculator.flow(
        try PrismaInputGatherer.input(store, loaded.reviewProtocol))
    } catch let error as PrismaError {
      // The log holds decisions that contradict each other (a full-text decision about a record
      // excluded at title and abstract): the project's data is wrong, not litrev, so 65.
      throw CommandFailure(error.description, exitCode: .dataError)
    } catch {
      throw CommandFailure(error)
    }
  }
}
