import ArgumentParser

extension LitRev {
  /// `litrev export …`: what the project holds, in files other tools read.
  struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export records (and, later, tables) in the formats other tools read.",
      subcommands: [ExportRecords.self]
    )
  }
}
