import ArgumentParser
import ReviewStore
import Survey

extension LitRev {
  /// `litrev survey summary`: the frequency analysis.
  struct SurveySummaryCommand: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "summary",
      abstract: "Print the response rate and every question's frequencies, with 95% CIs.",
      discussion: """
        Per question: n, % of the valid answers and its Wilson 95% confidence interval, valid n \
        and missing. Multiple choice is % of the respondents who answered the question, so it \
        can add up to more than 100%. Likert items add the median and interquartile range of \
        the scale points (Hyndman & Fan type 7, as R's quantile()) and the share agreeing. \
        --by QUESTION cross-tabulates every choice and Likert question by a group, with \
        Fisher's exact test for 2 × 2 tables and chi-square where Cochran's rule allows; \
        Likert items are tested again collapsed to agreeing or not.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @OptionGroup(title: "Survey files")
    var files: SurveyFileOptions

    @Option(help: ArgumentHelp("Cross-tabulate by this group question.", valueName: "question"))
    var by: String?

    @Flag var format: ReportFormat = .text

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let definition = try files.loadDefinition(location)
      let (_, responses) = try store.requireSurveyResponses()
      let summary = SurveySummary(definition: definition, responses: responses)
      var tables: [CrossTabulation]?
      if let by {
        guard let group = definition.question(by) else {
          throw CommandFailure("no question '\(by)' in the survey definition", exitCode: .usage)
        }
        guard group.kind.name == "single" || group.kind.name == "likert" else {
          throw CommandFailure(
            "'\(by)' is a \(group.kind.name) question; a group is single choice or Likert",
            exitCode: .usage)
        }
        tables = definition.questions.filter {
          $0.id != group.id && ["single", "multiple", "likert"].contains($0.kind.name)
        }.map { CrossTabulation(question: $0, by: group, responses: responses) }
      }
      let renderer = SurveySummaryRenderer(summary: summary)
      let crossRenderer = tables.map { CrossTabulationRenderer(tables: $0, definition: definition) }
      switch format {
      case .json: try JSONOutput.print(SurveySummaryJSON(summary, tables: tables))
      case .csv:
        StandardStreams.output.write(crossRenderer?.csv() ?? renderer.csv())
      case .md:
        StandardStreams.output.write(renderer.markdown() + (crossRenderer?.markdown() ?? ""))
      case .text:
        StandardStreams.output.write(renderer.text() + (crossRenderer?.text() ?? ""))
      }
    }
  }
}
