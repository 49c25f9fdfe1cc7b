import Deduplication
import ReviewModel
import Testing

struct BlockingTests {
  private func keys(_ titles: [String], pages: [String?]) -> [MatchKeys] {
    zip(titles, pages).map { title, pages in
      MatchKeys(Record(title: title, year: 2020, volume: "12", pages: pages))
    }
  }

  @Test func eachPairComesOnceInOrderWithTheLowerIndexFirst() {
    // Every title sorts next to every other, and all share volume and page: each pair is
    // proposed by both title scans and the exact block, and must come back once.
    let titles = (0..<5).map { "Complement in renal disease \($0)" }
    let all = keys(titles, pages: Array(repeating: "101-9", count: 5))
    let pairs = Blocking().candidatePairs(all)
    #expect(pairs == pairs.sorted())
    #expect(Set(pairs).count == pairs.count)
    #expect(pairs.count == 10)
    for pair in pairs {
      let (low, high) = CandidatePair.unpack(pair)
      #expect(low < high)
      #expect(CandidatePair.pack(high, low) == pair)
    }
  }

  @Test func anExactKeyFindsTitlesTheWindowMisses() {
    // Twenty titles sort between the two that share volume and first page.
    var titles = ["Aardvark studies"]
    titles += (0..<20).map { "Middle title number \($0)" }
    titles.append("Zebra studies")
    var pages: [String?] = Array(repeating: nil, count: titles.count)
    pages[0] = "55-60"
    pages[titles.count - 1] = "55-61"
    let pairs = Blocking(window: 2).candidatePairs(keys(titles, pages: pages))
    #expect(pairs.contains(CandidatePair.pack(0, titles.count - 1)))
  }
}
