import json, os
D = os.path.dirname(os.path.abspath(__file__))

def sig(mode, title, name):
    return {"mode": mode, "title": title, "name": name}

def ref(n, d):
    return {"number": n, "date": d}

E = []

E.append({
 "file": "01_cv_BGDDT_3234-BGDDT-GDCN_web-page-TL-vu-truong-long-title-obfuscated-email.txt",
 "kind": "administrative",
 "documentType": "Công văn",
 "typeCode": None,
 "number": "3234/BGDĐT-GDCN",
 "date": "2013-05-16",
 "place": "Hà Nội",
 "parentAuthority": None,
 "issuer": "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
 "subject": "báo cáo tình hình mở ngành, đào tạo và sử dụng giáo viên tiểu học TCCN",
 "signatures": [sig("TL", "VỤ TRƯỞNG VỤ GIÁO DỤC CHUYÊN NGHIỆP", "Hoàng Ngọc Vinh")],
 "recipientsCount": 7,
 "references": [ref("895/CT-BGDĐT", "2013-03-12")],
 "topLevelMarkers": [],
 "appendixTableRows": [],
 "notes": "STORED WEB PAGE (search corpus 'pages', luatminhkhue.vn), whole page text as returned (1,316 chars / 1,686 bytes, under the ~2,000-byte cap; ends with the signer's name). Header columns as separate paragraphs with dash rules ('--------' under the issuer, '---------------' under the motto); the V/v line sits directly under 'Số:', before the place/date line. Many glued words from the site (lost spaces): 'tỉnh,thành phố', 'củaBộ trưởng', 'nhânlực', 'giai đoạn2013-2015', 'Trung ươngbáo cáo', 'trình độTCCN', 'nghiệp,Bộ', 'địa chỉEmail', 'chuyênviên', 'hoặc0912159933'. The e-mail address is replaced by the site's Cloudflare obfuscation text '[email protected]' (site artefact, not part of the letter). Kính gửi: one addressee (Sở GDĐT các tỉnh, thành phố). Reference: Chỉ thị số 895/CT-BGDĐT ngày 12 tháng 3 năm 2013 of Bộ trưởng Bộ GDĐT. Phone numbers '(04) 3 6230745', '0912159933' and the address are not references. Nơi nhận 7 items: Như trên; BT. Phạm Vũ Luận (để b/c); TTr. Nguyễn Vinh Hiển (để b/c); TTr. Bùi Văn Ga (để b/c); UBND tỉnh, TP trực thuộc TW (để biết); Website của Bộ GDĐT; Lưu: VT, Vụ GDCN. Signature TL. BỘ TRƯỞNG / VỤ TRƯỞNG VỤ GIÁO DỤC CHUYÊN NGHIỆP (one long position line naming the Vụ) / Hoàng Ngọc Vinh -> mode TL. Body is unnumbered prose -> []."
})

E.append({
 "file": "02_cv_BGDDT_6468-BGDDT-TTr_web-page-glued-kinh-gui-en-dash-motto.txt",
 "kind": "administrative",
 "documentType": "Công văn",
 "typeCode": None,
 "number": "6468/BGDĐT-TTr",
 "date": "2010-10-07",
 "place": "Hà Nội",
 "parentAuthority": None,
 "issuer": "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
 "subject": "thanh tra tuyển sinh đầu cấp và các khoản thu đầu năm học trong các nhà trường",
 "signatures": [sig("KT", "THỨ TRƯỞNG", "Nguyễn Thị Nghĩa")],
 "recipientsCount": 3,
 "references": [],
 "topLevelMarkers": [],
 "appendixTableRows": [],
 "notes": "STORED WEB PAGE (search corpus 'pages', luatminhkhue.vn), whole page text as returned (1,051 chars / 1,364 bytes; ends with the signer's name). Motto written with en dashes 'Độc lập – Tự do – Hạnh phúc'. The addressee label is glued: 'Kínhgửi: Giám đốc các sở giáo dục và đào tạo' (one addressee). Other glued words: 'phương tiệnthông tin', 'đầu cấpvà', 'triển khainhiệm vụ', 'yêu cầucác', 'cáckhoản', 'báo cáovề', 'chậm nhất vàotrước', 'Bộ Giáo dục vàĐào tạo'. No numbered document is cited (only dates 20/11/2010 and the school year 2010 - 2011) -> references []. Nơi nhận 3 items: Như kính gửi; BT Phạm Vũ Luận (để báo cáo); Lưu: VT, TTr. Signature KT. BỘ TRƯỞNG / THỨ TRƯỞNG / Nguyễn Thị Nghĩa. Body is unnumbered prose -> []."
})

E.append({
 "file": "03_cv_BTM_0825-TM-XNK_web-page-KT-without-dot-no-noi-nhan-numbered-points.txt",
 "kind": "administrative",
 "documentType": "Công văn",
 "typeCode": None,
 "number": "0825/TM-XNK",
 "date": "2003-04-08",
 "place": "Hà Nội",
 "parentAuthority": None,
 "issuer": "BỘ THƯƠNG MẠI",
 "subject": "gia hạn thời gian nhận hồ sơ xét thưởng xuất khẩu năm 2003",
 "signatures": [sig("KT", "THỨ TRƯỞNG", "Mai Văn Dâu")],
 "recipientsCount": None,
 "references": [ref("0302/TM-XNK", "2003-01-23")],
 "topLevelMarkers": ["1", "2"],
 "appendixTableRows": [],
 "notes": "STORED WEB PAGE (search corpus 'pages', luatminhkhue.vn), whole page text as returned (998 chars / 1,315 bytes; ends with the signer's name). 2003 letter of the former Bộ Thương mại; header columns as paragraphs with '********' rules. Number keeps its leading zero: '0825/TM-XNK'. 'Kính gửi:' on its own line followed by a blank line and two dash items (Các sở Thương mại (Sở Thương mại và Du lịch); Các tỉnh thành phố trực thuộc Trung ương) - these are addressees, not Nơi nhận. NO 'Nơi nhận' block in this copy -> recipientsCount null. Signature first line 'KT BỘ TRƯỞNG BỘ THƯƠNG MẠI' has NO dot after KT and names the ministry -> mode KT; title THỨ TRƯỞNG; name Mai Văn Dâu. Reference: 'Ngày 23.1.2003 Bộ Thương mại đã có công văn số 0302/TM-XNK' - the date stands before the number in dotted form (23.1.2003) -> 2003-01-23. '31.5.2003' is a deadline, not a document. Body: an unnumbered opening paragraph, then points '1.' and '2.', then a closing sentence -> topLevelMarkers ['1','2']. Typo/spacing as written: 'kiểm tra- xác nhận'."
})

E.append({
 "file": "04_cv_BHXH_5469-BHXH-BC_web-page-pipe-rows-no-vv-related-docs-under-noi-nhan.txt",
 "kind": "administrative",
 "documentType": "Công văn",
 "typeCode": None,
 "number": "5469/BHXH-BC",
 "date": "2012-12-20",
 "place": "Hà Nội",
 "parentAuthority": None,
 "issuer": "BẢO HIỂM XÃ HỘI",
 "subject": None,
 "signatures": [sig("KT", None, None)],
 "recipientsCount": 0,
 "references": [],
 "topLevelMarkers": [],
 "appendixTableRows": [],
 "notes": "STORED WEB PAGE (search corpus 'pages', ls1.hethongphapluat.com - a site mirror), whole page text as returned (1,415 chars / 1,841 bytes). Header flattened into two pipe rows: 'BẢO HIỂM XÃ HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |' and 'Số: 5469/BHXH-BC | Hà Nội, ngày 20 tháng 12 năm 2012 |'. The issuer's second line ('VIỆT NAM' - the body says 'Bảo hiểm xã hội Việt Nam') and the motto were lost by the site; issuer given as written 'BẢO HIỂM XÃ HỘI' (evident full name BẢO HIỂM XÃ HỘI VIỆT NAM). The trích yếu (V/v) line is ABSENT from this copy -> subject null (the page URL/title says 'về chi trả lương hưu và trợ cấp bảo hiểm xã hội tháng 01 và 02 năm 2013', which is the site's title, not text of the document). Kính gửi: one addressee. CLOSING TRAP: the row 'Nơi nhận: | KT. TỔNG GIÁM ĐỐC |' keeps only the Nơi nhận label and the first signature line; the real recipient items, the position line (PHÓ TỔNG GIÁM ĐỐC) and the name are lost. The three dash lines that follow ('- 1 Công văn 5384/BHXH-BC ...', '- 2 Công văn 5337/BHXH-BC ...', '- 3 Công văn 4505/BHXH-BC ...') are the SITE'S 'related documents' list, not Nơi nhận items and not citations in the letter -> recipientsCount 0 (label present, zero real items; same convention as the 731/VPCP-KGVX key; null would be the alternative reading), references [] (a grader that counts the site list would get 3 recipients and 3 references - wrong). Signature -> one entry {KT, null, null}. No numbered document is cited in the body. Unnumbered prose -> []."
})

E.append({
 "file": "05_qd_BYT_808-BYT-QD_web-page-1961-pipe-rows-site-title-signature-row-only.txt",
 "kind": "administrative",
 "documentType": "Quyết định",
 "typeCode": "QĐ",
 "number": "808-BYT/QĐ",
 "date": "1961-09-18",
 "place": "Hà Nội",
 "parentAuthority": None,
 "issuer": "BỘ Y TẾ",
 "subject": "ĐỔI TÊN BỆNH VIỆN PHỦ DOÃN THÀNH THÀNH BỆNH VIỆN HỮU NGHỊ VIỆT - ĐỨC",
 "signatures": [sig("KT", None, None)],
 "recipientsCount": None,
 "references": [ref("18-LCT", "1960-07-26")],
 "topLevelMarkers": ["Điều 1", "Điều 2", "Điều 3"],
 "appendixTableRows": [],
 "notes": "STORED WEB PAGE (search corpus 'pages', vanbanphapluat.co), whole page text as returned (908 chars / 1,218 bytes). FIRST LINE IS SITE METADATA: 'Nội dung toàn văn Quyết định 808-BYT/QĐ đổi tên bệnh viện Phủ Doãn thành thành bệnh viện Hữu nghị Việt Đức' (site title repeating the number). 1961 decision of the Bộ trưởng Bộ Y tế (Việt Nam Dân chủ Cộng hòa): header as pipe rows 'BỘ Y TẾ | VIỆT NAM DÂN CHỦ CỘNG HÒA |' (old national name; the 'Độc lập - Tự do - Hạnh phúc' motto line is absent) and 'Số: 808-BYT/QĐ | Hà Nội, ngày 18 tháng 09 năm 1961 |'. Old-style symbol with the type code last: typeCode QĐ. Individual decision (renaming a hospital), old number without year -> administrative. Subject = the line under QUYẾT ĐỊNH, as written, including the doubled word 'THÀNH THÀNH' (an error in the source; the evident sense is 'ĐỔI TÊN BỆNH VIỆN PHỦ DOÃN THÀNH BỆNH VIỆN HỮU NGHỊ VIỆT - ĐỨC'). Reference: 'luật Tổ chức Hội đồng Chính phủ do lệnh số 18-LCT của Chủ tịch nước ... công bố ngày 26 tháng 7 năm 1960' -> 18-LCT dated 1960-07-26 (the lệnh công bố; the law itself has no number). 'quyết nghị của Hội đồng Chính phủ ... ngày 13 và 19 tháng 4 năm 1961' has no number -> not listed. Điều markers punctuated inconsistently: 'Điều 1. -' (hyphen) vs 'Điều 2. –', 'Điều 3. –' (en dash). Typo as written in Điều 1: 'Phũ doãn' (for Phủ Doãn). Closing is a single pipe row '| K.T. BỘ TRƯỞNG BỘ Y TẾ |' (old dotted form K.T.); the position line (THỨ TRƯỞNG) and the signer's name are lost -> one signature {KT, null, null}. No Nơi nhận -> null."
})

E.append({
 "file": "06_cv_BYT_4396-BYT-KH-TC_web-page-metadata-table-no-vv-signer-only-in-metadata_CUT.txt",
 "kind": "administrative",
 "documentType": "Công văn",
 "typeCode": None,
 "number": "4396/BYT-KH-TC",
 "date": "2021-05-30",
 "place": "Hà Nội",
 "parentAuthority": None,
 "issuer": "BỘ Y TẾ",
 "subject": None,
 "signatures": [sig("KT", None, None)],
 "recipientsCount": None,
 "references": [ref("949/BYT-KH-TC", "2021-02-09"), ref("4667/QĐ-BYT", None)],
 "topLevelMarkers": [],
 "appendixTableRows": [],
 "notes": "STORED WEB PAGE (search corpus 'pages', thuviennhadat.vn). CUT by the store at exactly 2,000 bytes (1,567 chars), ending with '1. ' - the first item of the attached DANH SÁCH; the letter itself, header to signature row, is complete. Page opens with SITE METADATA: a title line ('Công văn 4396/BYT-KH-TC năm 2021 đánh giá thực hiện ... (lần 2) do Bộ Y tế ban hành') and a pipe table (Số hiệu, Ngày ban hành 30/05/2021, Loại văn bản, Cơ quan ban hành, 'Người ký | Đỗ Xuân Tuyên |', Lĩnh vực). The document header follows as pipe rows split over lines ('BỘ Y TẾ |', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA' / 'VIỆT NAM |', 'Số: 4396/BYT-KH-TC |', 'Hà Nội, ngày 30 tháng 05 năm 2021 |'); motto line lost. The V/v line is ABSENT from the document text -> subject null (the site title gives 'đánh giá thực hiện Bộ Tiêu chí quốc gia về y tế xã đến năm 2020 theo Quyết định 4667/QĐ-BYT (lần 2)', which is the site's title). Kính gửi: UBND các tỉnh, thành phố trực thuộc Trung ương, '(Có tên trong danh sách kèm theo)'. Closing row '|' / 'KT. BỘ TRƯỞNG |': the Nơi nhận cell is empty (no 'Nơi nhận' label at all) -> recipientsCount null; position line and name lost from the document -> signature {KT, null, null}. TRAP: the signer's name Đỗ Xuân Tuyên appears ONLY in the site metadata table, not in the signature block (a grader that takes it would give name 'Đỗ Xuân Tuyên'; not taken here because it is not text of the document). References: Công văn số 949/BYT-KH-TC dated 'Ngày 09/02/2021' (date written before it in the same clause; cited twice) -> 2021-02-09; Quyết định 4667/QĐ-BYT (no date given) -> null. The document's own number recurs in the metadata and in the appendix line '(Gửi kèm Công văn số 4396/BYT-KH-TC ngày 30 tháng 5 năm 2021 của Bộ Y tế)' - not a reference. E-mail ytcs.khtc@moh.gov.vn not a reference. Body unnumbered prose -> []. The appended DANH SÁCH is a numbered list (cut at its first item), not a table -> appendixTableRows []."
})

E.append({
 "file": "07_nq_HDND-NgheAn_198-2007-NQ-HDND_web-page-glued-words-lone-comma-no-noi-nhan.txt",
 "kind": "legal",
 "documentType": "Nghị quyết",
 "typeCode": "NQ",
 "number": "198/2007/NQ-HĐND",
 "date": "2007-09-17",
 "place": "Vinh",
 "parentAuthority": None,
 "issuer": "HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN",
 "subject": "VỀ VIỆC XÁC NHẬN KẾT QUẢ BẦU CỬ BỔ SUNG PHÓ CHỦ TỊCH UBND TỈNH NGHỆ AN NHIỆM KỲ 2004 - 2009",
 "signatures": [sig(None, "CHỦ TỊCH", "Nguyễn Thế Trung")],
 "recipientsCount": None,
 "references": [],
 "topLevelMarkers": ["Điều 1", "Điều 2"],
 "appendixTableRows": [],
 "notes": "STORED WEB PAGE (search corpus 'pages', luatminhkhue.vn), whole page text as returned (929 chars / 1,206 bytes; ends with the signer's name). Issuer on two lines 'HỘI ĐỒNG NHÂN DÂN' / 'TỈNH NGHỆ AN' joined -> 'HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN' (no cơ quan chủ quản line above). Asterisk rules '*****' / '*******'. Place 'Vinh' (city, not the province name). Subject line printed with a glued word 'PHÓ CHỦ TỊCHUBND' -> given in its evident form 'PHÓ CHỦ TỊCH UBND' (as written otherwise: 'VỀ VIỆC XÁC NHẬN KẾT QUẢ BẦU CỬ BỔ SUNG PHÓ CHỦ TỊCHUBND TỈNH NGHỆ AN NHIỆM KỲ 2004 - 2009'). kind legal follows the set's convention for year-style numbers (NN/YYYY/NQ-HĐND); by content this is an individual resolution (confirming an election result), so 'administrative' is arguable. Other glued words: 'HĐND vàUBND', 'HĐNDtỉnh', 'ôngNguyễn Xuân Đường', 'Tỉnhuỷ', 'Uỷ bannhân dân', 'theoquy định', 'đã đượcHội đồng'. The second căn cứ ends with a line break and a lone ',' on its own line. References: only 'Luật Tổ chức HĐND và UBND ngày 26/11/2003' (no number) -> []. Body 'Điều 1.', 'Điều 2.' then an unnumbered closing sentence ('Nghị quyết này đã được ... thông qua./.'). Signature only 'CHỦ TỊCH' / 'Nguyễn Thế Trung' (no 'TM. HỘI ĐỒNG NHÂN DÂN' line) -> mode null. No Nơi nhận -> null."
})

E.append({
 "file": "08_qd_UBND-BinhDuong_no-number_web-page-no-so-line-wrong-place-second-decision_CUT.txt",
 "kind": "administrative",
 "documentType": "Quyết định",
 "typeCode": None,
 "number": None,
 "date": "2010-11-09",
 "place": "Hà Nội",
 "parentAuthority": None,
 "issuer": "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG",
 "subject": "Ủy quyền để Chủ tịch Ủy ban nhân dân huyện thị xã cho phép thành lập hội có phạm vi hoạt động trong xã, phường, thị trấn tỉnh Bình Dương",
 "signatures": [sig(None, "CHỦ TỊCH", "Nguyễn Hoàng Sơn")],
 "recipientsCount": None,
 "references": [ref("45/2010/NĐ-CP", "2010-04-21"), ref("623/TTr-SNV", "2010-11-04")],
 "topLevelMarkers": ["Điều 1", "Điều 2"],
 "appendixTableRows": [],
 "notes": "STORED WEB PAGE (search corpus 'pages', luatminhkhue.vn, URL .../quyet-dinh-3872-qd-ubnd.aspx). CUT by the store at exactly 2,000 bytes (1,517 chars) inside a SECOND, different decision that the site appended ('QUYẾT ĐỊNH / Ban hành Quy định về tổ chức, hoạt động và quản lý hội trên địa bàn tỉnh Bình Dương', cut at 'ngày 25/11/'); the first decision, header to signature, is complete and is the document keyed here. HEADER NOISE: there is NO 'Số:' line at all -> number null and typeCode null (the URL suggests 3872/QĐ-UBND, but that is not in the text). Header lines: 'ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG' (one line; no rules), motto, then 'Hà Nội, ngày 9 tháng 11 năm 2010' - the place reads 'Hà Nội' although the issuer is UBND tỉnh Bình Dương (evidently a site/template error; expected place Thủ Dầu Một/Bình Dương) -> place given as written 'Hà Nội', date 2010-11-09. Subject = the line under QUYẾT ĐỊNH, as written ('huyện thị xã' without comma). Enacting word 'QUYẾT ĐỊNH' without a colon before Điều 1. kind administrative: no year-style number, an ủy quyền decision (if the scorer treats any provincial QĐ on delegation as normative, 'legal' is the alternative). References of THIS decision: Nghị định số 45/2010/NĐ-CP ngày 21/4/2010; tờ trình số 623/TTr-SNV ngày 04/11/2010 of Sở Nội vụ. Left out: 'Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003' (no number); the appended second decision's citations (45/2010/NĐ-CP again, and 'tờ trình số 694/TTr-SNV ngày 25/11/' - date cut) belong to the other document (a grader keying the whole page would add 694/TTr-SNV with a null/partial date). Signature 'CHỦ TỊCH' / '(Đã ký)' / 'Nguyễn Hoàng Sơn' -> mode null (no TM. line), name Nguyễn Hoàng Sơn. No Nơi nhận -> null. Note the decision's date (9/11/2010) is later than the tờ trình (4/11/2010) - consistent."
})

for e in E:
    stem = e["file"][:-4]
    assert os.path.exists(os.path.join(D, e["file"])), e["file"]
    with open(os.path.join(D, stem + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(E), "written")
