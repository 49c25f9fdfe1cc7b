import ArgumentParser

extension LitRev {
  /// `litrev extractions export|import|conflicts|resolve`: extracted data as spreadsheets, and
  /// the differences between two extractors.
  struct Extractions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export or import extracted data, and settle where two extractors differ.",
      subcommands: [
        ExtractionsExport.self, ExtractionsImport.self, ExtractionsConflicts.self,
        ExtractionsResolve.self,
      ]
    )
  }
}
