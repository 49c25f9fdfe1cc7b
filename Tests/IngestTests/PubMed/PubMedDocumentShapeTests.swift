import Foundation
import Ingest
import ReviewModel
import ReviewTestSupport
import Testing

/// The shapes a PubMed XML file comes in: roots, book articles, deletions, gzip, chunking, and
/// the original text kept for provenance.
struct PubMedDocumentShapeTests {
  @Test func skipsDeleteCitations() throws {
    let result = try readFixture("pubmed/delete-citation.xml")
    #expect(result.records.map(\.pmid) == ["39000902"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func readsABarePubmedArticleRoot() throws {
    let records = try readFixture("pubmed/bare-article.xml").records
    #expect(records.map(\.pmid) == ["39001001"])
    #expect(records.first?.title == "Patient education videos made by psychiatry trainees.")
    #expect(records.first?.location?.line == 2)
  }

  @Test func readsABookChapterWithTheBookAsItsContainer() throws {
    let record = try #require(try readFixture("pubmed/book-articles.xml").records.first)
    #expect(record.pmid == "39001101")
    #expect(record.title == "Research collaboration through online networks")
    #expect(record.journal == "Social Media in Postgraduate Medical Training")
    // The chapter's DOI, not its book's.
    #expect(record.doi == "10.1000/smpmt.ch4")
    // The chapter's authors, not the book's editors.
    #expect(record.authors == [.person(family: "Mensah", given: "Kofi")])
    #expect(record.year == 2023)
    #expect(record.publicationDate == "2023 Jun")
    #expect(record.volume == "2")
    #expect(
      record.abstract
        == "SUMMARY: Trainees find research collaborators through professional networks online.")
    #expect(record.languages == ["eng"])
    #expect(record.publicationTypes == ["Review"])
    #expect(
      record.otherFields == [
        SourceField(tag: "PublisherName", value: "Trainee Press"),
        SourceField(tag: "PublisherLocation", value: "Leeds (UK)"),
        SourceField(tag: "Isbn", value: "9780000000002"),
      ])
  }

  @Test func readsAWholeBookWithItsTitleAndAuthors() throws {
    let record = try #require(try readFixture("pubmed/book-articles.xml").records.last)
    #expect(record.pmid == "39001102")
    #expect(record.title == "Digital Learning for Medical Trainees")
    #expect(record.journal == nil)
    #expect(record.doi == "10.1000/dlmt")
    #expect(record.authors == [.person(family: "Kowalska", given: "Anna")])
    #expect(record.year == 2022)
  }

  @Test func readsAGzipCompressedFileAsThePlainOne() throws {
    let compressed = try readFixture("pubmed/structured-abstract.xml.gz")
    let plain = try readFixture("pubmed/structured-abstract.xml")
    #expect(compressed.records.count == 2)
    #expect(
      compressed.records.map { $0.withoutLocation } == plain.records.map { $0.withoutLocation })
  }

  @Test(arguments: [1, 3, 7, 64, 4096])
  func readsTheSameRecordsWhateverTheChunkSize(chunkSize: Int) throws {
    // Tiny chunks split names, references and multi-byte characters between parser calls.
    for fixture in ["non-ascii.xml", "inline-markup.xml", "book-articles.xml"] {
      let path = TestFiles.fixture("pubmed/\(fixture)", in: "IngestTests")
      let options = ReaderOptions(locatesOriginal: true)
      let expected = try readFixture("pubmed/\(fixture)", options: options).records
      let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
      let reader = PubMedArticleReader(
        MemoryByteSource(bytes, maximumRead: chunkSize), path: path, options: options)
      var records: [Record] = []
      while let record = try reader.next() { records.append(record.withOriginalText(in: bytes)) }
      #expect(records == expected, "\(fixture) in chunks of \(chunkSize) bytes")
    }
  }

  @Test func streamsThousandsOfArticlesAcrossChunkBoundaries() throws {
    func article(_ number: Int) -> String {
      """
      <PubmedArticle><MedlineCitation><PMID>\(number)</PMID><Article><ArticleTitle>Trainee \
      vlog \(number) about ward rounds, with a long title that crosses chunk boundaries now \
      and then.</ArticleTitle><Abstract><AbstractText Label="RESULTS">Ωmega \(number).\
      </AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>

      """
    }
    let count = 8_000
    var document = "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n"
    for number in 1...count {
      document += article(number)
    }
    document += "</PubmedArticleSet>\n"
    #expect(document.utf8.count > 2 * defaultChunkSize)
    let reader = PubMedArticleReader(MemoryByteSource(Array(document.utf8)), path: "many.xml")
    var number = 0
    while let record = try reader.next() {
      number += 1
      #expect(record.pmid == String(number))
      #expect(record.abstract == "RESULTS: Ωmega \(number).")
      #expect(record.location == SourceLocation(file: "many.xml", line: number + 2))
    }
    #expect(number == count)
    #expect(reader.diagnostics.isEmpty)
  }

  @Test func pointsAtTheArticlesXMLExactlyAsWrittenWhenAsked() throws {
    // Character references, CDATA and empty-element tags stay as the file wrote them: the
    // record points at its bytes rather than writing its events back out.
    let options = ReaderOptions(locatesOriginal: true)
    let record = try #require(
      try readFixture("pubmed/original-text.xml", options: options).records.first)
    #expect(
      record.originalText
        == """
        <PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">39001901\
        </PMID><Article PubModel="Print"><ArticleTitle>Tips &amp; tricks: &lt;5 minute&gt; \
        videos, &#x3b2; <i>et al</i><![CDATA[ & more]]></ArticleTitle><Pagination><MedlinePgn/>\
        </Pagination><Abstract><AbstractText Label="Q&amp;A &quot;1&quot;">x<mml:math \
        xmlns:mml="http://www.w3.org/1998/Math/MathML" display="inline"><mml:mi>y</mml:mi>\
        </mml:math></AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>
        """)
    #expect(record.title == "Tips & tricks: <5 minute> videos, β et al & more")
    #expect(record.abstract == "Q&A \"1\": xy")
    #expect(try readFixture("pubmed/original-text.xml").records.first?.originalBytes == nil)
  }

  @Test func keepsEveryArticlesOwnXMLWithItsWhiteSpace() throws {
    let options = ReaderOptions(locatesOriginal: true)
    let records = try readFixture("pubmed/dates.xml", options: options).records
    #expect(records.count == 5)
    let last = try #require(records.last?.originalText)
    #expect(last.hasPrefix("<PubmedArticle>\n    <MedlineCitation Status=\"In-Data-Review\""))
    #expect(last.hasSuffix("</PubmedData>\n  </PubmedArticle>"))
    #expect(records.allSatisfy { $0.originalText?.contains("<PubmedArticleSet") == false })
  }
}

extension Record {
  /// The record without its location, which names the file it came from.
  fileprivate var withoutLocation: Record {
    var copy = self
    copy.location = nil
    return copy
  }
}
