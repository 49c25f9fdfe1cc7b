import Foundation
import Ingest
import ReviewModel
import ReviewTestSupport
import Testing

/// Where the XML readers say a record stands in its file.
struct OriginalBytesTests {
  @Test func aDocumentLibxml2ConvertsFromAnotherEncodingGivesNoRangesRatherThanWrongOnes() throws {
    // Found by the fuzzer: a declaration of UTF-7 makes libxml2 parse a UTF-8 conversion of
    // the file, whose distances are not the file's; the start came out at -15.
    let path = TestFiles.fixture("pubmed/utf7-declared.xml", in: "IngestTests")
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    let options = ReaderOptions(locatesOriginal: true)
    let (_, reader) = try ExportReader.open(path, options: options)
    var records: [Record] = []
    do {
      while let record = try reader.next() { records.append(record) }
    } catch {
      // The mutated file may well be malformed further on; what came before counts.
    }
    #expect(!records.isEmpty)
    for record in records {
      if let range = record.originalBytes {
        #expect(range.lowerBound >= 0 && range.upperBound <= size)
      }
    }
    #expect(
      FuzzHarness.read(Array(try Data(contentsOf: URL(fileURLWithPath: path))), with: .pubmedXML)
        >= 0)
  }

  @Test func everyArticleOfAUTF8FileIsCutAtItsOwnTags() throws {
    for fixture in ["dates.xml", "book-articles.xml", "non-ascii.xml", "bare-article.xml"] {
      let path = TestFiles.fixture("pubmed/\(fixture)", in: "IngestTests")
      let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
      let records = try readFixture(
        "pubmed/\(fixture)", options: ReaderOptions(locatesOriginal: true)
      ).records
      #expect(!records.isEmpty)
      for record in records {
        let range = try #require(record.originalBytes, "\(fixture)")
        let text = String(decoding: bytes[range], as: UTF8.self)
        #expect(
          text.hasPrefix("<PubmedArticle") || text.hasPrefix("<PubmedBookArticle"), "\(fixture)")
        #expect(
          text.hasSuffix("</PubmedArticle>") || text.hasSuffix("</PubmedBookArticle>"), "\(fixture)"
        )
      }
    }
  }
}
