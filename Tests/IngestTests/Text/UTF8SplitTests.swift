import Testing

@testable import Ingest

/// The byte-level splitting the text readers use in place of Character splitting must cut where
/// `split` cuts, non-ASCII text included.
struct UTF8SplitTests {
  static let texts = [
    "", "one", "a\nb", "\nleading", "trailing\n", "two\n\nbreaks", "Ø\nSøren\nMüller",
    "e\u{301}\n\u{301}x", "k1; k2;;k3 ;", "\n\n", "日本\n語",
  ]

  @Test(arguments: texts)
  func cutsWhereSplitCuts(text: String) {
    var parts: [Substring] = []
    text.forEachPart(separatedBy: 0x0A) { parts.append($0) }
    let expected = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
      .map { Substring($0) }
    #expect(parts == expected)
    var semicolonParts: [Substring] = []
    text[...].forEachPart(separatedBy: 0x3B) { semicolonParts.append($0) }
    #expect(semicolonParts.joined(separator: ";") == text)
  }

  @Test(arguments: texts)
  func joinsAsSplitAndJoinedDo(text: String) {
    let expected = text.split(separator: "\n").joined(separator: " ")
    #expect(text.joiningParts(separatedBy: 0x0A, with: 0x20) == expected)
  }
}
