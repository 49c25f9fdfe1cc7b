/// Embase accession numbers (`L` and digits), which grew from eight to ten digits over the years.
enum EmbaseAccession {
  /// A plausible accession number for a record entered in `year`.
  static func make(year: Int, random: inout SeededGenerator) -> String {
    switch year {
    case ..<2006: "L\(random.int(in: 38_000_000...44_999_999))"
    case 2006..<2015: "L\(random.int(in: 350_000_000...609_999_999))"
    case 2015..<2019: "L\(random.int(in: 611_000_000...629_999_999))"
    default: "L\(2_000_000_000 + (year - 2019) * 6_000_000 + random.int(in: 0...5_999_999))"
    }
  }
}
