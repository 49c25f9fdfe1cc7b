/// Named ranges of the score (`low`, `moderate`, `high`) that turn a number into a rating.
///
/// A band holds scores from `from` up to, but not including, `to`; the top band holds its `to`
/// too. Bands must tile the instrument's whole scale, with no gap and no overlap, so that every
/// possible score gets exactly one rating: the loader refuses any other set.
public struct RatingBands: Sendable, Hashable {
  public struct Band: Sendable, Hashable {
    public var rating: String
    public var from: Double
    public var to: Double

    public init(rating: String, from: Double, to: Double) {
      self.rating = rating
      self.from = from
      self.to = to
    }
  }

  /// Lowest band first.
  public var bands: [Band]

  public init(_ bands: [Band]) {
    self.bands = bands.sorted { $0.from < $1.from }
  }

  /// The rating of `score`, or nil when it lies outside every band.
  public func rating(of score: Double) -> String? {
    for (index, band) in bands.enumerated() {
      let isTop = index == bands.count - 1
      if score >= band.from && (score < band.to || (isTop && score <= band.to)) {
        return band.rating
      }
    }
    return nil
  }

  /// What is wrong with these bands on a scale from `minimum` to `maximum`, if anything: the
  /// index of the band at fault (in the order given) and a sentence.
  ///
  /// - Parameters:
  ///   - given: the bands in the order they were written.
  ///   - minimum: the lowest score the instrument can give.
  ///   - maximum: the highest.
  /// - Returns: nil when the bands tile the scale.
  public static func problem(with given: [Band], minimum: Double, maximum: Double)
    -> (index: Int, message: String)?
  {
    guard !given.isEmpty else { return (0, "there must be at least one band") }
    for (index, band) in given.enumerated() where band.from >= band.to {
      return (
        index,
        "the band '\(band.rating)' runs from \(number(band.from)) to "
          + "\(number(band.to)): from must be below to"
      )
    }
    var seen: Set<String> = []
    for (index, band) in given.enumerated() where !seen.insert(band.rating).inserted {
      return (index, "the rating '\(band.rating)' names two bands")
    }
    let order = given.indices.sorted { given[$0].from < given[$1].from }
    guard let first = order.first, let last = order.last else { return nil }
    if given[first].from > minimum {
      return (
        first,
        "the bands leave scores from \(number(minimum)) to "
          + "\(number(given[first].from)) without a rating (the lowest score is \(number(minimum)))"
      )
    }
    for (lower, upper) in zip(order, order.dropFirst()) {
      let below = given[lower]
      let above = given[upper]
      if below.to < above.from {
        return (
          upper,
          "the bands leave a gap between \(number(below.to)) and "
            + "\(number(above.from)): '\(below.rating)' ends at \(number(below.to)) but "
            + "'\(above.rating)' starts at \(number(above.from))"
        )
      }
      if below.to > above.from {
        return (
          upper,
          "the bands '\(below.rating)' and '\(above.rating)' overlap between "
            + "\(number(above.from)) and \(number(min(below.to, above.to)))"
        )
      }
    }
    if given[last].to < maximum {
      return (
        last,
        "the bands leave scores from \(number(given[last].to)) to "
          + "\(number(maximum)) without a rating (the highest score is \(number(maximum)))"
      )
    }
    return nil
  }
}

/// A score as people write it: `18`, `13.5`, `66.7`.
public func number(_ value: Double) -> String {
  if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
  let rounded = (value * 10).rounded() / 10
  if abs(rounded - value) < 1e-9 { return String(rounded) }
  return String((value * 100).rounded() / 100)
}
