import Appraisal

/// How appraisal scores read in the commands' text output.
enum AppraisalText {
  /// `score 14/18, rating high` or `12 of 20 items answered, 8 missing`.
  static func summary(_ score: AppraisalScore) -> String {
    var parts: [String] = []
    if let total = score.score {
      parts.append("score \(number(total))/\(number(score.maximum))")
    } else {
      parts.append("no score yet")
    }
    if let rating = score.rating {
      parts.append("rating \(rating)")
    } else if !score.missing.isEmpty {
      parts.append("\(score.missing.count) item\(score.missing.count == 1 ? "" : "s") left")
    }
    if score.screeningMet == false { parts.append("screening questions not met") }
    return parts.joined(separator: ", ")
  }

  /// `design 3/3 · sampling 1.5/3`.
  static func subscores(_ score: AppraisalScore) -> String {
    score.subscores.map { part in
      "\(part.domain) \(part.score.map(number) ?? "–")/\(number(part.maximum))"
    }.joined(separator: " · ")
  }
}
