import Testing

@testable import ReviewModel

/// The byte-level reading of MEDLINE heading text, which the MEDLINE reader and the store use
/// for ASCII text, must agree with the general reading.
struct MeshHeadingTextTests {
  @Test(arguments: [
    "Adult", "Communication*", "COVID-19/epidemiology",
    "Education, Medical, Continuing/ethics/organization & administration",
    "Humans/*psychology", "*Students, Medical/statistics & numerical data", " Spaced / out ",
    "Double//slash", "/leading", "trailing/", "*", "a * b/c", "Müller-Lyer Illusion/physiology*",
    "",
  ])
  func theASCIIReadingAgreesWithTheGeneralOne(text: String) {
    let general = MeshHeading(generalMedlineText: text)
    #expect(MeshHeading(medlineText: text) == general)
    let ascii = MeshHeading.asciiHeading(text)
    #expect(ascii == (text.utf8.allSatisfy { $0 < 0x80 } ? general : nil))
  }

  @Test func marksAMajorTopic() {
    let heading = MeshHeading(medlineText: "Humans/*psychology/methods")
    #expect(heading.descriptor == "Humans")
    #expect(heading.qualifiers == ["psychology", "methods"])
    #expect(heading.isMajorTopic)
  }
}
