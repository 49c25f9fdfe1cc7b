import ArgumentParser
import ReviewStore
import Survey

extension LitRev {
  /// `litrev themes`: how often each theme occurs among the respondents.
  struct Themes: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "themes",
      abstract: "Print per theme the respondents whose answers carry one of its codes.",
      discussion: """
        A respondent carries a theme when any of their free-text answers has one of the \
        theme's codes, from any coder (or from --coder alone). Shares are of the returned \
        questionnaires, with Wilson 95% intervals; up to three quotes per theme, those with \
        most of its codes first.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @OptionGroup(title: "Survey files")
    var files: SurveyFileOptions

    @Option(help: "Count only this coder's codes.")
    var coder: String?

    @Flag var format: ReportFormat = .text

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let frequencies = try ThemeFrequencyLoader.load(
        location: location, store: store, files: files, coder: coder)
      switch format {
      case .json: try JSONOutput.print(frequencies.map(ThemeFrequencyJSON.init))
      case .md: StandardStreams.output.write(ThemeFrequencyRenderer.markdown(frequencies))
      case .csv: StandardStreams.output.write(ThemeFrequencyRenderer.csv(frequencies))
      case .text: StandardStreams.output.write(ThemeFrequencyRenderer.text(frequencies))
      }
    }
  }
}
