import Testing

@testable import Ingest

/// UTF-8 checking and the Windows-1252 fallback.
struct TextDecoderTests {
  private func firstInvalid(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBytes { UTF8Validation.firstInvalidByte(in: $0) }
  }

  @Test func acceptsWellFormedUTF8() {
    #expect(firstInvalid(Array("plain ASCII, long enough for the fast path".utf8)) == nil)
    #expect(firstInvalid(Array("Münster – “quoted” 😀 北京".utf8)) == nil)
    #expect(firstInvalid([]) == nil)
  }

  @Test func findsTheFirstInvalidByte() {
    #expect(firstInvalid(Array("abc".utf8) + [0xC3, 0x28]) == 3, "a lead byte without its tail")
    #expect(firstInvalid([0x41, 0xC0, 0xAF]) == 1, "an overlong form")
    #expect(firstInvalid([0xED, 0xA0, 0x80]) == 0, "a surrogate")
    #expect(firstInvalid([0xF4, 0x90, 0x80, 0x80]) == 0, "beyond U+10FFFF")
    #expect(firstInvalid([0xE2, 0x82]) == 0, "a sequence cut short")
    #expect(firstInvalid(Array("12345678".utf8) + [0xE9, 0x20]) == 8, "after the fast path")
    #expect(firstInvalid([0x80]) == 0, "a continuation byte alone")
  }

  @Test func decodesWindows1252() {
    let bytes: [UInt8] = [0x80, 0x20, 0x92, 0x96, 0xE9, 0xFC, 0x81, 0x41]
    let text = bytes.withUnsafeBufferPointer { Windows1252.decode($0) }
    #expect(text == "€ ’–éü\u{81}A")
    let ascii = Array("ASCII only".utf8).withUnsafeBufferPointer { Windows1252.decode($0) }
    #expect(ascii == "ASCII only")
  }

  @Test func switchesToWindows1252OnceAndForGood() {
    var decoder = TextDecoder()
    let valid = Array("Renée".utf8)
    #expect(valid.withUnsafeBytes { decoder.check($0) } == nil)
    #expect(decoder.encoding == .utf8)
    #expect(valid.withUnsafeBufferPointer { decoder.decode($0) } == "Renée")
    let invalid: [UInt8] = [0x52, 0x65, 0x6E, 0xE9, 0x65]
    #expect(invalid.withUnsafeBytes { decoder.check($0) } == 3)
    #expect(decoder.encoding == .windows1252)
    #expect(invalid.withUnsafeBufferPointer { decoder.decode($0) } == "Renée")
    #expect(invalid.withUnsafeBytes { decoder.check($0) } == nil, "the switch is reported once")
  }
}
