/// The example review's searches: PubMed and Embase searched on the same day for the same
/// question, overlapping as real searches do, with the truth about which records are the same.
///
/// Every record comes from its own random stream of one seed, so the committed files are
/// reproduced byte for byte by `corpus-gen example`.
struct ExampleReview {
  static let searchDate = CalendarDate(year: 2024, month: 5, day: 14)
  static let defaultSeed: UInt64 = 20_240_514
  /// Ordinary PubMed records; the special ones (non-English, errata, letters, series) come on top.
  static let ordinaryCount = 208
  static let overlapCount = 68
  /// Embase records that are not in the PubMed export, besides the planted near-duplicates.
  static let embaseOnlyCount = 88
  static let conferenceAbstractCount = 20

  let composer: StudyComposer
  let seed: UInt64

  init(seed: UInt64 = Self.defaultSeed) {
    composer = StudyComposer(latest: Self.searchDate)
    self.seed = seed
  }

  /// Composes both exports and their truth.
  func build() -> ExampleCorpus {
    var state = BuildState(seed: seed)
    var pubmed = composeOrdinary(&state)
    let specials = composeSpecials(&state, ordinary: &pubmed)
    pubmed += specials.records
    let embase = composeEmbase(&state, pubmed: pubmed, specials: specials)
    var deleted: [Int] = []
    var random = SeededGenerator(seed: seed, stream: 90_000)
    while deleted.count < 2 {
      let pmid = StudyComposer.pmid(year: 2023, random: &random)
      if state.pmids.insert(pmid).inserted { deleted.append(pmid) }
    }
    return ExampleCorpus(
      pubmed: pubmed.sorted { $0.pmid > $1.pmid }, deletedPMIDs: deleted.sorted(),
      embase: embase.records.sorted {
        ($0.year, $1.accession) > ($1.year, $0.accession)
      },
      sameStudy: embase.pairs.sorted { ($0.pmid, $0.accession) < ($1.pmid, $1.accession) },
      nearDuplicates: specials.nearDuplicates + embase.nearDuplicates)
  }

  /// What the composition has used so far: identifiers and titles must not repeat by accident.
  struct BuildState {
    let seed: UInt64
    var pmids: Set<Int> = []
    var accessions: Set<String> = []
    var titleKeys: Set<String> = []
    var citable: [CitedWork] = []

    init(seed: UInt64) { self.seed = seed }

    /// A title reduced to lower-case letters and digits, for spotting accidental twins.
    static func titleKey(_ title: String) -> String {
      String(InlineMarkup.plain(title).lowercased().filter { $0.isLetter || $0.isNumber })
    }
  }

  /// Composes a record from `stream`, retrying with other streams until its title is new, and
  /// gives it a PMID from the year it entered PubMed.
  ///
  /// Records composed with `registerTitle` are remembered for later reference lists to cite;
  /// special records, whose titles are rewritten afterwards, are not.
  func composeUnique(
    _ request: StudyRequest, stream: UInt64, state: inout BuildState, registerTitle: Bool = true
  ) -> Study {
    var attempt: UInt64 = 0
    while true {
      var random = SeededGenerator(seed: state.seed, stream: stream + attempt * 1_000_003)
      var study = composer.compose(
        pmid: 0, request: request, citable: state.citable, random: &random)
      let key = BuildState.titleKey(study.title)
      attempt += 1
      guard !state.titleKeys.contains(key) || attempt > 50 else { continue }
      if registerTitle { state.titleKeys.insert(key) }
      let entered =
        study.history.last { $0.status == "entrez" }?.date.year ?? study.issueDate.date.year
      var pmid = StudyComposer.pmid(year: entered, random: &random)
      while !state.pmids.insert(pmid).inserted { pmid += 1 }
      study.pmid = pmid
      if registerTitle { state.citable.append(StudyComposer.citedWork(for: study)) }
      return study
    }
  }

  /// A new Embase accession number for a record of `year`.
  func accession(year: Int, stream: UInt64, state: inout BuildState) -> String {
    var random = SeededGenerator(seed: state.seed, stream: stream)
    while true {
      let candidate = EmbaseAccession.make(year: year, random: &random)
      if state.accessions.insert(candidate).inserted { return candidate }
    }
  }
}
