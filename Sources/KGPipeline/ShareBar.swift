import KGCore
import KGText

/// The sharing buttons a scraped page carries as text: Deutsche Welle's articles in newsarticles-2017 end (or break)
/// with "Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine Permalink
/// http://dw.com/p/…". Tagged and parsed, the run became people ("Whatsapp Tumblr", "Newsvine Permalink") whom
/// later pronouns then resolved to. A run of four or more `share-bar-words` (a "+" of "Google+" inside it, and the
/// link right after it, go with it) is dropped from its sentence's words before annotation; the sentence text and
/// every other word's span are unchanged; a sentence that is nothing but a share bar is left without words.
enum ShareBar {
    static let words = Lexicon.words(.shareBarWords)
    /// The words as pages write them (lower case or capitalised), so that checking a word allocates nothing.
    static let forms: Set<String> = words.union(words.map { $0.prefix(1).uppercased() + $0.dropFirst() })
    static let shortestRun = 4

    /// `sentences` with their share bars' words dropped.
    static func removed(from sentences: [Sentence]) -> [Sentence] {
        sentences.map { sentence in
            var sentence = sentence
            let kept = keptWords(sentence.words)
            if kept.count < sentence.words.count { sentence.words = kept }
            return sentence
        }
    }

    private static func keptWords(_ words: [Word]) -> [Word] {
        var drop = [Bool](repeating: false, count: words.count)
        var i = 0
        while i < words.count {
            var j = i
            var count = 0
            while j < words.count, isButton(words[j]) || words[j].form == "+" && j > i {
                if words[j].form != "+" { count += 1 }
                j += 1
            }
            if count >= shortestRun {
                var end = j
                // The page's own link right after the buttons.
                if end < words.count, words[end].form.lowercased().hasPrefix("http") { end += 1 }
                for k in i..<end { drop[k] = true }
                i = end
            } else {
                i = max(j, i + 1)
            }
        }
        return words.indices.filter { !drop[$0] }.map { words[$0] }
    }

    private static func isButton(_ word: Word) -> Bool {
        forms.contains(word.form)
    }
}
