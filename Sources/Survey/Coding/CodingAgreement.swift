/// How far two coders agree about one code over the answers both coded.
///
/// Each answer is a yes/no judgement per code (applied or not), so this is Cohen's kappa on a
/// 2 × 2 table. Screening's `Agreement` computes the same statistic, but over screening
/// verdicts of records; a code's presence is not a verdict, so the two-category case is
/// written here: `pₒ = (both + neither) / n`, `pₑ = pA·pB + (1 − pA)(1 − pB)`,
/// `κ = (pₒ − pₑ) / (1 − pₑ)`, undefined when `pₑ = 1`.
public struct CodeAgreement: Sendable, Hashable {
  public var codeID: String
  public var both: Int
  public var firstOnly: Int
  public var secondOnly: Int
  public var neither: Int

  public var answers: Int { both + firstOnly + secondOnly + neither }

  public var percentAgreement: Double? {
    answers == 0 ? nil : Double(both + neither) / Double(answers)
  }

  public var kappa: Double? {
    guard answers > 0, let observed = percentAgreement else { return nil }
    let n = Double(answers)
    let first = Double(both + firstOnly) / n
    let second = Double(both + secondOnly) / n
    let chance = first * second + (1 - first) * (1 - second)
    guard chance < 1 else { return nil }
    return (observed - chance) / (1 - chance)
  }
}

/// Where two coders differ: an answer and a code only one of them gave it.
public struct CodingConflict: Sendable, Hashable {
  public var answer: AnswerKey
  public var codeID: String
  /// The coder who applied the code; the other did not.
  public var appliedBy: String
}

/// Two coders' agreement per code, and their conflicts.
public struct CodingComparison: Sendable {
  public var firstCoder: String
  public var secondCoder: String
  /// Answers both coders coded.
  public var sharedAnswers: [AnswerKey]
  public var agreements: [CodeAgreement]
  public var conflicts: [CodingConflict]

  /// Compares `first` and `second` over the answers both have coded, code by code.
  ///
  /// - Parameters:
  ///   - codeIDs: the codes to compare, in report order (the codebook's).
  public init(first: String, second: String, coded: CodedAnswers, codeIDs: [String]) {
    firstCoder = first
    secondCoder = second
    let shared = (coded.seen[first] ?? []).intersection(coded.seen[second] ?? []).sorted()
    sharedAnswers = shared
    var agreements: [CodeAgreement] = []
    var conflicts: [CodingConflict] = []
    for code in codeIDs {
      var row = CodeAgreement(codeID: code, both: 0, firstOnly: 0, secondOnly: 0, neither: 0)
      for answer in shared {
        let a = coded.codes(of: answer, coder: first).contains(code)
        let b = coded.codes(of: answer, coder: second).contains(code)
        switch (a, b) {
        case (true, true): row.both += 1
        case (true, false):
          row.firstOnly += 1
          conflicts.append(CodingConflict(answer: answer, codeID: code, appliedBy: first))
        case (false, true):
          row.secondOnly += 1
          conflicts.append(CodingConflict(answer: answer, codeID: code, appliedBy: second))
        case (false, false): row.neither += 1
        }
      }
      agreements.append(row)
    }
    self.agreements = agreements
    self.conflicts = conflicts.sorted { ($0.answer, $0.codeID) < ($1.answer, $1.codeID) }
  }
}
