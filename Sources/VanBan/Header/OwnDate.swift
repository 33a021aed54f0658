/// The document's date when its header gives one that cannot exist ("ngày15 tháng 54 năm 2026": a stray
/// digit in the text layer) but its own appendix names it with a real one ("Kèm theo Quyết định số
/// 1696/QĐ-UBND ngày 15/5/2026"). The appendix's date is taken only when it names this document's number
/// and agrees with the header in the year and in the day or the month; the header keeps its text as
/// written and its span, and `date.invalid` still reports what the header says.
enum OwnDate {
    /// Replaces an impossible header date by its appendix's reading; true when it did.
    @discardableResult
    static func recover(_ header: inout Header, from appendices: [Appendix]) -> Bool {
        guard let written = header.date, !written.point.isValid, let own = header.number else { return false }
        for appendix in appendices {
            guard let ref = appendix.attachedTo, ref.number.canonical == own.canonical,
                  let named = ref.date, named.point.isValid, named.precision == .day,
                  named.year == written.year, named.day == written.day || named.month == written.month else { continue }
            header.date = DateMention(text: written.text, year: named.year, month: named.month, day: named.day,
                                      role: written.role, span: written.span)
            return true
        }
        return false
    }

    /// Where the appendix names the document's date, when the header's was taken from there.
    static func source(of header: Header, in appendices: [Appendix]) -> DateMention? {
        guard let date = header.date, let own = header.number else { return nil }
        return appendices.lazy.compactMap { $0.attachedTo }
            .first { $0.number.canonical == own.canonical && $0.date?.point == date.point && $0.date?.span != date.span }?.date
    }
}
