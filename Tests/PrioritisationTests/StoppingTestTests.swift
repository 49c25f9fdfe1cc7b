import Prioritisation
import Testing

struct StoppingTestTests {
  @Test func notMetWhenFewRecordsFollowTheLastInclude() {
    // 20 records, 8 screened (includes first), 12 unseen, target recall 0.5, so r/τ = 4.
    // k = 0: the last 6; K = ⌊4 + 1 − 2⌋ = 3 in an urn of 18; P(X ≤ 0) = C(15,6)/C(18,6).
    // k = 1: the last 7; K = 4 of 19; (C(15,7) + 4·C(15,6)) / C(19,7) = 26455/50388.
    // k = 2: all 8; K = 5 of 20; 88660/125970. The smallest is the first.
    let screened = [true, true] + Array(repeating: false, count: 6)
    let result = StoppingTest(recallTarget: 0.5).evaluate(screened: screened, total: 20)
    #expect(abs(result.pValue - 5005.0 / 18564) < 1e-12)
    #expect(result.sampleSize == 6)
    #expect(!result.isMet)
  }

  @Test func metWhenALongRunOfExcludesLeavesFewUnseen() {
    // 71 records: 9 includes then 60 excludes, 2 unseen; τ = 0.95, r/τ = 9.47.
    // k = 0: K = ⌊9.47 + 1 − 9⌋ = 1 in an urn of 62, 60 drawn: P(X = 0) = 2/62.
    // k = 1: K = 2 of 63, 61 drawn: (1 + 2·61)/C(63,61) = 123/1953, larger.
    let screened = Array(repeating: true, count: 9) + Array(repeating: false, count: 60)
    let result = StoppingTest().evaluate(screened: screened, total: 71)
    #expect(abs(result.pValue - 2.0 / 62) < 1e-12)
    #expect(result.isMet)
    #expect(!StoppingTest(confidence: 0.99).evaluate(screened: screened, total: 71).isMet)
  }

  @Test func everythingScreenedMeetsIt() {
    let result = StoppingTest().evaluate(screened: [true, false, false], total: 3)
    #expect(result.pValue == 0)
    #expect(result.isMet)
  }

  @Test func nothingScreenedIsNoEvidence() {
    #expect(StoppingTest().evaluate(screened: [], total: 10).pValue == 1)
  }

  @Test func testingTheLongestSampleForEachCountIsTestingEverySample() {
    var generator = SeededGenerator(seed: 3)
    let test = StoppingTest()
    for _ in 0..<40 {
      let length = 1 + generator.index(below: 120)
      let screened = (0..<length).map { position in
        generator.index(below: 100) < max(2, 40 - position)
      }
      let total = length + generator.index(below: 200)
      let found = screened.count { $0 }
      var smallest = 1.0
      var hits = 0
      for size in 1...length {
        if screened[length - size] { hits += 1 }
        smallest = min(
          smallest, test.pValue(size: size, hits: hits, found: found, unseen: total - length))
      }
      #expect(abs(test.evaluate(screened: screened, total: total).pValue - smallest) < 1e-12)
    }
  }
}
