/// A small, fast pseudo-random generator (xoshiro256**, seeded through SplitMix64) whose output
/// depends only on its seed, on every platform and Swift version.
///
/// It deliberately does not conform to `RandomNumberGenerator`: the standard library's
/// `random(in:using:)` and `shuffled(using:)` may change their algorithms between releases, and the
/// committed example corpus must be reproducible byte for byte. Every draw goes through the methods
/// below instead.
struct SeededGenerator {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// A generator whose whole sequence is determined by `seed`.
  init(seed: UInt64) {
    var mixer = SplitMix64(state: seed)
    s0 = mixer.next()
    s1 = mixer.next()
    s2 = mixer.next()
    s3 = mixer.next()
  }

  /// A generator for one item of a larger whole: its sequence depends only on `seed` and `stream`,
  /// so that changing one record never shifts the draws of another.
  init(seed: UInt64, stream: UInt64) {
    var mixer = SplitMix64(state: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
    self.init(seed: mixer.next())
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, by: 7) &* 9
    let shifted = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= shifted
    s3 = rotateLeft(s3, by: 45)
    return result
  }

  /// A number in `0..<bound` (multiply-high reduction; the bias is negligible for our bounds).
  mutating func int(below bound: Int) -> Int {
    precondition(bound > 0, "int(below:) needs a positive bound")
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A number in `range`, both ends included.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + int(below: range.upperBound - range.lowerBound + 1)
  }

  /// True with the given probability in percent.
  mutating func chance(_ percent: Int) -> Bool {
    int(below: 100) < percent
  }

  /// One element of a non-empty array, each equally likely.
  mutating func pick<Element>(_ items: [Element]) -> Element {
    precondition(!items.isEmpty, "pick(_:) needs at least one item")
    return items[int(below: items.count)]
  }

  /// One element of a non-empty array of `(item, weight)` pairs, in proportion to the weights.
  mutating func pick<Element>(weighted items: [(Element, Int)]) -> Element {
    let total = items.reduce(0) { $0 + $1.1 }
    precondition(total > 0, "pick(weighted:) needs a positive total weight")
    var roll = int(below: total)
    for (item, weight) in items {
      if roll < weight { return item }
      roll -= weight
    }
    return items[items.count - 1].0
  }

  /// Up to `count` distinct elements of `items`, in random order (a partial Fisher–Yates shuffle).
  mutating func sample<Element>(_ items: [Element], count: Int) -> [Element] {
    var pool = items
    let wanted = min(count, pool.count)
    for index in 0..<wanted {
      pool.swapAt(index, index + int(below: pool.count - index))
    }
    return Array(pool.prefix(wanted))
  }

  /// The elements of `items` in random order.
  mutating func shuffled<Element>(_ items: [Element]) -> [Element] {
    sample(items, count: items.count)
  }

  /// A string of `count` decimal digits, the first one not zero.
  mutating func digits(_ count: Int) -> String {
    var text = String(int(in: 1...9))
    for _ in 1..<max(count, 1) {
      text.append(Character(Unicode.Scalar(UInt8(48 + int(below: 10)))))
    }
    return text
  }

  private func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
    (value << amount) | (value >> (64 - amount))
  }
}

/// SplitMix64, used only to expand a seed into xoshiro's state.
private struct SplitMix64 {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
