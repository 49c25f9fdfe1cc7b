/// What a caller fixes about a record before it is composed; anything left nil is drawn.
struct StudyRequest: Sendable {
  var audienceKey: String?
  var design: Design?
  var purposeKey: String?
  var year: Int?
  /// PubMed language code; non-English records get a vernacular title and a bracketed one.
  var language: String?
  var countryName: String?
  var withReferences: Bool?
  var structuredAbstract: Bool?
  var authorCount: Int?
  /// The ISO abbreviation of the journal to publish in.
  var journalISO: String?
  /// Compose MeSH headings and reference lists, which only PubMed XML carries; RIS output
  /// skips them to save time.
  var pubmedOnlyFields = true
}

/// Everything decided about a record before its parts are written, shared by the part composers.
struct StudyContext {
  let audience: Audience
  let design: Design
  let purpose: PurposeText
  let year: Int
  let country: Country
  let specialty: Specialty
  let journal: Journal
  let lexicon: Lexicon
  let platforms: [Platform]
  let language: String
  var values: SlotValues
}

/// Composes realistic records from the vocabulary, deterministically for a given generator.
struct StudyComposer: Sendable {
  let british: Lexicon
  let american: Lexicon
  /// No record enters PubMed after this day (the search date of an export).
  let latest: CalendarDate
  let earliestYear: Int
  /// Titles for invented entries of reference lists, made once.
  let referenceTitles: [String]

  /// A composer for records entered between `earliestYear` and `latest`.
  init(latest: CalendarDate, earliestYear: Int = 1998) {
    british = Lexicon(spelling: .british)
    american = Lexicon(spelling: .american)
    self.latest = latest
    self.earliestYear = earliestYear
    var random = SeededGenerator(seed: 0x5EED_0F_7171E5)
    var titles: [String] = []
    for _ in 0..<600 {
      titles.append(Self.referenceTitle(lexicon: british, random: &random))
    }
    referenceTitles = titles
  }

  /// Composes one record.
  ///
  /// - Parameters:
  ///   - pmid: The record's PubMed identifier.
  ///   - request: What is fixed about the record.
  ///   - citable: Earlier records the reference list may cite.
  ///   - random: The generator; one per record keeps records independent of each other.
  /// - Returns: The record, ready for either writer.
  func compose(
    pmid: Int, request: StudyRequest = StudyRequest(), citable: [CitedWork] = [],
    random: inout SeededGenerator
  ) -> Study {
    var context = makeContext(request: request, random: &random)
    fillValues(&context, random: &random)
    var study = Study(
      pmid: pmid, design: context.design, audienceKey: context.audience.key,
      purposeKey: context.purpose.purpose.key, language: context.language,
      spelling: context.lexicon.spelling, title: "", vernacularTitle: nil, abstract: [],
      otherAbstract: [], copyright: nil, authors: [], journal: context.journal, volume: nil,
      issue: nil, issueDate: IssueDate(date: latest, form: .year), pages: .none, doi: nil,
      pii: nil, pmcid: nil, publicationTypes: [], pubModel: "Print", electronicDate: nil,
      status: .medline, dateCompleted: nil, dateRevised: latest, history: [],
      publicationStatus: "ppublish", mesh: [], keywords: [], grants: [], links: [],
      coiStatement: nil, references: [], emtree: [], countryName: context.country.name)
    composeTitle(&study, context: context, random: &random)
    composeAbstract(
      &study, context: context, structured: request.structuredAbstract, random: &random)
    composeAuthors(&study, context: context, count: request.authorCount, random: &random)
    composePublication(&study, context: context, random: &random)
    composeIndexing(
      &study, context: context, pubmedOnlyFields: request.pubmedOnlyFields, random: &random)
    let wantsReferences = request.withReferences ?? random.chance(context.journal.pmcShare / 3 + 6)
    if wantsReferences && request.pubmedOnlyFields && !isShortItem(context.design) {
      composeReferences(&study, context: context, citable: citable, random: &random)
    }
    return study
  }

  /// Editorials, letters, comments and errata: short items without methods or references.
  func isShortItem(_ design: Design) -> Bool {
    switch design {
    case .editorial, .letter, .comment, .erratum: true
    default: false
    }
  }

  private func makeContext(request: StudyRequest, random: inout SeededGenerator) -> StudyContext {
    let language = request.language ?? "eng"
    let audience =
      request.audienceKey.map(Audiences.named) ?? random.pick(weighted: Audiences.weighted)
    let design = request.design ?? random.pick(weighted: audience.designs)
    let purposeKey = request.purposeKey ?? random.pick(audience.purposes)
    let purposePlatforms = Purposes.named(purposeKey).platforms.map(Platforms.named)
    let firstUsable = purposePlatforms.map(\.since).min() ?? earliestYear
    let lowest = max(earliestYear, audience.earliestYear, firstUsable - 1)
    let year = request.year ?? drawYear(from: lowest, random: &random)
    let country: Country
    if let name = request.countryName {
      country = Places.country(named: name)
    } else if language != "eng" {
      country = Places.country(named: Self.countryOfLanguage[language] ?? "Germany")
    } else {
      country = random.pick(weighted: Places.weightedCountries)
    }
    let specialty = random.pick(Specialties.all)
    let forced = request.journalISO.flatMap { iso in
      JournalCatalogue.journals.first { $0.isoAbbreviation == iso }
    }
    let journal =
      forced
      ?? pickJournal(
        audience: audience, specialty: specialty, language: language, year: year, random: &random)
    let lexicon = journal.spelling == .british ? british : american
    // The purpose's platforms of the year first, the early-web ones only when nothing newer
    // existed, then the rest as second and third platforms.
    let usable = purposePlatforms.filter { $0.since <= year }
    let modern = usable.filter { $0.since >= Self.socialMediaEra }
    let preferred = modern.isEmpty ? usable : modern
    let others = Platforms.all.filter { platform in
      platform.since <= year && !preferred.contains { $0.name == platform.name }
    }
    let platforms = random.shuffled(preferred) + random.shuffled(others)
    return StudyContext(
      audience: audience, design: design, purpose: lexicon.purpose(purposeKey), year: year,
      country: country,
      specialty: lexicon.specialties.first { $0.mesh == specialty.mesh }
        ?? specialty,
      journal: journal, lexicon: lexicon, platforms: platforms, language: language,
      values: SlotValues())
  }

  /// A year weighted towards the recent past, as publication counts on the subject are.
  private func drawYear(from lowest: Int, random: inout SeededGenerator) -> Int {
    let highest = max(lowest, latest.year)
    let span = highest - lowest
    let first = random.int(in: 0...span)
    let second = random.int(in: 0...span)
    return lowest + max(first, second)
  }

  private func pickJournal(
    audience: Audience, specialty: Specialty, language: String, year: Int,
    random: inout SeededGenerator
  ) -> Journal {
    if language != "eng", let journal = JournalCatalogue.journal(language: language) {
      return journal
    }
    let area: JournalArea =
      audience.group == .trainees && random.chance(45)
      ? specialty.area : random.pick(audience.areas)
    let candidates = JournalCatalogue.journals(for: area).filter { $0.firstYear <= year }
    if candidates.isEmpty {
      return JournalCatalogue.journals.first { $0.firstYear <= year }
        ?? JournalCatalogue.journals[0]
    }
    return random.pick(candidates)
  }

  /// The year from which platforms count as social media rather than the early web.
  static let socialMediaEra = 2005

  /// The country a non-English record comes from.
  static let countryOfLanguage: [String: String] = [
    "ger": "Germany", "fre": "France", "spa": "Spain", "por": "Brazil", "chi": "China",
  ]

  /// Language names as Embase writes them, by PubMed code.
  static let languageNames: [String: String] = [
    "eng": "English", "ger": "German", "fre": "French", "spa": "Spanish", "por": "Portuguese",
    "chi": "Chinese",
  ]
}
