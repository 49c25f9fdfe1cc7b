/// Reads one question's answer out of a row's cells.
enum SurveyAnswerParser {
  enum Outcome: Equatable {
    case missing
    case values([String])
    /// What is wrong, and the index of the cell.
    case invalid(String, Int)
  }

  /// What a cell of a one-column-per-option question holds when the option was not chosen:
  /// REDCap writes 0 or `Unchecked`, Qualtrics and SurveyMonkey leave the cell empty.
  static let unchosen: Set<String> = ["0", "no", "false", "unchecked", "not selected"]

  static func answer(to question: SurveyQuestion, from source: ResolvedSource, in cells: [String])
    -> Outcome
  {
    func text(_ index: Int) -> String {
      index < cells.count ? cells[index].trimmingSurveySpace() : ""
    }
    switch source {
    case .optionColumns(let pairs):
      let texts = pairs.map { text($0.index) }
      if texts.allSatisfy(\.isEmpty) { return .missing }
      return .values(
        zip(pairs, texts).filter { !$1.isEmpty && !unchosen.contains($1.lowercased()) }
          .map(\.0.option))
    case .column(let index):
      let value = text(index)
      if value.isEmpty { return .missing }
      return parse(value, question.kind, cell: index)
    }
  }

  private static func parse(_ value: String, _ kind: SurveyQuestion.Kind, cell: Int) -> Outcome {
    switch kind {
    case .single(let options, let allowsOther):
      if options.isEmpty || allowsOther { return .values([match(value, options) ?? value]) }
      guard let option = match(value, options) else {
        return .invalid("'\(value)' is not an option: \(options.joined(separator: ", "))", cell)
      }
      return .values([option])
    case .likert(let labels, _):
      if let label = match(value, labels) { return .values([label]) }
      // REDCap's raw export and Qualtrics' numeric one write the scale point's number.
      if let point = Int(value), (1...labels.count).contains(point) {
        return .values([labels[point - 1]])
      }
      return .invalid(
        "'\(value)' is not on the scale: \(labels.joined(separator: ", ")) "
          + "(or 1 to \(labels.count))", cell)
    case .multiple(let options, let separator):
      var chosen: [String] = []
      for part in value.split(separator: separator) {
        let piece = String(part).trimmingSurveySpace()
        if piece.isEmpty { continue }
        guard let option = match(piece, options) else {
          return .invalid(
            "'\(piece)' is not an option: \(options.joined(separator: ", ")) "
              + "(options are split by '\(separator)')", cell)
        }
        if !chosen.contains(option) { chosen.append(option) }
      }
      return .values(chosen)
    case .number:
      // A decimal comma, as spreadsheets in many locales write it.
      let normalised = value.contains(".") ? value : value.replacing(",", with: ".")
      guard let number = Double(normalised), number.isFinite else {
        return .invalid("'\(value)' is not a number", cell)
      }
      let whole = number == number.rounded() && abs(number) < 1e15
      return .values([whole ? String(Int(number)) : String(number)])
    case .freeText:
      return .values([value])
    }
  }

  private static func match(_ value: String, _ options: [String]) -> String? {
    let key = SurveyColumnMap.key(value)
    return options.first { SurveyColumnMap.key($0) == key }
  }
}
