import ArgumentParser
import Ingest
import ReviewModel
import ReviewStore
import Survey

extension LitRev {
  /// `litrev survey codes import|export`: coding as a spreadsheet.
  struct SurveyCodes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "codes",
      abstract: "Import or export the coding of answers as CSV.",
      subcommands: [SurveyCodesExport.self, SurveyCodesImport.self]
    )
  }

  /// `litrev survey codes export`.
  struct SurveyCodesExport: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Print the codes in force as CSV: respondent, question, coder, code, theme, answer."
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @OptionGroup(title: "Survey files")
    var files: SurveyFileOptions

    @Option(help: "Only this coder's codes.")
    var coder: String?

    func execute() async throws(CommandFailure) {
      let workspace = try CodingWorkspace(project: project, files: files)
      let (codebook, coded) = (workspace.codebook, workspace.coded)
      var out = CSVWriter.row([
        "respondent", "question", "coder", "code", "code_name", "theme", "answer",
      ])
      for answer in workspace.answers {
        for name in coded.coders where coder == nil || coder == name {
          for code in coded.codes(of: answer.key, coder: name).sorted() {
            out += CSVWriter.row([
              answer.key.respondent, answer.key.questionID, name, code,
              codebook.code(code)?.name ?? "", codebook.theme(ofCode: code)?.id ?? "",
              answer.text,
            ])
          }
        }
      }
      StandardStreams.output.write(out)
    }
  }

  /// `litrev survey codes import FILE`.
  struct SurveyCodesImport: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Import coding from CSV, all of it or none.",
      discussion: """
        Columns by header: respondent, question and code are needed (an empty code: the \
        answer was read and given none); coder is read when \
        present, else --coder. Each row applies its code (method import), and each answer \
        named is marked coded by its coder, so that agreement counts it. A bad cell is \
        reported as file:line:column and nothing is stored.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @OptionGroup(title: "Survey files")
    var files: SurveyFileOptions

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: "The coder of rows without a coder column.")
    var coder: String?

    func execute() async throws(CommandFailure) {
      let workspace = try CodingWorkspace(project: project, files: files)
      let answers = Set(workspace.answers.map(\.key))
      let actions: [CodingAction]
      do {
        let reader = try CSVReader(try FileByteSource(path: file), path: file)
        actions = try CodingSheet(
          path: file, defaultCoder: coder, codebook: workspace.codebook, answers: answers
        ).actions(reader)
        try workspace.store.recordCodingActions(actions)
      } catch let error as CommandFailure {
        throw error
      } catch {
        throw CommandFailure(error)
      }
      let applied = actions.filter { $0.kind == .apply }.count
      StandardStreams.output.writeLine("imported \(applied) codes from \(file)")
    }
  }
}
