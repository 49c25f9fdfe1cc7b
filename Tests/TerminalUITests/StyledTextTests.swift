import TerminalUI
import Testing

struct StyledTextTests {
  private let highlight = TextStyle(foreground: .green, isReversed: true)

  @Test func widthCountsWideCharactersTwiceAndCombiningMarksNot() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("漢字") == 4)
    #expect(DisplayWidth.of("e\u{301}") == 1)
  }

  @Test func truncationEndsInAnEllipsisAndKeepsStyles() {
    var line = StyledLine("Social ")
    line.append("media", style: highlight)
    line.append(" in training")
    let cut = line.truncated(to: 10)
    #expect(cut.plainText == "Social me…")
    #expect(cut.width == 10)
    #expect(cut.spans.map(\.style) == [.plain, highlight])
    #expect(line.truncated(to: 40) == line)
  }

  @Test func colourIsWrittenOnlyWhenAllowed() {
    var line = StyledLine("a ")
    line.append("b", style: highlight)
    line.append(" c", style: TextStyle(foreground: .red))
    #expect(line.rendered(usesColor: true) == "a \u{1B}[0;7;32mb\u{1B}[0m\u{1B}[0;31m c\u{1B}[0m")
    // Without colour, reverse video still marks the highlight, and red text is plain.
    #expect(line.rendered(usesColor: false) == "a \u{1B}[0;7mb\u{1B}[0m c")
  }

  @Test func wrappingBreaksBetweenWordsAndKeepsHighlights() {
    let text = [
      StyledSpan("Residents used "), StyledSpan("Twitter", style: highlight),
      StyledSpan(" for journal clubs and case discussions."),
    ]
    let lines = TextWrapper(width: 20).wrap(text)
    #expect(
      lines.map(\.plainText) == [
        "Residents used", "Twitter for journal", "clubs and case", "discussions.",
      ])
    #expect(lines[1].spans.first == StyledSpan("Twitter", style: highlight))
    #expect(lines.allSatisfy { $0.width <= 20 })
  }

  @Test func wrappingBreaksAWordLongerThanTheLineAndKeepsParagraphs() {
    let lines = TextWrapper(width: 5).wrap([StyledSpan("abcdefghijkl x\n\nyz")])
    #expect(lines.map(\.plainText) == ["abcde", "fghij", "kl x", "", "yz"])
  }

  @Test func aFrameFillsEveryRowAndCutsEachToTheWidth() {
    let frame = Frame(
      lines: ["first line is long", "second"], size: TerminalSize(rows: 3, columns: 8),
      usesColor: false)
    #expect(
      frame.text
        == "\u{1B}[1;1Hfirst l…\u{1B}[K\r\nsecond\u{1B}[K\r\n\u{1B}[K")
  }
}
