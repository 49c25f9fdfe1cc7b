import ArgumentParser
import Ingest
import ReviewModel
import ReviewStore
import Survey

extension LitRev {
  /// `litrev link suggest`: rank the included studies for each theme.
  struct LinkSuggest: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "suggest",
      abstract: "Rank, per theme, the included studies that speak to it, with evidence.",
      discussion: """
        A study's score is the share of the theme's codes whose patterns or example phrases \
        match its title, abstract, keywords or extracted values (its findings, once \
        `litrev extract` has them), plus the TF-IDF cosine similarity of its text and the \
        theme's (name, description, codes). Evidence is the sentences of the abstract and \
        findings where a matching pattern's words occur, else the sentence most like the \
        theme. Included \
        means included at full text or, before any full-text decision, at title and abstract. \
        Confirm one with `litrev link ID THEME --suggested`, or walk through them with \
        --review.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @OptionGroup(title: "Survey files")
    var files: SurveyFileOptions

    @Option(help: "At most this many studies per theme.")
    var limit = 10

    @Option(help: ArgumentHelp("Only this theme.", valueName: "theme"))
    var theme: String?

    @Flag var format: ReportFormat = .text

    @Flag(help: "Walk through the suggestions one by one, linking each one confirmed (y/n/q).")
    var review = false

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let codebook = try files.loadCodebook(location, store: store)
      let studies = try IncludedStudies.load(store, protocolPath: location.protocolPath)
      let titles = Dictionary(
        studies.map { ($0.recordID, $0.record) }, uniquingKeysWith: { first, _ in first })
      let suggestions = ThemeLinkSuggester(codebook: codebook, studies: studies)
        .suggestions(limit: limit).filter { theme == nil || $0.themeID == theme }
      if review {
        let names = Dictionary(
          codebook.themes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let linked = try SuggestionReview(store: store, actor: project.actor)
          .run(suggestions, records: titles, themeNames: names)
        StandardStreams.output.writeLine("\nLinked \(linked) studies to themes as suggested.")
        return
      }
      switch format {
      case .json:
        try JSONOutput.print(
          suggestions.map { LinkSuggestionJSON($0, record: titles[$0.recordID]) })
      case .csv:
        var out = CSVWriter.row([
          "theme", "record", "score", "similarity", "matched_codes", "title", "evidence",
        ])
        for suggestion in suggestions {
          out += CSVWriter.row([
            suggestion.themeID, String(suggestion.recordID), Percent.number(suggestion.score),
            Percent.number(suggestion.similarity), suggestion.matchedCodes.joined(separator: " "),
            titles[suggestion.recordID]?.title ?? "", suggestion.evidence.joined(separator: " "),
          ])
        }
        StandardStreams.output.write(out)
      case .md, .text:
        if studies.isEmpty {
          StandardStreams.output.writeLine("No included studies yet: screening decides them.")
        }
        var current = ""
        for suggestion in suggestions {
          if suggestion.themeID != current {
            current = suggestion.themeID
            let name = codebook.theme(current)?.name ?? current
            StandardStreams.output.writeLine(format == .md ? "\n## \(name)\n" : "\n\(name)")
          }
          let record = titles[suggestion.recordID]
          let citation = record.map(ThemeSynthesis.citation) ?? ""
          StandardStreams.output.writeLine(
            (format == .md ? "- " : "  ")
              + "\(suggestion.recordID)  \(Percent.number(suggestion.score))  \(citation) "
              + (record?.title ?? ""))
          for sentence in suggestion.evidence {
            StandardStreams.output.writeLine((format == .md ? "  > " : "      ") + sentence)
          }
        }
      }
    }
  }
}

/// One suggestion as `link suggest --json` prints it.
private struct LinkSuggestionJSON: Encodable {
  var theme: String
  var record: Int64
  var pmid: String?
  var title: String?
  var score: Double
  var similarity: Double
  var matchedCodes: [String]
  var evidence: [String]

  init(_ suggestion: LinkSuggestion, record: Record?) {
    theme = suggestion.themeID
    self.record = suggestion.recordID
    pmid = record?.pmid
    title = record?.title
    score = suggestion.score
    similarity = suggestion.similarity
    matchedCodes = suggestion.matchedCodes
    evidence = suggestion.evidence
  }
}
