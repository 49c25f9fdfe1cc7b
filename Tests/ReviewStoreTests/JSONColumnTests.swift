import Foundation
import ReviewModel
import Testing

@testable import ReviewStore

struct JSONColumnTests {
  /// Strings with every character JSONWriter escapes, and text beyond ASCII and the BMP.
  private static let awkwardStrings = [
    "", "plain", "quote \" and backslash \\", "line\nfeed\r\ncarriage\ttab",
    "control \u{01}\u{1F} bytes", "Müller–Lüdenscheid", "日本語の抄録", "emoji 🧑‍⚕️ and 𝔘",
    "slash / stays", "\u{7F}delete", "ends with backslash \\",
  ]

  @Test func stringsRoundTrip() throws {
    let text = JSONColumn.strings(Self.awkwardStrings)
    #expect(JSONColumnReader.strings(text) == Self.awkwardStrings)
    #expect(try JSONColumn.decodeStrings(text) == Self.awkwardStrings)
    #expect(JSONColumnReader.strings("[]") == [])
  }

  @Test func authorsRoundTrip() throws {
    let authors: [Author] = [
      .person(family: "Müller", given: "Anna"),
      .person(family: "O\"Neil\\", given: nil),
      Author(.collective("COVID-19 Trainee Collaborative"), affiliations: ["Leeds", "東京"]),
      Author(.person(family: "Ng", given: "K"), affiliations: ["Dept. of\nSurgery"]),
    ]
    let text = JSONColumn.authors(authors)
    #expect(JSONColumnReader.authors(text) == authors)
    #expect(try JSONColumn.decodeAuthors(text) == authors)
  }

  @Test func fieldsRoundTrip() throws {
    let fields = [
      SourceField(tag: "M3", value: "Article"), SourceField(tag: "C1", value: "tab\there é"),
    ]
    let text = JSONColumn.fields(fields)
    #expect(JSONColumnReader.fields(text) == fields)
    #expect(try JSONColumn.decodeFields(text) == fields)
  }

  /// JSON that JSONWriter does not write but JSONEncoder did: every escape, white space, keys in
  /// another order; the reader must agree with JSONDecoder on all of it.
  @Test func readsWhatJSONDecoderReads() throws {
    let strings = #" [ "a\/b" , "\u00e9\u00C9" ,"\ud83e\uddd1\b\f" ] "#
    let expected = try JSONDecoder().decode([String].self, from: Data(strings.utf8))
    #expect(JSONColumnReader.strings(strings) == expected)
    #expect(expected == ["a/b", "éÉ", "🧑\u{08}\u{0C}"])

    let authors = #"[{"given":"Anna","family":"Müller"},{"family":"Ng"},{"collective":"X"}]"#
    #expect(
      JSONColumnReader.authors(authors)
        == [.person(family: "Müller", given: "Anna"), .person(family: "Ng"), .collective("X")])
    let fields = #"[ {"value":"v","tag":"N1"} ]"#
    #expect(JSONColumnReader.fields(fields) == [SourceField(tag: "N1", value: "v")])
  }

  /// What the reader does not know, it leaves to JSONDecoder, which keeps its own verdict.
  @Test func leavesTheRestToJSONDecoder() throws {
    for text in [
      #"["a""#, #"["a",]"#, #"["a"] x"#, "[\"raw\nline\"]", #"["\ud800"]"#, #"["\x"]"#, "[1]",
      #"{"a":"b"}"#, "",
    ] {
      #expect(JSONColumnReader.strings(text) == nil, "\(text)")
    }
    #expect(throws: (any Error).self) { try JSONColumn.decodeStrings(#"["a","#) }
    // An unknown key: not this reader's shape, but JSONDecoder ignores it as before.
    let extra = #"[{"family":"Ng","given":null,"orcid":"0000"}]"#
    #expect(JSONColumnReader.authors(extra) == nil)
    #expect(try JSONColumn.decodeAuthors(extra) == [.person(family: "Ng")])
    #expect(JSONColumnReader.authors(#"[{"given":"Anna"}]"#) == nil)
    #expect(throws: (any Error).self) { try JSONColumn.decodeAuthors(#"[{"given":"Anna"}]"#) }
    #expect(JSONColumnReader.fields(#"[{"tag":"N1"}]"#) == nil)
    #expect(JSONColumnReader.fields(#"[{"tag":"N1","value":"a","tag":"N2"}]"#) == nil)
  }
}
