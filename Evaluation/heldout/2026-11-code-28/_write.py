import json, sys
sys.path.insert(0,'.')
from _excerpts import E

def sig(mode,title,name): return {"mode":mode,"title":title,"name":name}
def ref(n,d): return {"number":n,"date":d}

docs = [
("01","01_cv_BVHTTDL_2884-BVHTTDL-HTQT_web-page-cinet-symbol-first-signer-in-metadata-no-date", dict(
 kind="administrative", documentType="Công văn", typeCode=None, number="2884/BVHTTDL-HTQT", date=None, place=None,
 parentAuthority=None, issuer="BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
 subject="đón Bộ trưởng Văn hóa Philippines sang tham dự Những ngày Văn hóa Philippines tại Việt Nam 2016",
 signatures=[sig("KT","TT","Vương Duy Biên")], recipientsCount=4,
 references=[ref("200/VPCP-QHQT","2016-01-11")], topLevelMarkers=[], appendixTableRows=[],
 notes=("STORED WEB PAGE (search corpus 'pages'; cinet.vn 'van-ban-qppl-cinet' - a site not used before), whole page text as returned "
 "(1,368 chars / 1,702 bytes, under the 2,000-byte cap; ends with site chrome 'Bình luận' / '* Vui lòng nhập bình luận tiếng Việt có dấu' / 'Tin khác', so nothing was cut). "
 "The site REPLACED the document header and signature block by three metadata lines: line 1 = the symbol alone '2884/BVHTTDL-HTQT' (no 'Số:'); "
 "line 2 = signer + issuer 'KTBT, TT Vương Duy Biên Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -'; line 3 = type + trích yếu 'Công văn V/v đón Bộ trưởng ...'. "
 "There is NO place/date line anywhere -> date null, place null (the body's 'ngày 11 tháng 01 năm 2016' is the cited VPCP letter's date and '16 đến ngày 20 tháng 8 năm 2016' is the event). "
 "Judgement: because these metadata lines are the ONLY header/signature the page has, number, issuer (text after 'Theo', trailing ' -' dropped) and the signer are taken from them. "
 "Signer 'KTBT, TT Vương Duy Biên' = abbreviation of 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG' -> mode KT, title given as written 'TT' (expanded form would be 'THỨ TRƯỞNG'), name Vương Duy Biên. "
 "If a scorer treats site metadata as non-document text, signatures would be [] and issuer null. No signature block after Nơi nhận. "
 "Kính gửi: Thủ tướng Chính phủ (addressee, not counted). Nơi nhận 4 items: '- Như trên;', '- Bộ trưởng (để b/c);', '-Bộ Ngoại giao (để phối hợp);' (no space after the dash), '-Lưu: VT, HTQT, NĐT.6.' ('.6' = copy count, not an item). "
 "Reference: 'Công văn số 200/VPCP-QHQT ngày 11 tháng 01 năm 2016' -> 2016-01-11. Typos as written: 'Chủ tich Ủy ban Ouốc gia'. Single-space lines ' ' (probably NBSP on the page) written as spaces. Unnumbered prose -> [].")
)),
("02","02_cv_BVHTTDL_1343-BVHTTDL-VP_web-page-cinet-signer-in-metadata-five-digit-year-reference", dict(
 kind="administrative", documentType="Công văn", typeCode=None, number="1343/BVHTTDL-VP", date=None, place=None,
 parentAuthority=None, issuer="BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
 subject="tổ chức các hoạt động kỷ niệm 100 năm Ngày Bác Hồ đến nước Pháp (1911-2011)",
 signatures=[sig("KT","TT","Lê Tiến Thọ")], recipientsCount=4,
 references=[ref("625-CV/VPTW","2011-04-25")], topLevelMarkers=[], appendixTableRows=[],
 notes=("STORED WEB PAGE (search corpus 'pages'; cinet.vn), whole page as returned (1,381 chars / 1,808 bytes; ends with site chrome 'Tin khác', not cut). "
 "Same cinet shape as 01: symbol line '1343/BVHTTDL-VP', metadata line 'KTBT, TT Lê Tiến Thọ Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -', then 'Công văn Về việc ...' -> subject after 'Về việc' (the long form of V/v). "
 "No date/place line -> date null, place null. Signer from the metadata line only: KT / 'TT' (= THỨ TRƯỞNG) / Lê Tiến Thọ (same judgement as 01). "
 "Kính gửi: Văn phòng Trung ương Đảng (a party body is the ADDRESSEE; the document itself is a state công văn -> kind administrative). "
 "REFERENCE with an impossible date: 'Công văn số 625-CV/VPTW ngày 25 tháng 4 năm 20111' - the year is written with five digits '20111'; given in its evident form 2011-04-25 "
 "(the letter is about the 2011 centenary; if a scorer wants null for a non-existent date, that is the alternative). 625-CV/VPTW is a party number (hyphen form) cited by a state letter. "
 "Nơi nhận 4 items, each written '-X' without a space and separated by blank lines: '-Như trên;', '-Bộ trưởng (để b/c);', '-Ban Tuyên giáo Trung ương;', '-Lưu: VT, VP (THTT 02), NHH.10.' ('.10' copy count). "
 "Body paragraphs unnumbered -> []. The ' ' line before Nơi nhận may be an NBSP on the page.")
)),
("03","03_cv_VPCP_2321-VPCP-QHQT_web-page-cinet-en-dash-symbol-signer-in-metadata", dict(
 kind="administrative", documentType="Công văn", typeCode=None, number="2321/VPCP-QHQT", date=None, place=None,
 parentAuthority=None, issuer="VĂN PHÒNG CHÍNH PHỦ",
 subject="Đề án tổ chức \"Tháng Việt Nam tại Pháp năm 2011\"",
 signatures=[sig(None,"BT, Chủ nhiệm","Nguyễn Xuân Phúc")], recipientsCount=5,
 references=[ref("441/BVHTTDL-HTQT","2011-02-22")], topLevelMarkers=["1","2"], appendixTableRows=[],
 notes=("STORED WEB PAGE (search corpus 'pages'; cinet.vn - the Culture ministry's site republishing a VPCP letter), whole page as returned (1,189 chars / 1,501 bytes; ends with 'Tin khác', not cut). "
 "Symbol line written '2321/VPCP – QHQT' (spaces around an EN DASH) -> canonical 2321/VPCP-QHQT (spaces removed, en dash given as hyphen, as in the earlier '2865/GDĐT –KT&KĐCL' key; literally without spaces: '2321/VPCP–QHQT'). "
 "Metadata line 'BT, Chủ nhiệm Nguyễn Xuân Phúc Theo VĂN PHÒNG CHÍNH PHỦ -' -> issuer VĂN PHÒNG CHÍNH PHỦ; signer = the minister himself ('BT, Chủ nhiệm' = Bộ trưởng, Chủ nhiệm; no KT/TL) -> mode null, title as written 'BT, Chủ nhiệm' (full form 'BỘ TRƯỞNG, CHỦ NHIỆM'), name Nguyễn Xuân Phúc. "
 "No date or place anywhere -> null (the 22/2/2011 date belongs to the cited letter). Subject from 'Công văn Về việc Đề án tổ chức \"Tháng Việt Nam tại Pháp năm 2011\"' (straight double quotes kept). "
 "'Kính gửi:' followed by 10 trailing spaces (shown as spaces; may be NBSP) and two addressees. "
 "Reference: 'công văn số 441/BVHTTDL-HTQT, ngày 22 tháng 2 năm 2011' -> 2011-02-22 (that letter is itself on cinet.vn; not taken). "
 "Body points '1.' and '2.' -> ['1','2']. Nơi nhận: '- Như trên;', '- TTCP, PTTg Phạm Gia Khiêm;', '- VPCP: BTCN,', ' -  Các Vụ: TH, KGVX, Cổng TTĐT;', '- Lưu: VT, QHQT (3) 12' -> 5 dash items "
 "(the ' -  Các Vụ' line is logically the continuation of the VPCP item - its own dash makes it a separate item; 4 if merged). '12' after (3) is a typist/copy mark.")
)),
("04","04_cv_BVHTTDL_3682-BVHTTDL-VP_web-page-cinet-number-and-date-in-title-line", dict(
 kind="administrative", documentType="Công văn", typeCode=None, number="3682/BVHTTDL-VP", date="2013-10-08", place=None,
 parentAuthority=None, issuer="BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
 subject="treo cờ rủ, ngừng các hoạt động vui chơi, giải trí",
 signatures=[sig("KT","TT","Vương Duy Biên")], recipientsCount=4,
 references=[], topLevelMarkers=[], appendixTableRows=[],
 notes=("STORED WEB PAGE (search corpus 'pages'; cinet.vn), whole page as returned (992 chars / 1,235 bytes; ends with 'Tin khác', not cut). "
 "cinet shape, but here the title line carries number AND date: 'Công văn Số: 3682/BVHTTDL-VP ngày 08 tháng 10 năm 2013 Về việc treo cờ rủ, ngừng các hoạt động vui chơi, giải trí' "
 "-> date 2013-10-08 (no place name anywhere -> place null); subject = text after 'Về việc'. The symbol also stands alone on line 1. "
 "Signer from the metadata line 'KTBT, TT Vương Duy Biên Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -' -> KT / 'TT' / Vương Duy Biên (see 01). "
 "Kính gửi: 2 addressees ('- Các đơn vị thuộc Bộ;', ' - Sở Văn hoá, ...'), then a line of 36 spaces. "
 "The only cited text is 'Thông cáo của Văn phòng Trung ương Đảng ngày 05 tháng 10 năm 2013' - no number -> not a reference; 11-13/10/2013 is the mourning period. references []. "
 "Nơi nhận 4 items: '- Như trên;', '- Bộ trưởng (để báo cáo);', '- Các đơn vị có liên quan;', '- Lưu: VT, VP(HCTC), HT'. Unnumbered prose -> [].")
)),
("05","05_cv_TTg_1353-TTg-KGVX_web-page-broken-kinh-gui-dash-long-noi-nhan", dict(
 kind="administrative", documentType="Công văn", typeCode=None, number="1353/TTg-KGVX", date="2014-08-01", place="Hà Nội",
 parentAuthority=None, issuer="THỦ TƯỚNG CHÍNH PHỦ",
 subject="bổ sung Bảo tàng Báo chí Việt Nam vào quy hoạch tổng thể hệ thống Bảo tàng Việt Nam đến năm 2020",
 signatures=[sig("KT","PHÓ THỦ TƯỚNG","Vũ Đức Đam")], recipientsCount=12,
 references=[ref("2452/BVHTTDL-DSVH","2014-07-25")], topLevelMarkers=[], appendixTableRows=[],
 notes=("STORED WEB PAGE (search corpus 'pages'; luatminhkhue.vn - much-used site, this document not used before), whole page as returned (1,277 chars / 1,609 bytes; ends with the signer's name, not cut). "
 "Công văn of the Prime Minister (issuer line 'THỦ TƯỚNG CHÍNH PHỦ', symbol TTg-KGVX); header columns as paragraphs with '-------' rules. "
 "Kính gửi list: '- Hội Nhà báo Việt Nam;' then a lone '-' line and 'Bộ Văn hóa, Thể thao và Du lịch.' on the next line (dash separated from its item) - addressees, not counted. "
 "Reference: 'Công vănsố 2452/BVHTTDL-DSVH ngày 25 tháng 7năm 2014' (glued 'vănsố', '7năm') -> 2014-07-25. "
 "Glued words elsewhere ('Báochí', 'tổngthể', 'Thểthao', 'HộiNhà'). Nơi nhận 12 dash items from '- Như trên;' to '- Lưu: Văn thư, KGVX(3b),đdt.' ('đdt' = typist initials). "
 "Signature KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / Vũ Đức Đam. Body unnumbered -> [].")
)),
("06","06_cv_VPCP_3132-VPCP-KG_web-page-KT-slash-no-noi-nhan-2002", dict(
 kind="administrative", documentType="Công văn", typeCode=None, number="3132/VPCP-KG", date="2002-06-10", place="Hà Nội",
 parentAuthority=None, issuer="VĂN PHÒNG CHÍNH PHỦ",
 subject="xin phép tổ chức hội thảo khoa học",
 signatures=[sig("KT","PHÓ CHỦ NHIỆM","Trần Quốc Toản")], recipientsCount=None,
 references=[ref("497/LHH","2002-06-05"), ref("122/2001/QĐ-TTg","2001-08-21")], topLevelMarkers=[], appendixTableRows=[],
 notes=("STORED WEB PAGE (search corpus 'pages'; luatminhkhue.vn, document not used before), whole page as returned (957 chars / 1,233 bytes; ends with the signer's name, not cut). "
 "2002 VPCP letter, header columns as paragraphs with '********' rules. Kính gửi: Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (addressee). "
 "NO Nơi nhận block in this copy -> recipientsCount null. Signature first line written 'KT/ BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ' (slash instead of dot after KT) -> mode KT; title PHÓ CHỦ NHIỆM; name Trần Quốc Toản. "
 "References: 'công văn số 497/LHH ngày 5 tháng 6 năm 2002' -> 2002-06-05; 'Quyết định số 122/2001/QĐ-TTg ngày 21 tháng 8 năm 2001' -> 2001-08-21. "
 "Mismatched quotes as written: 'chuyên đề” Kinh tế tri thức ... ở Việt Nam”'. 14-15/6/2002 is the event date. Unnumbered prose -> [].")
)),
("07","07_cv_VPCP_1755-VPCP-VI_web-page-spaced-symbol-glued-noi-nhan-label", dict(
 kind="administrative", documentType="Công văn", typeCode=None, number="1755/VPCP-V.I", date="2007-04-03", place="Hà Nội",
 parentAuthority=None, issuer="VĂN PHÒNG CHÍNH PHỦ",
 subject="tổ chức Hội thảo về quan hệ Việt-Lào tại Viêng-chăn, Lào",
 signatures=[sig("KT","PHÓ CHỦ NHIỆM","Nguyễn Xuân Phúc")], recipientsCount=6,
 references=[ref("308/KHXH-QT","2007-03-23")], topLevelMarkers=[], appendixTableRows=[],
 notes=("STORED WEB PAGE (search corpus 'pages'; luatminhkhue.vn, document not used before), whole page as returned (1,355 chars / 1,737 bytes; ends with the signer's name, not cut). "
 "Unusual symbol written 'Số: 1755/VPCP-V .I' (a space before '.I'; 'V.I' = Vụ I of VPCP) -> spaces removed: 1755/VPCP-V.I. Motto glued to the national name ('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc'). "
 "Kính gửi: 5 addressees (not counted). Reference: 'văn bản số 308/KHXH-QT ngày 23/3/2007' of Viện KHXH -> 2007-03-23. "
 "Nơi nhận label glued to its first item ('Nơi nhận:- Như trên;'); 6 items: Như trên; Thủ tướng và các PTTg Chính phủ; Văn phòng Trung ương (để b/c lãnh đạo); Ban Đối ngoại Trung ương; VPCP: BTCN, các PCN: ...; 'Lưu: VT, QHQT (3), 22' ('22' copy count). "
 "Signature 'KT. BỘ TRƯỞNG, CHỦ NHIỆM' / 'PHÓ CHỦ NHIỆMNguyễn Xuân Phúc' (title glued to name) -> KT / PHÓ CHỦ NHIỆM / Nguyễn Xuân Phúc. "
 "Glued words ('họcxã', 'việctổ', 'Nguyễn Sinh Hùngcó', 'ViệtNam', 'bạnLào', 'tạiViêng-chăn', 'đoànViệt', 'thànhsách', 'thông báođể'). '6/ 2007' (late June) is the event period. Unnumbered prose -> [].")
)),
("08","08_tb_BNG_13-2023-TB-LPQT_web-page-tvpl-wrapped-cells-treaty-follows_CUT", dict(
 kind="administrative", documentType="Thông báo", typeCode="TB", number="13/2023/TB-LPQT", date="2023-07-13", place="Hà Nội",
 parentAuthority=None, issuer="BỘ NGOẠI GIAO",
 subject="VỀ VIỆC ĐIỀU ƯỚC QUỐC TẾ CÓ HIỆU LỰC",
 signatures=[sig("TL","VỤ TRƯỞNG VỤ LUẬT PHÁP VÀ ĐIỀU ƯỚC QUỐC TẾ","Lê Đức Hạnh")], recipientsCount=None,
 references=[], topLevelMarkers=[], appendixTableRows=[],
 notes=("STORED WEB PAGE (search corpus 'pages'; thuvienphapluat.vn - much-used site, this document not used before). "
 "CUT BY THE STORE: the excerpt is 1,531 chars / 1,998 bytes as written with plain spaces (cap 2,000 bytes; probably one or two NBSP shown as spaces) and stops mid-word 'nữa quan h' INSIDE THE ATTACHED TREATY; "
 "the Thông báo itself - header to signature - is complete, only the attached Hiệp định text is truncated (hence _CUT). The same notice exists on hethongphapluat.com in the already-used 'pipes-signature-lost' shape; this tvpl copy was taken instead because its shape differs. "
 "Shape: header table cells flattened with '|' lines and short wrapped lines: 'BỘ NGOẠI' / 'GIAO' -> issuer 'BỘ NGOẠI GIAO'; type split 'THÔNG' / 'BÁO'; subject split 'VỀ' / 'VIỆC ĐIỀU ƯỚC QUỐC TẾ CÓ HIỆU LỰC' -> joined. "
 "Signature cell wrapped: 'TL. BỘ' / 'TRƯỞNG' / 'VỤ' / 'TRƯỞNG' / 'VỤ' / 'LUẬT PHÁP VÀ ĐIỀU ƯỚC QUỐC TẾ' / 'Lê Đức Hạnh' -> mode TL, title 'VỤ TRƯỞNG VỤ LUẬT PHÁP VÀ ĐIỀU ƯỚC QUỐC TẾ' (same convention as the 17/2017 key), name Lê Đức Hạnh. "
 "No Nơi nhận -> null. References: 'Luật Điều ước quốc tế năm 2016' (Điều 56, Điều 59) has no number -> none; the treaty dates (08/11/2022 signing, 20/7/2023 entry into force) and the treaties cited inside the attached Hiệp định (2001, 1998) have no numbers -> []. "
 "The attached treaty's title/preamble (GHI NHẬN, CĂN CỨ, THỪA NHẬN) are not top-level markers of the notice -> []. Not a table -> appendixTableRows [].")
)),
]
rows=[]
for k, stem, d in docs:
    url, s = E[k]
    text = json.loads('"'+s+'"')
    open(stem+'.txt','w',encoding='utf-8',newline='').write(text)
    out = {"file": stem+'.txt'}
    out.update(d)
    keys=["file","kind","documentType","typeCode","number","date","place","parentAuthority","issuer","subject","signatures","recipientsCount","references","topLevelMarkers","appendixTableRows","notes"]
    out={kk:out[kk] for kk in keys}
    open(stem+'.expected.json','w',encoding='utf-8').write(json.dumps(out,ensure_ascii=False,indent=1)+"\n")
    print(stem, len(text), len(text.encode()))
