import Appraisal
import ArgumentParser
import Foundation
import ReviewStore

extension LitRev {
  /// `litrev instruments`: the appraisal instruments a project can use.
  struct Instruments: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the quality-appraisal instruments: bundled ones and the project's own.",
      discussion: """
        A project's own instruments are the YAML files in its instruments/ folder (see \
        Schemas/instrument.schema.json); one with the id of a bundled instrument takes its \
        place. Outside a project only the bundled instruments are listed.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Flag(help: "Print the instruments as one JSON array.")
    var json = false

    func execute() async throws(CommandFailure) {
      let catalogue: InstrumentCatalogue
      do {
        let folder = try? project.openStore().0.folder.path
        catalogue = try InstrumentCatalogue.load(projectFolder: folder)
      } catch {
        throw CommandFailure(error)
      }
      if json {
        StandardStreams.output.writeLine(
          AppraisalJSON.encode(
            catalogue.instruments.map { instrument in
              InstrumentJSON(
                id: instrument.id, name: instrument.name, edition: instrument.edition,
                designs: instrument.designs, rule: instrument.scoring.method.rawValue,
                items: instrument.items.count, minimum: instrument.scale.lowerBound,
                maximum: instrument.scale.upperBound, origin: instrument.origin.description)
            }))
        return
      }
      var table = TextTable(headers: ["ID", "Name", "Items", "Score", "Designs", "From"])
      table.rightAligned = [2]
      for instrument in catalogue.instruments {
        table.rows.append([
          instrument.id, instrument.name, String(instrument.items.count),
          "\(instrument.scoring.method.rawValue) \(number(instrument.scale.lowerBound))–"
            + number(instrument.scale.upperBound),
          instrument.designs.joined(separator: ", "), instrument.origin.description,
        ])
      }
      StandardStreams.output.write(table.render())
    }
  }
}

/// One instrument in `litrev instruments --json`.
private struct InstrumentJSON: Encodable {
  var id: String
  var name: String
  var edition: String
  var designs: [String]
  var rule: String
  var items: Int
  var minimum: Double
  var maximum: Double
  var origin: String
}
