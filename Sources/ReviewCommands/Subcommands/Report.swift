import ArgumentParser
import Foundation
import Reports
import ReviewModel
import ReviewStore
import Screening

extension LitRev {
  /// `litrev report`: writes what the review publishes into one folder, with an index page.
  struct Report: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Write the review's report folder: PRISMA 2020, evidence table, synthesis, survey, index.html.",
      discussion: """
        The folder gets prisma.svg, prisma.csv (the PRISMA2020 app's data template), \
        prisma.json, prisma.md; once studies are included at full text, evidence.csv, \
        evidence.md and evidence.html; with a codebook, synthesis.md and synthesis.csv; with \
        survey responses, survey-summary.md, survey-summary.csv and themes.md; and an \
        index.html that links every file and shows the diagram. Every part is made before anything is written, so a failure (the PRISMA \
        counts not adding up, exit 65) leaves the folder as it was. Files already in the \
        folder with the same names are replaced.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp(
        "The folder to write; by default `report` in the project folder.", valueName: "dir"))
    var output: String?

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let context = ReportContext(store: store, location: location)
      var sections: [ReportIndexPage.Section] = []
      for part in ReportParts.all {
        let files = try part.files(context)
        if !files.isEmpty {
          sections.append(ReportIndexPage.Section(title: part.title, files: files))
        }
      }
      let title = reviewTitle(protocolPath: location.protocolPath)
      let index = ReportFile(
        name: "index.html", description: "links every file and shows the diagram",
        contents: ReportIndexPage.render(title: title, sections: sections), preview: .linkOnly)
      let folder =
        output.map { URL(fileURLWithPath: $0) }
        ?? location.folder.appendingPathComponent("report")
      let files = sections.flatMap(\.files) + [index]
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files {
          try file.contents.write(
            to: folder.appendingPathComponent(file.name), atomically: true, encoding: .utf8)
        }
      } catch {
        throw CommandFailure(
          "\(folder.path): cannot write the report: \(error.localizedDescription)",
          exitCode: .ioError)
      }
      StandardStreams.output.writeLine("Wrote the report to \(folder.path):")
      for file in files {
        StandardStreams.output.writeLine("  \(file.name)  \(file.description)")
      }
    }

    /// The protocol's title for the index page; the parts have loaded the protocol already, so
    /// it is there, but the page does not depend on it.
    private func reviewTitle(protocolPath: String) -> String {
      (try? ProtocolLoader().load(path: protocolPath).reviewProtocol.title) ?? "Review report"
    }
  }
}
