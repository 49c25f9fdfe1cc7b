import Appraisal
import Foundation
import ReviewStore

/// Sets a study's design, checked against the protocol's `designs:` when it has one: shared by
/// `litrev set ID design=…` and `litrev decide ID include --stage full-text --design …`.
struct StudyDesignSetter {
  let project: ProjectOptions

  /// The design as it will be stored, once checked, and the context to store it with.
  ///
  /// - Throws: a usage failure for a blank design, a data failure for one the protocol's
  ///   `designs:` does not name.
  func checked(_ given: String) throws(CommandFailure) -> (String, AppraisalContext) {
    let design = given.trimmingCharacters(in: .whitespaces)
    guard !design.isEmpty else {
      throw CommandFailure("a design is needed, such as design=cross-sectional", exitCode: .usage)
    }
    let context = try AppraisalContext.open(project)
    let known = context.settings.designs.map(\.design)
    if !known.isEmpty, !known.contains(design) {
      throw CommandFailure(
        "the protocol's designs: has no '\(design)'; it has: \(known.joined(separator: ", "))",
        exitCode: .dataError)
    }
    return (design, context)
  }

  /// Stores the design and says which instrument it brings.
  ///
  /// - Throws: what ``checked(_:)`` throws, or the store's failure.
  func set(_ given: String, of recordID: Int64) throws(CommandFailure) {
    let (design, context) = try checked(given)
    do {
      try context.store.setStudyDesign(recordID: recordID, design: design, actor: project.actor)
    } catch {
      throw CommandFailure(error)
    }
    let instrument =
      context.settings.instrumentID(forDesign: design).map { " (appraised with \($0))" } ?? ""
    StandardStreams.output.writeLine("Record \(recordID): design \(design)\(instrument)")
  }
}
