import ReviewModel
import Testing

@testable import Ingest

/// The MEDLINE reader's own reading of `MH` values must agree with the model's, which the
/// store uses to read headings back.
struct MEDLINEMeshHeadingTests {
  @Test(arguments: [
    "Adult", "Communication*", "COVID-19/epidemiology",
    "Education, Medical, Continuing/ethics/organization & administration",
    "Humans/*psychology", "*Students, Medical/statistics & numerical data", " Spaced / out ",
    "Double//slash", "/leading", "trailing/", "*", "a * b/c", "Müller-Lyer Illusion/physiology*",
    "",
  ])
  func readsAsTheModelDoes(text: String) {
    #expect(MEDLINEMeshHeading.heading(text) == MeshHeading(medlineText: text))
  }

  @Test func marksAMajorTopic() {
    let heading = MEDLINEMeshHeading.heading("Humans/*psychology/methods")
    #expect(heading.descriptor == "Humans")
    #expect(heading.qualifiers == ["psychology", "methods"])
    #expect(heading.isMajorTopic)
  }
}
