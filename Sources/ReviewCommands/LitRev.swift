import ArgumentParser

/// The root command: `litrev <subcommand>`.
public struct LitRev: AsyncParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "litrev",
    abstract: "Run a literature review from the first database search to the published tables.",
    discussion: """
      A review lives in a project folder made by `litrev init`. Commands find it from the \
      current folder upward, or from --project.
      """,
    version: "0.1.0",
    subcommands: [
      Init.self, Import.self, Parse.self, Records.self, Show.self, Dedupe.self, QueryRecords.self,
      Decide.self, Log.self, Screen.self, AgreementReport.self, Conflicts.self, Resolve.self,
      Decisions.self, Prisma.self, Report.self, SetField.self, Instruments.self, Appraise.self,
      Appraisals.self,
      Extract.self, Extractions.self, Export.self,
      SurveyCommand.self, Themes.self, Link.self, Unlink.self, Synthesis.self,
      Simulate.self, Progress.self, Stop.self,
    ]
  )

  public init() {}
}
