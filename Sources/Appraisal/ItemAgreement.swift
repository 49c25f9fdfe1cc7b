/// Agreement between two appraisers under one instrument: per item over the studies both
/// answered, and on the total scores of the studies both appraised completely.
public struct InstrumentAgreement: Sendable, Hashable {
  public struct ItemResult: Sendable, Hashable {
    public var item: String
    /// Studies both appraisers answered this item for.
    public var studies: Int
    /// The share answered alike, 0 to 1.
    public var percentAgreement: Double?
    /// Linearly weighted kappa on the item's ordered answers.
    public var weightedKappa: Double?
  }

  public var instrument: String
  public var first: String
  public var second: String
  public var items: [ItemResult]
  /// Studies with a total from both appraisers (every item that counts answered by each).
  public var scoredStudies: Int
  /// ICC(2,1) on those totals: two-way random effects, absolute agreement, single rater.
  public var intraclassCorrelation: Double?

  /// The agreement between `first` and `second` on the studies in `studies` under `instrument`.
  public static func between(
    _ first: String, _ second: String, instrument: Instrument, studies: [StudyAppraisal]
  ) -> InstrumentAgreement {
    let shared = studies.filter { $0.instrument.id == instrument.id }.compactMap {
      study -> (AnswerSet, AnswerSet)? in
      guard let a = study.answersByAppraiser[first], let b = study.answersByAppraiser[second]
      else { return nil }
      return (a, b)
    }
    let items = instrument.items.map { item -> ItemResult in
      let pairs = shared.compactMap { a, b -> (Int, Int)? in
        guard let x = a[item.id].flatMap(item.ordinalPosition),
          let y = b[item.id].flatMap(item.ordinalPosition)
        else { return nil }
        return (x, y)
      }
      return ItemResult(
        item: item.id, studies: pairs.count,
        percentAgreement: pairs.isEmpty
          ? nil : Double(pairs.filter { $0.0 == $0.1 }.count) / Double(pairs.count),
        weightedKappa: AppraisalAgreement.weightedKappa(pairs, categories: item.answers.count))
    }
    let totals = shared.compactMap { a, b -> [Double]? in
      let x = instrument.score(a)
      let y = instrument.score(b)
      guard x.isComplete, y.isComplete, let p = x.score, let q = y.score else { return nil }
      return [p, q]
    }
    return InstrumentAgreement(
      instrument: instrument.id, first: first, second: second, items: items,
      scoredStudies: totals.count,
      intraclassCorrelation: AppraisalAgreement.intraclassCorrelation(totals))
  }
}
