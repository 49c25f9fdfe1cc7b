import Foundation
import ReviewTestSupport

/// Small instrument texts for tests of the loader and the scorer.
enum InstrumentFixtures {
  /// Three yes/no items in two domains, summed: 0 to 3 points.
  static let tiny = """
    version: 1
    id: tiny
    name: Tiny checklist
    edition: "1"
    designs: [cross-sectional]
    scoring:
      rule: sum
      maximum: 3
    bands:
      - {rating: low, from: 0, to: 2}
      - {rating: high, from: 2, to: 3}
    answer_sets:
      yes_no:
        - {id: "yes", label: "Yes", points: 1}
        - {id: "no", label: "No", points: 0}
    domains:
      - id: first
        name: First
        items:
          - {id: a, question: "A?", answers: yes_no}
          - {id: b, question: "B?", answers: yes_no}
      - id: second
        name: Second
        items:
          - {id: c, question: "C?", answers: yes_no}

    """
}

/// A project folder for instrument files, removed afterwards.
final class TemporaryFolderForInstruments {
  let folder: TemporaryFolder
  var root: String { folder.url.path }

  init() throws {
    folder = try TemporaryFolder()
  }

  func write(_ text: String, to relativePath: String) throws {
    let path = folder.path(relativePath)
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }
}
