"""Directive citations: kinds, codes, dates, issuers, terms and titles."""

import datetime as dt

from documents.extraction import parse_text


def directives_of(text: str):
    return {d.code or f"{d.kind}:{d.number}": d for d in parse_text(text).directives}


def test_reads_code_date_issuer_from_full_citation():
    d = directives_of("Hội nghị quán triệt Kết luận số 50-KL/TW, ngày 28/02/2023 của Bộ Chính trị.")["50-KL/TW"]
    assert (d.kind, d.number, d.issued_by, d.date) == ("ket_luan", "50", "Bộ Chính trị", dt.date(2023, 2, 28))


def test_quy_dinh_and_quyet_dinh_share_the_symbol_but_not_the_kind():
    found = directives_of("Quy định số 145-QĐ/TW ngày 10-5-2024 và Quyết định số 143-QĐ/TW ngày 3-5-2024.")
    assert found["145-QĐ/TW"].kind == "quy_dinh"
    assert found["143-QĐ/TW"].kind == "quyet_dinh"
    assert found["143-QĐ/TW"].date == dt.date(2024, 5, 3)


def test_number_with_kind_and_issuer_gets_the_party_code():
    found = directives_of(
        "theo tinh thần Chỉ thị số 35 của Bộ Chính trị và Hướng dẫn số 27 của Ban Tổ chức Trung ương."
    )
    assert "35-CT/TW" in found
    assert found["27-HD/BTCTW"].issued_by == "Ban Tổ chức Trung ương"


def test_state_document_without_a_full_number_has_no_code():
    found = directives_of("Thực hiện chế độ theo Nghị định 26 của Chính phủ còn vướng mắc.")
    assert found["nghi_dinh:26"].code is None
    assert found["nghi_dinh:26"].issued_by == "Chính phủ"


def test_state_document_code_keeps_its_own_form():
    found = directives_of("Thực hiện Nghị định số 26/2015/NĐ-CP của Chính phủ về chế độ, chính sách.")
    assert "26/2015/NĐ-CP" in found


def test_directive_cited_twice_is_one_entry_with_two_spans():
    text = (
        "Quán triệt Chỉ thị 35-CT/TW về đại hội. "
        "Tập trung thực hiện Chỉ thị số 35-CT/TW ngày 16-4-2024 của Bộ Chính trị."
    )
    (d,) = parse_text(text).directives
    assert len(d.spans) == 2
    assert d.date == dt.date(2024, 4, 16)
    assert all("35" in text[s:e] for s, e in d.spans)


def test_number_split_by_a_line_break_is_one_code():
    (d,) = parse_text("Hội nghị đã quán triệt Kết luận số\n50-KL/\nTW của Bộ Chính trị.").directives
    assert d.code == "50-KL/TW"


def test_term_and_quoted_title_are_read():
    text = (
        "Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII “Một số vấn đề về tổ chức”."
    )
    (d,) = parse_text(text).directives
    assert d.term == "XII"
    assert d.issued_by == "Ban Chấp hành Trung ương"
    assert d.title == "Một số vấn đề về tổ chức"


def test_subject_after_ve_stops_before_the_next_document():
    text = "Chỉ thị 50-CT/TW ngày 23/7/2025 của Ban Bí thư về đổi mới sinh hoạt chi bộ, Quy định 18-QĐ/TU của Tỉnh ủy."
    found = directives_of(text)
    assert found["50-CT/TW"].title == "đổi mới sinh hoạt chi bộ"
    assert found["18-QĐ/TU"].kind == "quy_dinh"


def test_issuer_comes_from_a_symbol_that_fixes_it():
    assert directives_of("bám sát Kết luận số 09-KL/BTCTW.")["09-KL/BTCTW"].issued_by == "Ban Tổ chức Trung ương"


def test_bare_number_without_issuer_keeps_kind_and_number():
    d = directives_of("đã bám sát Kết luận 08 tại Hội nghị toàn quốc.")["ket_luan:08"]
    assert d.code is None and d.number == "08"


def test_segmented_text_is_restored_and_spans_index_the_original():
    text = "Quán_triệt nghị_quyết số 791 - NQ / QUTW ngày 30-12-2012 của Quân_uỷ_Trung_ương về khoa_học ."
    (d,) = parse_text(text).directives
    assert d.code == "791-NQ/QUTW"
    assert d.issued_by == "Quân ủy Trung ương"
    start, end = d.spans[0]
    assert text[start:end] == "nghị_quyết số 791 - NQ / QUTW"


def test_issuer_given_as_the_plenum_that_adopted_it():
    text = (
        "Nghị quyết số 26-NQ/TW, ngày 19/5/2018 của Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XII về cán bộ."
    )
    (d,) = parse_text(text).directives
    assert (d.issued_by, d.term) == ("Ban Chấp hành Trung ương", "XII")


def test_qualified_kind_words_keep_their_kind():
    found = directives_of("Thực hiện Thông báo kết luận số 123-TB/TW và Chương trình hành động số 10-CTr/TU.")
    assert found["123-TB/TW"].kind == "thong_bao"
    assert found["10-CTr/TU"].kind == "chuong_trinh"


def test_symbol_fixes_the_kind_when_a_verb_precedes_the_citation():
    found = directives_of("Đây là bước để thực hiện thông báo Kết luận số 19-KL/TW của Bộ Chính trị.")
    assert found["19-KL/TW"].kind == "ket_luan"


def test_single_quoted_title():
    (d,) = parse_text(
        "tổng kết Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII "
        "về 'Một số vấn đề về đổi mới' trên địa bàn tỉnh."
    ).directives
    assert (d.code, d.term, d.title) == ("18-NQ/TW", "XII", "Một số vấn đề về đổi mới")


def test_state_codes_with_a_year_or_a_hyphen():
    found = directives_of("Thực hiện Luật số 59/2020/QH14 và Quyết định số 1846/QĐ-TTg của Thủ tướng Chính phủ.")
    assert found["59/2020/QH14"].issued_by == "Quốc hội"
    assert found["59/2020/QH14"].number == "59"
    assert found["1846/QĐ-TTg"].issued_by == "Thủ tướng Chính phủ"


def test_lower_case_words_with_a_number_are_not_documents():
    text = "Năm 2021 đã thi hành kỷ luật 223 tổ chức đảng và xây dựng kế hoạch 5 năm; thực hiện kế hoạch số 11."
    assert [(d.kind, d.number) for d in parse_text(text).directives] == [("ke_hoach", "11")]


def test_state_symbol_with_u_horn():
    assert "15/NQ-TƯ" in directives_of("Triển khai Nghị quyết số 15/NQ-TƯ ngày 5-5-2022 về cán bộ.")


def _directive(text: str, number: str):
    [found] = [d for d in parse_text(text).directives if d.number == number]
    return found


def test_issuer_as_the_sentence_subject():
    d = _directive("Ban Bí thư đã ban hành Chỉ thị số 35 về đại hội đảng bộ các cấp.", "35")
    assert (d.code, d.issued_by) == ("35-CT/TW", "Ban Bí thư")


def test_date_issuer_and_term_before_the_citation():
    d = _directive("Ngày 12-3-2012 BCH Đảng bộ tỉnh khóa XVII đã ban hành Nghị quyết số 04-NQ/TU về cán bộ.", "04")
    assert (d.issued_by, d.term, d.date) == ("Ban Chấp hành Đảng bộ tỉnh", "XVII", dt.date(2012, 3, 12))


def test_a_body_earlier_in_the_sentence_is_not_the_issuer_when_another_stands_nearer():
    text = "Tỉnh ủy cho biết, ngày 5-6-2020 Ban Bí thư đã ban hành Chỉ thị số 45-CT/TW về đại hội."
    assert _directive(text, "45").issued_by == "Ban Bí thư"


def test_plenum_after_the_citation_gives_issuer_and_term():
    d = _directive("Thực hiện Nghị quyết số 26-NQ/TW tại Hội nghị Trung ương 7 khóa XII, tỉnh đã làm tốt.", "26")
    assert (d.issued_by, d.term) == ("Ban Chấp hành Trung ương", "XII")


def test_an_article_about_one_plenum_gives_it_to_the_party_resolutions_it_cites():
    text = (
        "Hội nghị quán triệt Nghị quyết Hội nghị Trung ương 5 khóa XIII.\n"
        "Các đại biểu nghe giới thiệu Nghị quyết số 18-NQ/TW về đất đai.\n"
    )
    d = _directive(text, "18")
    assert (d.issued_by, d.term) == ("Ban Chấp hành Trung ương", "XIII")
    two_plenums = text + "Nghị quyết Hội nghị Trung ương 4 khóa XII vẫn được thực hiện.\n"
    assert _directive(two_plenums, "18").issued_by is None


def test_a_number_alone_in_a_list_takes_its_neighbours_symbol():
    text = "Gồm: Nghị quyết số 20-NQ/TW về kinh tế tập thể, Nghị quyết số 21 về tổ chức cơ sở đảng."
    assert _directive(text, "21").code == "21-NQ/TW"
    apart = "Nghị quyết số 20-NQ/TW về kinh tế tập thể.\nNghị quyết số 21 về tổ chức cơ sở đảng."
    assert _directive(apart, "21").code is None


def test_a_lower_case_central_body_after_the_code_is_the_issuer():
    d = _directive("Thực hiện nghị quyết số 35- NQ/TW bộ chính trị về bảo vệ nền tảng tư tưởng.", "35")
    assert (d.code, d.issued_by) == ("35-NQ/TW", "Bộ Chính trị")


def test_a_subject_stops_where_a_body_starts_a_clause():
    text = "Theo Chỉ thị số 45-CT/TW về đại hội đảng bộ các cấp, Trung ương đã xác định tiêu chí nhân sự."
    assert _directive(text, "45").title == "đại hội đảng bộ các cấp"


def test_a_code_spelt_tu_is_the_same_document_as_tw():
    found = directives_of(
        "Quyết định số 218-QĐ/TƯ về góp ý xây dựng Đảng. Về Quyết định 218-QĐ/TW của Bộ Chính trị, đại biểu nêu ý kiến."
    )
    assert [(code, d.issued_by) for code, d in found.items()] == [("218-QĐ/TW", "Bộ Chính trị")]


def test_a_subject_ends_where_the_sentence_goes_on_with_a_titled_person():
    (found,) = directives_of(
        "Về Quyết định 218 của Bộ Chính trị về việc Mặt trận góp ý xây dựng Đảng, chính quyền, Chủ tịch Nguyễn "
        "Thiện Nhân cho rằng cần làm tốt."
    ).values()
    assert found.title == "Mặt trận góp ý xây dựng Đảng, chính quyền"
    (found,) = directives_of("Quyết định số 12 về việc kỷ luật ông Nguyễn Văn An, nguyên Chủ tịch UBND tỉnh.").values()
    assert found.title == "kỷ luật ông Nguyễn Văn An, nguyên Chủ tịch UBND tỉnh"  # the person is the subject
