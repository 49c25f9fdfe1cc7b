import ArgumentParser
import Foundation
import Reports
import ReviewStore

extension LitRev {
  /// `litrev prisma`: the PRISMA 2020 flow diagram's counts, or the diagram itself.
  struct Prisma: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "prisma",
      abstract: "The PRISMA 2020 flow diagram: every box's count, from the project's log.",
      discussion: """
        Records identified come from the import batches, per source; duplicates removed from \
        the duplicate groups; records marked ineligible by automation tools from the rules' \
        exclusions; everything after from the decisions, weighed by the protocol's reviewer \
        rule (a record counts as decided only when enough reviewers agree or a resolution \
        settles it). Records not decided yet are shown as awaiting. Sources imported with \
        --source-type citation, website or organisation fill the "other methods" column.

        Before anything is printed the boxes are checked: identified − removed = screened; \
        screened − excluded − awaiting = sought; sought − not retrieved − awaiting = assessed; \
        assessed − excluded = included. When one fails, the command stops with exit code 65 \
        and names the records responsible.

        Formats: text (the boxes, for the terminal), json (keys identified, duplicatesRemoved, \
        automationExcluded, otherRemoved, screened, screenExcluded, soughtForRetrieval, \
        notRetrieved, assessed, reportsExcluded, studiesIncluded, reportsIncluded, and \
        otherMethods), csv (the data template of the PRISMA2020 R package and Shiny app), svg \
        (the diagram), md (a Markdown table).
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Option(help: "text, json, csv, svg or md.")
    var format: PrismaFormat = .text

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let flow = try PrismaFlowLoader.flow(store, protocolPath: location.protocolPath)
      if try OutputFile.write(format.render(flow), to: output), let output {
        StandardStreams.output.writeLine("\(output): wrote the PRISMA 2020 \(format.rawValue)")
      }
    }
  }
}
