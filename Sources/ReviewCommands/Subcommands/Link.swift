import ArgumentParser
import ReviewModel
import ReviewStore
import Survey

extension LitRev {
  /// `litrev link`: the studies that speak to each theme.
  struct Link: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "link",
      abstract: "Link included studies to themes: `link ID THEME`, or `link suggest`.",
      subcommands: [LinkStudy.self, LinkSuggest.self],
      defaultSubcommand: LinkStudy.self
    )
  }

  /// `litrev link ID THEME [--evidence TEXT]`.
  struct LinkStudy: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Link a study to a theme (an event with the method manual or suggested).",
      discussion: """
        `litrev link 12 patient_education` is the same as `litrev link add 12 \
        patient_education`. --suggested records that the link confirms a `link suggest` \
        proposal; without --evidence it then keeps the suggestion's sentences.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @OptionGroup(title: "Survey files")
    var files: SurveyFileOptions

    @Argument(help: "The study's record id.")
    var id: Int64

    @Argument(help: "The theme's id, as codebook.yaml names it.")
    var theme: String

    @Option(help: "The sentences that show the study speaks to the theme.")
    var evidence: String?

    @Flag(help: "The link confirms a `link suggest` proposal.")
    var suggested = false

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let codebook = try files.loadCodebook(location, store: store)
      guard codebook.theme(theme) != nil else {
        throw CommandFailure(
          "no theme '\(theme)' in the codebook; themes: "
            + codebook.themes.map(\.id).joined(separator: ", "), exitCode: .usage)
      }
      var evidence = evidence
      if suggested, evidence == nil {
        let studies = try IncludedStudies.load(store, protocolPath: location.protocolPath)
        evidence = ThemeLinkSuggester(codebook: codebook, studies: studies)
          .suggestions(limit: .max)
          .first { $0.recordID == id && $0.themeID == theme }?.evidence.joined(separator: " ")
      }
      do {
        try store.recordThemeLinks([
          ThemeLinkAction(
            recordID: id, themeID: theme, kind: .link, method: suggested ? "suggested" : "manual",
            evidence: evidence, actor: project.actor)
        ])
      } catch {
        throw CommandFailure(error)
      }
      StandardStreams.output.writeLine("linked record \(id) to \(theme)")
    }
  }

  /// `litrev unlink ID THEME`.
  struct Unlink: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "unlink",
      abstract: "Remove a study's link to a theme (an event; the link stays in the log)."
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Argument(help: "The study's record id.")
    var id: Int64

    @Argument(help: "The theme's id.")
    var theme: String

    func execute() async throws(CommandFailure) {
      let (_, store) = try project.openStore()
      do {
        let current = ThemeLinkAction.current(try store.themeLinkActions())
        guard current.contains(where: { $0.recordID == id && $0.themeID == theme }) else {
          throw CommandFailure("record \(id) is not linked to \(theme)", exitCode: .usage)
        }
        try store.recordThemeLinks([
          ThemeLinkAction(
            recordID: id, themeID: theme, kind: .unlink, method: "manual", actor: project.actor)
        ])
      } catch let error as CommandFailure {
        throw error
      } catch {
        throw CommandFailure(error)
      }
      StandardStreams.output.writeLine("unlinked record \(id) from \(theme)")
    }
  }
}
