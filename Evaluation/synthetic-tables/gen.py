#!/usr/bin/env python3
"""Blind synthetic evaluation set: Vietnamese administrative documents with appendix tables.

usage: gen.py [--out DIR] [--no-render] [--seed N]

Needs python-docx, LibreOffice (soffice), poppler-utils, pypdf, pymupdf, pdfminer.six, pandoc and antiword.
Seed 7007 is the set first scored blind in session 12 (see Evaluation/README.md); a new seed gives a new set.

Writes N_DOCS (40) documents laid out after Nghị định 30/2020/NĐ-CP as .docx, renders every one
through nine real extractors and writes, beside every text, an <stem>.expected.json in the format
of shared/corpus/EXPECTED-FORMAT.md. Every expected field is known by construction; the same truth
is used for all pipelines of a document (the extractor must not change the truth).

Each document has
  * a two-column header table: cơ quan chủ quản / cơ quan ban hành / "Số: …" (and "V/v …" for a
    Công văn) on the left; quốc hiệu, tiêu ngữ, "<place>, ngày … tháng … năm …" on the right;
  * a type name (KẾ HOẠCH, QUYẾT ĐỊNH, BÁO CÁO, THÔNG BÁO, TỜ TRÌNH) and subject, or a Công văn;
  * a numbered body (I., II. … / 1., 2. … / Điều 1. …) citing 1-4 numbered documents;
  * a closing table: "Nơi nhận:" list left, signature block right (e.g. KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC);
  * after a page break (sometimes a landscape section), 1-2 appendix tables, each under a label
    ("Phụ lục I", "PHỤ LỤC 01", "Phụ lục số 2" …), a title in capitals and a caption
    "(Kèm theo <Type> số <own number> ngày … của …)".

Table shapes (SHAPES; balanced across the set, assigned to tables in a seeded shuffle):
  1 simple       STT | Nội dung | Đơn vị thực hiện | Thời gian, 4-15 rows, long cells wrap 2-3 lines
  2 no-stt       no row-number column; first column is a name (unit, company, project)
  3 merged-head  two-row header with a merged group ("Kinh phí (triệu đồng)" over Tổng|NSTW|NSĐP)
                 and/or a column-number row "(1) (2) (3) …"
  4 sections     section rows (I/II, A/B or 1./2.; capitals or sentence case) with numbered rows
  5 total        a final "Tổng cộng" / "Cộng" / "Tổng số" row with the sums
  6 long         30-45 rows running over a page break, header row set to repeat on each page
  7 numeric      quantities like 1.234,5 and percentages like 85,3%
  8 sparse-note  empty cells here and there and a "Ghi chú: …" line under the table

Row-count convention (appendixTableRows): every row that is not a header row counts, including
section rows and total rows; header rows, repeated header rows and the column-number row do not.

Header, body and closing content is recombined from the dev corpus (shared/corpus/dev): its
issuers, parent authorities, places, cited documents, subjects, body phrasing and signers.
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

SEED = 7007
N_DOCS = 40
SHAPES = {1: "simple", 2: "no-stt", 3: "merged-head", 4: "sections", 5: "total", 6: "long",
          7: "numeric", 8: "sparse-note"}
PIPELINES = ["pdftotext-raw", "pdftotext-layout", "pdftotext", "pypdf", "pdfminer", "pymupdf",
             "docx-pandoc", "docx-lotxt", "antiword"]

# ---------------------------------------------------------------------------------------------
# Content pools (drawn from the dev corpus, recombined)
# ---------------------------------------------------------------------------------------------

PROVINCES = {  # province -> localities used in cells and body text
    "Lào Cai": ["xã Văn Chấn", "xã Bảo Ái", "phường Yên Bái", "xã Chiềng Ken", "xã Bảo Thắng",
                "phường Sa Pa", "xã Mường Khương", "xã Bát Xát", "phường Nghĩa Lộ", "xã Trấn Yên"],
    "Quảng Ngãi": ["phường Cẩm Thành", "xã Bình Sơn", "xã Tư Nghĩa", "phường Đức Phổ", "xã Sơn Tịnh",
                   "xã Nghĩa Hành", "xã Ba Tơ", "phường Trương Quang Trọng", "xã Lý Sơn"],
    "Tuyên Quang": ["phường Minh Xuân", "xã Yên Sơn", "xã Sơn Dương", "xã Hàm Yên", "xã Chiêm Hóa",
                    "phường Hà Giang 1", "xã Na Hang", "xã Lâm Bình"],
    "Thái Nguyên": ["phường Phan Đình Phùng", "xã Đại Từ", "xã Phú Bình", "phường Phổ Yên",
                    "xã Võ Nhai", "xã Định Hóa", "phường Bắc Kạn", "xã Chợ Đồn"],
    "Phú Thọ": ["phường Việt Trì", "xã Thanh Sơn", "xã Cẩm Khê", "xã Tam Nông", "phường Phú Thọ",
                "xã Lâm Thao", "phường Vĩnh Yên", "xã Lạc Thủy"],
}

# Issuer templates: parent authority (None for the UBND itself), issuer lines, symbol code,
# department codes, domains, signature blocks (lines as printed; mode/title derived from them).
ISSUERS = [
    {"key": "SCT", "parent": "UBND TỈNH {P}", "lines": ["SỞ CÔNG THƯƠNG"], "code": "SCT",
     "depts": ["CN", "QLTM", "KHTC", "KTATMT"], "domains": ["vlncn", "ccn"],
     "long": "Sở Công Thương", "head": "GIÁM ĐỐC SỞ CÔNG THƯƠNG",
     "sigs": [["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ["GIÁM ĐỐC"]]},
    {"key": "SXD", "parent": "UBND TỈNH {P}", "lines": ["SỞ XÂY DỰNG"], "code": "SXD",
     "depts": ["QLHĐXD", "QLN", "KTVLXD"], "domains": ["xaydung", "khoangsan"],
     "long": "Sở Xây dựng", "head": "GIÁM ĐỐC SỞ XÂY DỰNG",
     "sigs": [["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ["GIÁM ĐỐC"]]},
    {"key": "SNNMT", "parent": "UBND TỈNH {P}", "lines": ["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"],
     "code": "SNNMT", "depts": ["KHTC", "KS", "MT"], "domains": ["khoangsan"],
     "long": "Sở Nông nghiệp và Môi trường", "head": "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
     "sigs": [["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]]},
    {"key": "SKHCN", "parent": "UBND TỈNH {P}", "lines": ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
     "code": "SKHCN", "depts": ["QLKHCN", "CĐS", "KHTC"], "domains": ["khcn"],
     "long": "Sở Khoa học và Công nghệ", "head": "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ",
     "sigs": [["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ["GIÁM ĐỐC"]]},
    {"key": "UBND", "parent": None, "lines": ["ỦY BAN NHÂN DÂN", "TỈNH {P}"], "code": "UBND",
     "depts": ["KT", "XD", "TH"], "domains": ["khoangsan", "ccn", "xaydung", "vlncn"],
     "long": "Ủy ban nhân dân tỉnh", "head": "ỦY BAN NHÂN DÂN TỈNH {P}",
     "sigs": [["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
              ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]]},
    {"key": "VP", "parent": "UBND TỈNH {P}", "lines": ["VĂN PHÒNG"], "code": "VP",
     "depts": ["KT", "TH"], "domains": ["ccn", "khcn"],
     "long": "Văn phòng Ủy ban nhân dân tỉnh", "head": "CHÁNH VĂN PHÒNG",
     "sigs": [["CHÁNH VĂN PHÒNG"], ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]]},
    {"key": "BQLKKT", "parent": "UBND TỈNH {P}", "lines": ["BAN QUẢN LÝ KHU KINH TẾ"],
     "code": "BQLKKT", "depts": ["QLĐT", "QHXD"], "domains": ["ccn", "xaydung"],
     "long": "Ban Quản lý Khu kinh tế", "head": "TRƯỞNG BAN QUẢN LÝ KHU KINH TẾ",
     "sigs": [["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], ["TRƯỞNG BAN"]]},
]

SIGNERS = ["Hoàng Văn Thuân", "Phan Văn Hiếu", "Nguyễn Tiến Nam", "Nguyễn Thành Sinh",
           "Phan Trung Bá", "Phạm Bình Minh", "Phạm Năng Chung", "Nguyễn Tuấn Anh", "Lê Trí Hà",
           "Vương Trinh Quốc", "Phan Văn Cương", "Nguyễn Hữu Long", "Trần Thị Thu Hà",
           "Đỗ Minh Tuấn", "Lương Thị Hồng Nhung", "Vũ Đức Thắng"]

# Cited documents: (type name, number, ISO date or None, "của …" description, domains).
REFERENCES = [
    ("Nghị định", "181/2024/NĐ-CP", "2024-12-31", "của Chính phủ quy định chi tiết một số điều của "
     "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ về vật liệu nổ công nghiệp và "
     "tiền chất thuốc nổ", {"vlncn"}),
    ("Thông tư", "23/2024/TT-BCT", "2024-11-07", "của Bộ trưởng Bộ Công Thương quy định về quản lý, "
     "sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ", {"vlncn"}),
    ("Thông tư", "38/2025/TT-BCT", "2025-06-19", "của Bộ trưởng Bộ Công Thương sửa đổi, bổ sung một "
     "số quy định về phân cấp thực hiện thủ tục hành chính", {"vlncn", "ccn"}),
    ("Nghị định", "146/2025/NĐ-CP", "2025-06-12", "của Chính phủ quy định về phân quyền, phân cấp "
     "trong lĩnh vực công nghiệp và thương mại", {"vlncn", "ccn"}),
    ("Nghị định", "105/2025/NĐ-CP", "2025-05-15", "của Chính phủ quy định chi tiết một số điều và "
     "biện pháp thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", {"vlncn", "xaydung"}),
    ("Nghị định", "32/2024/NĐ-CP", "2024-03-15", "của Chính phủ về quản lý, phát triển cụm công "
     "nghiệp", {"ccn"}),
    ("Thông tư", "14/2024/TT-BCT", "2024-08-15", "của Bộ trưởng Bộ Công Thương quy định chế độ báo "
     "cáo định kỳ về cụm công nghiệp, cơ sở dữ liệu cụm công nghiệp cả nước", {"ccn"}),
    ("Nghị định", "193/2025/NĐ-CP", "2025-07-02", "của Chính phủ quy định chi tiết một số điều và "
     "biện pháp thi hành Luật Địa chất và khoáng sản", {"khoangsan"}),
    ("Chỉ thị", "11-CT/TU", "2026-01-04", "của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của "
     "Đảng đối với công tác quản lý nhà nước về khoáng sản", {"khoangsan"}),
    ("Nghị quyết", "10-NQ/TW", "2022-02-10", "của Bộ Chính trị về định hướng chiến lược địa chất, "
     "khoáng sản và công nghiệp khai khoáng đến năm 2030, tầm nhìn đến năm 2045", {"khoangsan"}),
    ("Quyết định", "866/QĐ-TTg", "2023-07-18", "của Thủ tướng Chính phủ phê duyệt Quy hoạch thăm dò, "
     "khai thác, chế biến và sử dụng các loại khoáng sản thời kỳ 2021 - 2030", {"khoangsan"}),
    ("Quyết định", "1626/QĐ-TTg", "2023-12-15", "của Thủ tướng Chính phủ phê duyệt Quy hoạch thăm dò, "
     "khai thác, chế biến và sử dụng các loại khoáng sản làm vật liệu xây dựng",
     {"khoangsan", "xaydung"}),
    ("Nghị quyết", "57-NQ/TW", "2024-12-22", "của Bộ Chính trị về đột phá phát triển khoa học, công "
     "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", {"khcn"}),
    ("Nghị quyết", "71/NQ-CP", "2025-04-01", "của Chính phủ sửa đổi, bổ sung, cập nhật Chương trình "
     "hành động của Chính phủ về đột phá phát triển khoa học, công nghệ", {"khcn"}),
    ("Kế hoạch hành động", "359-KH/TU", "2025-04-29", "của Ban Thường vụ Tỉnh ủy về phát triển khoa "
     "học, công nghệ, đổi mới sáng tạo và chuyển đổi số", {"khcn"}),
    ("Nghị định", "175/2024/NĐ-CP", "2024-12-30", "của Chính phủ quy định chi tiết một số điều và "
     "biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng", {"xaydung"}),
    ("Quyết định", "05/2025/QĐ-UBND", "2025-07-01", "của Ủy ban nhân dân tỉnh ban hành quy định chức "
     "năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Công Thương", {"vlncn", "ccn"}),
    ("Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "42/2024/QH15", None, "",
     {"vlncn"}),
    ("Luật Địa chất và khoáng sản", "54/2024/QH15", None, "", {"khoangsan"}),
]

DOMAINS = {
    "vlncn": {
        "topics": ["quản lý, sử dụng vật liệu nổ công nghiệp", "bảo đảm an toàn trong sử dụng và bảo "
                   "quản vật liệu nổ công nghiệp", "huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp"],
        "sentences": [
            "Kiểm tra việc chấp hành các quy định của pháp luật về bảo quản, vận chuyển và sử dụng vật "
            "liệu nổ công nghiệp tại các đơn vị được cấp giấy phép.",
            "Rà soát điều kiện về kho chứa, phương tiện vận chuyển và hồ sơ pháp lý của các tổ chức "
            "hoạt động vật liệu nổ công nghiệp trên địa bàn tỉnh.",
            "Đôn đốc các đơn vị thực hiện đầy đủ chế độ báo cáo định kỳ về tình hình sử dụng vật liệu "
            "nổ công nghiệp, tiền chất thuốc nổ.",
            "Phối hợp với Công an tỉnh kiểm tra điều kiện an toàn phòng cháy, chữa cháy đối với kho "
            "vật liệu nổ công nghiệp.",
            "Tổ chức huấn luyện, kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn cho người "
            "quản lý, thủ kho, chỉ huy nổ mìn.",
            "Kịp thời phát hiện, ngăn chặn và xử lý nghiêm các hành vi vi phạm trong hoạt động vật liệu "
            "nổ công nghiệp.",
            "Hướng dẫn các doanh nghiệp hoàn thiện hồ sơ đề nghị cấp Giấy phép sử dụng vật liệu nổ "
            "công nghiệp theo đúng quy định.",
            "Thẩm định phương án nổ mìn tại khu vực có công trình cần bảo vệ, bảo đảm an toàn cho "
            "người dân và công trình lân cận.",
        ],
        "tasks": [
            "Kiểm tra việc chấp hành quy định về bảo quản vật liệu nổ công nghiệp tại kho chứa của các "
            "doanh nghiệp khai thác khoáng sản",
            "Rà soát, thống kê các đơn vị được cấp Giấy phép sử dụng vật liệu nổ công nghiệp còn hiệu lực",
            "Tổ chức lớp huấn luyện kỹ thuật an toàn cho người quản lý, thủ kho và người phục vụ",
            "Kiểm tra điều kiện an toàn phòng cháy, chữa cháy đối với phương tiện vận chuyển vật liệu "
            "nổ công nghiệp",
            "Thẩm định phương án nổ mìn tại khu vực có công trình cần bảo vệ",
            "Tổng hợp, báo cáo tình hình sử dụng vật liệu nổ công nghiệp định kỳ 6 tháng và năm",
            "Tuyên truyền, phổ biến pháp luật về quản lý vật liệu nổ công nghiệp cho doanh nghiệp",
            "Phối hợp kiểm tra đột xuất các điểm nổ mìn có phản ánh của Nhân dân",
            "Cập nhật cơ sở dữ liệu về giấy phép, kho chứa và khối lượng vật liệu nổ sử dụng",
            "Xử lý vi phạm hành chính trong hoạt động vật liệu nổ công nghiệp theo thẩm quyền",
            "Hướng dẫn doanh nghiệp lập hồ sơ đề nghị cấp, cấp lại Giấy phép sử dụng vật liệu nổ",
            "Kiểm tra việc lắp đặt camera giám sát và hệ thống chống sét tại kho vật liệu nổ",
        ],
        "items": ["Thuốc nổ nhũ tương", "Thuốc nổ ANFO", "Kíp nổ vi sai phi điện", "Dây nổ chịu nước",
                  "Mồi nổ", "Kíp nổ điện", "Dây dẫn tín hiệu nổ", "Thuốc nổ amonit AD1"],
        "units": ["Sở Công Thương", "Công an tỉnh", "Phòng Quản lý công nghiệp",
                  "Phòng Kỹ thuật an toàn - Môi trường", "UBND các xã, phường", "Sở Xây dựng",
                  "Bộ Chỉ huy Quân sự tỉnh", "Các doanh nghiệp hoạt động vật liệu nổ công nghiệp"],
    },
    "khoangsan": {
        "topics": ["quản lý nhà nước về khoáng sản", "bảo vệ khoáng sản chưa khai thác",
                   "thanh tra, kiểm tra hoạt động khoáng sản"],
        "sentences": [
            "Tổ chức quán triệt sâu rộng các chủ trương, chính sách, pháp luật của Nhà nước về địa chất, "
            "khoáng sản đến cán bộ, doanh nghiệp và Nhân dân.",
            "Rà soát, điều chỉnh, bổ sung Phương án quản lý về địa chất, khoáng sản để tích hợp vào điều "
            "chỉnh Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
            "Kiểm soát chặt chẽ công suất, trữ lượng, ranh giới và chiều sâu khai thác của các đơn vị "
            "được cấp phép.",
            "Đẩy mạnh tổ chức đấu giá quyền khai thác khoáng sản làm vật liệu xây dựng thông thường bảo "
            "đảm công khai, minh bạch.",
            "Tăng cường kiểm tra, tuần tra tại các khu vực có khoáng sản chưa khai thác để kịp thời phát "
            "hiện, ngăn chặn khai thác trái phép.",
            "Yêu cầu các đơn vị lắp đặt trạm cân, thiết bị giám sát và camera tại khu vực khai thác, chế "
            "biến và vận chuyển khoáng sản.",
            "Xử lý nghiêm các hành vi khai thác vượt ranh giới, vượt công suất, sai thiết kế và gây ô "
            "nhiễm môi trường.",
            "Ứng dụng công nghệ số trong giám sát sản lượng khai thác và quản lý giấy phép khai thác "
            "khoáng sản.",
        ],
        "tasks": [
            "Tuyên truyền, phổ biến pháp luật về địa chất và khoáng sản cho cán bộ, doanh nghiệp và Nhân dân",
            "Rà soát, điều chỉnh Phương án quản lý về địa chất, khoáng sản trong Quy hoạch tỉnh",
            "Tổ chức đấu giá quyền khai thác khoáng sản làm vật liệu xây dựng thông thường",
            "Kiểm tra việc chấp hành quy định về công suất, trữ lượng và ranh giới khai thác",
            "Khoanh định khu vực cấm, tạm thời cấm hoạt động khoáng sản",
            "Xây dựng, cập nhật cơ sở dữ liệu chuyên ngành địa chất, khoáng sản",
            "Kiểm tra, xử lý các điểm khai thác khoáng sản trái phép trên sông, suối",
            "Giám sát việc ký quỹ cải tạo, phục hồi môi trường của các đơn vị khai thác",
            "Rà soát các mỏ đủ điều kiện để trình kế hoạch đấu giá quyền khai thác",
            "Kiểm tra việc lắp đặt trạm cân, camera giám sát tại các mỏ đang khai thác",
            "Tổng hợp, đánh giá kết quả thực hiện Chỉ thị và báo cáo Ủy ban nhân dân tỉnh",
            "Bồi dưỡng chuyên môn, nghiệp vụ cho công chức quản lý khoáng sản cấp xã",
        ],
        "items": ["Đá vôi làm vật liệu xây dựng", "Cát, sỏi lòng sông", "Đá hoa trắng", "Sét gạch ngói",
                  "Đất san lấp", "Quặng sắt", "Quặng apatit", "Đá ốp lát"],
        "units": ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Công an tỉnh", "Sở Tài chính",
                  "UBND các xã, phường", "Thuế tỉnh", "Sở Công Thương", "Ủy ban Mặt trận Tổ quốc tỉnh"],
    },
    "ccn": {
        "topics": ["quản lý, phát triển cụm công nghiệp", "đầu tư hạ tầng kỹ thuật các cụm công nghiệp",
                   "thu hút đầu tư vào các cụm công nghiệp"],
        "sentences": [
            "Đẩy nhanh tiến độ giải phóng mặt bằng tại các cụm công nghiệp do doanh nghiệp làm chủ đầu tư "
            "hạ tầng.",
            "Hoàn thiện hạ tầng kỹ thuật, hệ thống xử lý nước thải tập trung tại các cụm công nghiệp đã "
            "đi vào hoạt động.",
            "Rà soát các cụm công nghiệp chưa có quyết định thành lập để tham mưu hoàn thiện thủ tục theo "
            "quy định.",
            "Tăng cường xúc tiến, kêu gọi doanh nghiệp tham gia đầu tư kinh doanh hạ tầng cụm công nghiệp.",
            "Cập nhật đầy đủ thông tin vào cơ sở dữ liệu cụm công nghiệp theo quy định.",
            "Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường của các dự án thứ cấp trong cụm "
            "công nghiệp.",
            "Bố trí vốn đầu tư tuyến đường kết nối ngoài hàng rào các cụm công nghiệp trọng điểm.",
            "Nâng cao tỷ lệ lấp đầy, thu hút các dự án sử dụng công nghệ hiện đại, thân thiện môi trường.",
        ],
        "tasks": [
            "Hoàn thiện hồ sơ thành lập, mở rộng các cụm công nghiệp đã có trong Quy hoạch tỉnh",
            "Đẩy nhanh tiến độ bồi thường, giải phóng mặt bằng tại các cụm công nghiệp",
            "Đầu tư hệ thống xử lý nước thải tập trung tại các cụm công nghiệp đang hoạt động",
            "Xúc tiến, kêu gọi doanh nghiệp đầu tư kinh doanh hạ tầng kỹ thuật cụm công nghiệp",
            "Cập nhật cơ sở dữ liệu cụm công nghiệp và báo cáo định kỳ về Bộ Công Thương",
            "Đầu tư tuyến đường kết nối ngoài hàng rào cụm công nghiệp",
            "Kiểm tra tình hình triển khai các dự án thứ cấp chậm tiến độ",
            "Rà soát, thu hồi các dự án không triển khai hoặc vi phạm cam kết đầu tư",
            "Xây dựng quy chế phối hợp quản lý cụm công nghiệp giữa các sở, ngành và địa phương",
            "Tổ chức hội nghị gặp mặt, đối thoại với doanh nghiệp trong các cụm công nghiệp",
            "Lập quy hoạch chi tiết xây dựng tỷ lệ 1/500 các cụm công nghiệp mới",
            "Hỗ trợ doanh nghiệp hoàn thiện thủ tục đất đai, môi trường và phòng cháy, chữa cháy",
        ],
        "items": ["Cụm công nghiệp Thống Nhất 1", "Cụm công nghiệp Phú Thịnh 1", "Cụm công nghiệp Phú Thịnh 2",
                  "Cụm công nghiệp Minh Quân", "Cụm công nghiệp Y Can", "Cụm công nghiệp Bảo Minh",
                  "Cụm công nghiệp Báo Đáp", "Cụm công nghiệp Đông An", "Cụm công nghiệp Âu Lâu"],
        "units": ["Sở Công Thương", "Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường",
                  "UBND các xã, phường có cụm công nghiệp", "Ban Quản lý Khu kinh tế",
                  "Các chủ đầu tư hạ tầng cụm công nghiệp", "Văn phòng UBND tỉnh"],
    },
    "khcn": {
        "topics": ["phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
                   "chuyển đổi số trong cơ quan nhà nước", "ứng dụng tiến bộ khoa học và công nghệ"],
        "sentences": [
            "Trao đổi, nắm bắt kế hoạch của cơ quan, đơn vị trong việc tổ chức thực hiện chiến lược phát "
            "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.",
            "Xác định các bài toán lớn cho ngành, lĩnh vực giai đoạn năm 2026 đến năm 2030.",
            "Thúc đẩy sự tham gia của các nhà khoa học, tổ chức khoa học và công nghệ, trường đại học "
            "trong việc giải quyết các bài toán lớn của tỉnh.",
            "Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, nâng cao tỷ lệ hồ sơ được giải quyết "
            "trực tuyến.",
            "Xây dựng, vận hành hiệu quả các cơ sở dữ liệu dùng chung của tỉnh.",
            "Hỗ trợ doanh nghiệp đổi mới công nghệ, đăng ký quyền sở hữu trí tuệ và áp dụng tiêu chuẩn.",
            "Tổng hợp, tham mưu báo cáo kết quả thực hiện Kế hoạch theo định kỳ.",
            "Tùy tình hình thực tế, tham mưu đăng ký làm việc với từng cơ quan, tổ chức cụ thể.",
        ],
        "tasks": [
            "Làm việc với các sở, ban, ngành về kế hoạch thực hiện chiến lược chuyển đổi số",
            "Xác định danh mục bài toán lớn của tỉnh giai đoạn 2026 - 2030",
            "Triển khai nền tảng quản lý văn bản và điều hành dùng chung của tỉnh",
            "Hỗ trợ doanh nghiệp đổi mới công nghệ, nâng cao năng suất chất lượng",
            "Tổ chức hội thảo về đổi mới sáng tạo với các trường đại học trong khu vực",
            "Xây dựng cơ sở dữ liệu khoa học và công nghệ của tỉnh",
            "Đặt hàng nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026",
            "Đào tạo kỹ năng số cho cán bộ, công chức, viên chức",
            "Nâng cấp hệ thống thông tin giải quyết thủ tục hành chính của tỉnh",
            "Đánh giá mức độ chuyển đổi số của các cơ quan, đơn vị",
            "Hỗ trợ đăng ký bảo hộ quyền sở hữu trí tuệ cho sản phẩm chủ lực",
            "Tổng hợp, báo cáo kết quả thực hiện Nghị quyết định kỳ hằng quý",
        ],
        "items": ["Nhiệm vụ khoa học cấp tỉnh", "Dịch vụ công trực tuyến toàn trình", "Doanh nghiệp khoa học",
                  "Sáng chế, giải pháp hữu ích", "Cơ sở dữ liệu dùng chung", "Hồ sơ xử lý trên môi trường số",
                  "Tài khoản định danh điện tử", "Sản phẩm OCOP được truy xuất nguồn gốc"],
        "units": ["Sở Khoa học và Công nghệ", "Phòng Quản lý Khoa học và Công nghệ", "Văn phòng UBND tỉnh",
                  "Sở Tài chính", "Công an tỉnh", "Các trường đại học, cao đẳng", "UBND các xã, phường",
                  "Trung tâm Phục vụ hành chính công tỉnh"],
    },
    "xaydung": {
        "topics": ["quản lý đầu tư xây dựng", "quản lý chất lượng công trình xây dựng",
                   "quản lý vật liệu xây dựng"],
        "sentences": [
            "Hướng dẫn chủ đầu tư hoàn thiện hồ sơ thiết kế cơ sở theo đúng quy định của pháp luật về xây dựng.",
            "Kiểm tra công tác nghiệm thu, bàn giao đưa công trình vào sử dụng.",
            "Rà soát các dự án chậm tiến độ, kịp thời tháo gỡ khó khăn, vướng mắc cho chủ đầu tư.",
            "Tăng cường quản lý chất lượng vật liệu xây dựng đưa vào sử dụng trong công trình.",
            "Thực hiện nghiêm quy trình thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng.",
            "Công khai thủ tục hành chính lĩnh vực xây dựng trên Cổng dịch vụ công quốc gia.",
            "Xử lý nghiêm các trường hợp xây dựng không phép, sai phép.",
            "Phối hợp kiểm tra an toàn lao động tại các công trình xây dựng trọng điểm.",
        ],
        "tasks": [
            "Kiểm tra công tác quản lý chất lượng tại các công trình xây dựng sử dụng vốn ngân sách",
            "Thẩm định báo cáo nghiên cứu khả thi các dự án đầu tư xây dựng nhóm B, nhóm C",
            "Rà soát, tháo gỡ vướng mắc cho các dự án chậm tiến độ",
            "Kiểm tra nghiệm thu, bàn giao đưa công trình vào sử dụng",
            "Công bố giá vật liệu xây dựng và chỉ số giá xây dựng hằng quý",
            "Kiểm tra an toàn lao động tại các công trình xây dựng trọng điểm",
            "Xử lý các trường hợp xây dựng không phép, sai phép",
            "Tập huấn quy định mới về quản lý dự án đầu tư xây dựng",
            "Hướng dẫn chủ đầu tư lập hồ sơ thiết kế cơ sở",
            "Cập nhật cơ sở dữ liệu về hoạt động xây dựng",
            "Kiểm tra năng lực hoạt động xây dựng của tổ chức tư vấn",
            "Rà soát quy hoạch chung xây dựng các xã, phường",
        ],
        "items": ["Xi măng", "Thép xây dựng", "Gạch không nung", "Đá xây dựng", "Cát xây dựng",
                  "Bê tông thương phẩm", "Nhựa đường", "Kính xây dựng"],
        "units": ["Sở Xây dựng", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Ban Quản lý dự án tỉnh",
                  "UBND các xã, phường", "Thanh tra tỉnh", "Các chủ đầu tư", "Sở Công Thương"],
    },
}

COMPANY_PREFIX = ["Công ty TNHH", "Công ty cổ phần", "Công ty TNHH MTV", "Doanh nghiệp tư nhân",
                  "Hợp tác xã"]
COMPANY_CORE = ["Khoáng sản Thành Hương", "Xây dựng Hoàng Long", "Vật liệu xây dựng Minh Đức",
                "Đá vôi Văn Chấn", "Khai khoáng Bảo Ái", "Thương mại Tân Phát", "Đầu tư Nam Sơn",
                "Hóa chất Đức Giang", "Xây lắp Hồng Hà", "Cơ khí Phú Thịnh", "Năng lượng Ngòi Nhù",
                "Kỹ thuật mỏ Việt Bắc", "Vận tải Trường Thành", "Phát triển Đô thị Thống Nhất",
                "Quốc tế khoáng chất Việt Nam", "Gạch ngói Âu Lâu", "Đá hoa Mông Sơn", "Nông sản Tây Bắc"]
TIMES = ["Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026", "Tháng 6/2026", "Tháng 9/2026",
         "Thường xuyên", "Năm 2026", "Trước ngày 30/11/2026", "Hằng quý", "6 tháng đầu năm 2026"]

TYPES = {  # key -> (name, heading, typeCode, caption word)
    "KH": ("Kế hoạch", "KẾ HOẠCH", "KH"),
    "QĐ": ("Quyết định", "QUYẾT ĐỊNH", "QĐ"),
    "BC": ("Báo cáo", "BÁO CÁO", "BC"),
    "TB": ("Thông báo", "THÔNG BÁO", "TB"),
    "TTr": ("Tờ trình", "TỜ TRÌNH", "TTr"),
    "CV": ("Công văn", None, None),
}
TYPE_PLAN = ["KH"] * 12 + ["QĐ"] * 7 + ["BC"] * 6 + ["TB"] * 5 + ["TTr"] * 4 + ["CV"] * 6

# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def vn_num(x, decimals=0):
    """1234.5 -> '1.234,5' (Vietnamese grouping)."""
    s = f"{x:,.{decimals}f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def dmy(iso):
    """'2024-12-31' -> '31/12/2024' (day 2 digits, month as written in the corpus)."""
    y, m, d = iso.split("-")
    return f"{d}/{int(m)}/{y}"


def roman(n):
    return ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][n - 1]


def upper_vn(s):
    return s.upper()


def pick(rng, seq, k):
    return rng.sample(list(seq), k)


_DECKS = {}   # balanced variant decks, reset by build_documents()


def variant(rng, key, options):
    """Next option from a shuffled, refilled deck: variants stay balanced across the set."""
    deck = _DECKS.setdefault(key, [])
    if not deck:
        deck.extend(pick(rng, options, len(options)))
    return deck.pop()


def split_two_lines(text, rng):
    """Split a subject at a word boundary near the middle (as printed on two lines) or keep one."""
    words = text.split()
    if len(words) < 12 or rng.random() < 0.4:
        return [text]
    cut = len(words) // 2 + rng.randint(-2, 2)
    return [" ".join(words[:cut]), " ".join(words[cut:])]


# ---------------------------------------------------------------------------------------------
# Document model: header, body, closing, appendices (plain data; written to .docx later)
# ---------------------------------------------------------------------------------------------


def make_header(rng, type_key, draft):
    """Issuer, number, date, place; returns a dict with the printed lines and the truth."""
    candidates = [s for s in ISSUERS if not (type_key == "TTr" and s["key"] == "UBND")]
    if type_key == "QĐ":
        candidates = [s for s in ISSUERS if s["key"] in ("UBND", "SCT", "SNNMT", "SXD", "SKHCN")]
    iss = rng.choice(candidates)
    province = rng.choice(list(PROVINCES))
    P = upper_vn(province)
    parent = iss["parent"].format(P=P) if iss["parent"] else None
    lines = [l.format(P=P) for l in iss["lines"]]
    month = rng.randint(2, 11)
    day = rng.randint(1, 28)
    year = 2026
    n = str(rng.randint(12, 4890))
    dept = rng.choice(iss["depts"])
    if type_key == "CV":
        symbol = f"{iss['code']}-{dept}"
    else:
        symbol = f"{TYPES[type_key][2]}-{iss['code']}"
    number = f"/{symbol}" if draft else f"{n}/{symbol}"
    printed_no = ("Số:        /" + symbol) if draft else rng.choice(
        [f"Số: {n}/{symbol}", f"Số: {n}/{symbol}", f"Số:  {n} /{symbol}"])
    if draft:
        date_iso = f"{year}-{month:02d}"
        printed_date = f"{province}, ngày      tháng {month:02d} năm {year}" if month <= 2 else \
            f"{province}, ngày      tháng {month} năm {year}"
        caption_date = f"ngày     /{month}/{year}"
    else:
        date_iso = f"{year}-{month:02d}-{day:02d}"
        mm = f"{month:02d}" if month <= 2 else str(month)
        printed_date = f"{province}, ngày {day:02d} tháng {mm} năm {year}"
        caption_date = f"ngày {day:02d}/{month}/{year}"
    domain = rng.choice(iss["domains"])
    return {"issuer": iss, "province": province, "parent": parent, "issuer_lines": lines,
            "issuer_text": " ".join(lines), "number": number, "printed_no": printed_no,
            "date": date_iso, "printed_date": printed_date, "caption_date": caption_date,
            "domain": domain, "dept": dept, "draft": draft, "n": n}


def make_subject(rng, type_key, h):
    d = DOMAINS[h["domain"]]
    topic = rng.choice(d["topics"])
    P = h["province"]
    options = {
        "KH": [f"Triển khai công tác {topic} trên địa bàn tỉnh {P} năm 2026",
               f"Kiểm tra công tác {topic} trên địa bàn tỉnh {P} năm 2026",
               f"Tuyên truyền, phổ biến pháp luật về {topic} giai đoạn 2026 - 2030",
               f"Thực hiện các nhiệm vụ trọng tâm về {topic} năm 2026"],
        "QĐ": [f"Về việc phê duyệt Kế hoạch {topic} năm 2026",
               f"Ban hành Danh mục nhiệm vụ về {topic} trên địa bàn tỉnh {P} năm 2026",
               f"Về việc thành lập Đoàn kiểm tra công tác {topic} năm 2026"],
        "BC": [f"Kết quả thực hiện công tác {topic} năm 2025 và phương hướng, nhiệm vụ năm 2026",
               f"Tình hình {topic} 6 tháng đầu năm 2026",
               f"Kết quả kiểm tra công tác {topic} trên địa bàn tỉnh {P}"],
        "TB": [f"Kết quả kiểm tra công tác {topic} năm 2026",
               f"Tổ chức hội nghị tập huấn về {topic}",
               f"Kết luận của Lãnh đạo {h['issuer']['long']} tại cuộc họp về {topic}"],
        "TTr": [f"Về việc phê duyệt Kế hoạch {topic} năm 2026",
                f"Về việc đề nghị bố trí kinh phí thực hiện nhiệm vụ {topic}"],
        "CV": [f"triển khai thực hiện công tác {topic} trên địa bàn tỉnh",
               f"đề nghị báo cáo tình hình {topic} năm 2026",
               f"đôn đốc thực hiện các nhiệm vụ về {topic}"],
    }
    return rng.choice(options[type_key])


def choose_references(rng, h, k):
    """k cited documents of the domain dated before the document (plus a local one)."""
    pool = [r for r in REFERENCES if h["domain"] in r[4] and (r[2] is None or r[2] < h["date"])]
    refs = pick(rng, pool, min(k, len(pool)))
    out = []
    for typ, num, date, desc, _ in refs:
        if date is None:
            out.append({"number": num, "date": None, "text": f"{typ} số {num}"})
        else:
            out.append({"number": num, "date": date, "text": f"{typ} số {num} ngày {dmy(date)} {desc}"})
    return out


def local_reference(rng, h, kind):
    """A synthetic earlier local document (Tờ trình / Kế hoạch / Công văn) with number and date."""
    y, m = 2026, max(1, int(h["date"][5:7]) - 1)
    d = rng.randint(1, 28)
    iso = f"{y}-{m:02d}-{d:02d}"
    n = rng.randint(100, 3999)
    if kind == "TTr":
        code = rng.choice(["SCT", "SNNMT", "SXD", "SKHCN", "STC"])
        num = f"{n}/TTr-{code}"
        return {"number": num, "date": iso, "text": f"Tờ trình số {num} ngày {dmy(iso)}"}
    num = f"{n}/KH-UBND"
    return {"number": num, "date": iso,
            "text": f"Kế hoạch số {num} ngày {dmy(iso)} của Ủy ban nhân dân tỉnh {h['province']}"}


def sentences(rng, h, k):
    """k body sentences of the document's domain, drawn without repeats until the pool runs out."""
    deck, out = h.setdefault("deck", []), []
    for _ in range(k):
        if not deck:
            deck.extend(pick(rng, DOMAINS[h["domain"]]["sentences"], len(DOMAINS[h["domain"]]["sentences"])))
        out.append(deck.pop())
    return out


def bullets(rng, h, k):
    return [("bullet", "- " + s) for s in sentences(rng, h, k)]


def issuer_full(h):
    """The issuing body in running text, with its province: 'Sở Công Thương tỉnh Lào Cai'."""
    key, P = h["issuer"]["key"], h["province"]
    if key in ("UBND", "VP"):
        return f"{h['issuer']['long']} {P}"
    return f"{h['issuer']['long']} tỉnh {P}"


def appendix_pointer(app_labels):
    if len(app_labels) == 1:
        return f"(Chi tiết tại {app_labels[0]} kèm theo)"
    return f"(Chi tiết tại {app_labels[0]} và {app_labels[1]} kèm theo)"


def make_body(rng, type_key, h, refs, app_labels):
    """Body as a list of (style, text) and the top-level markers. Styles: para, bullet,
    heading (top-level, bold), sub (second level, bold), center (bold centered)."""
    P = h["province"]
    iss = h["issuer"]
    out, markers = [], []
    intro_refs = "; ".join(r["text"] for r in refs)
    units = DOMAINS[h["domain"]]["units"]

    def top(marker, title, upper=True):
        markers.append(marker.rstrip("."))
        out.append(("heading", f"{marker} {upper_vn(title) if upper else title}"))

    if type_key == "QĐ":
        out.append(("center", upper_vn(iss["head"].format(P=upper_vn(P)))))
        out.append(("para", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"))
        proposals = [r for r in refs if "/TTr-" in r["number"]]
        for r in refs:
            if r not in proposals:
                out.append(("para", f"Căn cứ {r['text']};"))
        who = rng.choice(["Trưởng phòng Kế hoạch - Tài chính", "Chánh Văn phòng",
                          "Trưởng phòng Quản lý công nghiệp", "Giám đốc Sở Tài chính"])
        out.append(("para", f"Theo đề nghị của {who}"
                            + (f" tại {proposals[0]['text']}." if proposals else ".")))
        out.append(("center", "QUYẾT ĐỊNH:"))
        arts = [f"Phê duyệt kèm theo Quyết định này nội dung về {rng.choice(DOMAINS[h['domain']]['topics'])} "
                f"năm 2026 {appendix_pointer(app_labels)}.",
                f"Giao {units[0]} chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức triển khai "
                f"thực hiện; định kỳ báo cáo kết quả về {iss['long']} trước ngày 15 tháng cuối quý."]
        executes = ("Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị và cá nhân có liên quan chịu trách "
                    "nhiệm thi hành Quyết định này./.")
        if rng.random() < 0.5:
            arts += ["Quyết định này có hiệu lực kể từ ngày ký.", executes]
        else:
            arts += ["Quyết định này có hiệu lực kể từ ngày ký. " + executes]
        for j, a in enumerate(arts, 1):
            markers.append(f"Điều {j}")
            out.append(("article", f"Điều {j}. {a}"))
            if j == 1:
                out.extend(bullets(rng, h, 2))
        return out, markers

    if type_key in ("CV", "TTr"):
        if type_key == "TTr":
            out.append(("center-plain", f"Kính gửi: Ủy ban nhân dân tỉnh {P}."))
        else:
            addressees = pick(rng, units[1:], rng.choice([1, 3]))
            if len(addressees) == 1:
                out.append(("center-plain", f"Kính gửi: {addressees[0]}."))
            else:
                out.append(("center-plain", "Kính gửi:"))
                for a in addressees:
                    out.append(("center-plain", f"- {a};"))

    lead = {"KH": "Thực hiện", "BC": "Thực hiện", "TB": "Căn cứ", "TTr": "Căn cứ", "CV": "Thực hiện"}
    out.append(("para", f"{lead[type_key]} {intro_refs}; {iss['long']} "
                        + {"KH": f"ban hành Kế hoạch với các nội dung cụ thể như sau:",
                           "BC": "báo cáo kết quả thực hiện như sau:",
                           "TB": "thông báo các nội dung như sau:",
                           "TTr": f"kính trình Ủy ban nhân dân tỉnh {P} xem xét các nội dung sau:",
                           "CV": "đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:"}[type_key]))

    if type_key in ("KH", "BC", "TTr") and not (type_key == "KH" and rng.random() < 0.25):
        titles = {"KH": ["Mục đích, yêu cầu", "Nội dung thực hiện", "Kinh phí thực hiện", "Tổ chức thực hiện"],
                  "BC": ["Kết quả thực hiện", "Tồn tại, hạn chế và nguyên nhân",
                         "Nhiệm vụ trọng tâm thời gian tới", "Đề xuất, kiến nghị"],
                  "TTr": ["Sự cần thiết", "Nội dung đề xuất", "Kiến nghị"]}[type_key]
        if type_key == "KH" and rng.random() < 0.4:
            titles = [t for t in titles if t != "Kinh phí thực hiện"]
        for j, t in enumerate(titles, 1):
            top(f"{roman(j)}.", t)
            if j == 1 and type_key == "KH":
                out.append(("sub", "1. Mục đích"))
                out.extend(bullets(rng, h, 2))
                out.append(("sub", "2. Yêu cầu"))
                out.extend(bullets(rng, h, 2))
            elif j == 2:
                out.extend(bullets(rng, h, 3))
                out.append(("para", appendix_pointer(app_labels)))
            elif t == "Tổ chức thực hiện":
                for q, u in enumerate(pick(rng, units, 2), 1):
                    out.append(("sub", f"{q}. {u}"))
                    out.extend(bullets(rng, h, 1))
            else:
                out.extend(bullets(rng, h, rng.choice([1, 2])))
    else:  # arabic outline (TB, CV, some KH)
        titles = {"TB": ["Thời gian", "Địa điểm", "Thành phần", "Nội dung"],
                  "CV": ["Về công tác triển khai", "Về công tác kiểm tra", "Về chế độ báo cáo"],
                  "KH": ["Mục đích, yêu cầu", "Nội dung", "Tổ chức thực hiện"]}[type_key]
        if type_key == "TB" and rng.random() < 0.5:
            titles = ["Đánh giá chung", "Nhiệm vụ trọng tâm", "Tổ chức thực hiện"]
        for j, t in enumerate(titles, 1):
            markers.append(str(j))
            if type_key == "TB" and t in ("Thời gian", "Địa điểm", "Thành phần"):
                month = min(12, int(h["date"][5:7]) + 1)
                txt = {"Thời gian": f"Thời gian: 01 ngày, bắt đầu từ 08 giờ 00 ngày "
                                    f"{rng.randint(1, 28):02d}/{month}/2026.",
                       "Địa điểm": f"Địa điểm: Hội trường tầng 3, trụ sở {issuer_full(h)}.",
                       "Thành phần": f"Thành phần: Đại diện {', '.join(pick(rng, units, 3))}."}[t]
                out.append(("numbered", f"{j}. {txt}"))
            else:
                out.append(("numbered", f"{j}. {t}"))
                if j == 2 or (type_key == "CV" and j == 1):
                    out.append(("bullet", "a) " + sentences(rng, h, 1)[0]))
                    out.append(("bullet", "b) " + sentences(rng, h, 1)[0]))
                    if j == 2:
                        out.append(("para", appendix_pointer(app_labels)))
                else:
                    out.extend(bullets(rng, h, rng.choice([1, 2])))
        if type_key == "CV" and not any("Chi tiết" in t for _, t in out):
            out.append(("para", appendix_pointer(app_labels)))

    closing = {"KH": f"Trên đây là Kế hoạch {rng.choice(DOMAINS[h['domain']]['topics'])} năm 2026. Trong "
                     f"quá trình triển khai, nếu có khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị kịp "
                     f"thời báo cáo về {iss['long']} để tổng hợp, xem xét, chỉ đạo./.",
               "BC": f"Trên đây là báo cáo của {iss['long']}./.",
               "TB": f"{iss['long']} thông báo để các cơ quan, đơn vị biết, thực hiện./.",
               "TTr": f"{iss['long']} kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt./.",
               "CV": f"Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./."}[type_key]
    out.append(("para", closing))
    return out, markers


def make_closing(rng, type_key, h):
    """Nơi nhận list and signature block (printed lines) with their truth."""
    iss = h["issuer"]
    sig_lines = list(rng.choice(iss["sigs"]))
    name = rng.choice(SIGNERS)
    first = sig_lines[0]
    mode = first.split(".")[0] if "." in first.split()[0] else None
    title = sig_lines[-1]
    pool = ["Công an tỉnh;", "Sở Tài chính;", "Sở Nông nghiệp và Môi trường;", "Sở Xây dựng;",
            "UBND các xã, phường;", "Cổng thông tin điện tử tỉnh;", "Thanh tra tỉnh;"]
    if iss["key"] in ("UBND", "VP"):
        pool += ["TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);", "Chủ tịch, các PCT UBND tỉnh;",
                 "Các sở, ban, ngành tỉnh;", "Lãnh đạo Văn phòng;"]
    else:
        pool += ["UBND tỉnh (b/c);", "Giám đốc, các Phó Giám đốc;", "Các phòng, đơn vị thuộc Sở;",
                 "Văn phòng UBND tỉnh;"]
    k = rng.randint(1, 6)
    items = (["Như trên;"] if type_key in ("CV", "TTr") or rng.random() < 0.3 else []) + pick(rng, pool, k)
    items.append(f"Lưu: VT, {h['dept']}.")
    return {"recipients": ["- " + x for x in items], "sig_lines": sig_lines, "name": name,
            "signature": {"mode": mode, "title": title, "name": name}}


# ---------------------------------------------------------------------------------------------
# Table shapes. Each builder returns a TableSpec dict:
#   title, cols [(header, width_cm)], head [[(text, colspan, rowspan)]] (None = single header row
#   from cols), colnums (bool), rows [{"kind": data|section|total, "cells": [(text, span)]}],
#   note (str|None), repeat (bool). Expected count = len(rows).
# ---------------------------------------------------------------------------------------------


def _cells(*texts):
    return [(t, 1) for t in texts]


def _long_task(rng, d, P):
    """A task, sometimes lengthened so that it wraps over 2-3 lines in its column."""
    t = variant(rng, "task:" + d["topics"][0], d["tasks"])
    r = rng.random()
    if r < 0.35:
        t += f" trên địa bàn tỉnh {P}, bảo đảm đúng quy định của pháp luật và tiến độ được giao"
    elif r < 0.6:
        t += f"; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh"
    return t


def shape_simple(rng, h):
    d, P = DOMAINS[h["domain"]], h["province"]
    stt = rng.choice(["STT", "TT"])
    cols = [(stt, 1.2), ("Nội dung", 7.5), (rng.choice(["Đơn vị thực hiện", "Đơn vị chủ trì"]), 4.3),
            (rng.choice(["Thời gian", "Thời gian hoàn thành"]), 3.0)]
    n = rng.randint(4, 15)
    rows = [{"kind": "data", "cells": _cells(str(i), _long_task(rng, d, P), rng.choice(d["units"]),
                                            rng.choice(TIMES))} for i in range(1, n + 1)]
    return {"title": f"PHÂN CÔNG NHIỆM VỤ {upper_vn(rng.choice(d['topics']))}", "cols": cols,
            "head": None, "colnums": False, "rows": rows, "note": None, "repeat": False}


def shape_no_stt(rng, h):
    d, P = DOMAINS[h["domain"]], h["province"]
    locs = PROVINCES[P]
    kind = variant(rng, "nostt", ["units", "companies", "schedule"])
    n = rng.randint(3, 12)
    if kind == "units":
        cols = [("Cơ quan, đơn vị", 4.5), ("Thời gian làm việc", 3.5), ("Địa điểm", 4.0),
                ("Thành phần", 4.0)]
        names = pick(rng, d["units"], min(n, len(d["units"])))
        rows = [{"kind": "data", "cells": _cells(u, f"{rng.choice(['Sáng', 'Chiều'])} ngày "
                                                   f"{rng.randint(1, 28):02d}/{rng.randint(3, 12)}/2026",
                                                   f"Trụ sở {u}", "Lãnh đạo và chuyên viên phụ trách")}
                for u in names]
        title = "LỊCH LÀM VIỆC VỚI CÁC CƠ QUAN, ĐƠN VỊ"
    elif kind == "companies":
        cols = [("Tên tổ chức, doanh nghiệp", 5.5), ("Địa chỉ", 4.5), ("Nội dung", 4.5),
                ("Ghi chú", 1.8)]
        rows = [{"kind": "data", "cells": _cells(
            f"{rng.choice(COMPANY_PREFIX)} {rng.choice(COMPANY_CORE)}", f"{rng.choice(locs)}, tỉnh {P}",
            rng.choice(d["tasks"]), rng.choice(["", "Đột xuất", "Định kỳ", "Tái kiểm tra"]))}
            for _ in range(n)]
        title = "DANH SÁCH TỔ CHỨC, DOANH NGHIỆP ĐƯỢC KIỂM TRA"
    else:
        cols = [("Nội dung công việc", 7.0), ("Cơ quan chủ trì", 3.8), ("Cơ quan phối hợp", 3.8),
                ("Thời hạn", 2.2)]
        rows = [{"kind": "data", "cells": _cells(_long_task(rng, d, P), rng.choice(d["units"]),
                                                ", ".join(pick(rng, d["units"], 2)), rng.choice(TIMES))}
                for _ in range(n)]
        title = "DANH MỤC CÔNG VIỆC VÀ PHÂN CÔNG THỰC HIỆN"
    return {"title": title, "cols": cols, "head": None, "colnums": False, "rows": rows,
            "note": None, "repeat": False}


def shape_merged_head(rng, h):
    d, P = DOMAINS[h["domain"]], h["province"]
    kind = variant(rng, "head", ["merged", "merged+colnums", "colnums"])
    n = rng.randint(4, 12)
    rows = []
    for i in range(1, n + 1):
        nstw = rng.randint(0, 40) * 50
        nsdp = rng.randint(2, 60) * 25
        rows.append({"kind": "data", "cells": _cells(
            str(i), rng.choice(d["tasks"]), rng.choice(PROVINCES[P]), vn_num(nstw + nsdp), vn_num(nstw),
            vn_num(nsdp), rng.choice(["", "Chuyển tiếp", "Khởi công mới", ""]))})
    cols = [("STT", 1.1), ("Nội dung, nhiệm vụ", 5.6), ("Địa điểm", 2.8), ("Tổng", 2.0), ("NSTW", 1.8),
            ("NSĐP", 1.8), ("Ghi chú", 1.9)]
    if kind == "colnums":
        cols = [("STT", 1.1), ("Nội dung, nhiệm vụ", 5.6), ("Địa điểm", 2.8),
                ("Tổng kinh phí (triệu đồng)", 2.0), ("Ngân sách trung ương", 1.8),
                ("Ngân sách địa phương", 1.8), ("Ghi chú", 1.9)]
        head = None
    else:
        group = rng.choice(["Kinh phí (triệu đồng)", "Nguồn vốn (triệu đồng)", "Dự kiến kinh phí (triệu đồng)"])
        head = [[("STT", 1, 2), ("Nội dung, nhiệm vụ", 1, 2), ("Địa điểm", 1, 2), (group, 3, 1),
                 ("Ghi chú", 1, 2)],
                [("Tổng", 1, 1), ("NSTW", 1, 1), ("NSĐP", 1, 1)]]
    return {"title": f"DỰ KIẾN KINH PHÍ THỰC HIỆN {upper_vn(rng.choice(d['topics']))} NĂM 2026",
            "cols": cols, "head": head, "colnums": kind != "merged", "rows": rows, "note": None,
            "repeat": False, "variant": kind}


def shape_sections(rng, h):
    d, P = DOMAINS[h["domain"]], h["province"]
    style = variant(rng, "sec-style", ["roman", "letter", "arabic"])
    case = variant(rng, "sec-case", ["upper", "sentence"])
    layout = variant(rng, "sec-layout", ["full", "split"])   # full: one cell spans all columns
    restart = rng.random() < 0.5
    ns = rng.randint(2, 4)
    cols = [("TT", 1.2), ("Nhiệm vụ", 7.3), ("Đơn vị chủ trì", 4.2), ("Thời gian", 3.3)]
    heads = pick(rng, ["Công tác tuyên truyền, phổ biến pháp luật", "Công tác kiểm tra, giám sát",
                       "Hoàn thiện cơ chế, chính sách", "Công tác chuyển đổi số",
                       "Nhiệm vụ thường xuyên", "Nhiệm vụ trọng tâm", "Công tác phối hợp",
                       "Công tác báo cáo, tổng hợp"], ns)
    rows, k = [], 0
    for si, title in enumerate(heads, 1):
        label = {"roman": roman(si), "letter": "ABCD"[si - 1], "arabic": f"{si}."}[style]
        t = upper_vn(title) if case == "upper" else title
        if layout == "full":
            rows.append({"kind": "section", "cells": [(f"{label} {t}" if style == "arabic" else f"{label}. {t}", 4)]})
        else:
            rows.append({"kind": "section", "cells": [(label.rstrip("."), 1), (t, 3)]})
        if restart:
            k = 0
        for _ in range(rng.randint(2, 5)):
            k += 1
            num = f"{si}.{k}" if style == "arabic" else str(k)
            rows.append({"kind": "data", "cells": _cells(num, _long_task(rng, d, P), rng.choice(d["units"]),
                                                        rng.choice(TIMES))})
    return {"title": f"DANH MỤC NHIỆM VỤ TRỌNG TÂM {upper_vn(rng.choice(d['topics']))}", "cols": cols,
            "head": None, "colnums": False, "rows": rows, "note": None, "repeat": False,
            "variant": f"{style}/{case}/{layout}"}


def shape_total(rng, h):
    d, P = DOMAINS[h["domain"]], h["province"]
    n = rng.randint(3, 10)
    label = variant(rng, "total", ["Tổng cộng", "Cộng", "Tổng số", "TỔNG CỘNG"])
    cols = [("STT", 1.2), ("Đơn vị", 6.0), ("Số cơ sở", 2.4), ("Số lượt kiểm tra", 2.6),
            ("Kinh phí (triệu đồng)", 3.6)]
    rows, s1, s2, s3 = [], 0, 0, 0
    locs = pick(rng, PROVINCES[P], min(n, len(PROVINCES[P])))
    for i, loc in enumerate(locs, 1):
        a, b, c = rng.randint(1, 40), rng.randint(1, 12), rng.randint(10, 900) * 5
        s1, s2, s3 = s1 + a, s2 + b, s3 + c
        rows.append({"kind": "data", "cells": _cells(str(i), f"UBND {loc}", str(a), str(b), vn_num(c))})
    merged = rng.random() < 0.5
    tot = [(label, 2)] if merged else [("", 1), (label, 1)]
    rows.append({"kind": "total", "cells": tot + _cells(str(s1), str(s2), vn_num(s3))})
    return {"title": "TỔNG HỢP KẾT QUẢ KIỂM TRA VÀ KINH PHÍ THỰC HIỆN", "cols": cols, "head": None,
            "colnums": False, "rows": rows, "note": None, "repeat": False,
            "variant": f"{label}/{'merged' if merged else 'split'}"}


def shape_long(rng, h):
    d, P = DOMAINS[h["domain"]], h["province"]
    n = rng.randint(30, 45)
    cols = [("STT", 1.2), ("Tên cơ sở", 5.5), ("Địa chỉ", 4.0), ("Nội dung kiểm tra", 5.3)]
    names = [f"{p} {c}" for p in COMPANY_PREFIX for c in COMPANY_CORE]
    rng.shuffle(names)
    rows = [{"kind": "data", "cells": _cells(str(i), names[i - 1], f"{rng.choice(PROVINCES[P])}, tỉnh {P}",
                                            rng.choice(d["tasks"]))} for i in range(1, n + 1)]
    return {"title": "DANH SÁCH CÁC CƠ SỞ THUỘC ĐỐI TƯỢNG KIỂM TRA NĂM 2026", "cols": cols, "head": None,
            "colnums": False, "rows": rows, "note": None, "repeat": True}


def shape_numeric(rng, h):
    d = DOMAINS[h["domain"]]
    n = rng.randint(4, 12)
    cols = [("STT", 1.1), ("Chỉ tiêu", 5.4), ("Đơn vị tính", 2.0), ("Kế hoạch năm 2026", 2.6),
            ("Thực hiện", 2.6), ("Tỷ lệ (%)", 2.3)]
    units = ["tấn", "m³", "cơ sở", "lượt", "ha", "tỷ đồng", "hồ sơ"]
    rows = []
    items = (d["items"] * 2)[:n]
    for i, it in enumerate(items, 1):
        plan = rng.uniform(50, 250000)
        done = plan * rng.uniform(0.35, 1.15)
        dec = rng.choice([0, 1, 2])
        pct = vn_num(100 * done / plan, 1) + rng.choice(["%", ""])
        rows.append({"kind": "data", "cells": _cells(str(i), it, rng.choice(units), vn_num(plan, dec),
                                                    vn_num(done, dec), pct)})
    return {"title": "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU", "cols": cols, "head": None,
            "colnums": False, "rows": rows, "note": None, "repeat": False}


def shape_sparse_note(rng, h):
    d, P = DOMAINS[h["domain"]], h["province"]
    n = rng.randint(4, 12)
    cols = [("STT", 1.2), ("Nội dung", 6.0), ("Đơn vị phối hợp", 4.0), ("Thời gian", 2.6),
            ("Ghi chú", 2.2)]
    rows = []
    for i in range(1, n + 1):
        c = [str(i), _long_task(rng, d, P), rng.choice(d["units"]), rng.choice(TIMES),
             rng.choice(["Định kỳ", "Đột xuất", "Trọng tâm"])]
        for j in (2, 3, 4):
            if rng.random() < 0.35:
                c[j] = ""
        rows.append({"kind": "data", "cells": _cells(*c)})
    rows[rng.randrange(n)]["cells"][4] = ("", 1)   # at least one empty cell
    note = rng.choice([
        f"Ghi chú: Thời gian cụ thể sẽ được {h['issuer']['long']} thông báo trước khi thực hiện ít nhất 05 ngày làm việc.",
        "Ghi chú: Các đơn vị có tên trong danh mục chủ động chuẩn bị hồ sơ, tài liệu theo yêu cầu.",
        "Ghi chú: Ô để trống là nội dung chưa xác định, sẽ được cập nhật trong quá trình thực hiện.",
    ])
    return {"title": f"KẾ HOẠCH TRIỂN KHAI CHI TIẾT {upper_vn(rng.choice(d['topics']))}", "cols": cols,
            "head": None, "colnums": False, "rows": rows, "note": note, "repeat": False}


SHAPE_BUILDERS = {1: shape_simple, 2: shape_no_stt, 3: shape_merged_head, 4: shape_sections,
                  5: shape_total, 6: shape_long, 7: shape_numeric, 8: shape_sparse_note}


def appendix_labels(rng, n):
    style = rng.choice(["Phụ lục {R}", "PHỤ LỤC {R}", "PHỤ LỤC {0N}", "Phụ lục số {N}", "Phụ lục {N}"])
    if n == 1 and rng.random() < 0.3:
        return [rng.choice(["Phụ lục", "PHỤ LỤC"])]
    return [style.format(R=roman(i), N=i, **{"0N": f"{i:02d}"}) for i in range(1, n + 1)]


# ---------------------------------------------------------------------------------------------
# Building the 40 documents
# ---------------------------------------------------------------------------------------------


def build_documents(seed=SEED):
    rng = random.Random(seed)
    _DECKS.clear()
    types = TYPE_PLAN[:]
    rng.shuffle(types)
    n_tables = [rng.choice([1, 2]) for _ in range(N_DOCS)]
    total = sum(n_tables)
    shapes = [1 + i % 8 for i in range(total)]
    rng.shuffle(shapes)
    drafts = set(rng.sample(range(N_DOCS), 3))
    docs, si = [], 0
    for i in range(N_DOCS):
        tk = types[i]
        h = make_header(rng, tk, i in drafts)
        subject = make_subject(rng, tk, h)
        refs = choose_references(rng, h, rng.randint(1, 3))
        if tk == "QĐ" and rng.random() < 0.6:
            refs.append(local_reference(rng, h, "TTr"))
        elif tk in ("CV", "TB") and rng.random() < 0.5:
            refs.insert(0, local_reference(rng, h, "KH"))
        labels = appendix_labels(rng, n_tables[i])
        body, markers = make_body(rng, tk, h, refs, labels)
        closing = make_closing(rng, tk, h)
        tables = []
        for _ in range(n_tables[i]):
            shape = shapes[si]
            si += 1
            spec = SHAPE_BUILDERS[shape](rng, h)
            spec["shape"] = shape
            tables.append(spec)
        landscape = rng.random() < 0.3
        name, heading, code = TYPES[tk]
        caption_word = rng.choice(["Kèm theo", "Ban hành kèm theo"]) if tk == "QĐ" else "Kèm theo"
        caption = (f"({caption_word} {name} số {h['number'].split('/')[0] or '     '}/"
                   f"{h['number'].split('/', 1)[1]} {h['caption_date']} của "
                   f"{issuer_full(h)})")
        expected = {
            "kind": "administrative", "documentType": name, "typeCode": code, "number": h["number"],
            "date": h["date"], "place": h["province"], "parentAuthority": h["parent"],
            "issuer": h["issuer_text"], "subject": subject, "signatures": [closing["signature"]],
            "recipientsCount": len(closing["recipients"]),
            "references": [{"number": r["number"], "date": r["date"]} for r in refs],
            "topLevelMarkers": markers, "appendixTableRows": [len(t["rows"]) for t in tables],
            "notes": ("Synthetic (tables7 gen.py, seed %d). " % seed)
                     + ("Draft: number and day left blank. " if h["draft"] else "")
                     + "Table shapes: " + ", ".join(f"{t['shape']}:{SHAPES[t['shape']]}" for t in tables)
                     + ". Rows counted include section and total rows; header, repeated header and "
                       "column-number rows excluded. The appendix caption cites the document's own number.",
        }
        docs.append({"id": f"{i + 1:02d}", "type": tk, "header": h, "subject": subject,
                     "subject_lines": split_two_lines(subject, rng), "body": body, "closing": closing,
                     "labels": labels, "tables": tables, "landscape": landscape, "caption": caption,
                     "expected": expected})
    return docs


# ---------------------------------------------------------------------------------------------
# Writing .docx
# ---------------------------------------------------------------------------------------------


def set_cell_text(cell, text, bold=False, italic=False, size=12, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    r.bold, r.italic, r.font.size = bold, italic, Pt(size)
    return p


def add_cell_par(cell, text, bold=False, italic=False, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, first=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    r.bold, r.italic, r.font.size = bold, italic, Pt(size)
    return p


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def para(doc, text, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, size=14):
    p = doc.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(4)
    if indent:
        pf.first_line_indent = Cm(1.0)
    r = p.add_run(text)
    r.bold, r.italic, r.font.size = bold, italic, Pt(size)
    return p


def write_header(doc, d):
    h = d["header"]
    t = doc.add_table(rows=2, cols=2)
    set_widths(t, [6.2, 9.8])
    L, R = t.cell(0, 0), t.cell(0, 1)
    first = True
    if h["parent"]:
        add_cell_par(L, h["parent"], size=13, first=True)
        first = False
    for j, line in enumerate(h["issuer_lines"]):
        add_cell_par(L, line, bold=True, size=13, first=first and j == 0)
    add_cell_par(R, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12, first=True)
    add_cell_par(R, "Độc lập - Tự do - Hạnh phúc", bold=True, size=13)
    L2, R2 = t.cell(1, 0), t.cell(1, 1)
    add_cell_par(L2, h["printed_no"], size=13, first=True)
    if d["type"] == "CV":
        add_cell_par(L2, "V/v " + d["subject"], size=12)
    add_cell_par(R2, h["printed_date"], italic=True, size=14, first=True)
    doc.add_paragraph()
    if d["type"] != "CV":
        para(doc, TYPES[d["type"]][1], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        for line in d["subject_lines"]:
            para(doc, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)


def write_body(doc, d):
    for style, text in d["body"]:
        if style == "heading":
            para(doc, text, bold=True)
        elif style == "sub":
            para(doc, text, bold=True)
        elif style == "center":
            para(doc, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif style == "center-plain":
            para(doc, text, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        elif style == "article":
            head, rest = text.split(". ", 1)
            p = para(doc, head + ". ", bold=True)
            r = p.add_run(rest)
            r.font.size = Pt(14)
        else:
            para(doc, text)


def write_closing(doc, d):
    c = d["closing"]
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=2)
    set_widths(t, [8.0, 8.0])
    L, R = t.cell(0, 0), t.cell(0, 1)
    add_cell_par(L, "Nơi nhận:", bold=True, italic=True, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, first=True)
    for item in c["recipients"]:
        add_cell_par(L, item, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    for j, line in enumerate(c["sig_lines"]):
        add_cell_par(R, line, bold=True, size=14, first=j == 0)
    for _ in range(3):
        add_cell_par(R, "", size=14)
    add_cell_par(R, c["name"], bold=True, size=14)


def write_table(doc, spec):
    cols = spec["cols"]
    ncol = len(cols)
    head = spec["head"] or [[(c[0], 1, 1) for c in cols]]
    nhead = len(head) + (1 if spec["colnums"] else 0)
    t = doc.add_table(rows=nhead + len(spec["rows"]), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [c[1] for c in cols])
    occupied = set()
    for ri, hrow in enumerate(head):   # place header cells honouring row/col spans
        ci = 0
        for text, cs, rs in hrow:
            while (ri, ci) in occupied:
                ci += 1
            cell = t.cell(ri, ci)
            if cs > 1 or rs > 1:
                cell = cell.merge(t.cell(ri + rs - 1, ci + cs - 1))
            set_cell_text(cell, text, bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
            for a in range(ri, ri + rs):
                for b in range(ci, ci + cs):
                    occupied.add((a, b))
            ci += cs
    if spec["colnums"]:
        for ci in range(ncol):
            set_cell_text(t.cell(len(head), ci), f"({ci + 1})", italic=True, size=11,
                          align=WD_ALIGN_PARAGRAPH.CENTER)
    if spec["repeat"] or spec["shape"] in (3,):
        for ri in range(nhead):
            repeat_header(t.rows[ri])
    for k, row in enumerate(spec["rows"]):
        ri = nhead + k
        ci = 0
        bold = row["kind"] in ("section", "total")
        for text, span in row["cells"]:
            cell = t.cell(ri, ci)
            if span > 1:
                cell = cell.merge(t.cell(ri, ci + span - 1))
            numeric = text.replace(".", "").replace(",", "").replace("%", "").isdigit()
            align = (WD_ALIGN_PARAGRAPH.CENTER if ci == 0 and len(text) <= 5
                     else WD_ALIGN_PARAGRAPH.RIGHT if numeric and ci > 0
                     else WD_ALIGN_PARAGRAPH.LEFT)
            if row["kind"] == "total" and not numeric:
                align = WD_ALIGN_PARAGRAPH.CENTER
            set_cell_text(cell, text, bold=bold, size=12, align=align)
            ci += span
    if spec["note"]:
        p = para(doc, spec["note"], italic=True, indent=False, size=12)
        p.paragraph_format.space_before = Pt(6)


def write_appendices(doc, d):
    if d["landscape"]:
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for j, (label, spec) in enumerate(zip(d["labels"], d["tables"])):
        if j > 0 or not d["landscape"]:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(doc, label, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        para(doc, spec["title"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        para(doc, d["caption"], italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=13)
        write_table(doc, spec)


def write_docx(d, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    write_header(doc, d)
    write_body(doc, d)
    write_closing(doc, d)
    write_appendices(doc, d)
    doc.core_properties.author = "tables7"
    doc.save(path)


# ---------------------------------------------------------------------------------------------
# Rendering through the extractors
# ---------------------------------------------------------------------------------------------


def soffice(args, profile):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore"] + args
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800)


def run_text(cmd):
    return subprocess.run(cmd, check=True, capture_output=True).stdout.decode("utf-8", "replace")


def extract_pdf(pipeline, pdf):
    if pipeline == "pdftotext-raw":
        return run_text(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"])
    if pipeline == "pdftotext-layout":
        return run_text(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"])
    if pipeline == "pdftotext":
        return run_text(["pdftotext", "-enc", "UTF-8", pdf, "-"])
    if pipeline == "pypdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
    if pipeline == "pdfminer":
        from pdfminer.high_level import extract_text
        return extract_text(pdf)
    if pipeline == "pymupdf":
        import pymupdf
        with pymupdf.open(pdf) as doc:
            return "".join(page.get_text() for page in doc)
    raise ValueError(pipeline)


def render(docs, out):
    """docx -> pdf/txt/doc with LibreOffice (batched), then every extractor into out/<pipeline>/."""
    ddir, pdir, tdir, wdir = (os.path.join(out, x) for x in ("docx", "pdf", "lotxt", "doc"))
    docx_files = [os.path.join(ddir, f"{d['id']}.docx") for d in docs]
    profile = tempfile.mkdtemp(prefix="lo-tables7-")
    try:
        soffice(["--convert-to", "pdf", "--outdir", pdir] + docx_files, profile)
        soffice(["--convert-to", "txt:Text (encoded):UTF8", "--outdir", tdir] + docx_files, profile)
        soffice(["--convert-to", "doc:MS Word 97", "--outdir", wdir] + docx_files, profile)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    texts = {}
    for d in docs:
        i = d["id"]
        pdf = os.path.join(pdir, f"{i}.pdf")
        for p in PIPELINES[:6]:
            texts[(i, p)] = extract_pdf(p, pdf)
        texts[(i, "docx-pandoc")] = run_text(["pandoc", "-f", "docx", "-t", "plain", "--wrap=auto",
                                              os.path.join(ddir, f"{i}.docx")])
        with open(os.path.join(tdir, f"{i}.txt"), encoding="utf-8-sig") as fh:
            texts[(i, "docx-lotxt")] = fh.read()
        texts[(i, "antiword")] = run_text(["antiword", "-m", "UTF-8.txt", os.path.join(wdir, f"{i}.doc")])
    return texts


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument("--out", default=os.path.join(repo, ".build-eval", "synthetic-tables"),
                    help="where the documents, texts and truth.json go (default: .build-eval/synthetic-tables)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--no-render", action="store_true", help="write .docx and truth.json only")
    args = ap.parse_args()
    docs = build_documents(args.seed)
    os.makedirs(os.path.join(args.out, "docx"), exist_ok=True)
    for d in docs:
        write_docx(d, os.path.join(args.out, "docx", f"{d['id']}.docx"))
    truth = {d["id"]: {"type": d["type"], "expected": d["expected"],
                       "tables": [{"shape": t["shape"], "shapeName": SHAPES[t["shape"]],
                                   "variant": t.get("variant"), "rows": len(t["rows"]),
                                   "kinds": [r["kind"] for r in t["rows"]],
                                   "headerRows": len(t["head"] or [0]) + (1 if t["colnums"] else 0),
                                   "repeat": t["repeat"]} for t in d["tables"]],
                       "landscape": d["landscape"]} for d in docs}
    with open(os.path.join(args.out, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    if args.no_render:
        return 0
    texts = render(docs, args.out)
    for (i, p), text in sorted(texts.items()):
        pdir = os.path.join(args.out, p)
        os.makedirs(pdir, exist_ok=True)
        stem = f"{i}_{p}"
        with open(os.path.join(pdir, stem + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        exp = {"file": stem + ".txt", **next(d for d in docs if d["id"] == i)["expected"]}
        with open(os.path.join(pdir, stem + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
    print(f"{len(docs)} documents, {sum(len(d['tables']) for d in docs)} tables, {len(texts)} texts "
          f"in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
