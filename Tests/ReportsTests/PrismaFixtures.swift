import ReviewModel

@testable import Reports

/// A small review, built by hand so that every box's count can be read off it.
///
/// PubMed holds records 1–6 and Embase 7–9. Record 6 is a duplicate of record 1, and the rule
/// `language` excluded record 7, so 9 − 1 − 1 = 7 records are screened (1–5, 8, 9). At title and
/// abstract: 1, 2, 4 and 5 are included, 3 is excluded by reviewers, 8 by the stopping rule,
/// and 9 is in conflict (awaiting). At full text: 1 is included, 2 was not retrieved, 4 is
/// excluded as `wrong_population`, and 5 has no decision yet.
enum PrismaFixtures {
  static let reasons = [
    ExclusionReason(id: "wrong_population", label: "Wrong population"),
    ExclusionReason(id: "wrong_design", label: "Wrong study design"),
  ]

  static func smallReview() -> PrismaInput {
    var recordSources: [Int64: String] = [:]
    for id in Int64(1)...6 { recordSources[id] = "PubMed" }
    for id in Int64(7)...9 { recordSources[id] = "Embase" }
    return PrismaInput(
      sources: [
        PrismaSource(name: "PubMed", kind: .database, identified: 6),
        PrismaSource(name: "Embase", kind: .database, identified: 3),
      ],
      recordSources: recordSources, duplicatesRemoved: [6],
      titleAbstract: [
        1: .decided(.include, reason: nil, method: "manual"),
        2: .decided(.include, reason: nil, method: "resolution"),
        3: .decided(.exclude, reason: "not_postgraduate", method: "manual"),
        4: .decided(.include, reason: nil, method: "manual"),
        5: .decided(.include, reason: nil, method: "import"),
        7: .decided(.exclude, reason: "language", method: "rule:language"),
        8: .decided(.exclude, reason: nil, method: "stop:heuristic"),
        9: .pending,
      ],
      fullText: [
        1: .decided(.include, reason: nil, method: "manual"),
        2: .decided(.notRetrieved, reason: nil, method: "manual"),
        4: .decided(.exclude, reason: "wrong_population", method: "manual"),
      ],
      exclusionReasons: reasons)
  }

  /// The small review with a citation-searching source: records 10–12, of which 10 is
  /// included at both stages and 11 excluded at full text for a reason the protocol does not
  /// list; 12 is undecided.
  static func withCitationSearching() -> PrismaInput {
    var input = smallReview()
    input.sources.append(PrismaSource(name: "Citation searching", kind: .citation, identified: 3))
    for id in Int64(10)...12 { input.recordSources[id] = "Citation searching" }
    input.titleAbstract[10] = .decided(.include, reason: nil, method: "manual")
    input.titleAbstract[11] = .decided(.include, reason: nil, method: "manual")
    input.fullText[10] = .decided(.include, reason: nil, method: "manual")
    input.fullText[11] = .decided(.exclude, reason: "retracted", method: "manual")
    return input
  }
}
