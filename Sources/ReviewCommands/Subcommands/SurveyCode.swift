import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore
import Survey
import TerminalUI

extension LitRev {
  /// `litrev survey code --coder NAME`: code the free-text answers, one at a time.
  struct SurveyCode: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "code",
      abstract: "Code the free-text answers one by one, with the codebook's suggestions.",
      discussion: """
        Shows each answer the coder has not finished, with the words that suggest codes \
        marked and the suggested codes numbered. One command per line: a [N…] accepts the \
        suggestions (all, or those numbered) and rejects the rest; r rejects them; + CODE and \
        - CODE apply and remove codes; new ID THEME NAME makes a code (THEME - for none); \
        memo TEXT keeps a note; n moves on; s skips; q stops. Every action is an event. \
        In a terminal the screen is full-screen (y/x accept or reject the suggestion under \
        the cursor, a all, c and r apply and remove codes, w new code, m memo, n next, ? help); \
        from a pipe it reads one command per line, so a script can pipe the commands in.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @OptionGroup(title: "Survey files")
    var files: SurveyFileOptions

    @Option(help: "Who is coding, as the log records it.")
    var coder: String

    @Option(help: ArgumentHelp("Code only this question's answers.", valueName: "question"))
    var question: String?

    @Flag(help: "Show the answers this coder has finished too.")
    var all = false

    func execute() async throws(CommandFailure) {
      let workspace = try CodingWorkspace(project: project, files: files)
      let finished = workspace.coded.seen[coder] ?? []
      let answers = workspace.answers.filter { answer in
        (question == nil || answer.key.questionID == question)
          && (all || !finished.contains(answer.key))
      }
      if answers.isEmpty {
        StandardStreams.output.writeLine("No answers left for \(coder) to code.")
        return
      }
      let capabilities = TerminalCapabilities.detect(
        environment: ProcessInfo.processInfo.environment, colorMode: .auto)
      if capabilities.supportsFullScreen {
        var state = CodingSession.State(
          coder: coder,
          items: FullScreenCoding.items(
            answers, codebook: workspace.codebook, coded: workspace.coded, coder: coder),
          codes: workspace.codebook.codes.map { ($0.id, $0.name) })
        do {
          try FullScreenCoding(
            terminal: Terminal(capabilities: capabilities), store: workspace.store
          )
          .run(&state)
        } catch {
          throw CommandFailure(error)
        }
        StandardStreams.output.writeLine(
          "Coded \(state.finished) of \(answers.count) answers as \(coder); every action is in the log."
        )
        return
      }
      var session = LineCoding(
        store: workspace.store, codebook: workspace.codebook, coder: coder,
        highlights: capabilities.usesColor)
      let count = try session.run(answers, coded: workspace.coded)
      StandardStreams.output.writeLine(
        "\nCoded \(count) of \(answers.count) answers as \(coder).")
    }
  }
}
