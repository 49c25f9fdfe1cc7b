import ReviewModel

/// Where two or more appraisers answered an item differently, with nothing settling it yet.
public struct AppraisalConflict: Sendable, Hashable {
  public var recordID: Int64
  public var instrument: String
  public var item: String
  /// Each appraiser's current answer, by appraiser name.
  public var answers: [String: String]
}

/// Everything known about the appraisal of one study under one instrument.
public struct StudyAppraisal: Sendable {
  public var recordID: Int64
  public var instrument: Instrument
  /// Who appraised it (resolvers are not appraisers), in name order.
  public var appraisers: [String]
  /// Each appraiser's current answers: a later answer to an item replaces an earlier one.
  public var answersByAppraiser: [String: AnswerSet]
  /// The answers that count for the study: where the appraisers agree (or only one answered),
  /// or a resolution settled the item.
  public var settled: AnswerSet
  /// Items answered differently and not resolved: they count as missing until resolved.
  public var conflicts: [AppraisalConflict]
  /// The score of ``settled`` under the bands in force.
  public var score: AppraisalScore
  /// The notes given with the current answers, by item, each with its appraiser.
  public var notes: [String: [(appraiser: String, note: String)]]

  /// The score, rating and instrument of the study: what evidence tables and the synthesis use.
  public var summary: AppraisedStudy {
    AppraisedStudy(
      recordID: recordID, instrumentID: instrument.id, instrumentName: instrument.name,
      score: score.score, maximum: score.maximum, rating: score.rating,
      isComplete: score.isComplete && conflicts.isEmpty, appraisers: appraisers)
  }
}

/// The score, rating and instrument of one appraised study.
public struct AppraisedStudy: Sendable, Hashable {
  public var recordID: Int64
  public var instrumentID: String
  public var instrumentName: String
  public var score: Double?
  public var maximum: Double
  /// Nil until every item that counts is answered and no item is in conflict.
  public var rating: String?
  public var isComplete: Bool
  public var appraisers: [String]
}

/// Works out, from the log's appraisal answers, what each study's appraisal comes to.
public enum AppraisalLog {
  /// One ``StudyAppraisal`` per study and instrument, by record id, then instrument id.
  ///
  /// - Parameters:
  ///   - answers: every appraisal answer, oldest first (`ProjectStore.appraisalAnswers()`).
  ///   - catalogue: the instruments the answers name.
  ///   - settings: the protocol's band overrides.
  /// - Throws: ``InstrumentError/unknownInstrument(_:known:)`` for an answer under an
  ///   instrument the catalogue no longer has.
  public static func studies(
    from answers: [AppraisalAnswer], catalogue: InstrumentCatalogue,
    settings: AppraisalSettings = AppraisalSettings()
  ) throws(InstrumentError) -> [StudyAppraisal] {
    struct Key: Hashable, Comparable {
      var record: Int64
      var instrument: String
      static func < (left: Key, right: Key) -> Bool {
        (left.record, left.instrument) < (right.record, right.instrument)
      }
    }
    let groups = Dictionary(grouping: answers) {
      Key(record: $0.recordID, instrument: $0.instrument)
    }
    var studies: [StudyAppraisal] = []
    for key in groups.keys.sorted() {
      let instrument = try catalogue.instrument(key.instrument)
      studies.append(
        study(
          key.record, instrument: instrument, answers: groups[key] ?? [],
          bands: settings.bands(for: instrument)))
    }
    return studies
  }

  /// The summary of every appraised study: score, rating and instrument.
  public static func appraisedStudies(
    from answers: [AppraisalAnswer], catalogue: InstrumentCatalogue,
    settings: AppraisalSettings = AppraisalSettings()
  ) throws(InstrumentError) -> [AppraisedStudy] {
    try studies(from: answers, catalogue: catalogue, settings: settings).map(\.summary)
  }

  private static func study(
    _ recordID: Int64, instrument: Instrument, answers: [AppraisalAnswer], bands: RatingBands
  ) -> StudyAppraisal {
    var byAppraiser: [String: AnswerSet] = [:]
    var resolved: AnswerSet = [:]
    var notes: [String: [String: String]] = [:]
    for answer in answers {
      if answer.method == .resolution {
        resolved[answer.item] = answer.answer
      } else {
        byAppraiser[answer.reviewer, default: [:]][answer.item] = answer.answer
        notes[answer.item, default: [:]][answer.reviewer] = answer.note
      }
    }
    var settled: AnswerSet = [:]
    var conflicts: [AppraisalConflict] = []
    for item in instrument.items {
      if let resolution = resolved[item.id] {
        settled[item.id] = resolution
        continue
      }
      var given: [String: String] = [:]
      for (appraiser, answers) in byAppraiser {
        if let answer = answers[item.id] { given[appraiser] = answer }
      }
      let distinct = Set(given.values)
      if distinct.count == 1, let only = distinct.first {
        settled[item.id] = only
      } else if distinct.count > 1 {
        conflicts.append(
          AppraisalConflict(
            recordID: recordID, instrument: instrument.id, item: item.id, answers: given))
      }
    }
    return StudyAppraisal(
      recordID: recordID, instrument: instrument, appraisers: byAppraiser.keys.sorted(),
      answersByAppraiser: byAppraiser, settled: settled, conflicts: conflicts,
      score: instrument.score(settled, bands: bands),
      notes: notes.mapValues { byName in
        byName.sorted { $0.key < $1.key }.map { (appraiser: $0.key, note: $0.value) }
      })
  }
}
