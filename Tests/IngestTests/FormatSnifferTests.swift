import Ingest
import ReviewModel
import Testing

struct FormatSnifferTests {
  @Test(arguments: [
    (
      "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet>\n<PubmedArticleSet>",
      SourceFormat.pubmedXML
    ),
    ("<PubmedArticle><MedlineCitation>", .pubmedXML),
    ("\u{FEFF}TY  - JOUR\r\nTI  - A title\r\nER  - \r\n", .ris),
    ("Exported from a database\n\nTY - JOUR\nER -\n", .ris),
    ("PMID- 12345678\nTI  - A MEDLINE record\n", .medline),
    ("\n\nPMC - PMC1234567\nPMID- 12345678\n", .medline),
    ("\u{FEFF}TI  - A title first\r\nFAU - Okafor, Chidi\r\n", .medline),
    // MEDLINE's tags inside a RIS file do not make it MEDLINE.
    ("TY  - JOUR\nTI  - A title\nJT  - A journal\nER  - \n", .ris),
    ("% Encoding: UTF-8\n\n@Article{Key2020,\n  title = {A title},\n}\n", .bibtex),
    ("\n@article{smith_2019,\n", .bibtex),
    ("Scopus\nEXPORT DATE: 14 May 2024\n\n@ARTICLE{Novak2018,\n", .bibtex),
    ("  @STRING (jse = \"J Surg Educ\")\n", .bibtex),
  ])
  func recognisesFormats(text: String, expected: SourceFormat) {
    #expect(FormatSniffer.format(of: Array(text.utf8)) == expected)
  }

  @Test(arguments: [
    "<html><body>Not an export</body></html>",
    "TI  - A title\nAU  - Okafor C\n",
    "      PMID- 12345678 indented, so only a continuation\n",
    "Just some text, no tags at all.",
    "Write to ana@example.org {soon}.",
  ])
  func rejectsOtherContent(text: String) {
    #expect(FormatSniffer.format(of: Array(text.utf8)) == nil)
  }
}
