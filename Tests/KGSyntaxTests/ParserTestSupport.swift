import Foundation
import KGText
@testable import KGSyntax

/// Shared helpers for the parser tests: hand-made trees and the optional UD data beside the package.
enum ParserTestSupport {
    /// A few small projective sentences in CoNLL-U (written by hand for these tests).
    static let tinyTreebank = """
    1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_
    2\tUnited\tUnited\tPROPN\tNNP\t_\t3\tcompound\t_\t_
    3\tStates\tStates\tPROPN\tNNP\t_\t4\tnsubj\t_\t_
    4\tsanctioned\tsanction\tVERB\tVBD\t_\t0\troot\t_\t_
    5\tRussia\tRussia\tPROPN\tNNP\t_\t4\tobj\t_\t_
    6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

    1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
    2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_
    3\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_
    4\tParis\tParis\tPROPN\tNNP\t_\t3\tobj\t_\t_
    5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_
    6\tMonday\tMonday\tPROPN\tNNP\t_\t3\tobl\t_\t_
    7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

    1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_
    2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
    3\tthat\tthat\tSCONJ\tIN\t_\t6\tmark\t_\t_
    4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_
    5\tbank\tbank\tNOUN\tNN\t_\t6\tnsubj\t_\t_
    6\tfailed\tfail\tVERB\tVBD\t_\t2\tccomp\t_\t_
    7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

    1\tTroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj:pass\t_\t_
    2\twere\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_
    3\tsent\tsend\tVERB\tVBN\t_\t0\troot\t_\t_
    4\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_
    5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_
    6\tgovernment\tgovernment\tNOUN\tNN\t_\t3\tobl:agent\t_\t_
    7\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_
    8\tarrived\tarrive\tVERB\tVBD\t_\t3\tconj\t_\t_
    9\tlate\tlate\tADV\tRB\t_\t8\tadvmod\t_\t_
    10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

    """

    static func tinySentences() throws -> [CoNLLUSentence] {
        try CoNLLU.parse(tinyTreebank, path: "tiny")
    }

    /// Small tables so tests train in milliseconds.
    static var tinyOptions: ParserTrainer.Options {
        var options = ParserTrainer.Options()
        options.epochs = 5
        options.seed = 7
        options.actionRowBits = 14
        options.labelRowBits = 10
        return options
    }

    /// Whether `words` form one tree: every head in range, exactly one root, no cycles.
    static func isTree(_ words: [Word]) -> Bool {
        let n = words.count
        guard words.allSatisfy({ (0...n).contains($0.head) && !$0.relation.isEmpty }) else { return false }
        guard words.filter({ $0.head == 0 }).count == 1 else { return false }
        for start in 1...n {
            var node = start, steps = 0
            while node != 0 {
                node = words[node - 1].head
                steps += 1
                if steps > n { return false }
            }
        }
        return true
    }
}
