"""Officials: names, positions and roles in the patterns of administrative writing."""

from documents.extraction import parse_text


def officials_of(text: str) -> dict:
    return {o.name: o for o in parse_text(text).officials}


def positions(official) -> list[str]:
    return [p.text for p in official.positions]


def test_dong_chi_name_dash_titles_until_the_verb():
    found = officials_of(
        "Đồng chí Mai Văn Chính - Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương "
        "chủ trì Hội nghị."
    )
    official = found["Mai Văn Chính"]
    assert positions(official) == ["Ủy viên Trung ương Đảng", "Phó Trưởng ban Thường trực Ban Tổ chức Trung ương"]
    assert "chair" in official.roles


def test_title_before_name():
    found = officials_of("Trưởng Ban Tổ chức Trung ương Lê Minh Hưng đề nghị toàn Ngành tập trung thực hiện.")
    assert positions(found["Lê Minh Hưng"]) == ["Trưởng Ban Tổ chức Trung ương"]
    assert "speaker" in found["Lê Minh Hưng"].roles


def test_title_dash_name():
    found = officials_of("Dự hội nghị có Phó Bí thư Thường trực Tỉnh ủy – Nguyễn Văn Được; đại diện các ban.")
    assert positions(found["Nguyễn Văn Được"]) == ["Phó Bí thư Thường trực Tỉnh ủy"]


def test_attendance_list_with_semicolons():
    found = officials_of(
        "Tại điểm cầu có đồng chí Phạm Đại Dương, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; "
        "đồng chí Cao Hoàng Sơn, Vụ trưởng Vụ Địa phương II."
    )
    assert positions(found["Phạm Đại Dương"]) == ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]
    assert positions(found["Cao Hoàng Sơn"]) == ["Vụ trưởng Vụ Địa phương II"]


def test_name_at_the_start_of_a_sentence():
    found = officials_of("Nguyễn Thanh Hải, Trưởng ban Tổ chức Tỉnh ủy, phát biểu tại hội nghị.")
    assert positions(found["Nguyễn Thanh Hải"]) == ["Trưởng ban Tổ chức Tỉnh ủy"]


def test_commas_inside_parentheses_stay_in_the_title():
    found = officials_of(
        "Đồng chí Cao Hoàng Sơn, Vụ trưởng Vụ Địa phương II (Ban Tổ chức Trung ương, phụ trách miền Trung) phát biểu."
    )
    assert positions(found["Cao Hoàng Sơn"]) == [
        "Vụ trưởng Vụ Địa phương II (Ban Tổ chức Trung ương, phụ trách miền Trung)"
    ]


def test_lower_case_given_name_is_put_in_proper_case():
    found = officials_of("Đồng chí Nguyễn Công bằng - Chánh Văn phòng Ban Tổ chức Trung ương báo cáo tóm tắt.")
    assert "Nguyễn Công Bằng" in found
    assert found["Nguyễn Công Bằng"].roles[0] == "reporter"


def test_same_person_twice_is_one_official_with_merged_positions():
    text = (
        "Phó Trưởng ban Thường trực Hoàng Đăng Quang quán triệt văn bản.\n"
        "Đồng chí Hoàng Đăng Quang, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương "
        "quán triệt Hướng dẫn."
    )
    (official,) = parse_text(text).officials
    assert positions(official) == ["Phó Trưởng ban Thường trực Ban Tổ chức Trung ương", "Ủy viên Trung ương Đảng"]
    assert len(official.spans) == 2


def test_place_names_are_not_people():
    found = officials_of("Sáng 2/11, tại Cao Bằng, Bí thư Tỉnh ủy Cao Bằng Trần Hồng Minh phát biểu.")
    assert list(found) == ["Trần Hồng Minh"]
    assert positions(found["Trần Hồng Minh"]) == ["Bí thư Tỉnh ủy Cao Bằng"]


def test_a_body_named_in_capitals_like_a_person_is_not_one():
    found = officials_of("Đồng chí Nguyễn Hồng Diên, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Công Thương phát biểu.")
    assert list(found) == ["Nguyễn Hồng Diên"]
    assert positions(found["Nguyễn Hồng Diên"]) == ["Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Công Thương"]
    found = officials_of("Phó ban gồm: ông Trần Tuấn Anh, Ủy viên Trung ương, Bộ trưởng Công Thương; ông Lê Văn Bình.")
    assert positions(found["Trần Tuấn Anh"]) == ["Ủy viên Trung ương", "Bộ trưởng Công Thương"]
    assert "Công Thương" not in found
    assert officials_of("Sau Diễn đàn Chủ tịch Hội Nông dân Việt Nam - Bộ Công Thương, nhằm thực hiện chỉ đạo.") == {}


def test_a_body_that_goes_on_in_lower_case_is_not_a_person():
    found = officials_of("Bà Phan Thị Mỹ Thanh, Phó Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh phát biểu.")
    assert list(found) == ["Phan Thị Mỹ Thanh"]
    assert positions(found["Phan Thị Mỹ Thanh"]) == ["Phó Bí thư Tỉnh ủy", "Trưởng Đoàn Đại biểu Quốc hội tỉnh"]
    assert officials_of("Ông không tiếp tục tham gia Ủy viên Đoàn Chủ tịch, Ủy viên Ủy ban T.Ư MTTQ Việt Nam.") == {}
    assert list(officials_of("Đồng chí Đoàn Đại Nghĩa, Bí thư Tỉnh ủy, phát biểu.")) == ["Đoàn Đại Nghĩa"]


def test_a_dash_before_the_next_sentence_ends_the_title():
    found = officials_of("Bà Lê Thị Hoa, Trưởng Đoàn Đại biểu Quốc hội tỉnh Đồng Nai - Trong thời gian công tác.")
    assert positions(found["Lê Thị Hoa"]) == ["Trưởng Đoàn Đại biểu Quốc hội tỉnh Đồng Nai"]
    found = officials_of("Đồng chí Bùi Văn Nam, Chủ tịch Hội Nông dân - Bộ trưởng Bộ Công Thương phát biểu.")
    assert positions(found["Bùi Văn Nam"]) == ["Chủ tịch Hội Nông dân - Bộ trưởng Bộ Công Thương"]


def test_a_districts_last_two_syllables_are_the_place_not_a_person():
    found = officials_of("Ông Nguyễn Văn Hải, Bí thư kiêm Chủ tịch UBND quận Nam Từ Liêm cho biết.")
    assert list(found) == ["Nguyễn Văn Hải"]
    assert positions(found["Nguyễn Văn Hải"]) == ["Bí thư kiêm Chủ tịch UBND quận Nam Từ Liêm"]
    found = officials_of("Chủ tịch UBND huyện Nam Trực Nguyễn Văn Bình phát biểu.")  # a longer name after the place
    assert positions(found["Nguyễn Văn Bình"]) == ["Chủ tịch UBND huyện Nam Trực"]


def test_a_former_leader_after_dong_chi_is_not_a_person_named_nguyen():
    assert officials_of("Ý kiến của các đồng chí nguyên lãnh đạo Đảng, Nhà nước, những người dày dạn.") == {}


def test_what_follows_a_title_is_not_part_of_it():
    found = officials_of("Ông được bầu làm chủ tịch thay cho ông Huỳnh Đảm. Đồng chí Hoàng Giang (ảnh trên) phát biểu.")
    assert positions(found["Huỳnh Đảm"]) == []  # the title is his successor's
    found = officials_of("Đồng chí Nguyễn Quang Dương, Phó Trưởng Ban Tổ chức Trung ương (ảnh trên) trân trọng cảm ơn.")
    assert positions(found["Nguyễn Quang Dương"]) == ["Phó Trưởng Ban Tổ chức Trung ương"]
    found = officials_of("Ông Trịnh Tuấn Thành, Chủ tịch UBND thị xã đồng thời, Chủ tịch Ủy ban bầu cử thị xã nói.")
    assert positions(found["Trịnh Tuấn Thành"]) == ["Chủ tịch UBND thị xã", "Chủ tịch Ủy ban bầu cử thị xã"]


def test_a_title_stops_before_a_verb_a_lost_full_stop_or_the_next_persons_cue():
    found = officials_of("Ông Đỗ Đức Duy, Thứ trưởng Bộ Xây dựng tham gia Ban Chấp hành, Ban Thường vụ.")
    assert positions(found["Đỗ Đức Duy"]) == ["Thứ trưởng Bộ Xây dựng"]
    found = officials_of("Bà Hồ Thị Kim Thoa, Thứ trưởng Bộ Công thương Trong thời gian giữ các chức vụ đó.")
    assert positions(found["Hồ Thị Kim Thoa"]) == ["Thứ trưởng Bộ Công thương"]
    found = officials_of("Phó trưởng ban Tổ chức Trung ương - ông Mai Văn Chính đã công bố quyết định.")
    assert positions(found["Mai Văn Chính"]) == ["Phó trưởng ban Tổ chức Trung ương"]
    found = officials_of("Ông trao quyết định của Thường trực Ban Bí thư cho ông Lê Hùng Dũng, Phó Trưởng ban.")
    assert positions(found["Lê Hùng Dũng"]) == ["Phó Trưởng ban"]


def test_the_post_a_transfer_ends_in_is_a_position_of_the_person_moved():
    found = officials_of(
        "Quyết định điều động đồng chí Lê Văn An, Phó Giám đốc Sở Nội vụ đến công tác tại cơ quan Ủy ban Mặt trận "
        "Tổ quốc tỉnh, giới thiệu để hiệp thương giữ chức Phó Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh."
    )
    assert positions(found["Lê Văn An"]) == ["Phó Giám đốc Sở Nội vụ", "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh"]
    found = officials_of("Đồng chí Lê Văn An, Phó Giám đốc Sở đến công tác tại tỉnh, ông Trần Bình giữ chức Giám đốc.")
    assert positions(found["Lê Văn An"]) == ["Phó Giám đốc Sở"]  # the post is another's


def test_an_appointment_handed_to_a_person_is_their_title():
    found = officials_of("Ông trao Quyết định bổ nhiệm Tổng Biên tập Tạp chí Cộng sản cho đồng chí Đoàn Minh Huấn.")
    assert positions(found["Đoàn Minh Huấn"]) == ["Tổng Biên tập Tạp chí Cộng sản"]
    found = officials_of("Ông trao quyết định bổ nhiệm cho ông Lê Văn An, Vụ trưởng Vụ Tổng hợp.")
    assert positions(found["Lê Văn An"]) == ["Vụ trưởng Vụ Tổng hợp"]


def test_a_held_title_keeps_an_abbreviation_with_a_full_stop():
    found = officials_of("Bộ Chính trị phân công ông Nguyễn Thiện Nhân giữ chức Bí thư Thành ủy TP.HCM. Ông cảm ơn.")
    assert positions(found["Nguyễn Thiện Nhân"]) == ["Bí thư Thành ủy TP.HCM"]


def test_rank_is_not_a_position():
    found = officials_of("Đại tá Đoàn Xuân Bộ, Tổng Biên tập Báo Quân đội nhân dân thông tin về cuộc thi.")
    assert positions(found["Đoàn Xuân Bộ"]) == ["Tổng Biên tập Báo Quân đội nhân dân"]


def test_resigning_a_post_is_a_position():
    found = officials_of(
        "công bố Quyết định về việc đồng chí Hoàng Trọng Hưng thôi giữ chức Chánh Văn phòng Ban Tổ chức."
    )
    assert positions(found["Hoàng Trọng Hưng"]) == ["Chánh Văn phòng Ban Tổ chức"]


def test_byline_is_the_author_not_an_official():
    result = parse_text("Đồng chí Lê Văn A, Bí thư Tỉnh ủy phát biểu tại hội nghị hôm nay và chỉ đạo.\n\nTuấn Anh\n")
    assert result.article.author == "Tuấn Anh"
    assert [o.name for o in result.officials] == ["Lê Văn A"]


def test_names_without_title_or_cue_are_not_officials():
    assert officials_of("Tư tưởng Hồ Chí Minh soi đường; Nguyễn Du viết Truyện Kiều.") == {}


def test_spans_hold_the_name():
    text = "Phát biểu tại hội nghị, đồng chí Lê Minh Hưng, Trưởng Ban Tổ chức Trung ương nhấn mạnh yêu cầu."
    (official,) = parse_text(text).officials
    ((start, end),) = official.spans
    assert text[start:end] == "Lê Minh Hưng"


def test_a_title_followed_by_a_name_belongs_to_that_person():
    found = officials_of(
        "Dự có Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng, Thủ tướng Nguyễn Xuân Phúc và đại tướng Ngô Xuân Lịch "
        "- ủy viên Bộ Chính trị, bộ trưởng Bộ Quốc phòng."
    )
    assert positions(found["Nguyễn Phú Trọng"]) == ["Tổng Bí thư", "Chủ tịch nước"]
    assert positions(found["Nguyễn Xuân Phúc"]) == ["Thủ tướng"]
    assert positions(found["Ngô Xuân Lịch"]) == ["ủy viên Bộ Chính trị", "bộ trưởng Bộ Quốc phòng"]


def test_abbreviated_city_does_not_end_the_title():
    found = officials_of("Đồng chí Thân Thị Thư, Trưởng Ban Tuyên giáo Thành ủy TP. Hồ Chí Minh phát biểu.")
    assert positions(found["Thân Thị Thư"]) == ["Trưởng Ban Tuyên giáo Thành ủy TP. Hồ Chí Minh"]


def test_a_surname_alone_after_ong_is_not_a_name():
    text = "Đồng chí Trần Ngọc Diệp, Bí thư Chi bộ phát biểu. Ông Diệp cho rằng, chính sách cần sửa."
    assert list(officials_of(text)) == ["Trần Ngọc Diệp"]


def test_name_written_in_lower_case_after_a_cue():
    found = officials_of("Tại điểm cầu có đồng chí nguyễn văn an, Bí thư Huyện ủy phát biểu.")
    assert positions(found["Nguyễn Văn An"]) == ["Bí thư Huyện ủy"]


def test_appointment_after_the_titles_is_a_position_too():
    found = officials_of("Đồng chí Lê Văn B, Vụ trưởng Vụ Địa phương I, được bổ nhiệm giữ chức Phó Trưởng Ban Tổ chức.")
    assert positions(found["Lê Văn B"]) == ["Vụ trưởng Vụ Địa phương I", "Phó Trưởng Ban Tổ chức"]


def test_alternate_member_and_abbreviated_titles():
    found = officials_of(
        "Chiều 20/5, dưới sự chủ trì của đồng chí Ngô Văn H, Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư "
        "thường trực Tỉnh ủy, Ban Thường vụ Tỉnh ủy thảo luận về đề cương lịch sử Đảng bộ tỉnh.\n"
        "Đồng chí Nguyễn Thị K, UVT.Ư Đảng, Bí thư Tỉnh ủy dự và chủ trì hội nghị.\n"
    )
    assert positions(found["Ngô Văn H"]) == ["Ủy viên dự khuyết Trung ương Đảng", "Phó Bí thư thường trực Tỉnh ủy"]
    assert "chair" in found["Ngô Văn H"].roles
    assert positions(found["Nguyễn Thị K"]) == ["UVT.Ư Đảng", "Bí thư Tỉnh ủy"]
    assert "chair" in found["Nguyễn Thị K"].roles


def test_title_body_name_pattern_after_a_province_or_city():
    found = officials_of(
        "Dự có các đồng chí: Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Nguyễn Lan Hương, Trưởng ban Dân "
        "vận Thành ủy Nguyễn Doãn Toản; Trưởng Ban Tổ chức Tỉnh ủy Lê Hải Yến; Phó Bí thư Huyện ủy Yên Mô."
    )
    assert positions(found["Nguyễn Lan Hương"]) == ["Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"]
    assert positions(found["Nguyễn Doãn Toản"]) == ["Trưởng ban Dân vận Thành ủy"]
    assert positions(found["Lê Hải Yến"]) == ["Trưởng Ban Tổ chức Tỉnh ủy"]
    assert "Yên Mô" not in found


def test_secretary_general_title_is_not_cut_at_ky():
    found = officials_of("Phó Chủ tịch, Tổng Thư ký Hội Luật gia Việt Nam Lê Minh Tâm chủ trì Hội nghị.")
    assert positions(found["Lê Minh Tâm"]) == ["Phó Chủ tịch", "Tổng Thư ký Hội Luật gia Việt Nam"]


def test_coordinated_subjects_share_the_verb():
    found = officials_of(
        "Chủ tịch Hội Luật gia Nguyễn Văn Quyền và Phó Chủ tịch, Tổng Thư ký Lê Minh Tâm chủ trì Hội nghị."
    )
    assert "chair" in found["Nguyễn Văn Quyền"].roles
    assert "chair" in found["Lê Minh Tâm"].roles


def test_titles_are_read_within_a_bounded_window_after_the_name():
    from documents.extraction.titles import TITLES_WINDOW, titles_after

    text = "Nguyễn Văn An, Ủy viên Trung ương Đảng, " + "Phó Trưởng ban, " * (TITLES_WINDOW // 4)
    titles, consumed = titles_after(text, len("Nguyễn Văn An"), len(text))
    assert titles[0] == "Ủy viên Trung ương Đảng"
    assert consumed <= len("Nguyễn Văn An, ") + TITLES_WINDOW


def test_a_long_comma_chain_of_people_keeps_each_persons_titles():
    clause = "đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Phó Trưởng ban Tổ chức Trung ương, "
    result = parse_text("Hội nghị giao ban\n\n" + clause * 300)
    [official] = result.officials
    assert official.name == "Nguyễn Văn An"
    assert ("Ủy viên", "Trung ương Đảng") in [(p.title, p.organization) for p in official.positions]


def _positions(text: str, name: str) -> list[tuple[str, str | None]]:
    [official] = [o for o in parse_text(text).officials if o.name == name]
    return [(p.title, p.organization) for p in official.positions]


def test_titles_after_a_copula_are_positions():
    text = "Thời kỳ ông Nguyễn Văn An là Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Yên Bái, tỉnh đã có nhiều vi phạm."
    assert _positions(text, "Nguyễn Văn An") == [("Ủy viên", "Trung ương Đảng"), ("Bí thư", "Tỉnh ủy Yên Bái")]
    text = "Ông Phạm Viết Thanh, Bí thư Tỉnh ủy làm trưởng ban chỉ đạo; Ban Nội chính là cơ quan thường trực."
    assert ("trưởng ban", None) in _positions(text, "Phạm Viết Thanh")
    assert _positions("Ông Nguyễn Văn An là người con của quê hương.", "Nguyễn Văn An") == []


def test_titles_listed_after_nghe_belong_to_the_person_named_after_them():
    text = "Các đại biểu đã nghe Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương Trương Thị Mai trình bày."
    assert _positions(text, "Trương Thị Mai")[0] == ("Ủy viên", "Bộ Chính trị")


def test_a_position_stops_at_the_clause_after_it():
    text = "Ông Ngọ Duy Hiểu- nguyên đại biểu Quốc hội Tp.Hà Nội cho rằng, cần sớm thể chế hóa Nghị quyết."
    assert _positions(text, "Ngọ Duy Hiểu") == [("nguyên đại biểu", "Quốc hội Tp.Hà Nội")]


def test_the_head_of_a_ban_heads_the_ban_named_after_the_title():
    from documents.extraction.titles import split_position

    head = split_position("Trưởng ban Tổ chức Trung ương")
    assert (head.title, head.organization, head.text) == (
        "Trưởng ban",
        "Ban Tổ chức Trung ương",
        "Trưởng ban Tổ chức Trung ương",
    )
    deputy = split_position("Phó Trưởng ban Thường trực Ban Tổ chức Trung ương")
    assert (deputy.title, deputy.organization) == ("Phó Trưởng ban Thường trực", "Ban Tổ chức Trung ương")


def test_in_a_list_joined_by_va_each_person_keeps_their_own_titles():
    text = (
        "Các đồng chí: Hoàng Trung Hải, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội và Nguyễn Văn Vịnh, "
        "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lào Cai chủ trì buổi làm việc."
    )
    hai = [
        (p.title, p.organization)
        for p in next(o for o in parse_text(text).officials if o.name.endswith("Hải")).positions
    ]
    vinh = _positions(text, "Nguyễn Văn Vịnh")
    assert hai == [("Ủy viên", "Bộ Chính trị"), ("Bí thư", "Thành ủy Hà Nội")]
    assert vinh == [("Ủy viên", "Trung ương Đảng"), ("Bí thư", "Tỉnh ủy Lào Cai")]


def test_a_caption_without_a_full_stop_does_not_glue_the_next_sentence_onto_a_name():
    text = "Bí thư Tỉnh ủy Lê Văn Bình Tại hội nghị, các đại biểu thảo luận sôi nổi các nội dung."
    assert [o.name for o in parse_text(text).officials] == ["Lê Văn Bình"]
    assert [o.name for o in parse_text("Đồng chí Trần Văn Sau phát biểu tại hội nghị.").officials] == ["Trần Văn Sau"]


def test_a_name_in_capitals_glued_to_the_next_word_ends_where_the_capitals_end():
    text = "Ông NGUYỄN TÚCỦy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam: Làm tốt công tác."
    found = officials_of(text)
    assert list(found) == ["Nguyễn Túc"]
    assert positions(found["Nguyễn Túc"]) == ["Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"]
    span = found["Nguyễn Túc"].spans[0]
    assert text[span[0] : span[1]] == "NGUYỄN TÚC"


def test_what_a_cued_person_does_is_not_the_end_of_their_name():
    found = officials_of("Ông Nguyễn Thiện Nhân nói: “Hôm nay là một ngày rất đặc biệt”.")
    assert list(found) == ["Nguyễn Thiện Nhân"]
    found = officials_of("Chỉ đạo tại Hội nghị, đồng chí Tô Lâm đánh giá, việc thực hiện Quy chế đạt kết quả.")
    assert list(found) == ["Tô Lâm"]
    assert found["Tô Lâm"].roles == ["speaker"]
    assert list(officials_of("Đồng chí Nguyễn Công bằng - Bí thư Tỉnh ủy phát biểu.")) == ["Nguyễn Công Bằng"]


def test_a_fixed_phrase_with_a_comma_stays_in_the_title_and_a_short_name_in_brackets_goes():
    text = (
        "Đồng chí Phan Đình Trạc, Trưởng Ban Nội chính Trung ương, Phó Trưởng Ban Thường trực Ban Chỉ đạo Trung ương "
        "về phòng, chống tham nhũng, tiêu cực (Ban Chỉ đạo Trung ương) chủ trì hội nghị."
    )
    found = officials_of(text)
    assert positions(found["Phan Đình Trạc"]) == [
        "Trưởng Ban Nội chính Trung ương",
        "Phó Trưởng Ban Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực",
    ]
    assert found["Phan Đình Trạc"].roles == ["chair"]
    found = officials_of("Ông Lê Văn A, Giám đốc Sở Y tế (ảnh), phòng, chống dịch là nhiệm vụ trọng tâm.")
    assert positions(found["Lê Văn A"]) == ["Giám đốc Sở Y tế"]


def test_a_verb_written_with_a_capital_inside_a_name_gives_no_role():
    found = officials_of("Đồng chí Lê Văn A, Phó Trưởng Ban Chỉ đạo tỉnh về chuyển đổi số.")
    assert found["Lê Văn A"].roles == ["mentioned"]
    found = officials_of("PGS.TS Bùi Hoài Sơn, Ủy viên Ủy ban Văn hóa, góp ý Dự thảo Văn kiện Đại hội.")
    assert found["Bùi Hoài Sơn"].roles == ["mentioned"]
    found = officials_of("Đồng chí Lê Văn A, Bí thư Tỉnh ủy. Chỉ đạo hội nghị, đồng chí yêu cầu các cấp làm tốt.")
    assert positions(found["Lê Văn A"]) == ["Bí thư Tỉnh ủy"]


def test_a_body_named_with_va_stays_whole_in_a_title():
    officials = parse_text(
        "Bộ trưởng Bộ Giáo dục và Đào tạo Phùng Xuân Nhạ phát biểu tại hội nghị. Ông Trần Văn Bình, Giám đốc Sở "
        "Nông nghiệp và Phát triển nông thôn và ông Lê Văn Hai, Giám đốc Sở Nội vụ dự hội nghị.\n"
    ).officials
    assert {o.name: [p.text for p in o.positions] for o in officials} == {
        "Phùng Xuân Nhạ": ["Bộ trưởng Bộ Giáo dục và Đào tạo"],
        "Trần Văn Bình": ["Giám đốc Sở Nông nghiệp và Phát triển nông thôn"],
        "Lê Văn Hai": ["Giám đốc Sở Nội vụ"],
    }


def test_a_position_written_short_and_in_full_is_one_written_out():
    (official,) = parse_text(
        "Ủy viên TƯ Đảng, Bộ trưởng Bộ Tư pháp Lê Thành Long phát biểu.\n"
        "Đồng chí Lê Thành Long, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tư pháp chủ trì hội nghị.\n"
    ).officials
    assert [p.text for p in official.positions] == ["Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Tư pháp"]


def test_a_photo_pointer_a_trailing_ellipsis_a_verb_or_the_next_guests_are_not_part_of_the_title():
    officials = parse_text(
        "Đại tướng Ngô Xuân Lịch, Bộ trưởng Quốc phòng (đứng) báo cáo tại hội nghị.\n"
        "Dự hội nghị có bà Trần Lan Phương, Phó Chủ tịch Thường trực Hội LHPN Việt Nam…, cùng hơn 300 đại biểu.\n"
        "Ông Nguyễn Duy Phương, Bí thư phường Bắc Sơn (thị xã Bỉm Sơn) xác nhận việc này.\n"
        "Dự hội nghị có ông Nguyễn Văn Bình, Bí thư Trung ương Đảng và đại diện lãnh đạo Ủy ban Kiểm tra.\n"
    ).officials
    assert {o.name: [p.text for p in o.positions] for o in officials} == {
        "Ngô Xuân Lịch": ["Bộ trưởng Quốc phòng"],
        "Trần Lan Phương": ["Phó Chủ tịch Thường trực Hội LHPN Việt Nam"],
        "Nguyễn Duy Phương": ["Bí thư phường Bắc Sơn (thị xã Bỉm Sơn)"],
        "Nguyễn Văn Bình": ["Bí thư Trung ương Đảng"],
    }
