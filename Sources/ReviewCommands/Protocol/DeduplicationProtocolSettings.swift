import Deduplication
import Foundation
import Yams

/// Reads the `deduplication:` key of `protocol.yaml`, and nothing else of the file.
///
/// ```yaml
/// deduplication:
///   merge_above: 0.95          # certain: merged without asking
///   review_above: 0.80         # uncertain from here up: queued for `litrev dedupe --review`
///   conference_abstracts: keep # or merge: a conference abstract and its article
/// ```
///
/// A missing file, key or value means the default. Kept in one file so that the full protocol
/// decoder can take its place.
enum DeduplicationProtocolSettings {
  /// The settings `protocol.yaml` at `path` gives.
  ///
  /// - Throws: a ``CommandFailure`` (exit 65) naming the file, line, column and key of a value
  ///   out of range, of an unknown key, or of a YAML syntax error.
  static func load(path: String) throws(CommandFailure) -> DeduplicationSettings {
    guard FileManager.default.fileExists(atPath: path) else { return DeduplicationSettings() }
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw CommandFailure("\(path): cannot read the protocol: \(error)", exitCode: .ioError)
    }
    return try parse(text, file: path)
  }

  /// The settings in the protocol text `text`, read from `file` (for messages).
  static func parse(_ text: String, file: String) throws(CommandFailure) -> DeduplicationSettings {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw CommandFailure(
        "\(file):\(yamlLocation(error)): not valid YAML: \(error)",
        exitCode: .dataError)
    } catch {
      throw CommandFailure("\(file): not valid YAML: \(error)", exitCode: .dataError)
    }
    var settings = DeduplicationSettings()
    guard let root, let section = root.mapping?["deduplication"] else { return settings }
    if case .scalar(let scalar) = section, scalar.string.isEmpty || scalar.string == "null" {
      return settings
    }
    guard let mapping = section.mapping else {
      throw failure(file, section, "deduplication", "must be a mapping of settings")
    }
    var mergeNode: Node?
    var reviewNode: Node?
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      switch key {
      case "merge_above":
        settings.mergeAbove = try fraction(file, value, "deduplication.merge_above")
        mergeNode = value
      case "review_above":
        settings.reviewAbove = try fraction(file, value, "deduplication.review_above")
        reviewNode = value
      case "conference_abstracts":
        guard let text = value.string, let policy = ConferenceAbstractPolicy(rawValue: text)
        else {
          throw failure(
            file, value, "deduplication.conference_abstracts",
            "must be keep or merge, not '\(value.string ?? "")'")
        }
        settings.conferenceAbstracts = policy
      default:
        throw failure(
          file, keyNode, "deduplication.\(key)",
          "is not a setting (expected merge_above, review_above, conference_abstracts)")
      }
    }
    if settings.reviewAbove > settings.mergeAbove {
      throw failure(
        file, reviewNode ?? mergeNode ?? section, "deduplication.review_above",
        "(\(settings.reviewAbove)) must not be above deduplication.merge_above "
          + "(\(settings.mergeAbove))")
    }
    return settings
  }

  private static func fraction(_ file: String, _ node: Node, _ key: String)
    throws(CommandFailure) -> Double
  {
    guard let text = node.scalar?.string, let value = Double(text), value.isFinite else {
      throw failure(file, node, key, "must be a number from 0 to 1, not '\(node.string ?? "")'")
    }
    guard (0...1).contains(value) else {
      throw failure(file, node, key, "must be a number from 0 to 1, not \(text)")
    }
    return value
  }

  private static func failure(_ file: String, _ node: Node, _ key: String, _ problem: String)
    -> CommandFailure
  {
    let place = node.mark.map { "\(file):\($0.line):\($0.column)" } ?? file
    return CommandFailure("\(place): \(key) \(problem)", exitCode: .dataError)
  }

  private static func yamlLocation(_ error: YamlError) -> String {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      "\(mark.line):\(mark.column)"
    default: "1"
    }
  }
}
