import ArgumentParser

extension LitRev {
  /// `litrev decisions export|import`: decisions as spreadsheets.
  struct Decisions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export the decision log as CSV, or import a co-reviewer's spreadsheet.",
      subcommands: [Export.self, Import.self]
    )
  }
}
