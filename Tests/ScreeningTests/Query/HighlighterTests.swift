import Screening
import Testing

struct HighlighterTests {
  /// The highlighted parts of `text`, in order.
  private func highlighted(_ query: String, in text: String) throws -> [String] {
    let highlighter = Highlighter(query: try QueryParser().parse(query))
    return highlighter.ranges(in: text).map { String(text[$0]) }
  }

  @Test func findsWordsPhrasesAndWildcardsInTheOriginalText() throws {
    let text = "Résidents used Social-Media; a résident’s social media use by RESIDENTS."
    #expect(
      try highlighted("resident* OR \"social media\"", in: text) == [
        "Résidents", "Social-Media", "résident", "social media", "RESIDENTS",
      ])
  }

  @Test func leavesOutTermsUnderNOTAndLanguages() throws {
    let text = "A letter about Twitter and blogs."
    #expect(try highlighted("twitter NOT letter[pt] AND eng[la]", in: text) == ["Twitter"])
    #expect(try highlighted("NOT twitter", in: text).isEmpty)
  }

  @Test func respectsWordBoundaries() throws {
    #expect(try highlighted("blog", in: "Blogging and blogs, a blog.") == ["blog"])
  }

  @Test func mergesOverlappingMatches() throws {
    #expect(
      try highlighted("\"social media\" OR media", in: "social media use") == ["social media"])
  }

  @Test func handlesDecomposedAccents() throws {
    let decomposed = "caf\u{65}\u{301} culture"
    #expect(try highlighted("cafe", in: decomposed) == ["caf\u{65}\u{301}"])
  }
}
