import ArgumentParser
import Foundation
import ReviewStore

extension LitRev {
  /// `litrev init [DIR]`: makes a review project.
  struct Init: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Make a review project: a database and a starter protocol.yaml.",
      discussion: """
        Writes DIR/review.sqlite (the records and the log of every decision) and \
        DIR/protocol.yaml (the review protocol, to edit by hand). DIR is made if it does not \
        exist; a folder that already holds a project is left alone.
        """
    )

    @Argument(help: "The project folder.")
    var folder: String = "."

    @Option(help: "The review's title, for the starter protocol.")
    var title: String = "Untitled review"

    @Option(help: "Who made the project, as the log records it; default $LITREV_REVIEWER or $USER.")
    var reviewer: String?

    func execute() async throws(CommandFailure) {
      let location = ProjectLocation(folder: URL(fileURLWithPath: folder))
      let files = FileManager.default
      if files.fileExists(atPath: location.databasePath) {
        throw CommandFailure(StoreError.projectExists(path: location.folder.path))
      }
      do {
        try files.createDirectory(at: location.folder, withIntermediateDirectories: true)
        if !files.fileExists(atPath: location.protocolPath) {
          try StarterProtocol.text(title: title).write(
            toFile: location.protocolPath, atomically: true, encoding: .utf8)
        }
      } catch {
        throw CommandFailure(
          "cannot write the project in \(location.folder.path): \(error.localizedDescription)",
          exitCode: .ioError)
      }
      let actor = reviewerName(reviewer)
      do {
        let store = try ProjectStore(path: location.databasePath)
        try store.append(
          EventDraft(
            kind: .projectCreated, actor: actor, method: "manual", payload: ["title": title]))
      } catch {
        throw CommandFailure(error)
      }
      StandardStreams.output.writeLine(
        "Made a review project in \(location.folder.path)\n"
          + "  review.sqlite   the records and the log of every decision\n"
          + "  protocol.yaml   the protocol: edit it, then import your searches with `litrev import`"
      )
    }
  }
}
