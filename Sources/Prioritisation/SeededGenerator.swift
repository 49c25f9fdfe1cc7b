/// A random number generator that gives the same numbers for the same seed, on every platform.
///
/// SplitMix64 (Steele, Lea and Flood, 2014): tiny, fast, and good enough to shuffle training
/// records and draw prior knowledge. The standard library's generator cannot be seeded.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A number in `0..<bound`, by the multiply-and-shift method (its tiny bias is harmless here).
  public mutating func index(below bound: Int) -> Int {
    precondition(bound > 0, "a positive bound")
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// `items` in a random order (Fisher–Yates), the same order for the same state.
  public mutating func shuffled<T>(_ items: [T]) -> [T] {
    var result = items
    var last = result.count - 1
    while last > 0 {
      result.swapAt(last, index(below: last + 1))
      last -= 1
    }
    return result
  }
}
