import ArgumentParser

extension LitRev {
  /// `litrev export …`: what the project holds and what the review publishes, in the formats
  /// other tools read.
  struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export records and the review's tables in the formats other tools read.",
      subcommands: [ExportRecords.self, ExportEvidence.self]
    )
  }
}
