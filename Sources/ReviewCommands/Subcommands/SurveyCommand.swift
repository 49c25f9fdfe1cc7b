import ArgumentParser

extension LitRev {
  /// `litrev survey`: the questionnaire beside the review.
  struct SurveyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "survey",
      abstract: "Import survey responses, summarise them, and code their free-text answers.",
      discussion: """
        The questionnaire is described in survey.yaml (Schemas/survey.schema.json) and its \
        themes and codes in codebook.yaml, both in the project folder by default.
        """,
      subcommands: [
        SurveyImportCommand.self, SurveySummaryCommand.self, SurveyCode.self, SurveyCodes.self,
        SurveyAgreement.self,
      ]
    )
  }
}
