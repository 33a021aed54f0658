import PCRE2

/// On a broken text layer a field that holds garbage would look like data: it is dropped (null) rather
/// than written, and `text.broken-layer` says why. On mojibake that cannot be decoded ("6Ӣ CÔNG 7+ѬѪ1*")
/// garbage is a field with letters of other scripts; on OCR without diacritics it is a word with a digit
/// or an apostrophe between its letters ("CVC H6A CHAT", "Xt'ph4t vi ph4m"); on a layer that lost its letters with
/// a dot below or a hook it is a field with a consonant standing alone ("B GIAO THÔNG V N T I"). Other fields
/// (numbers, dates, plain unaccented words) are kept.
enum UnreliableFields {
    /// A digit or an apostrophe inside a word: OCR that read letters as digits ("H6A", "ph4m", "Xt'ph4t").
    private static let ocrJunkWord = try! Pattern(#"\p{L}[\d'’]+\p{L}"#)
    /// A consonant left alone where its word's marked vowel was lost ("B GIAO THÔNG V N T I", "Đ c l p"): no
    /// Vietnamese word is a single consonant.
    private static let lostLetterGap = try! Pattern(#"(?<![\p{L}\p{N}.])[BCDĐGHKLMNPQRSTVXbcdđghklmnpqrstvx](?![\p{L}\p{N}.])"#)

    static func scrub(_ document: inout Document, layer: TextLayerQuality.Verdict.Kind = .mojibake) {
        func garbled(_ text: String?) -> Bool {
            guard let text else { return false }
            switch layer {
            case .mojibake: return text.unicodeScalars.contains { TextLayerQuality.isForeignLetter($0.value) }
            case .noDiacritics: return ocrJunkWord.matches(text)
            case .lostStackedLetters: return lostLetterGap.matches(text)
            }
        }
        func mostlyGarbled(_ text: String?) -> Bool {
            guard let text, layer == .noDiacritics else { return garbled(text) }
            let words = text.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }
            return 2 * words.filter { garbled(String($0)) }.count >= max(words.count, 1)
        }
        func clean(_ field: inout TextField?) { if garbled(field?.text) { field = nil } }
        var h = document.header
        clean(&h.nationalTitle); clean(&h.motto); clean(&h.parentAuthority); clean(&h.issuer)
        clean(&h.place); clean(&h.subject); clean(&h.urgency); clean(&h.confidentiality)
        if garbled(h.documentType?.text) { h.documentType = nil }
        if garbled(h.date?.text) { h.date = nil }
        h.addressees.removeAll { garbled($0.text) }
        h.legalBases.removeAll { garbled($0.text) }
        document.header = h
        for i in document.closing.signatures.indices {
            var s = document.closing.signatures[i]
            if garbled(s.authority) { s.authority = nil }
            if garbled(s.title) { s.title = nil }
            if garbled(s.name) { s.name = nil }
            document.closing.signatures[i] = s
        }
        // A recipient is a list's item: one misread word ("Trung tarn TT&HN tinh (C6ng TTDT tinh)") leaves it an
        // item; it goes when most of its words are garbage.
        document.closing.recipients.removeAll { mostlyGarbled($0.text) }
        if mostlyGarbled(document.closing.archive?.text) { document.closing.archive = nil }
        for i in document.references.indices {
            if garbled(document.references[i].issuer) { document.references[i].issuer = nil }
            if garbled(document.references[i].number.canonical) { document.references[i].mentions = [] }
        }
        document.references.removeAll { $0.mentions.isEmpty }
    }
}
