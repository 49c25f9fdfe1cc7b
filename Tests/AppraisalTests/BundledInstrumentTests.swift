import Appraisal
import Testing

/// Every bundled instrument loads from the target's resources, validates, and has the shape of
/// the published checklist.
struct BundledInstrumentTests {
  @Test func theSixChecklistsAreBundled() throws {
    let ids = try InstrumentCatalogue.bundled().map(\.id)
    #expect(
      ids == [
        "axis", "casp-qualitative", "jbi-analytical-cross-sectional", "mersqi", "mmat", "nos-e",
      ])
  }

  @Test(arguments: [
    ("mersqi", 10, 5.0, 18.0), ("nos-e", 6, 0, 6), ("mmat", 27, 0, 100),
    ("casp-qualitative", 10, 0, 10), ("axis", 20, 0, 20),
    ("jbi-analytical-cross-sectional", 8, 0, 8),
  ])
  func eachHasItsItemsAndScale(id: String, items: Int, minimum: Double, maximum: Double) throws {
    let instrument = try InstrumentCatalogue.load(projectFolder: nil).instrument(id)
    #expect(instrument.items.count == items)
    #expect(instrument.scale == minimum...maximum)
    #expect(instrument.origin == .bundled)
    #expect(instrument.items.allSatisfy { !$0.question.isEmpty && $0.answers.count >= 2 })
    // The default bands give every score on the scale a rating.
    for step in 0...40 {
      let score = minimum + (maximum - minimum) * Double(step) / 40
      #expect(instrument.bands.rating(of: score) != nil, "\(id) has no rating for \(score)")
    }
  }

  @Test func mmatHasTwoScreeningQuestionsAndFiveCategories() throws {
    let mmat = try InstrumentCatalogue.load(projectFolder: nil).instrument("mmat")
    let screening = mmat.domains.filter { $0.role == .screening }
    let categories = mmat.domains.filter { $0.role == .category }
    #expect(screening.flatMap(\.items).map(\.id) == ["s1", "s2"])
    #expect(
      categories.map(\.id) == [
        "qualitative", "randomised", "non_randomised", "descriptive", "mixed_methods",
      ])
    #expect(categories.allSatisfy { $0.items.count == 5 })
  }

  @Test func mmatAsksTheCategoriesOfTheStudysDesign() throws {
    let mmat = try InstrumentCatalogue.load(projectFolder: nil).instrument("mmat")
    #expect(mmat.domains(forDesign: "cross-sectional").map(\.id) == ["screening", "descriptive"])
    #expect(mmat.domains(forDesign: "qualitative").map(\.id) == ["screening", "qualitative"])
    #expect(mmat.domains(forDesign: "mixed").count == 6)
    #expect(mmat.domains(forDesign: "case-report").count == 6)
    #expect(mmat.domains(forDesign: nil).count == 6)
  }

  @Test func mersqiAllowsNotApplicableOnlyWhereThePublishedItemsDo() throws {
    let mersqi = try InstrumentCatalogue.load(projectFolder: nil).instrument("mersqi")
    let withNotApplicable = mersqi.items.filter { item in
      item.answers.contains(where: \.isNotApplicable)
    }.map(\.id)
    #expect(
      withNotApplicable == [
        "response_rate", "internal_structure", "content", "relations_to_other_variables",
      ])
  }

  @Test func aProjectInstrumentIsFoundBesideTheBundledOnes() throws {
    let project = try TemporaryFolderForInstruments()
    try project.write(InstrumentFixtures.tiny, to: "instruments/tiny.yaml")
    let catalogue = try InstrumentCatalogue.load(projectFolder: project.root)
    #expect(catalogue.instruments.count == 7)
    let tiny = try catalogue.instrument("tiny")
    #expect(tiny.origin == .project(path: project.root + "/instruments/tiny.yaml"))
    #expect(catalogue.instruments.last?.id == "tiny")
  }

  @Test func anUnknownInstrumentListsTheKnownOnes() throws {
    let catalogue = try InstrumentCatalogue.load(projectFolder: nil)
    #expect(
      throws: InstrumentError.unknownInstrument("strobe", known: catalogue.instruments.map(\.id))
    ) {
      try catalogue.instrument("strobe")
    }
  }
}
