import Deduplication
import ReviewModel
import Testing

struct DeduplicatorTests {
  private func item(_ id: Int64, _ record: Record, source: String = "PubMed") -> DeduplicationItem {
    DeduplicationItem(id: id, source: source, record: record)
  }

  private let base = Record(
    title: "Eculizumab in paroxysmal nocturnal haemoglobinuria: a registry analysis",
    authors: [.person(family: "Delacroix"), .person(family: "Byrne"), .person(family: "Sato")],
    year: 2020, journal: "British Journal of Haematology", volume: "189", issue: "3",
    pages: "455-62")

  @Test func certainPairsBecomeOneGroupWithTheirScores() {
    var copy = base
    copy.title = "Eculizumab in Paroxysmal Nocturnal Hemoglobinuria - A Registry Analysis"
    copy.journal = "Br J Haematol"
    let result = Deduplicator().run([item(1, base), item(2, copy, source: "Embase")])
    #expect(result.clusters.map(\.recordIDs) == [[1, 2]])
    #expect(result.clusters[0].pairs.first?.score.matched.contains(.title) == true)
    #expect(result.uncertain.isEmpty)
  }

  @Test func uncertainPairsAreQueuedNotMerged() {
    let bare = Record(title: base.title, authors: base.authors, year: 2020)
    let result = Deduplicator().run([item(1, base), item(2, bare)])
    #expect(result.clusters.isEmpty)
    #expect(result.uncertain.map(\.pair) == [RecordPair(1, 2)])
  }

  @Test func theGuardStopsChainingTwoStudiesThroughAThird() {
    // 2 has no DOI and matches both 1 and 3 on every field; 1 and 3 carry different DOIs, so
    // they are two studies, and no group may hold both.
    var one = base
    one.doi = "10.5555/one"
    let two = base
    var three = base
    three.doi = "10.5555/three"
    let result = Deduplicator().run([item(1, one), item(2, two), item(3, three)])
    #expect(result.clusters.count == 1)
    for cluster in result.clusters {
      #expect(cluster.recordIDs.count == 2)
      #expect(!(cluster.recordIDs.contains(1) && cluster.recordIDs.contains(3)))
    }
    // The join the guard refused is left for a person.
    #expect(result.uncertain.count == 1)
  }

  @Test func pairsJudgedDifferentStayApartAndExistingGroupsStay() {
    let copy = base
    let judged = Deduplicator().run(
      [item(1, base), item(2, copy)],
      constraints: DuplicateConstraints(distinct: [RecordPair(2, 1)]))
    #expect(judged.clusters.isEmpty)
    let other = Record(title: "Something else entirely", year: 1999)
    let kept = Deduplicator().run(
      [item(1, base), item(5, other)], constraints: DuplicateConstraints(groups: [[1, 5]]))
    #expect(kept.clusters.map(\.recordIDs) == [[1, 5]])
  }

  @Test func mergeAndReviewThresholdsComeFromTheSettings() {
    let bare = Record(title: base.title, authors: base.authors, year: 2020)
    let eager = Deduplicator(settings: DeduplicationSettings(mergeAbove: 0.5, reviewAbove: 0.3))
    #expect(eager.run([item(1, base), item(2, bare)]).clusters.count == 1)
    let strict = Deduplicator(settings: DeduplicationSettings(mergeAbove: 1, reviewAbove: 1))
    var copy = base
    copy.journal = "Br J Haematol"
    let result = strict.run([item(1, base), item(2, copy)])
    #expect(result.clusters.isEmpty)
  }

  @Test func blockingGrowsLinearlyWithTheRecords() {
    // Every record is compared with a bounded number of neighbours, whatever the count.
    func candidates(_ count: Int) -> Int {
      let items = (0..<count).map { index in
        item(
          Int64(index),
          Record(
            title: "Study number \(index) of social media in training \(index % 7)",
            authors: [.person(family: "Author\(index % 13)")], year: 2000 + index % 20,
            volume: String(index % 50), pages: String(index % 300)))
      }
      return Deduplicator().run(items).candidatePairs
    }
    let small = candidates(500)
    let large = candidates(2000)
    #expect(large <= small * 5)
    #expect(large < 2000 * 40)
  }

  @Test func theMergedStudyTakesTheMostCompleteFields() {
    var pubmed = base
    pubmed.pmid = "31000001"
    pubmed.journal = "Br J Haematol"
    pubmed.abstract = "Short."
    var embase = base
    embase.doi = "10.5555/x"
    embase.abstract = "A much longer abstract with results."
    embase.pages = nil
    let merged = MergedStudy.merge([pubmed, embase])
    #expect(merged.pmid == "31000001")
    #expect(merged.doi == "10.5555/x")
    #expect(merged.abstract == "A much longer abstract with results.")
    #expect(merged.journal == "British Journal of Haematology")
    #expect(merged.pages == "455-62")
  }

  @Test func aPairComparisonMarksTheFieldsThatDiffer() {
    var copy = base
    copy.title = "Eculizumab in Paroxysmal Nocturnal Hemoglobinuria: A Registry Analysis"
    copy.pages = "500-9"
    let comparison = PairComparison(item(1, base), item(2, copy, source: "Embase"))
    let rows = Dictionary(comparison.rows.map { ($0.label, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(rows["Title"]?.differs == false)
    #expect(rows["Pages"]?.differs == true)
    let lines = comparison.lines(width: 80)
    #expect(lines[0].contains("record 1 (PubMed)"))
    #expect(lines[0].contains("record 2 (Embase)"))
    #expect(lines.contains { $0.hasPrefix("* Pages") })
    #expect(lines.allSatisfy { $0.count <= 80 })
  }
}
