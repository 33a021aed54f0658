import Foundation
import PCRE2

/// Reads the header block from the first lines of a document.
///
/// The two header columns reach us in three shapes — alternating line by line, side by side on one line
/// (split at wide gaps by `ColumnSplitter`), or glued ("Số: /KH-SKHCN Quảng Ngãi, ngày …") — and
/// `HeaderFragments` cuts them into fragments. Each fragment is recognised on its own; the parser then
/// walks: organisations, number, date → type name → subject → "Kính gửi" → preamble ("Căn cứ …") → body.
struct HeaderParser {
    struct Result {
        var header: Header
        /// Index of the first line after the header (and preamble).
        var bodyStart: Int
        /// True when a glued column had to be split.
        var splitGluedColumns: Bool
        /// Index of the first line of the "Căn cứ …" preamble, when there is one.
        var preambleStart: Int?
    }

    private enum State { case top, subject, addressees, preamble }


    func parse(_ lines: [TextLine]) -> Result {
        // The header's 80 lines count from its first line: blanked notes or a page's chrome may stand above.
        let first = lines.firstIndex { !$0.isBlank } ?? 0
        let window = lines[first..<min(lines.count, first + 80)]
        let cut = HeaderFragments(window)
        let fragments = cut.fragments
        var header = Header()
        var organisations: [TextLine] = []
        var subjectLines: [TextLine] = []
        /// "HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG …" under a party type name: the subject when no "về …" follows.
        var conferenceLines: [TextLine] = []
        /// Lines in capitals between the date and the type name, the type name straight under them: a reading by
        /// layout boxes (pdfminer) sets the title block's subject above its type name ("HỖ TRỢ NGƯỜI CÓ CÔNG …" /
        /// "QUYẾT ĐỊNH"). The subject when none stands under the type name.
        var titleLinesAbove: [TextLine] = []
        var subjectFromVv = false
        var caption = WrappedCaption()   // an attachment's caption under the subject, passed over
        var vvSubjectLines: [TextLine] = []   // a "V/v" line's subject, when a type line followed it
        var typeLineNamedOwnNumber = false    // a site's heading: the type name with the document's own number after it
        /// Set once the issuing authority repeated under the subject was passed: what follows in capitals
        /// ("KHOÁ VI, KỲ HỌP THỨ 2") belongs to it, not to the subject.
        var authorityPassed = false
        var authorityLines: [TextLine] = []   // the enacting authority's line and its wraps
        /// Keeps a line of the enacting authority: one that names an office or a body, or a wrap right under it.
        func keepAuthority(_ line: TextLine, blankBefore: Bool) {
            if authorityLines.isEmpty {
                if ClosingParser.position.matches(line.text) || HeaderPatterns.startsOrganisation(line.text) { authorityLines = [line] }
            } else if !blankBefore {
                authorityLines.append(line)
            }
        }
        var addressees: [TextLine] = []
        var bases: [TextLine] = []
        var state = State.top
        var bodyStart: Int?
        var preambleStart: Int?
        var previousIndex = -1
        var receiptFieldsLeft = 0   // lines after a receipt stamp's head that may still be its fields
        var authorLine: TextLine?   // "CỦA BAN BÍ THƯ" under an older type name
        var authorityWrapLeft = false   // the enacting authority passed over has a wrapped line still to pass

        fragmentLoop: for (position, fragment) in fragments.enumerated() {
            let text = fragment.line.text
            let blankBefore = fragment.index > previousIndex + 1 && previousIndex >= 0
            let previousLine = position > 0 ? fragments[position - 1].line : nil
            defer { previousIndex = fragment.index }
            switch state {
            case .preamble:
                if HeaderPatterns.enactingLine.matches(text) { bodyStart = fragment.index + 1; break fragmentLoop }
                if HeaderPatterns.basisLead.matches(text) { bases.append(fragment.line); continue }
                // A basis goes on over its wrap; not past "… như sau:" into the body's first heading ("A. MỤC ĐÍCH").
                if let last = bases.last, !last.text.hasSuffix(";"), !last.text.hasSuffix("."), !last.text.hasSuffix(":"),
                   !HeaderPatterns.bodyOpener.matches(text) || VietnameseText.startsLowercase(text) {
                    bases[bases.count - 1] = last.joined(with: fragment.line); continue
                }
                if let last = bases.last, VietnameseText.startsLowercase(text), !last.text.hasSuffix(";") {
                    bases[bases.count - 1] = last.joined(with: fragment.line); continue
                }
                if let last = bases.last, last.text.hasSuffix(";"), HeaderPatterns.listedBasis.matches(text) {
                    bases.append(fragment.line); continue
                }
                if OutlineMarker.recognise(text, line: fragment.line) != nil || VietnameseText.isUppercase(text) || bases.count > 0 {
                    // The preamble ended without an enacting line ("QUYẾT ĐỊNH:"): the body starts here.
                    bodyStart = fragment.index; break fragmentLoop
                }
                bases.append(fragment.line)
            case .addressees:
                // An item opens with its dash or bullet, which `HeaderFragments` may have taken for a page's mark.
                if ListBullet.opens(text.drop { $0 == " " }) || ListBullet.opens(lines[fragment.index].text.drop { $0 == " " }) {
                    addressees.append(fragment.line.trimmed()); continue
                }
                // OCR read the left column to its end first: the quốc hiệu, the motto and the place and date follow
                // "Kính gửi".
                if header.date == nil, HeaderPatterns.nationalTitle.matches(text) || HeaderPatterns.motto.matches(text)
                    || HeaderPatterns.placeDate.firstMatch(in: text)?.range(0)?.lowerBound == text.startIndex,
                   classify(fragment.line, into: &header) { continue }
                if let last = addressees.last, !blankBefore, !last.text.hasSuffix(";"), !last.text.hasSuffix("."),
                   VietnameseText.startsLowercase(text) || fragment.indent >= 8 && !last.text.hasSuffix(",") && text.count < 70 {
                    addressees[addressees.count - 1] = last.joined(with: fragment.line); continue
                }
                if let last = addressees.last, last.text.hasSuffix(","), !blankBefore, fragment.indent >= 8 {
                    addressees.append(fragment.line); continue
                }
                // "(Có tên trong danh sách kèm theo)" under them says where the addressees are listed: theirs, not the
                // body's first paragraph.
                if let last = addressees.last, HeaderPatterns.addresseesListedElsewhere.matches(text) {
                    addressees[addressees.count - 1] = last.joined(with: fragment.line); continue
                }
                if HeaderPatterns.basisLead.matches(text) { state = .preamble; bases.append(fragment.line); preambleStart = preambleStart ?? fragment.index; continue }
                bodyStart = fragment.index; break fragmentLoop
            case .subject:
                // The enacting formula with its colon ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:") where the bases were lost or cut
                // ends the header: the body starts under it.
                if !subjectLines.isEmpty, HeaderPatterns.enactingFormulaWithColon.matches(text) { bodyStart = fragment.index + 1; break fragmentLoop }
                // The receiving office's stamp beside the subject ("TRƯỜNG ĐẠI HỌC QUY NHƠN" / "ĐẾN" / "Số: 1998" /
                // "Ngày: 16/9/2026" / "Chuyển:"), read in among its lines: none of it is the subject.
                if HeaderPatterns.receiptStamp.matches(text)
                    || text.trimmingTrailing(" ") == "ĐẾN" && position + 1 < fragments.count && HeaderPatterns.receiptField.matches(fragments[position + 1].line.text) {
                    if subjectLines.count > 1, let last = subjectLines.last, last.span == previousLine?.span,
                       VietnameseText.isUppercase(last.text), HeaderPatterns.startsOrganisation(last.text) {
                        subjectLines.removeLast()   // the office's name printed over its stamp
                    }
                    receiptFieldsLeft = 5
                    continue
                }
                if receiptFieldsLeft > 0 {
                    receiptFieldsLeft -= 1
                    if HeaderPatterns.receiptField.matches(text) { continue }
                }
                if classify(fragment.line, into: &header) {
                    // A site's caption of an older text: "CÔNG VĂN" / "CỦA BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" / "SỐ
                    // 2835/LĐTBXH-BHXH NGÀY 19 THÁNG 9 NĂM 2001" / "VỀ VIỆC …": where no header named the issuer, the
                    // body the caption names is it, and the subject follows the number.
                    if header.issuer == nil, organisations.isEmpty, header.numberSpan?.start.line == fragment.line.firstLine,
                       let line = subjectLines.isEmpty ? authorLine : subjectLines.count == 1 ? subjectLines[0] : nil,
                       HeaderPatterns.captionNumberDate.matches(text), let of = Self.captionIssuer.firstMatch(in: line.text),
                       let name = TitleBlockHeading.body(of: line.slice(line.scalarOffset(utf8: of.byteRange(0)!.1)..<line.scalarCount)) {
                        header.issuer = TextField(headerLine: name)
                        subjectLines = []
                    }
                    continue
                }
                // The type line under a site's heading that named the document by its number: its subject follows
                // the type name ("QUY ĐỊNH XỬ LÝ KỶ LUẬT ĐẢNG VIÊN VI PHẠM").
                if typeLineNamedOwnNumber, subjectLines.isEmpty, let type = TypeLine.read(fragment.line),
                   type.field.name == header.documentType?.name, let rest = type.rest {
                    typeLineNamedOwnNumber = false
                    subjectLines = [rest]
                    continue
                }
                // The type name printed twice, as a site that sets its own heading over the document's does
                // ("NGHỊ QUYẾT" / "NGHỊQUYẾT" / "VỀ VIỆC BAN HÀNH …"): the second is no part of the subject.
                if subjectLines.isEmpty, !subjectFromVv, let named = header.documentType, named.span.start.line != fragment.line.firstLine,
                   text.utf8.count <= 40, Self.withoutSpaces(text) == Self.withoutSpaces(named.text) {
                    continue
                }
                // A type name alone on its line after a "V/v" line (a school's or a draft's kế hoạch written over a
                // công văn's form): the type line names the document, and its subject stands under it; the "V/v"
                // line stays the subject when nothing does ("HƯỚNG DẪN" / "Căn cứ …").
                if subjectFromVv, header.documentType == nil, let type = TypeLine.read(fragment.line), type.rest == nil,
                   type.field.name != "Công văn" {
                    header.documentType = type.field
                    vvSubjectLines = subjectLines
                    subjectLines = []
                    subjectFromVv = false
                    continue
                }
                // The type name alone amid a subject in capitals that opened under the date: a reading order by
                // layout boxes (pdfminer) sets the title block's first line, the longest, before the type name
                // ("PHÊ DUYỆT KIẾN TRÚC … TỈNH THỪA" / "QUYẾT ĐỊNH" / "THIÊN HUẾ"). It is the type line; the subject
                // goes on around it.
                if !subjectFromVv, header.documentType == nil, !subjectLines.isEmpty, VietnameseText.isUppercase(text),
                   let type = TypeLine.read(fragment.line), type.rest == nil {
                    header.documentType = type.field
                    continue
                }
                // A copy's slip ("SAO Y") goes from its heading straight to "Nơi nhận": no subject.
                if ClosingParser.recipientsLead.matches(text) { bodyStart = fragment.index; break fragmentLoop }
                if HeaderPatterns.addresseeLead.matches(text) { startAddressees(fragment.line, &addressees); state = .addressees; continue }
                if HeaderPatterns.basisLead.matches(text) { state = .preamble; bases.append(fragment.line); preambleStart = preambleStart ?? fragment.index; continue }
                // The enacting authority straight under the type name, then "Căn cứ": the document has no subject
                // ("NGHỊ QUYẾT" / "UỶ BAN THƯỜNG VỤ QUỐC HỘI" / "Căn cứ …").
                if subjectLines.isEmpty, VietnameseText.isUppercase(text), text.count <= 60,
                   ClosingParser.position.matches(text) || HeaderPatterns.startsOrganisation(text),
                   position + 1 < fragments.count, HeaderPatterns.basisLead.matches(fragments[position + 1].line.text) {
                    keepAuthority(fragment.line, blankBefore: blankBefore)
                    authorityPassed = true; continue
                }
                // The author on a line of its own; on one line with "V/V …" the old title is the subject as written.
                if subjectLines.isEmpty, SubjectLines.namesTheAuthor(text), position + 1 < fragments.count,
                   fragments[position + 1].index != fragment.index,
                   !HeaderPatterns.basisLead.matches(fragments[position + 1].line.text) { authorLine = fragment.line; continue }
                // "(Cấp lần đầu: …)" under a licence's subject is a note; "(thực hiện Khoản 3 Điều 35 Luật Thủ đô)", the
                // subject's words in brackets, goes on with it.
                if text.hasPrefix("(") && text.hasSuffix(")") && !subjectLines.isEmpty,
                   text.contains(":") || text.dropFirst().first?.isLowercase != true { continue }
                // An attachment's caption under the subject, also wrapped over lines, is no part of it.
                if caption.read(text, mayOpen: !subjectLines.isEmpty) != .outside { continue }
                // "Mã số dự án: 4275604886"; in capitals under a subject in capitals it is the title's ("NGUỒN VỐN: …").
                if let last = subjectLines.last, HeaderPatterns.metadataLine.matches(text),
                   !(VietnameseText.isUppercase(text) && VietnameseText.isUppercase(last.text)) { continue }
                if subjectLines.isEmpty || subjectLines.allSatisfy({ HeaderPatterns.conferenceLine.matches($0.text) }),
                   HeaderPatterns.isConferenceOrTerm(text) {
                    // "HỘI NGHỊ LẦN THỨ BA / BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIV" belong to the type, not the subject;
                    // on one line with it, "CỦA BỘ CHÍNH TRỊ VỀ ĐỊNH HƯỚNG …" the subject starts at "VỀ".
                    subjectLines = []
                    conferenceLines.append(fragment.line)
                    if let about = text.range(of: " VỀ ") {
                        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: about.lowerBound) + 1
                        subjectLines = [fragment.line.slice(start..<fragment.line.scalarCount)]
                    }
                    continue
                }
                if subjectLines.isEmpty, !conferenceLines.isEmpty, !VietnameseText.startsLowercase(text),
                   !VietnameseText.isUppercase(text), text.count > 45, !SubjectLines.isPartySubject(text) {
                    // A party subject under the conference lines starts in lower case ("về …", "thực hiện …");
                    // a long sentence starting with a capital ("Hội nghị lần thứ 11 … họp từ ngày …") is the body,
                    // and the conference lines name the document.
                    bodyStart = fragment.index; break fragmentLoop
                }
                // A school's year closes the subject even after a blank line (a page that doubles every line break);
                // so does a line in lower case under a line that ends no sentence: the subject typed as paragraphs,
                // which pandoc and LibreOffice set apart with a blank line ("… kiểm tra công" / "" / "tác quản lý …").
                if !authorityPassed, !blankBefore || subjectLines.isEmpty || SubjectLines.isSchoolYear(text)
                    || SubjectLines.goesOnAfterBlank(text, after: subjectLines),
                   SubjectLines.continues(text, after: subjectLines, before: Self.lineAfter(position, in: fragments),
                                          organisations: organisations.map(\.text)) {
                    subjectLines.append(fragment.line); continue
                }
                if !authorityPassed, !blankBefore, let last = subjectLines.last, SubjectLines.endsTitleBlock(fragments, at: position, after: last, text) {
                    subjectLines.append(fragment.line); continue
                }
                if VietnameseText.isUppercase(text), header.documentType != nil,
                   OutlineMarker.recognise(text, line: fragment.line) == nil {
                    // The issuing authority repeated above a decision's preamble ("ỦY BAN NHÂN DÂN TỈNH …").
                    if !subjectLines.isEmpty { keepAuthority(fragment.line, blankBefore: blankBefore) }
                    authorityPassed = authorityPassed || !subjectLines.isEmpty
                    continue
                }
                if subjectFromVv, !blankBefore, !HeaderPatterns.bodyOpener.matches(text), text.count <= 45 || fragment.indent >= 4,
                   position + 1 < fragments.count {
                    subjectLines.append(fragment.line); continue
                }
                if subjectFromVv, blankBefore, subjectLines.count <= SubjectLines.vvCellLines, SubjectLines.closesVvSubject(fragments, from: position) {
                    // OCR set a blank line inside the trích yếu: the short lines that still stand between "V/v"
                    // and "Kính gửi" continue it.
                    subjectLines.append(fragment.line); continue
                }
                // A short line under the subject that the header's right column still follows, its title or its place
                // and date ("Mời họp Thường trực Đảng uỷ" / "- Tuần 04/2026" / "ĐẢNG CỘNG SẢN VIỆT NAM" / "Công Hải,
                // ngày …"): the left column's, so the subject's last line.
                if !subjectLines.isEmpty, header.date == nil, text.count <= 60, let next = Self.lineAfter(position, in: fragments),
                   HeaderPatterns.standsAsPartyTitle(next) || HeaderPatterns.nationalTitleStart.matches(next)
                    || HeaderPatterns.placeDate.firstMatch(in: next)?.range(0)?.lowerBound == next.startIndex {
                    subjectLines.append(fragment.line); continue
                }
                bodyStart = fragment.index; break fragmentLoop
            case .top:
                if HeaderPatterns.signatureStamp.matches(text), header.number == nil, header.date == nil {
                    organisations.removeAll()   // the lines above were a digital-signature stamp
                    continue
                }
                if HeaderPatterns.receiptStamp.matches(text) {
                    // The office that received the document printed its name over the stamp: not the issuer. The
                    // stamp is no type name; the right column may still share its line ("… Hà Nội, ngày …").
                    if let last = organisations.last, last.span == previousLine?.span, organisations.count > 1 {
                        organisations.removeLast()
                    }
                    _ = classify(fragment.line, into: &header)
                    continue
                }
                if classify(fragment.line, into: &header) { continue }
                if let lead = HeaderPatterns.subjectLead.firstMatch(in: text) {
                    let (_, upper) = lead.byteRange(0)!
                    subjectLines = [fragment.line.slice(fragment.line.scalarOffset(utf8: upper)..<fragment.line.scalarCount)]
                    subjectFromVv = true
                    state = .subject; continue
                }
                if header.documentType == nil, let type = TypeLine.read(fragment.line) {
                    header.documentType = type.field
                    subjectLines = type.rest.map { SubjectLines.namesTheAuthor($0.text) ? [] : [$0] } ?? []
                    // "QUY ĐỊNH 102-QĐ/TW" over "QUY ĐỊNH XỬ LÝ KỶ LUẬT …": a site's heading names the document by its
                    // own number; the number is no subject, and the type line under it still gives one.
                    if let rest = type.rest, let own = header.number, own.sequence != nil,
                       NumberParser.parse(VietnameseText.collapse(rest.text))?.canonical == own.canonical {
                        subjectLines = []
                        typeLineNamedOwnNumber = true
                    }
                    // "KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ …", a site's heading over a copy without its header: the number of
                    // the type named, right after it, is the document's own.
                    if header.number == nil, header.numberSpan == nil, let rest = type.rest,
                       let own = TypeLine.ownNumber(opening: rest, of: type.field) {
                        header.number = own.number
                        header.numberSpan = own.span
                        subjectLines = own.after.isBlank ? [] : [own.after]
                    }
                    if type.rest == nil, let last = titleLinesAbove.last, last.span == previousLine?.span { subjectLines = titleLinesAbove }
                    state = .subject; continue
                }
                if HeaderPatterns.addresseeLead.matches(text) { startAddressees(fragment.line, &addressees); state = .addressees; continue }
                if HeaderPatterns.basisLead.matches(text) { state = .preamble; bases.append(fragment.line); preambleStart = preambleStart ?? fragment.index; continue }
                if SubjectLines.opensUnderTheNumber(text), header.number != nil || header.date != nil {
                    subjectLines = [fragment.line]; state = .subject; continue
                }
                // A party công văn's trích yếu on the next line under its number, written without "về".
                if header.documentType == nil, let number = header.number, number.style == .party, number.typeCode == "CV",
                   let above = previousLine, above.lastLine == header.numberSpan?.start.line,
                   SubjectLines.opensPartyLetterSubject(text) {
                    subjectLines = [fragment.line]; state = .subject; continue
                }
                if VietnameseText.isUppercase(text), header.documentType == nil {
                    // A bare symbol ("52/2018/QĐ-UBND" from a page's metadata row) names no organisation, nor does a
                    // file's name a document site prints ("THUYET_MINH_SUA_QUY_CHE-SAU_BTV").
                    if text.first?.isNumber == true && NumberParser.parse(text) != nil || Self.isFileName(text) { continue }
                    // The enacting authority over the preamble, after the issuer, number and date, when the type name
                    // and subject were lost ("ĐOÀN CHỦ TỊCH TỔNG LIÊN ĐOÀN …" / "Căn cứ …", a council over its term: "HỘI
                    // ĐỒNG NHÂN DÂN TỈNH HÀ GIANG" / "KHÓA XVII - KỲ HỌP THỨ BA" / "Căn cứ …"): no organisation of the header.
                    // Its body's name may wrap under it ("CHỦ TỊCH HỘI ĐỒNG TRUNG ƯƠNG" / "LIÊN HIỆP CÁC HỘI KHOA HỌC …").
                    if authorityWrapLeft { authorityWrapLeft = false; continue }
                    if !organisations.isEmpty, header.number != nil, header.date != nil, text.count <= 80,
                       HeaderFragments.enactingAuthority.matches(text),
                       let wrapped = HeaderFragments.authorityWrapBeforeBasis(fragments, after: position) {
                        authorityWrapLeft = wrapped; continue
                    }
                    // A name's last lines, wrapped in its cell, come after the right column's date in layout and
                    // reading order ("SỞ LAO ĐỘNG - THƯƠNG BINH" / "<date>" / "VÀ XÃ HỘI", "CHI BỘ TRƯỜNG" / "<date>" /
                    // "THCS PHONG MỸ"); the number comes after them.
                    if header.number == nil && header.date == nil || HeaderPatterns.organisationStart.matches(text) || organisations.isEmpty
                        || header.number == nil && Self.endsName(text, at: position, in: fragments) {
                        organisations.append(fragment.line)
                    } else if header.date != nil, titleLinesAbove.count < 3, text.contains(" "), !text.containsBytes("DỰ THẢO"),
                              titleLinesAbove.last.map({ $0.span == previousLine?.span }) ?? true {
                        titleLinesAbove.append(fragment.line)
                    }
                    continue
                }
                let anchored = header.number != nil || header.numberSpan != nil || header.date != nil || header.documentType != nil
                // A line 25 lines below the header's first is body, anything of the header still unseen (counted
                // from the first line, not the text's: front matter or a page's chrome may stand above).
                if anchored && looksLikeBody(text) || fragment.index > first + 25 {
                    bodyStart = fragment.index; break fragmentLoop
                }
                if !anchored && looksLikeBody(text) && text.count > 60 {
                    // A note before the header ("[Bản trích chữ tự động …]") is passed over when a header
                    // follows; a text without one (a news copy) has its body start at once.
                    if Self.headerAhead(in: fragments, after: position) { continue }
                    bodyStart = fragments.first?.index ?? 0; break fragmentLoop
                }
            }
        }
        let start = bodyStart ?? min(lines.count, (fragments.last?.index ?? -1) + 1)

        OrganisationLines.assign(organisations, to: &header)
        if subjectLines.isEmpty { subjectLines = vvSubjectLines.isEmpty ? conferenceLines : vvSubjectLines }
        if subjectLines.isEmpty, header.documentType == nil, header.number?.typeCode != nil, Self.isLostTypeLineSubject(titleLinesAbove, bodyStart: start, in: lines) {
            // A page that dropped the bold type line ("KẾ HOẠCH") keeps the trích yếu under the date, right above
            // the body: the type comes from the number's code below.
            subjectLines = titleLinesAbove
        }
        if !subjectLines.isEmpty {
            var joined = SubjectLines.finished(subjectLines.dropFirst().reduce(subjectLines[0]) { $0.joinedAsWrapped(with: $1) },
                                               issuer: header.issuer?.text, type: header.documentType)
            // An older text's Công báo heading ("CỦA THỦ" / "TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY … VỀ VIỆC …"): its
            // number and date are the document's own, and the subject is what follows them.
            if let heading = TitleBlockHeading.read(authorLine.map { $0.joinedAsWrapped(with: joined) } ?? joined, issuer: header.issuer?.text),
               header.number.map({ $0.canonical == heading.number.canonical }) ?? (header.numberSpan == nil) {
                if header.number == nil { header.number = heading.number; header.numberSpan = heading.numberSpan }
                if header.date == nil { header.date = heading.date }
                if header.issuer == nil, organisations.isEmpty { header.issuer = heading.issuer.map { TextField(headerLine: $0) } }
                joined = heading.subject
            }
            let text = VietnameseText.collapse(joined.text)
            if !text.isEmpty { header.subject = TextField(text: text, span: joined.span) }
        }
        if header.documentType == nil, subjectFromVv, let number = header.number, number.style == .state,
           let code = number.typeCode, code != "CV" {
            // "V/v" with no type line is a công văn's: the symbol's first code is its issuer's, even when it
            // spells a type ("10171/CT-TTHT", Cục Thuế).
            header.number = NumberParser.asIssuerCodes(number)
        }
        if header.documentType == nil {
            header.documentType = TypeLine.inferred(header, subjectFromVv: subjectFromVv, opening: lines[(preambleStart ?? start)...].lazy.filter { !$0.isBlank }.prefix(6).map(\.text))
        }
        header.addressees = addressees.map { TextField(headerLine: $0, stripping: "-+• ") }.filter { !$0.text.isEmpty }
        // A basis may be bulleted ("- Căn cứ …", "– Căn cứ …"); the bullet is the list's, not the basis's.
        header.legalBases = bases.map { TextField(headerLine: $0, stripping: "-–•+ ") }
        if let first = authorityLines.first {
            let joined = authorityLines.dropFirst().reduce(first) { $0.joined(with: $1) }
            header.enactingAuthority = TextField(headerLine: joined)
            // A left column lost (a web copy's table dropped its cell) leaves the body that enacts over the preamble, "ỦY
            // BAN THƯỜNG VỤ QUỐC HỘI": the issuer. An office ("CHỦ TỊCH ỦY BAN NHÂN DÂN …") is no body.
            if header.issuer == nil, HeaderPatterns.startsOrganisation(joined.text), !ClosingParser.position.matches(joined.text) {
                header.issuer = header.enactingAuthority
            }
        }
        return Result(header: header, bodyStart: start, splitGluedColumns: cut.splitGluedColumns, preambleStart: preambleStart)
    }

    /// "CỦA " opening a site's caption line, before the name of the body it says issued the document.
    private static let captionIssuer = try! Pattern(#"^\s*CỦA\s+(?=\p{Lu})"#)

    /// Whether the capital lines read under the number and date (`titleLines`) are the subject of a header
    /// whose type line was lost: they are the last text above the body, and none is a heading of the body
    /// ("I. MỤC ĐÍCH, YÊU CẦU", "PHẦN I"), and they are words, not a broken font's symbols ("TH#NG T$").
    private static func isLostTypeLineSubject(_ titleLines: [TextLine], bodyStart: Int, in lines: [TextLine]) -> Bool {
        guard let last = titleLines.last, bodyStart < lines.count,
              let above = lines[..<bodyStart].last(where: { !$0.isBlank }), above.lastLine == last.lastLine else { return false }
        return titleLines.allSatisfy { line in
            OutlineMarker.recognise(line.text, line: line) == nil
                && line.text.unicodeScalars.allSatisfy { VietnameseText.isLetter($0.value) || subjectPunctuation.contains($0) }
        }
    }

    /// What a subject in capitals holds besides letters: digits, spaces and the punctuation of a title.
    private static let subjectPunctuation = Set(" 0123456789,.;:-–—()/\"“”'&".unicodeScalars)

    // MARK: - Fragments

    /// A file's name as a document site prints it: words joined by "_" ("THUYET_MINH_SUA_QUY_CHE"), not a name with
    /// a rule's "_" left at its end by OCR ("BẢO HIỂM XÃ HỘI VIỆT NAM_").
    private static func isFileName(_ text: String) -> Bool {
        guard text.containsByte(0x5F) else { return false }
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.dropFirst().dropLast().contains { i in
            scalars[i] == "_" && scalars[i - 1].properties.isAlphabetic && scalars[i + 1].properties.isAlphabetic
        }
    }

    /// Whether `text`, after the right column's date and before the number, is the last line of the name above it:
    /// it opens with "VÀ", "&" or a dash, or it starts no body, names no type and the number's "Số" follows.
    private static func endsName(_ text: String, at position: Int, in fragments: [HeaderFragments.Fragment]) -> Bool {
        if OrganisationLines.continuesName(text) { return true }
        return !HeaderPatterns.startsOrganisation(text) && numberAhead(of: position, in: fragments)
            && DocumentTypes.named(text.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))) == nil
    }

    /// Whether one of the next six fragments holds the number's "Số" (the left column's last line under the name).
    private static func numberAhead(of position: Int, in fragments: [HeaderFragments.Fragment]) -> Bool {
        fragments.dropFirst(position + 1).prefix(6).contains { $0.line.text.containsBytes("Số") || $0.line.text.containsBytes("SỐ") }
    }

    /// A line's letters without its spaces, to know a heading printed twice, once with its words run together.
    private static func withoutSpaces(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    /// The text of the fragment after `position` that is not a rule ("-----------", "__________"), if any.
    private static func lineAfter(_ position: Int, in fragments: [HeaderFragments.Fragment]) -> String? {
        fragments.dropFirst(position + 1).first { !HeaderPatterns.separator.matches($0.line.text) }?.line.text
    }

    /// Whether a header component (quốc hiệu, số, địa danh và ngày) stands in the next few fragments.
    private static func headerAhead(in fragments: [HeaderFragments.Fragment], after position: Int) -> Bool {
        fragments.dropFirst(position + 1).prefix(12).contains { f in
            let t = f.line.text
            return HeaderPatterns.nationalTitle.matches(t) || HeaderPatterns.partyTitle.matches(t)
                || HeaderPatterns.motto.matches(t) || HeaderPatterns.placeDate.matches(t)
                || (HeaderPatterns.number.firstMatch(in: t)?["num"]).map { NumberParser.parse(String($0)) != nil } == true
        }
    }

    private func startAddressees(_ fragment: TextLine, _ addressees: inout [TextLine]) {
        guard let m = HeaderPatterns.addresseeLead.firstMatch(in: fragment.text) else { return }
        let start = fragment.scalarOffset(utf8: m.byteRange(0)!.1)
        let rest = fragment.slice(start..<fragment.scalarCount).trimmed()
        if !rest.isBlank { addressees.append(rest) }
    }

    /// Long mixed-case prose, a marker or an opener: the body has begun.
    private func looksLikeBody(_ text: String) -> Bool {
        HeaderPatterns.bodyOpener.matches(text) || !VietnameseText.isUppercase(text) && text.count > 45
    }

}

extension TextField {
    /// A header field read from `line`: whitespace collapsed, the `leading` characters (a list's dashes) dropped.
    init(headerLine line: TextLine, stripping leading: String = "") {
        var text = VietnameseText.collapse(line.text)
        while let first = text.first, leading.contains(first) { text.removeFirst() }
        self.init(text: VietnameseText.collapse(text), span: line.span)
    }
}
