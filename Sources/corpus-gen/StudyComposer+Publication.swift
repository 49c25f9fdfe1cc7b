/// Composes where and when a record was published: dates, issue, pages, identifiers, history.
extension StudyComposer {
  func composePublication(
    _ study: inout Study, context: StudyContext, random: inout SeededGenerator
  ) {
    let journal = context.journal
    let year = context.year
    let lastMonth = year == latest.year ? min(12, latest.month + 3) : 12
    var issueDate = CalendarDate(
      year: year, month: random.int(in: 1...lastMonth), day: random.int(in: 1...28))
    let printFirst = journal.electronicOnly == false && (year < 2006 || random.chance(25))
    var electronic: CalendarDate? =
      journal.electronicOnly
      ? issueDate : (printFirst ? nil : issueDate.adding(days: -random.int(in: 7...150)))
    if let date = electronic, date > latest {
      electronic = latest.adding(days: -random.int(in: 2...90))
    }
    if !journal.electronicOnly && issueDate > latest && electronic == nil {
      electronic = latest.adding(days: -random.int(in: 2...60))
    }
    let entrez = (electronic ?? issueDate.adding(days: random.int(in: 5...40)))
    let enteredBeforeSearch = entrez <= latest
    let entrezDate = enteredBeforeSearch ? entrez : latest.adding(days: -random.int(in: 1...20))
    let aheadOfPrint = !journal.electronicOnly && issueDate > latest
    if aheadOfPrint, let date = electronic {
      issueDate = date
    }
    study.electronicDate = electronic
    study.pubModel =
      journal.electronicOnly ? "Electronic" : (electronic == nil ? "Print" : "Print-Electronic")
    study.publicationStatus =
      aheadOfPrint ? "aheadofprint" : (journal.electronicOnly ? "epublish" : "ppublish")
    if !aheadOfPrint {
      study.volume = String(journal.volume(for: issueDate.year))
      if journal.issuesPerYear > 1 {
        study.issue = String((issueDate.month - 1) * journal.issuesPerYear / 12 + 1)
      }
    }
    study.issueDate = IssueDate(
      date: issueDate, form: dateForm(journal: journal, date: issueDate, random: &random))
    if aheadOfPrint { study.issueDate.form = .yearMonthDay }
    study.pages = pages(context: context, aheadOfPrint: aheadOfPrint, random: &random)
    let older = issueDate.year < 2004 && random.chance(55)
    study.doi =
      older ? nil : doi(journal: journal, date: issueDate, random: &random)
    study.pii = pii(journal: journal, study: study, random: &random)
    if issueDate.year >= 2001 && random.chance(journal.pmcShare) {
      study.pmcid = "PMC\(Self.pmcNumber(year: issueDate.year, random: &random))"
    }
    statusAndHistory(&study, context: context, entrez: entrezDate, random: &random)
    publicationTypes(&study, context: context, random: &random)
    if random.chance(18) && !isShortItem(context.design) {
      let agency = random.pick(Self.funders)
      study.grants = [
        Grant(
          id: random.chance(80) ? "\(agency.code)-\(random.digits(6))" : nil,
          agency: agency.name, country: agency.country)
      ]
      study.publicationTypes.append(MeshVocabulary.nonUSSupport)
    }
    if year >= 2017 && random.chance(45) {
      study.coiStatement = random.pick(Self.conflictStatements)
    }
  }

  private func dateForm(journal: Journal, date: CalendarDate, random: inout SeededGenerator)
    -> IssueDateForm
  {
    if journal.electronicOnly { return .yearMonthDay }
    if journal.issuesPerYear == 4 && random.chance(30) {
      return .season(Self.season(month: date.month, spelling: journal.spelling))
    }
    if journal.issuesPerYear == 6 && random.chance(15) {
      let first = (date.month - 1) / 2 * 2
      let months = CalendarDate.monthAbbreviations
      return .medlineDate("\(date.year) \(months[first])-\(months[first + 1])")
    }
    if date.year < 2003 && random.chance(30) { return .year }
    return random.chance(15) ? .yearMonthDay : .yearMonth
  }

  static func season(month: Int, spelling: Spelling) -> String {
    switch month {
    case 12, 1, 2: "Winter"
    case 3...5: "Spring"
    case 6...8: "Summer"
    default: spelling == .british ? "Autumn" : "Fall"
    }
  }

  private func pages(context: StudyContext, aheadOfPrint: Bool, random: inout SeededGenerator)
    -> Pages
  {
    if context.journal.electronicOnly {
      return .articleNumber("e\(random.int(in: 10_000...99_999))")
    }
    if aheadOfPrint { return .none }
    let first = random.int(in: 1...1800)
    let length: Int
    switch context.design {
    case .erratum: return .single(String(first))
    case .letter, .comment: length = random.int(in: 0...1)
    case .editorial: length = random.int(in: 0...2)
    case .narrativeReview, .systematicReview, .scopingReview: length = random.int(in: 7...16)
    default: length = random.int(in: 4...11)
    }
    return length == 0
      ? .single(String(first)) : .range(first: String(first), last: String(first + length))
  }

  /// A DOI in the journal's style, under the test prefix `10.5555`.
  func doi(journal: Journal, date: CalendarDate, random: inout SeededGenerator) -> String {
    let yy = date.year % 100 < 10 ? "0\(date.year % 100)" : String(date.year % 100)
    let suffix: String
    switch journal.doiStyle {
    case .dotted(let code): suffix = "\(code).\(random.int(in: 10_000...19_999))"
    case .yearDotted(let code): suffix = "\(code).\(date.year).\(random.int(in: 1000...9999))"
    case .springer(let code):
      suffix = "\(code)-0\(yy)-\(random.int(in: 10_000...99_999))-\(random.int(in: 0...9))"
    case .accession(let code): suffix = "\(code).0000000000\(random.int(in: 100_000...999_999))"
    case .manuscript(let code): suffix = "\(code)-d-\(yy)-\(random.int(in: 10_000...99_999)).1"
    case .elsevier(let code):
      let month = date.month < 10 ? "0\(date.month)" : String(date.month)
      suffix = "j.\(code).\(date.year).\(month).\(random.int(in: 100...999))"
    case .openAccess(let code): suffix = "\(code)-\(date.year)-\(random.int(in: 100_000...999_999))"
    case .articleNumber: suffix = String(random.int(in: 10_000...99_999))
    case .chineseMedical:
      let month = date.month < 10 ? "0\(date.month)" : String(date.month)
      let office = random.int(in: 110_000...119_999)
      let day = random.int(in: 10...28)
      suffix = "cma.j.cn\(office)-\(date.year)\(month)\(day)-\(random.int(in: 100...999))"
    }
    return "10.5555/\(suffix)"
  }

  private func pii(journal: Journal, study: Study, random: inout SeededGenerator) -> String? {
    switch journal.doiStyle {
    case .elsevier:
      let issn = journal.linkingISSN
      let year = study.issueDate.date.year % 100
      let item = random.int(in: 10_000...99_999)
      return "S\(issn)(\(year < 10 ? "0" : "")\(year))\(item)-\(random.int(in: 0...9))"
    case .articleNumber:
      if case .articleNumber(let number) = study.pages {
        return "v\(study.volume ?? "1")i\(study.issue ?? "1")\(number)"
      }
      return nil
    default:
      return random.chance(15) ? random.digits(6) : nil
    }
  }

  /// A PMC number roughly in the range PMC had reached in `year`.
  static func pmcNumber(year: Int, random: inout SeededGenerator) -> Int {
    let base = max(10_000, (year - 2000) * (year - 2000) * 20_000 + (year - 2000) * 60_000)
    return base + random.int(in: 0...400_000)
  }

  private func statusAndHistory(
    _ study: inout Study, context: StudyContext, entrez: CalendarDate, random: inout SeededGenerator
  ) {
    var history: [HistoryEvent] = []
    if let electronic = study.electronicDate, !isShortItem(context.design), random.chance(70) {
      let accepted = electronic.adding(days: -random.int(in: 7...60))
      let received = accepted.adding(days: -random.int(in: 40...300))
      history.append(HistoryEvent(status: "received", date: received, time: nil))
      if random.chance(55) {
        let revised = received.adding(days: (accepted.dayNumber - received.dayNumber) * 2 / 3)
        history.append(HistoryEvent(status: "revised", date: revised, time: nil))
      }
      history.append(HistoryEvent(status: "accepted", date: accepted, time: nil))
    }
    let entrezTime = (hour: random.int(in: 0...23), minute: random.int(in: 0...59))
    let completed = entrez.adding(days: random.int(in: 20...220))
    let indexed =
      context.journal.medline && completed <= latest && study.publicationStatus != "aheadofprint"
    if context.journal.medline && !indexed {
      study.status = study.publicationStatus == "aheadofprint" ? .publisher : .inDataReview
    } else {
      study.status = indexed ? .medline : .notMedline
    }
    if indexed {
      study.dateCompleted = completed
      history.append(HistoryEvent(status: "medline", date: completed, time: (hour: 6, minute: 0)))
    }
    history.append(HistoryEvent(status: "pubmed", date: entrez, time: (hour: 6, minute: 0)))
    history.append(HistoryEvent(status: "entrez", date: entrez, time: entrezTime))
    if study.pmcid != nil, let electronic = study.electronicDate {
      let release = electronic.adding(days: random.chance(50) ? 0 : 365)
      history.append(HistoryEvent(status: "pmc-release", date: release, time: nil))
    }
    study.history = history
    let revisedFloor = (study.dateCompleted ?? entrez).dayNumber
    let revised = revisedFloor + random.int(in: 0...900)
    study.dateRevised = CalendarDate(dayNumber: min(revised, latest.dayNumber))
  }

  private func publicationTypes(
    _ study: inout Study, context: StudyContext, random: inout SeededGenerator
  ) {
    var types: [PublicationType]
    switch context.design {
    case .editorial: types = [MeshVocabulary.editorial]
    case .letter: types = [MeshVocabulary.letter]
    case .comment: types = [MeshVocabulary.letter, MeshVocabulary.comment]
    case .erratum: types = [MeshVocabulary.erratum]
    case .narrativeReview: types = [MeshVocabulary.journalArticle, MeshVocabulary.review]
    case .scopingReview: types = [MeshVocabulary.journalArticle, MeshVocabulary.review]
    case .systematicReview:
      types = [
        MeshVocabulary.journalArticle, MeshVocabulary.review, MeshVocabulary.systematicReview,
      ]
    case .randomisedTrial: types = [MeshVocabulary.journalArticle, MeshVocabulary.randomizedTrial]
    case .intervention: types = [MeshVocabulary.journalArticle, MeshVocabulary.evaluation]
    case .survey, .qualitative, .mixedMethods, .contentAnalysis, .conferenceAbstract:
      types = [MeshVocabulary.journalArticle]
      if random.chance(15) { types.append(MeshVocabulary.observational) }
      if random.chance(10) { types.append(MeshVocabulary.multicenter) }
    }
    if context.design == .systematicReview && study.title.contains("meta-analysis") {
      types.append(MeshVocabulary.metaAnalysis)
    }
    if context.language != "eng" && !study.abstract.isEmpty {
      types.append(MeshVocabulary.englishAbstract)
    }
    study.publicationTypes = types
  }

  /// Invented funders.
  static let funders: [(name: String, code: String, country: String)] = [
    ("Postgraduate Medical Education Research Fund", "PMERF", "United Kingdom"),
    ("Trainee Research Foundation", "TRF", "United Kingdom"),
    ("Foundation for Graduate Medical Learning", "FGML", "United States"),
    ("National Council for Clinical Education", "NCCE", "Ireland"),
    ("Digital Learning in Health Trust", "DLHT", "Australia"),
  ]

  static let conflictStatements: [String] = [
    "The authors declare no conflicts of interest.",
    "None declared.",
    "The first author hosts an educational podcast for trainees; no other conflicts are declared.",
    "The authors have no competing interests to declare.",
    "One author is an unpaid editor of a free open access medical education website.",
  ]
}
