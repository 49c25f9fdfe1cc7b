import TerminalUI
import Testing

struct KeyDecoderTests {
  private func keys(_ bytes: [UInt8]) -> [Key] {
    var decoder = KeyDecoder()
    return decoder.feed(bytes) + decoder.flush()
  }

  private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  @Test func lettersAndControlKeys() {
    #expect(keys(bytes("ie")) == [.character("i"), .character("e")])
    #expect(keys([0x03]) == [.control("c")])
    #expect(keys([0x0D, 0x09, 0x7F]) == [.enter, .tab, .backspace])
  }

  @Test(arguments: [
    ("\u{1B}[A", Key.up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
    ("\u{1B}OA", .up), ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}[5~", .pageUp),
    ("\u{1B}[6~", .pageDown), ("\u{1B}[3~", .delete), ("\u{1B}[1;5A", .up),
  ])
  func escapeSequences(sequence: String, key: Key) {
    #expect(keys(bytes(sequence)) == [key])
  }

  @Test func aSequenceSplitAcrossReadsIsDecodedWhole() {
    var decoder = KeyDecoder()
    #expect(decoder.feed([0x1B]) == [])
    #expect(decoder.feed([UInt8(ascii: "[")]) == [])
    #expect(decoder.feed([UInt8(ascii: "B"), UInt8(ascii: "q")]) == [.down, .character("q")])
  }

  @Test func aLoneEscapeIsSettledByAPause() {
    var decoder = KeyDecoder()
    #expect(decoder.feed([0x1B]) == [])
    #expect(decoder.flush() == [.escape])
    #expect(decoder.flush() == [])
  }

  @Test func altAndAKeyIsEscapeThenTheKey() {
    #expect(keys([0x1B, UInt8(ascii: "x")]) == [.escape, .character("x")])
  }

  @Test func utf8CharactersArriveWholeEvenWhenSplit() {
    let bytes = Array("é漢".utf8)
    var decoder = KeyDecoder()
    #expect(decoder.feed(bytes.prefix(1)) == [])
    #expect(decoder.feed(bytes.dropFirst()) == [.character("é"), .character("漢")])
  }

  @Test func unknownSequencesAreKeptWithoutLosingTheNextKey() {
    #expect(keys(bytes("\u{1B}[99zq")) == [.unknown(bytes("\u{1B}[99z")), .character("q")])
    #expect(keys([0xFF, UInt8(ascii: "a")]) == [.unknown([0xFF]), .character("a")])
  }
}
