import ArgumentParser

extension LitRev {
  /// `litrev export …`: what the review publishes, in the formats others read.
  struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export the review's tables and records.",
      subcommands: [ExportEvidence.self]
    )
  }
}
