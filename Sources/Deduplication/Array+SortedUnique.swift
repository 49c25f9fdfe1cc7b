extension Array where Element: Comparable {
  /// Sorts the array and keeps one of each run of equal elements, in place.
  ///
  /// Blocking and title hashing make millions of these a run; a `Set` would hash each element
  /// and allocate, where sorting a flat array and closing the gaps does neither.
  mutating func sortAndRemoveDuplicates() {
    sort()
    var kept = 0
    for element in self where kept == 0 || self[kept - 1] != element {
      self[kept] = element
      kept += 1
    }
    removeLast(count - kept)
  }
}
