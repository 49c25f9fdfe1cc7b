import ReviewModel
import ReviewStore
import Survey

/// Walks through link suggestions one by one.
///
/// `y` links the study to the theme (method suggested, the evidence kept), `n` or an empty line
/// passes, `q` stops. One answer per line of standard input, so it works from a pipe as well as
/// at a terminal.
struct SuggestionReview {
  let store: ProjectStore
  let actor: String

  /// Reviews `suggestions`, leaving out those already linked; returns how many were linked.
  func run(
    _ suggestions: [LinkSuggestion], records: [Int64: Record], themeNames: [String: String]
  ) throws(CommandFailure) -> Int {
    let linked: Set<String>
    do {
      linked = Set(
        ThemeLinkAction.current(try store.themeLinkActions()).map { "\($0.recordID) \($0.themeID)" }
      )
    } catch {
      throw CommandFailure(error)
    }
    var count = 0
    let open = suggestions.filter { !linked.contains("\($0.recordID) \($0.themeID)") }
    for (index, suggestion) in open.enumerated() {
      let record = records[suggestion.recordID]
      StandardStreams.output.writeLine(
        "\n[\(index + 1)/\(open.count)] \(themeNames[suggestion.themeID] ?? suggestion.themeID) "
          + "← \(suggestion.recordID) \(record.map(ThemeSynthesis.citation) ?? "")")
      StandardStreams.output.writeLine("  \(record?.title ?? "")")
      for sentence in suggestion.evidence { StandardStreams.output.writeLine("  > \(sentence)") }
      StandardStreams.output.write("link? (y, n, q) ")
      guard let answer = readLine()?.lowercased(), answer != "q" else { break }
      guard answer == "y" else { continue }
      do {
        try store.recordThemeLinks([
          ThemeLinkAction(
            recordID: suggestion.recordID, themeID: suggestion.themeID, kind: .link,
            method: "suggested", evidence: suggestion.evidence.joined(separator: " "),
            actor: actor)
        ])
      } catch {
        throw CommandFailure(error)
      }
      count += 1
    }
    return count
  }
}
