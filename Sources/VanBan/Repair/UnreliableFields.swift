/// On a glyph-id mojibake text layer ("6Ӣ CÔNG 7+ѬѪ1*"), a field holding letters of other scripts is
/// garbage that would look like data: it is dropped (null) rather than written, and `text.broken-layer`
/// says why. Fields with Latin letters only (numbers, dates, unaccented words) are kept.
enum UnreliableFields {
    static func scrub(_ document: inout Document) {
        func garbled(_ text: String?) -> Bool {
            text?.unicodeScalars.contains { TextLayerQuality.isForeignLetter($0.value) } ?? false
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
        document.closing.recipients.removeAll { garbled($0.text) }
        if garbled(document.closing.archive?.text) { document.closing.archive = nil }
        for i in document.references.indices {
            if garbled(document.references[i].issuer) { document.references[i].issuer = nil }
            if garbled(document.references[i].number.canonical) { document.references[i].mentions = [] }
        }
        document.references.removeAll { $0.mentions.isEmpty }
    }
}
