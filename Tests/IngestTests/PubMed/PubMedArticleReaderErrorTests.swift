import Ingest
import ReviewModel
import ReviewTestSupport
import Testing

/// What the reader does with broken and hostile XML: errors with libxml2's message at the
/// line and column, and never an entity expanded.
struct PubMedArticleReaderErrorTests {
  private func path(_ fixture: String) -> String {
    TestFiles.fixture("pubmed/\(fixture)", in: "IngestTests")
  }

  @Test func reportsAMismatchedTagAtItsLineAndColumn() {
    #expect(
      readError("pubmed/malformed.xml")
        == .malformed(
          SourceLocation(file: path("malformed.xml"), line: 15, column: 79),
          "Opening and ending tag mismatch: ArticleTitle line 15 and ArticleTitel"))
  }

  @Test func returnsTheArticlesBeforeAnErrorThenKeepsThrowing() throws {
    let (_, reader) = try ExportReader.open(path("malformed.xml"))
    #expect(try reader.next()?.pmid == "39001301")
    let first = #expect(throws: IngestError.self) { try reader.next() }
    let second = #expect(throws: IngestError.self) { try reader.next() }
    #expect(first != nil && first == second)
  }

  @Test func reportsATruncatedFile() throws {
    #expect(
      readError("pubmed/truncated.xml")
        == .malformed(
          SourceLocation(file: path("truncated.xml"), line: 18, column: 1),
          "the file ends inside <AbstractText>, before its end tag: it is truncated"))
    let (_, reader) = try ExportReader.open(path("truncated.xml"))
    #expect(try reader.next()?.pmid == "39001401")
    #expect(throws: IngestError.self) { try reader.next() }
  }

  /// Bytes that are not in the declared encoding stop libxml2 without a structured error; the
  /// reader must still fail, not end quietly with the articles so far.
  @Test func bytesOutsideTheDeclaredEncodingAreAnError() throws {
    guard case .malformed(let location, let message) = readError("pubmed/wrong-encoding.xml")
    else {
      Issue.record("expected a malformed-file error")
      return
    }
    #expect(location.file == path("wrong-encoding.xml"))
    #expect(message.contains("the text may not be in the encoding the document declares"))
  }

  @Test(arguments: [
    ("xxe.xml", 10),
    // With an external DTD named too, libxml2 only calls the entity an error, not a fatal one;
    // the reader stops all the same, and neither the DTD nor the parameter entity is fetched.
    ("xxe-with-dtd.xml", 12),
  ])
  func neverReadsAnExternalEntity(fixture: String, line: Int) {
    let error = readError("pubmed/\(fixture)")
    guard case .malformed(let location, let message) = error else {
      Issue.record("expected a malformed-XML error, got \(String(describing: error))")
      return
    }
    #expect(location == SourceLocation(file: path(fixture), line: line, column: 39))
    #expect(message.hasPrefix("Entity 'secret' not defined (litrev expands only XML's"))
    #expect(!String(describing: error).contains("root:"))
  }

  @Test func refusesABillionLaughs() {
    // Nothing is expanded, so the bomb cannot go off: the first reference is an error.
    let error = readError("pubmed/billion-laughs.xml")
    guard case .malformed(let location, let message) = error else {
      Issue.record("expected a malformed-XML error, got \(String(describing: error))")
      return
    }
    #expect(location == SourceLocation(file: path("billion-laughs.xml"), line: 19, column: 29))
    #expect(message.hasPrefix("Entity 'lol9' not defined"))
    #expect(message.contains("never entities declared in a DTD"))
  }

  @Test func reportsBytesThatAreNotUTF8() throws {
    var bytes = Array("<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>".utf8)
    bytes += Array("<Article><ArticleTitle>Bad ".utf8) + [0xFF, 0xFE]
    bytes += Array(" bytes</ArticleTitle></Article></MedlineCitation></PubmedArticle>".utf8)
    let reader = PubMedArticleReader(MemoryByteSource(bytes), path: "latin.xml")
    #expect(
      throws: IngestError.malformed(
        SourceLocation(file: "latin.xml", line: 1, column: 92),
        "Input is not proper UTF-8, indicate encoding ! Bytes: 0xFF 0xFE 0x20 0x62")
    ) { try reader.next() }
  }

  @Test func refusesAnUndeclaredNamespacePrefix() {
    let document = """
      <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>\
      T <mml:math>x</mml:math></ArticleTitle></Article></MedlineCitation></PubmedArticle>\
      </PubmedArticleSet>
      """
    let reader = PubMedArticleReader(MemoryByteSource(Array(document.utf8)), path: "ns.xml")
    #expect(
      throws: IngestError.malformed(
        SourceLocation(file: "ns.xml", line: 1, column: 99),
        "Namespace prefix mml on math is not defined")
    ) { try reader.next() }
  }

  @Test func passesOnLibxml2sWarningsAsDiagnostics() throws {
    let document = """
      <?xml version="1.1"?>
      <PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>\
      T</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
      """
    let reader = PubMedArticleReader(MemoryByteSource(Array(document.utf8)), path: "v.xml")
    #expect(try reader.next()?.title == "T")
    #expect(try reader.next() == nil)
    #expect(
      reader.diagnostics == [
        Diagnostic(
          .warning, "Unsupported version '1.1'",
          at: SourceLocation(file: "v.xml", line: 1, column: 20))
      ])
  }

  @Test func passesOnTheSourcesErrorAndKeepsThrowingIt() {
    let failure = IngestError.damagedCompression(path: "x.xml.gz", offset: 10, reason: "bad")
    let reader = PubMedArticleReader(FailingByteSource(failure), path: "x.xml.gz")
    #expect(throws: failure) { try reader.next() }
    #expect(throws: failure) { try reader.next() }
  }
}

/// A source whose every read fails.
private final class FailingByteSource: ByteSource {
  let failure: IngestError

  init(_ failure: IngestError) {
    self.failure = failure
  }

  func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
    throw failure
  }
}
