/// The names a ``Template`` may use, each filled per record by the composer.
enum Slot: Int, Sendable, CaseIterable {
  case population, people, trainee, specialty, specialtyAdj, procedure, hashtag
  case platform, platform2, platform3, platforms, content, platformAttr, platformArticle
  case purpose, country, setting, sites, programmes, society, conference
  case invited, responded, rate, p1, p2, p3, p4, p5, p6, k, items, n, weeks
  case startMonth, endMonth, studyYear, duration
  case theme1, theme2, theme3, theme4, finding1, finding2, finding3
  case score, databases, studies, records, effect, pvalue, condition, statistic
  case topic, design
}

extension Slot {
  /// Slots by the name templates use for them (the case name).
  static let byName: [String: Slot] = Dictionary(
    uniqueKeysWithValues: allCases.map { (String(describing: $0), $0) })
}

/// The values of one record's slots; a slot that was never set shows as `{name}`, so that a gap
/// in the vocabulary is visible in the output rather than silently empty.
struct SlotValues {
  private var values = [String?](repeating: nil, count: Slot.allCases.count)

  /// The value of `slot`, or `{slot}` when it was never set.
  subscript(slot: Slot) -> String {
    get { values[slot.rawValue] ?? "{\(slot)}" }
    set { values[slot.rawValue] = newValue }
  }
}
