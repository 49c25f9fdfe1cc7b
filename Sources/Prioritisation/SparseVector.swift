/// A vector that stores only its non-zero entries, in increasing order of index.
///
/// A record uses a few hundred of the tens of thousands of terms of a search, so a dense vector
/// would be almost all zeros; dot products with a dense weight vector touch only these entries.
public struct SparseVector: Sendable, Hashable {
  public private(set) var indices: [Int32]
  public private(set) var values: [Double]

  /// A vector with `values` at `indices`; the indices must increase.
  public init(indices: [Int32], values: [Double]) {
    precondition(indices.count == values.count, "one value per index")
    self.indices = indices
    self.values = values
  }

  /// The number of stored entries.
  public var count: Int { indices.count }

  /// The Euclidean length.
  public var norm: Double { values.reduce(0) { $0 + $1 * $1 }.squareRoot() }

  /// The same direction with length 1, or the vector itself when it is zero.
  public func normalised() -> SparseVector {
    let length = norm
    guard length > 0 else { return self }
    return SparseVector(indices: indices, values: values.map { $0 / length })
  }

  /// The dot product with a dense vector that has an entry for every index.
  public func dot(_ dense: [Double]) -> Double {
    var sum = 0.0
    dense.withUnsafeBufferPointer { weights in
      for position in indices.indices {
        sum += weights[Int(indices[position])] * values[position]
      }
    }
    return sum
  }

  /// Adds `factor` times this vector to `dense`.
  public func add(scaledBy factor: Double, to dense: inout [Double]) {
    dense.withUnsafeMutableBufferPointer { weights in
      for position in indices.indices {
        weights[Int(indices[position])] += factor * values[position]
      }
    }
  }
}
