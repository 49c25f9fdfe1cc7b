import Foundation
import ReviewModel
import ReviewTestSupport
import Testing

@testable import Survey

/// TF-IDF, sentences, and the ranking of studies for a theme.
struct LinkingTests {
  @Test func wordsAreFoldedAndFunctionWordsDropped() {
    #expect(
      TextVectors.words("The Podcasts and videos, for learning!") == [
        "podcast", "video", "learning",
      ])
  }

  @Test func cosineOfTFIDFVectors() {
    // Three documents; "video" is in one (idf = ln(4/2) + 1), "learning" in all (ln(4/4) + 1 = 1).
    let vectors = TextVectors(documents: [
      "video learning", "network learning", "research learning",
    ])
    let a = vectors.vector("video learning")
    let b = vectors.vector("video")
    let idf = log(2.0) + 1
    #expect(abs(TextVectors.cosine(a, b) - idf / (idf * idf + 1).squareRoot()) < 1e-12)
    #expect(TextVectors.cosine(vectors.vector("network"), b) == 0)
  }

  @Test func sentencesSplitAtStopsBeforeCapitals() {
    #expect(
      SentenceSplitter.sentences("We saw e.g. videos. Then 42% agreed (p = 0.03). Done")
        == ["We saw e.g. videos.", "Then 42% agreed (p = 0.03).", "Done"])
  }

  @Test func studiesMatchingAThemesPatternsRankFirstWithEvidence() throws {
    let codebook = try CodebookLoader().load(path: TestFiles.corpus("survey/codebook.yaml"))
    let studies = [
      StudyText(
        recordID: 1,
        record: Record(
          title: "Trainee research collaboratives on Twitter",
          abstract: "Background text. Trainees found collaborators for multi-centre audits online. "
            + "It was quick.")),
      StudyText(
        recordID: 2,
        record: Record(title: "Podcasts for revision", abstract: "Residents listened to podcasts.")),
      StudyText(
        recordID: 3, record: Record(title: "Hand hygiene", abstract: "Hands were washed.")),
    ]
    let suggestions = ThemeLinkSuggester(codebook: codebook, studies: studies).suggestions()
    let research = suggestions.filter { $0.themeID == "research_collaboration" }
    #expect(research.first?.recordID == 1)
    #expect(
      research.first?.evidence == ["Trainees found collaborators for multi-centre audits online."])
    #expect(suggestions.filter { $0.themeID == "audiovisual_learning" }.first?.recordID == 2)
    #expect(!suggestions.contains { $0.recordID == 3 })
  }

  @Test func aStudysFindingsAreReadWhenItHasAny() throws {
    let codebook = try CodebookLoader().load(path: TestFiles.corpus("survey/codebook.yaml"))
    let record = Record(
      title: "Hand hygiene on the wards", abstract: "Hands were washed before rounds.")
    let without = ThemeLinkSuggester(
      codebook: codebook, studies: [StudyText(recordID: 7, record: record)]
    ).suggestions()
    #expect(!without.contains { $0.themeID == "research_collaboration" })
    // The abstract says nothing of research; what was extracted from the full text does, and
    // the sentence that shows it is the evidence.
    let finding = "Registrars found audit collaborators through a WhatsApp group."
    let with = ThemeLinkSuggester(
      codebook: codebook,
      studies: [StudyText(recordID: 7, record: record, findings: ["Wales", finding])]
    ).suggestions()
    let research = with.filter { $0.themeID == "research_collaboration" }
    #expect(research.map(\.recordID) == [7])
    #expect(research.first?.matchedCodes == ["collaborators"])
    #expect(research.first?.evidence == [finding])
  }
}
