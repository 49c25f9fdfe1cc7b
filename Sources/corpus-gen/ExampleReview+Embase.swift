/// The Embase side of the example: copies of about a third of the PubMed records, written the
/// Embase way with planted differences, planted look-alikes, and records PubMed does not have.
extension ExampleReview {
  /// The Embase export before sorting, with the truth about it.
  struct EmbaseSide {
    var records: [EmbaseRecord] = []
    var pairs: [SameStudyPair] = []
    var nearDuplicates: [NearDuplicatePair] = []
  }

  /// The differences overlap records cycle through, so that each occurs several times.
  static let primaryDifferences: [EmbaseDifference] = [
    .doiUpperCase, .doiAsURL, .doiMissing, .titleCase, .titlePunctuation, .titleSpelling,
    .authorInitialsOnly, .authorDiacriticsFolded, .yearOfEpublication, .pagesMissing,
    .abstractMissing,
  ]

  func composeEmbase(_ state: inout BuildState, pubmed: [Study], specials: Specials) -> EmbaseSide {
    var side = EmbaseSide()
    let byPMID = Dictionary(uniqueKeysWithValues: pubmed.map { ($0.pmid, $0) })
    func study(_ pmid: Int) -> Study? { byPMID[pmid] }

    // Which PubMed records Embase also has.
    let planted =
      [
        specials.partTwo, specials.letter, specials.embaseErratumTarget, specials.conferenceTarget,
        specials.nonEnglish[0], specials.nonEnglish[3],
      ] + pubmed.prefix(3).map(\.pmid)
    let excluded = Set(specials.records.map(\.pmid))
    var random = SeededGenerator(seed: seed, stream: 70_000)
    let candidates = random.shuffled(
      pubmed.dropFirst(11).map(\.pmid).filter { !excluded.contains($0) && !planted.contains($0) })
    let overlap = planted + candidates.prefix(Self.overlapCount - planted.count)
    let internalDuplicates = Set(candidates.prefix(2))

    for (index, pmid) in overlap.enumerated() {
      guard let source = study(pmid) else { continue }
      var differences: [EmbaseDifference]
      switch pmid {
      case specials.partTwo: differences = [.doiMissing, .titleCase]
      case specials.letter: differences = [.doiMissing, .authorInitialsOnly]
      default: differences = chooseDifferences(for: source, index: index, random: &random)
      }
      let year = source.issueDate.date.year
      var record = EmbaseRecord(
        study: source,
        accession: accession(year: year, stream: UInt64(71_000 + index), state: &state),
        medlineCopy: false)
      EmbaseVariation.apply(differences, to: &record, study: source)
      side.records.append(record)
      side.pairs.append(
        SameStudyPair(
          pmid: pmid, accession: record.accession, doi: source.doi,
          differences: inherentDifferences(source, dropped: differences)
            + differences.map(\.rawValue)))
      if internalDuplicates.contains(pmid) {
        var copy = EmbaseRecord(
          study: source,
          accession: accession(year: year, stream: UInt64(72_000 + index), state: &state),
          medlineCopy: true)
        copy.databases = ["Medline"]
        copy.authors = source.authors.map { EmbaseRecord.authorName($0, initialsOnly: true) }
        copy.keywords = []
        side.records.append(copy)
        side.pairs.append(
          SameStudyPair(
            pmid: pmid, accession: copy.accession, doi: source.doi,
            differences: inherentDifferences(source, dropped: []) + [
              "embase-record-from-medline", EmbaseDifference.authorInitialsOnly.rawValue,
              EmbaseDifference.pmidGiven.rawValue,
            ]))
      }
    }
    plantLookAlikes(&side, state: &state, pubmed: byPMID, specials: specials)
    composeEmbaseOnly(&side, state: &state)
    return side
  }

  /// One primary difference in turn, plus up to two more drawn from those that apply.
  private func chooseDifferences(
    for study: Study, index: Int, random: inout SeededGenerator
  ) -> [EmbaseDifference] {
    var chosen: [EmbaseDifference] = []
    let kinds = Self.primaryDifferences
    for step in 0..<kinds.count {
      let kind = kinds[(index + step) % kinds.count]
      if kind.applies(to: study) {
        chosen.append(kind)
        break
      }
    }
    let extras = random.sample(kinds.filter { $0.applies(to: study) }, count: random.int(in: 0...2))
    for extra in extras where !chosen.contains(extra) && !conflicts(extra, chosen) {
      chosen.append(extra)
    }
    if random.chance(35) { chosen.append(.pmidGiven) }
    return chosen
  }

  private func conflicts(_ kind: EmbaseDifference, _ chosen: [EmbaseDifference]) -> Bool {
    let doiKinds: [EmbaseDifference] = [.doiUpperCase, .doiAsURL, .doiMissing]
    return doiKinds.contains(kind) && chosen.contains { doiKinds.contains($0) }
  }

  /// Differences every Embase copy has: its own journal abbreviation, a title without the final
  /// full stop, markup or brackets, and a flattened abstract.
  private func inherentDifferences(
    _ study: Study, dropped: [EmbaseDifference]
  ) -> [String] {
    var kinds = ["journal-abbreviation-style"]
    if study.title.hasPrefix("[") { kinds.append("translated-title-without-brackets") }
    if InlineMarkup.hasMarkup(study.title) { kinds.append("title-markup-removed") }
    if study.abstract.count > 1 && !dropped.contains(.abstractMissing) {
      kinds.append("abstract-flattened")
    }
    return kinds
  }

  /// An erratum with the article's title, a conference abstract of a later article, and the
  /// look-alike pairs the series and the letter form across the two exports.
  private func plantLookAlikes(
    _ side: inout EmbaseSide, state: inout BuildState, pubmed: [Int: Study], specials: Specials
  ) {
    let copies = Dictionary(uniqueKeysWithValues: side.pairs.map { ($0.accession, $0.pmid) })
    func embaseCopy(of pmid: Int) -> EmbaseRecord? {
      side.records.first { copies[$0.accession] == pmid }
    }
    if let target = pubmed[specials.embaseErratumTarget] {
      let year = min(target.issueDate.date.year + 1, Self.searchDate.year)
      let erratum = composeUnique(
        StudyRequest(
          audienceKey: target.audienceKey, design: .erratum, purposeKey: target.purposeKey,
          year: year, withReferences: false, journalISO: target.journal.isoAbbreviation),
        stream: 80_000, state: &state, registerTitle: false)
      var record = EmbaseRecord(
        study: erratum, accession: accession(year: year, stream: 80_001, state: &state),
        medlineCopy: false)
      record.title = EmbaseRecord.embaseTitle(target.title)
      record.authors = target.authors.map { EmbaseRecord.authorName($0, initialsOnly: true) }
      record.keywords = ["erratum"]
      side.records.append(record)
      side.nearDuplicates.append(
        NearDuplicatePair(
          kind: "erratum", first: .pubmed(target), second: .embase(record),
          note: "Embase lists the erratum under the article's own title and authors."))
      if let copy = embaseCopy(of: target.pmid) {
        side.nearDuplicates.append(
          NearDuplicatePair(
            kind: "erratum", first: .embase(copy), second: .embase(record),
            note: "The article and its erratum, both in Embase, with the same title."))
      }
    }
    if let target = pubmed[specials.conferenceTarget] {
      let year = target.issueDate.date.year - 1
      let abstract = composeUnique(
        StudyRequest(
          audienceKey: target.audienceKey, design: .conferenceAbstract,
          purposeKey: target.purposeKey, year: year, withReferences: false),
        stream: 80_002, state: &state, registerTitle: false)
      var random = SeededGenerator(seed: seed, stream: 80_003)
      var record = conferenceRecord(
        abstract, accession: accession(year: year, stream: 80_004, state: &state),
        random: &random)
      record.title = EmbaseRecord.embaseTitle(target.title)
      record.authors = target.authors.prefix(3).map {
        EmbaseRecord.authorName($0, initialsOnly: true)
      }
      side.records.append(record)
      side.nearDuplicates.append(
        NearDuplicatePair(
          kind: "conference-abstract", first: .pubmed(target), second: .embase(record),
          note: "A conference abstract from the year before, with the later article's title and "
            + "first authors but interim results."))
      if let copy = embaseCopy(of: target.pmid) {
        side.nearDuplicates.append(
          NearDuplicatePair(
            kind: "conference-abstract", first: .embase(copy), second: .embase(record),
            note: "The article and its earlier conference abstract, both in Embase."))
      }
    }
    if let partOne = pubmed[specials.partOne], let copy = embaseCopy(of: specials.partTwo) {
      side.nearDuplicates.append(
        NearDuplicatePair(
          kind: "series-part", first: .pubmed(partOne), second: .embase(copy),
          note: "Embase's Part 2 (without a DOI) against PubMed's Part 1."))
    }
    if let reply = pubmed[specials.reply], let copy = embaseCopy(of: specials.letter) {
      side.nearDuplicates.append(
        NearDuplicatePair(
          kind: "letter-and-reply", first: .pubmed(reply), second: .embase(copy),
          note: "Embase's copy of the letter (without a DOI) against PubMed's reply, same title."))
    }
  }

  /// Records only Embase has: conference abstracts and articles, with the export's edge cases.
  private func composeEmbaseOnly(_ side: inout EmbaseSide, state: inout BuildState) {
    for index in 0..<Self.embaseOnlyCount {
      let isConference = index < Self.conferenceAbstractCount
      var request = StudyRequest(withReferences: false)
      if isConference { request.design = .conferenceAbstract }
      if index == Self.conferenceAbstractCount {
        request.design = .survey
        request.structuredAbstract = true
      }
      let translated = Self.embaseTranslations[index - Self.conferenceAbstractCount - 3]
      if let translated {
        request.language = translated.language
        request.audienceKey = "trainees"
        request.design = .survey
      }
      let study = composeUnique(request, stream: UInt64(85_000 + index), state: &state)
      let year = study.issueDate.date.year
      let number = accession(year: year, stream: UInt64(86_000 + index), state: &state)
      var random = SeededGenerator(seed: seed, stream: UInt64(87_000 + index))
      var record =
        isConference
        ? conferenceRecord(study, accession: number, random: &random)
        : EmbaseRecord(study: study, accession: number, medlineCopy: false)
      switch index - Self.conferenceAbstractCount {
      case 0 where study.abstract.count > 1:
        record.abstractLines = study.abstract.map { section in
          let label = section.label.map { $0.lowercased().capitalizingFirstLetter() + ": " } ?? ""
          return label + InlineMarkup.plain(section.text)
        }
      case 1:
        if let first = record.keywords.first { record.keywords.insert(first, at: 1) }
      case 2:
        record.extraFields = [(tag: "Z2", value: "Cited by 14 records in Embase")]
      case 3, 4:
        if let translated {
          let pairs = TitlePatterns.vernacular.filter { $0.language == translated.language }
          record.title = pairs[translated.pair % pairs.count].english
        }
      default:
        break
      }
      side.records.append(record)
    }
  }

  /// Non-English articles only Embase has (language and vernacular title choice), by position
  /// after the edge-case records.
  static let embaseTranslations: [Int: (language: String, pair: Int)] = [
    0: ("fre", 1), 1: ("spa", 1),
  ]

  /// The Embase rendering of a conference abstract: a journal supplement, the meeting's name and
  /// place, no DOI, a short unstructured abstract.
  func conferenceRecord(
    _ study: Study, accession: String, random: inout SeededGenerator
  ) -> EmbaseRecord {
    var record = EmbaseRecord(study: study, accession: accession, medlineCopy: false)
    record.articleType = "Conference Abstract"
    record.issue = "Supplement \(random.int(in: 1...3))"
    let page = random.int(in: 10...480)
    record.startPage = "S\(page)"
    record.endPage = random.chance(50) ? "S\(page + 1)" : nil
    record.doi = nil
    record.doiLink = nil
    let country = Places.country(named: study.countryName)
    let city = random.pick(country.cities)
    record.conferenceName =
      "\(random.pick(StudyComposer.societies)) Annual Scientific Meeting "
      + "\(study.issueDate.date.year)"
    record.conferenceLocation = "\(city), \(country.name)"
    record.keywords = record.keywords.filter { $0 != "article" }
    if !record.keywords.contains("conference abstract") {
      record.keywords.append("conference abstract")
      record.keywords.sort { $0.lowercased() < $1.lowercased() }
    }
    return record
  }
}
