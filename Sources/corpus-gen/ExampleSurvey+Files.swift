/// The example survey's files: the definition, the responses as Google Forms exports them,
/// and the codebook.
extension ExampleSurvey {
  /// The column headers of the response file, as the form's questions read.
  static let headers =
    [
      "Timestamp", "Participant code", "Training grade", "Training programme",
      "Do you use social media for work or learning?",
      "Which platforms do you use for learning?",
    ] + items.map(\.header) + [
      "About how many hours a week do you spend on social media for learning?",
      "What have you gained from social media in your training?",
      "What should your training programme do about social media?",
    ]

  /// `survey/responses.csv`: comma-separated, CRLF line ends, multiple choices in one cell
  /// split by commas, as Google Forms downloads them.
  func responsesCSV() -> String {
    var text = Self.csvRow(Self.headers)
    for respondent in respondents() {
      text += Self.csvRow(
        [
          respondent.timestamp, respondent.id, respondent.grade, respondent.programme,
          respondent.usesSocialMedia ? "Yes" : "No", respondent.platforms.joined(separator: ", "),
        ] + respondent.ratings.map { $0 ?? "" } + [
          respondent.hours, respondent.gained, respondent.programmeShould,
        ])
    }
    return text
  }

  private static func csvRow(_ cells: [String]) -> String {
    cells.map { cell in
      cell.contains(",") || cell.contains("\"") || cell.contains("\n")
        ? "\"" + cell.replacing("\"", with: "\"\"") + "\"" : cell
    }.joined(separator: ",") + "\r\n"
  }

  /// `survey/survey.yaml`.
  static func definitionYAML() -> String {
    var text = """
      # The example study's questionnaire of core trainees (see Schemas/survey.schema.json).
      version: 1
      title: Social media in core training, a questionnaire of trainees
      distributed: \(distributed)
      respondent_column: Participant code
      groups: [grade, programme]
      questions:
        - id: grade
          text: Training grade
          type: single
          column: Training grade
          options: [\(grades.joined(separator: ", "))]
        - id: programme
          text: Training programme
          type: single
          column: Training programme
          options: [\(programmes.joined(separator: ", "))]
        - id: uses_social_media
          text: Do you use social media for work or learning?
          type: single
          column: Do you use social media for work or learning?
          options: ["Yes", "No"]
        - id: platforms
          text: Which platforms do you use for learning?
          type: multiple
          column: Which platforms do you use for learning?
          separator: ","
          options: [\(platforms.joined(separator: ", "))]

      """
    for item in items {
      text += """
          - id: \(item.id)
            text: \(item.header)
            type: likert
            column: \(item.header)
            labels: [\(scale.joined(separator: ", "))]
            agree_from: 4

        """
    }
    text += """
        - id: hours_per_week
          text: About how many hours a week do you spend on social media for learning?
          type: number
          column: About how many hours a week do you spend on social media for learning?
        - id: gained
          text: What have you gained from social media in your training?
          type: free_text
          column: What have you gained from social media in your training?
        - id: programme_should
          text: What should your training programme do about social media?
          type: free_text
          column: What should your training programme do about social media?

      """
    return text
  }
}
