/// The PubMed side of the example: ordinary records, some bent into edge cases, and the special
/// records (non-English articles, an erratum, a comment, a letter with its reply, a two-part
/// series) that sit beside the articles they resemble.
extension ExampleReview {
  /// The records planted for their look-alikes, and the look-alike pairs among them.
  struct Specials {
    var records: [Study] = []
    var nonEnglish: [Int] = []
    /// The PMIDs of the article an Embase erratum corrects and of a later article an Embase
    /// conference abstract anticipates; both also have an Embase copy.
    var embaseErratumTarget = 0
    var conferenceTarget = 0
    var partOne = 0
    var partTwo = 0
    var letter = 0
    var reply = 0
    var nearDuplicates: [NearDuplicatePair] = []
  }

  /// The ordinary records, with the edge cases the readers must meet at least once.
  func composeOrdinary(_ state: inout BuildState) -> [Study] {
    var studies: [Study] = []
    for index in 0..<Self.ordinaryCount {
      var request = StudyRequest()
      switch index {
      case 0:
        request = StudyRequest(
          audienceKey: "trainees", design: .intervention, purposeKey: "messaging", year: 2019,
          structuredAbstract: true, journalISO: "Anaesth Educ Pract")
      case 1:
        request = StudyRequest(
          audienceKey: "patients", design: .survey, purposeKey: "infoseeking", year: 2018,
          structuredAbstract: true)
      case 2:
        request = StudyRequest(
          audienceKey: "trainees", design: .contentAnalysis, purposeKey: "livetweeting",
          year: 2016, journalISO: "Emerg Med Teach")
      case 3, 4, 5:
        request = StudyRequest(audienceKey: "trainees", design: .survey, year: 2014 + index)
      case 6:
        request = StudyRequest(design: .survey, year: 2001, journalISO: "Ann Resid Educ")
      case 7:
        request = StudyRequest(audienceKey: "trainees", year: 2019, journalISO: "Clin Teach Rev")
      case 8:
        request = StudyRequest(year: 2016, journalISO: "Psychiatr Train Bull")
      case 9:
        request = StudyRequest(audienceKey: "trainees", year: 2017, journalISO: "Surg Train Q")
      case 10:
        request = StudyRequest(year: 2012, journalISO: "Australas J Spec Train")
      default:
        break
      }
      var study = composeUnique(request, stream: UInt64(index), state: &state)
      bendIntoEdgeCase(&study, index: index)
      state.citable[state.citable.count - 1] = StudyComposer.citedWork(for: study)
      studies.append(study)
    }
    return studies
  }

  private func bendIntoEdgeCase(_ study: inout Study, index: Int) {
    switch index {
    case 0:
      study.title =
        "\(InlineMarkup.italic("In situ")) simulation with WhatsApp debriefing for anaesthesia "
        + "trainees: a pilot evaluation."
      appendToResults(
        &study,
        "Confidence improved after the programme (\u{3C7}\(InlineMarkup.superscript("2")) = 12.4, "
          + "p < 0.001).")
    case 1:
      appendToResults(
        &study,
        "Respondents who used online peer groups had a lower mean "
          + "HbA\(InlineMarkup.subscript("1c")) (7.1% vs 7.6%; p = 0.04).")
    case 2:
      study.title =
        "Tweets & teaching: live-tweeting by emergency medicine trainees at a national conference."
    case 3:
      study.abstract = []
      study.copyright = nil
    case 4:
      study.authors = [
        StudyAuthor(
          name: .collective("Core Surgical Trainee Research Collaborative"),
          affiliations: [], orcid: nil, email: nil)
      ]
    case 5:
      study.authors.append(
        StudyAuthor(
          name: .collective("Northern Anaesthesia Trainee Research Group"), affiliations: [],
          orcid: nil, email: nil))
    case 6:
      study.authors = study.authors.map { author in
        guard case .person(let family, _, let initials) = author.name else { return author }
        return StudyAuthor(
          name: .person(family: family, given: nil, initials: initials),
          affiliations: author.affiliations, orcid: nil, email: author.email)
      }
    case 7, 8:
      if study.volume != nil {
        let date = study.issueDate.date
        let first = (date.month - 1) / 2 * 2
        let months = CalendarDate.monthAbbreviations
        study.issueDate.form = .medlineDate("\(date.year) \(months[first])-\(months[first + 1])")
      }
    case 9, 10:
      if study.volume != nil {
        study.issueDate.form = .season("Winter")
      }
    default:
      break
    }
  }

  private func appendToResults(_ study: inout Study, _ sentence: String) {
    if let index = study.abstract.firstIndex(where: { $0.category == "RESULTS" }) {
      study.abstract[index].text += " " + sentence
    } else if !study.abstract.isEmpty {
      study.abstract[study.abstract.count - 1].text += " " + sentence
    }
  }

  /// Non-English articles, an erratum, a comment, a letter and its reply, and a two-part series.
  func composeSpecials(_ state: inout BuildState, ordinary: inout [Study]) -> Specials {
    var specials = Specials()
    let targets = Array(ordinary.indices.filter { isGoodTarget(ordinary[$0]) }.prefix(5))
    let (erratumTarget, commentTarget, letterTarget) = (targets[0], targets[1], targets[2])
    specials.embaseErratumTarget = ordinary[targets[3]].pmid
    specials.conferenceTarget = ordinary[targets[4]].pmid

    // A published erratum whose title repeats the article's.
    var erratum = composeFollowUp(
      to: ordinary[erratumTarget], design: .erratum, stream: 50_000, state: &state)
    erratum.title = "Erratum: \(ordinary[erratumTarget].title)"
    link(&erratum, to: &ordinary[erratumTarget], forward: "ErratumFor", back: "ErratumIn")
    specials.records.append(erratum)
    specials.nearDuplicates.append(
      NearDuplicatePair(
        kind: "erratum", first: .pubmed(ordinary[erratumTarget]), second: .pubmed(erratum),
        note: "A published erratum repeats the article's title after 'Erratum:'."))

    // A comment on an article.
    var comment = composeFollowUp(
      to: ordinary[commentTarget], design: .comment, stream: 50_001, state: &state)
    comment.title = "Comment on \"\(EmbaseRecord.embaseTitle(ordinary[commentTarget].title))\"."
    link(&comment, to: &ordinary[commentTarget], forward: "CommentOn", back: "CommentIn")
    specials.records.append(comment)
    specials.nearDuplicates.append(
      NearDuplicatePair(
        kind: "comment", first: .pubmed(ordinary[commentTarget]), second: .pubmed(comment),
        note: "A letter commenting on an article, titled after it."))

    // A letter and the authors' reply, with the same title.
    var letter = composeFollowUp(
      to: ordinary[letterTarget], design: .letter, stream: 50_002, state: &state)
    var reply = composeFollowUp(
      to: ordinary[letterTarget], design: .comment, stream: 50_003, state: &state)
    if Self.entered(reply) < Self.entered(letter) { swap(&letter, &reply) }
    if reply.pmid < letter.pmid { (letter.pmid, reply.pmid) = (reply.pmid, letter.pmid) }
    letter.title = "Re: \(ordinary[letterTarget].title)"
    reply.title = letter.title
    reply.authors = Array(ordinary[letterTarget].authors.prefix(2))
    link(&letter, to: &ordinary[letterTarget], forward: "CommentOn", back: "CommentIn")
    link(&reply, to: &letter, forward: "CommentOn", back: "CommentIn")
    specials.letter = letter.pmid
    specials.reply = reply.pmid
    specials.records += [letter, reply]
    specials.nearDuplicates += [
      NearDuplicatePair(
        kind: "letter-and-reply", first: .pubmed(letter), second: .pubmed(reply),
        note: "A letter and the authors' reply carry the same title."),
      NearDuplicatePair(
        kind: "letter-on-article", first: .pubmed(ordinary[letterTarget]), second: .pubmed(letter),
        note: "A letter titled 'Re:' and the article's title."),
    ]

    // A two-part series.
    let series = composeSeries(&state)
    specials.partOne = series.0.pmid
    specials.partTwo = series.1.pmid
    specials.records += [series.0, series.1]
    specials.nearDuplicates.append(
      NearDuplicatePair(
        kind: "series-part", first: .pubmed(series.0), second: .pubmed(series.1),
        note: "Part 1 and Part 2 of a series: same authors, journal and title stem."))

    // Non-English articles, with a vernacular title and the English one in brackets.
    for (offset, choice) in Self.nonEnglishChoices.enumerated() {
      var study = composeUnique(
        StudyRequest(
          audienceKey: "trainees", design: choice.design, language: choice.language,
          structuredAbstract: choice.design == .survey ? true : nil),
        stream: UInt64(60_000 + offset), state: &state, registerTitle: false)
      let pairs = TitlePatterns.vernacular.filter { $0.language == choice.language }
      let pair = pairs[choice.pair % pairs.count]
      study.title = "[\(pair.english)]."
      study.vernacularTitle = pair.original + "."
      state.titleKeys.insert(BuildState.titleKey(study.title))
      if choice.withoutAbstract {
        study.abstract = []
        study.otherAbstract = []
        study.publicationTypes.removeAll { $0 == MeshVocabulary.englishAbstract }
      }
      specials.nonEnglish.append(study.pmid)
      specials.records.append(study)
    }
    return specials
  }

  /// The day a record entered PubMed.
  static func entered(_ study: Study) -> CalendarDate {
    study.history.last { $0.status == "entrez" }?.date ?? study.issueDate.date
  }

  /// Languages, designs and title choices of the non-English articles.
  static let nonEnglishChoices:
    [(language: String, pair: Int, design: Design, withoutAbstract: Bool)] = [
      ("ger", 0, .survey, false), ("ger", 1, .survey, false), ("fre", 0, .survey, false),
      ("spa", 0, .survey, false), ("por", 0, .systematicReview, true), ("chi", 0, .survey, false),
    ]

  private func isGoodTarget(_ study: Study) -> Bool {
    let year = study.issueDate.date.year
    return study.audienceKey == "trainees" && study.language == "eng" && study.doi != nil
      && study.volume != nil && (2013...2022).contains(year) && !study.abstract.isEmpty
      && !composer.isShortItem(study.design) && study.authors.count >= 2
      && study.links.isEmpty && study.title.count < 110
  }

  /// An erratum, comment or letter in the same journal as `target`, a year later where possible.
  private func composeFollowUp(
    to target: Study, design: Design, stream: UInt64, state: inout BuildState
  ) -> Study {
    let year = min(target.issueDate.date.year + 1, Self.searchDate.year - 1)
    return composeUnique(
      StudyRequest(
        audienceKey: target.audienceKey, design: design, purposeKey: target.purposeKey,
        year: year, withReferences: false, journalISO: target.journal.isoAbbreviation),
      stream: stream, state: &state, registerTitle: false)
  }

  /// Links two records both ways, as `CommentsCorrections` do.
  private func link(_ from: inout Study, to target: inout Study, forward: String, back: String) {
    from.links.append(
      CommentLink(refType: forward, refSource: Self.refSource(target, doi: true), pmid: target.pmid)
    )
    target.links.append(
      CommentLink(refType: back, refSource: Self.refSource(from, doi: false), pmid: from.pmid))
  }

  /// `J Abbr. 2021 Mar;15(3):201-9. doi: 10.5555/…`, as `RefSource` cites a record.
  static func refSource(_ study: Study, doi: Bool) -> String {
    var text = "\(study.journal.isoAbbreviation). \(study.issueDate.date.year)"
    text += " \(study.issueDate.date.monthAbbreviation)"
    if let volume = study.volume {
      text += ";\(volume)"
      if let issue = study.issue { text += "(\(issue))" }
      if let pages = study.pages.medlineText { text += ":\(pages)" }
    }
    if doi, let value = study.doi { text += ". doi: \(value)" }
    return text
  }

  /// Part 1 and Part 2 of a narrative review series: same journal and authors, a year apart.
  private func composeSeries(_ state: inout BuildState) -> (Study, Study) {
    let request = StudyRequest(
      audienceKey: "trainees", design: .narrativeReview, purposeKey: "integration", year: 2021,
      journalISO: "J Surg Resid")
    var partOne = composeUnique(request, stream: 55_000, state: &state, registerTitle: false)
    var second = request
    second.year = 2022
    var partTwo = composeUnique(second, stream: 55_001, state: &state, registerTitle: false)
    partOne.title =
      "Social media in postgraduate surgical training. Part 1: learning, networking and research."
    partTwo.title =
      "Social media in postgraduate surgical training. Part 2: professionalism, patient "
      + "education and the curriculum."
    partTwo.authors = partOne.authors
    return (partOne, partTwo)
  }
}
