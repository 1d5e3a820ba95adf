"""The reported meeting, and the tasks it set."""

import datetime as dt

from documents.extraction import parse_text

LEAD = (
    "Ngày 03/4, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban trực tuyến đánh giá kết quả công tác quý I. "
    "Đồng chí Mai Văn Chính - Phó Trưởng ban Thường trực Ban Tổ chức Trung ương chủ trì Hội nghị.\n"
)


def test_reads_the_reported_meeting_with_date_resolved_against_publication():
    result = parse_text(LEAD, published=dt.date(2023, 4, 4))
    c = result.conference
    assert c.name == "Hội nghị giao ban trực tuyến đánh giá kết quả công tác quý I"
    assert (c.kind, c.date, c.format, c.organizer) == (
        "giao_ban",
        dt.date(2023, 4, 3),
        "online",
        "Ban Tổ chức Trung ương",
    )
    assert c.chairs == ["Mai Văn Chính"]


def test_date_without_year_and_without_publication_date_is_unknown():
    assert parse_text(LEAD).conference.date is None


def test_meeting_merely_mentioned_is_not_the_one_reported():
    text = (
        "Ban Tổ chức Trung ương chuẩn bị nội dung phục vụ Hội nghị Trung ương 2 khóa XIII và Hội nghị tổng kết "
        "công tác năm 2020. Đó là nội dung được báo cáo tại Hội nghị giao ban tuần ngày 1-3-2021 của Ban Tổ chức "
        "Trung ương.\n"
    )
    c = parse_text(text).conference
    assert c.name == "Hội nghị giao ban tuần ngày 1-3-2021 của Ban Tổ chức Trung ương"
    assert c.date == dt.date(2021, 3, 1)
    assert c.kind == "giao_ban"
    assert c.organizer == "Ban Tổ chức Trung ương"


def test_article_without_a_meeting_has_no_conference_and_no_tasks():
    text = "Đảng bộ xã cần tiếp tục nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới, phát huy vai trò.\n"
    result = parse_text(text)
    assert result.conference is None
    assert result.tasks == []


def test_mot_la_hai_la_list_gives_numbered_tasks_without_the_ordinal():
    text = LEAD + (
        "Đồng chí đề nghị toàn Ngành tập trung thực hiện một số nhiệm vụ trọng tâm sau:\n"
        "Một là, tích cực tham mưu kiện toàn công tác nhân sự sau Đại hội.\n"
        "Hai là, chuẩn bị công tác bầu cử đại biểu Quốc hội khóa XV.\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.ordinal, t.text) for t in tasks] == [
        (1, "tích cực tham mưu kiện toàn công tác nhân sự sau Đại hội."),
        (2, "chuẩn bị công tác bầu cử đại biểu Quốc hội khóa XV."),
    ]
    for t in tasks:
        ((start, end),) = t.spans
        assert text[start:end] == t.text


def test_results_already_achieved_are_not_tasks():
    text = LEAD + (
        "Quý III, toàn Ngành đã hoàn thành tốt các nhiệm vụ, nổi bật là:\n"
        "1. Tham mưu hoàn thành các đề án được giao.\n"
        "2. Chuẩn bị chu đáo các kỳ họp.\n"
    )
    assert parse_text(text).tasks == []


def test_inline_list_after_nhiem_vu_trong_tam_la():
    text = LEAD + (
        "Hội nghị nhất trí một số nhiệm vụ trọng tâm năm 2022 là: Tập trung tham mưu cấp ủy triển khai nghị quyết; "
        "Tham mưu xây dựng kế hoạch thực hiện kết luận; kiên quyết ngăn chặn suy thoái; "
        "Tiếp tục thực hiện các quy định.\n"
    )
    tasks = parse_text(text).tasks
    assert [t.text for t in tasks] == [
        "Tập trung tham mưu cấp ủy triển khai nghị quyết",
        "Tham mưu xây dựng kế hoạch thực hiện kết luận; kiên quyết ngăn chặn suy thoái",
        "Tiếp tục thực hiện các quy định",
    ]


def test_request_and_its_continuation_are_tasks_but_the_next_speaker_is_not():
    text = LEAD + (
        "Chủ tịch Quốc hội đề nghị ngành tư pháp tiếp tục quán triệt các chủ trương của Đảng.\n"
        "Bộ Tư pháp phối hợp chặt chẽ với các bộ, ngành nâng cao chất lượng dự án luật.\n"
        "Bộ trưởng Bộ Tư pháp Lê Thành Long khẳng định, phong trào thi đua đã đạt nhiều kết quả.\n"
    )
    texts = [t.text for t in parse_text(text).tasks]
    assert texts == [
        "ngành tư pháp tiếp tục quán triệt các chủ trương của Đảng.",
        "Bộ Tư pháp phối hợp chặt chẽ với các bộ, ngành nâng cao chất lượng dự án luật.",
    ]


def test_noun_yeu_cau_is_not_a_request():
    text = LEAD + "Công tác chuẩn bị bảo đảm yêu cầu, tiến độ và giải quyết yêu cầu của người dân.\n"
    assert parse_text(text).tasks == []


def test_focus_sentences_after_trong_tam_la_are_separate_tasks():
    text = LEAD + (
        "Đồng chí nhấn mạnh, toàn Ngành cần phát huy kết quả đạt được.Trọng tâm là tiếp tục thực hiện có hiệu quả "
        "các nghị quyết. Triển khai thực hiện các đề án bảo đảm tiến độ.\n"
    )
    texts = [t.text for t in parse_text(text).tasks]
    assert texts == [
        "toàn Ngành cần phát huy kết quả đạt được.",
        "tiếp tục thực hiện có hiệu quả các nghị quyết.",
        "Triển khai thực hiện các đề án bảo đảm tiến độ.",
    ]


def test_a_paragraph_after_a_request_is_a_task_only_when_it_goes_on_with_an_action():
    text = LEAD + (
        "Đồng chí đề nghị các cấp ủy khẩn trương cụ thể hóa các nội dung kết luận.\n"
        "Thứ tư là vụ bị can Nguyễn Văn A bị truy tố về tội tham ô tài sản.\n"
        "Sau hội nghị, chủ động phối hợp tham mưu sắp xếp cán bộ theo đề án.\n"
    )
    texts = [t.text for t in parse_text(text).tasks]
    assert texts == ["các cấp ủy khẩn trương cụ thể hóa các nội dung kết luận."]


def test_photo_captions_and_quoted_opinions_are_not_tasks():
    text = LEAD + (
        "Đồng chí đề nghị các cấp ủy tập trung chỉ đạo thực hiện nghị quyết.\n"
        "Quang cảnh hội nghị, các đại biểu tập trung theo dõi - Ảnh: TTXVN.\n"
        "“Làm quy hoạch cán bộ phải động và mở, không phải là cái khuôn cứng”, đồng chí nói.\n"
    )
    texts = [t.text for t in parse_text(text).tasks]
    assert texts == ["các cấp ủy tập trung chỉ đạo thực hiện nghị quyết."]


def test_bulleted_list_after_a_task_intro():
    text = LEAD + (
        "Hội nghị thống nhất các nhiệm vụ trọng tâm thời gian tới:\n"
        "- Tập trung tham mưu kiện toàn tổ chức bộ máy.\n"
        "- Chuẩn bị tốt nhân sự đại hội đảng bộ các cấp.\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.ordinal, t.text) for t in tasks] == [
        (1, "Tập trung tham mưu kiện toàn tổ chức bộ máy."),
        (2, "Chuẩn bị tốt nhân sự đại hội đảng bộ các cấp."),
    ]


def test_numbered_items_inside_a_sentence():
    text = LEAD + (
        "Đồng chí nêu các nhiệm vụ trọng tâm sau: (1) rà soát quy hoạch cán bộ; (2) kiện toàn tổ chức bộ máy "
        "các cơ quan; (3) chuẩn bị nhân sự đại hội.\n"
    )
    tasks = parse_text(text).tasks
    assert [t.text for t in tasks] == [
        "rà soát quy hoạch cán bộ",
        "kiện toàn tổ chức bộ máy các cơ quan",
        "chuẩn bị nhân sự đại hội",
    ]


def test_wordy_date_and_day_range_give_the_first_day():
    for phrase, expected in (
        ("Ngày 3 tháng 4 năm 2023", dt.date(2023, 4, 3)),
        ("Trong 2 ngày 16 và 17/3", dt.date(2023, 3, 16)),
    ):
        text = f"{phrase}, Ban Tổ chức Trung ương tổ chức Hội nghị tổng kết công tác năm 2022.\n"
        assert parse_text(text, published=dt.date(2023, 4, 4)).conference.date == expected, phrase


def test_a_full_organizer_name_is_not_extended_into_the_sentence():
    text = (
        "Chiều 15/6, Ban Tổ chức Trung ương tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm. Đồng chí Trương Thị Mai, "
        "Trưởng Ban Tổ chức Trung ương dự và phát biểu chỉ đạo.\n"
    )
    assert parse_text(text).conference.organizer == "Ban Tổ chức Trung ương"


def test_a_short_back_reference_to_the_organizer_takes_the_full_name():
    text = (
        "Thủ tướng Phạm Minh Chính, Trưởng Ban Chỉ đạo quốc gia về phát triển kinh tế tư nhân, đã chủ trì "
        "Phiên họp thứ hai của Ban Chỉ đạo vào chiều 1/11.\n"
    )
    assert parse_text(text).conference.organizer == "Ban Chỉ đạo quốc gia về phát triển kinh tế tư nhân"


def test_organizer_and_date_from_the_sentence_saying_who_held_it():
    text = (
        "Tổng Bí thư Nguyễn Phú Trọng phát biểu chỉ đạo Hội nghị toàn quốc đánh giá kết quả thực hiện quy chế "
        "dân chủ ở cơ sở.\nHội nghị do Ban Chỉ đạo Trung ương thực hiện quy chế dân chủ ở cơ sở tổ chức sáng 16-7, "
        "tại Hà Nội.\n"
    )
    c = parse_text(text, published=dt.date(2018, 7, 17)).conference
    assert c.organizer == "Ban Chỉ đạo Trung ương thực hiện quy chế dân chủ ở cơ sở"
    assert c.date == dt.date(2018, 7, 16)


def test_verb_then_meeting_noun_names_the_meeting():
    text = "Sáng 14/12, tại Hà Nội, Đảng đoàn Hội Luật gia Việt Nam đã họp Hội nghị liên tịch lần thứ 17.\n"
    c = parse_text(text).conference
    assert c.name == "Hội nghị liên tịch lần thứ 17"
    assert c.organizer == "Đảng đoàn Hội Luật gia Việt Nam"


def test_headline_names_the_meeting_the_lead_calls_hoi_nghi():
    text = (
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12\n\n"
        "Tại Hội nghị, các đại biểu thảo luận và cho ý kiến vào báo cáo của Ban Thường vụ Tỉnh ủy.\n"
    )
    assert parse_text(text).conference.name == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12"


def test_co_chairs_listed_after_cung_chu_tri():
    text = (
        "Sáng 8/12, đồng chí Trần Văn A, Thường trực Ban Bí thư chủ trì Hội nghị toàn quốc tổng kết công tác năm "
        "2025.\nCùng chủ trì có các đồng chí: Lê Văn B, Trưởng Ban Tổ chức Trung ương; Hoàng Văn C, Phó Trưởng Ban "
        "Tổ chức Trung ương.\n"
    )
    assert parse_text(text).conference.chairs == ["Trần Văn A", "Lê Văn B", "Hoàng Văn C"]


def test_name_stops_before_a_title_after_a_comma_and_dotted_dates():
    text = (
        "Ngày 29.12, phát biểu tại Hội nghị toàn quốc, tổng kết công tác năm 2022, Thường trực Ban Bí thư "
        "Võ Văn E nhấn mạnh yêu cầu đổi mới.\n"
    )
    c = parse_text(text, published=dt.date(2022, 12, 31)).conference
    assert c.name == "Hội nghị toàn quốc, tổng kết công tác năm 2022"
    assert c.date == dt.date(2022, 12, 29)


def test_briefing_chaired_without_a_meeting_noun():
    text = "Sáng nay, 1/8, đồng chí Trương Thị G, Thường trực Ban Bí thư, chủ trì giao ban với các hội quần chúng.\n"
    c = parse_text(text, published=dt.date(2023, 8, 1)).conference
    assert (c.kind, c.date, c.chairs) == ("giao_ban", dt.date(2023, 8, 1), ["Trương Thị G"])


def test_body_that_meets_is_the_organizer():
    c = parse_text(
        "Sáng 8/12, tại trụ sở Trung ương Đảng, Bộ Chính trị họp cho ý kiến về công tác cán bộ.\n"
    ).conference
    assert (c.organizer, c.kind) == ("Bộ Chính trị", "other")


def test_ordinal_list_inside_one_paragraph():
    text = LEAD + (
        "Đồng chí đề nghị thời gian tới tập trung vào các nhiệm vụ trọng tâm sau: Thứ nhất, rà soát quy hoạch cán bộ "
        "các cấp; thứ hai, kiện toàn tổ chức bộ máy; thứ ba, chuẩn bị tốt nhân sự đại hội.\n"
    )
    tasks = parse_text(text).tasks
    assert [(t.ordinal, t.text) for t in tasks] == [
        (1, "rà soát quy hoạch cán bộ các cấp"),
        (2, "kiện toàn tổ chức bộ máy"),
        (3, "chuẩn bị tốt nhân sự đại hội"),
    ]


def test_a_ceremony_is_a_reported_event():
    text = "Sáng 2/11, Ban Thường vụ Tỉnh ủy tổ chức Lễ công bố quyết định về công tác cán bộ.\n"
    c = parse_text(text, published=dt.date(2025, 11, 2)).conference
    assert (c.name, c.organizer, c.date) == (
        "Lễ công bố quyết định về công tác cán bộ",
        "Ban Thường vụ Tỉnh ủy",
        dt.date(2025, 11, 2),
    )


def test_inline_list_after_a_plain_colon():
    text = LEAD + (
        "Phương hướng, nhiệm vụ 6 tháng cuối năm: Tập trung chuẩn bị nhân sự đại hội; Rà soát, bổ sung quy hoạch "
        "cán bộ; Thực hiện tốt công tác bảo vệ chính trị nội bộ.\n"
    )
    assert [t.text for t in parse_text(text).tasks] == [
        "Tập trung chuẩn bị nhân sự đại hội",
        "Rà soát, bổ sung quy hoạch cán bộ",
        "Thực hiện tốt công tác bảo vệ chính trị nội bộ",
    ]


def test_this_morning_is_the_publication_day():
    text = "Sáng nay, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban công tác quý III.\n"
    assert parse_text(text, published=dt.date(2024, 10, 2)).conference.date == dt.date(2024, 10, 2)
    assert parse_text(text).conference.date is None


def test_an_interview_speaks_of_a_meeting_but_reports_none():
    text = (
        "Bộ Chính trị, Ban Bí thư vừa tổ chức Hội nghị toàn quốc nghiên cứu, học tập, quán triệt Nghị quyết.\n"
        "Phóng viên: Thưa ông, nội dung nào của Hội nghị được ông quan tâm nhất?\n"
        "Ông Nguyễn Văn An: Chúng ta cần sớm thể chế hóa Nghị quyết thành quy định của pháp luật.\n"
        "Phóng viên: Công tác giám sát nên thực hiện thế nào?\n"
        "Ông Nguyễn Văn An: Quốc hội cần tập trung vào những vấn đề cụ thể.\n"
    )
    result = parse_text(text)
    assert result.conference is None
    assert result.tasks == []
    assert parse_text(text.replace("Phóng viên:", "Ông Lê Văn Bình hỏi:")).conference is not None


def test_a_meeting_name_runs_on_through_a_list_of_documents():
    text = (
        "Sáng 27/4, Đảng ủy Bộ tổ chức Hội nghị quán triệt Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội "
        "Đảng bộ khối các cơ quan Trung ương. Đồng chí Lê Văn Hoạt chủ trì.\n"
    )
    assert parse_text(text).conference.name == (
        "Hội nghị quán triệt Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ khối các cơ quan Trung ương"
    )


def test_what_a_numbered_meeting_does_gives_its_kind():
    text = (
        "Chiều 30-8, Hội nghị lần thứ 15, Ban Chấp hành Đảng bộ tỉnh khóa XIX đã diễn ra để thảo luận báo cáo "
        "tổng kết 10 năm thực hiện Nghị quyết số 04-NQ/TU.\n"
    )
    assert parse_text(text).conference.kind == "tong_ket"


def test_a_past_plenum_is_the_occasion_and_the_programme_is_the_meeting_held_by_two_bodies():
    text = (
        "Tiếp tục chương trình Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết Hội nghị Trung ương 5 khóa XIII "
        "do Bộ Chính trị, Ban Bí thư tổ chức, sáng nay các đại biểu nghe chuyên đề.\n"
        "Tại Hội nghị lần thứ năm vừa qua, Trung ương đã ban hành Nghị quyết 21-NQ/TW.\n"
    )
    c = parse_text(text).conference
    assert c.name == "Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết Hội nghị Trung ương 5 khóa XIII"
    assert (c.kind, c.organizer) == ("quan_triet", "Bộ Chính trị, Ban Bí thư")


def test_joint_organisers_are_both_named_but_a_unit_and_its_parent_are_one():
    joint = "Sáng 5/6, Ban Tổ chức Trung ương phối hợp với Văn phòng Trung ương Đảng tổ chức Hội nghị giao ban.\n"
    assert parse_text(joint).conference.organizer == "Ban Tổ chức Trung ương, Văn phòng Trung ương Đảng"
    listed = "Sáng 5/6, Ban Tổ chức Trung ương, Hội đồng Lý luận Trung ương phối hợp tổ chức Hội nghị giao ban.\n"
    assert parse_text(listed).conference.organizer == "Ban Tổ chức Trung ương, Hội đồng Lý luận Trung ương"
    unit = "Ngày 24-8, tại TP Hồ Chí Minh, Lữ đoàn 125, Bộ tư lệnh Vùng 2 Hải quân tổ chức Hội nghị quán triệt.\n"
    assert "," not in (parse_text(unit).conference.organizer or "")


def test_a_ministry_named_with_va_is_one_body():
    forum = (
        "Sáng 2/11, Trung ương Hội Nông dân Việt Nam phối hợp với Bộ Nông nghiệp và Môi trường tổ chức Diễn đàn "
        "'Lắng nghe nông dân nói năm 2025'.\n"
    )
    conference = parse_text(forum).conference
    assert conference.name == "Diễn đàn 'Lắng nghe nông dân nói năm 2025'"
    assert conference.organizer == "Trung ương Hội Nông dân Việt Nam, Bộ Nông nghiệp và Môi trường"
    two = "Ngày 5/6, Ban Tổ chức Tỉnh ủy và Ban Tuyên giáo Tỉnh ủy phối hợp tổ chức Hội nghị quán triệt.\n"
    assert parse_text(two).conference.organizer == "Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy"


def test_a_meeting_noun_in_the_name_of_the_body_that_held_the_meeting_is_not_the_meeting():
    held = (
        "Hôm nay (26-8), Tiểu ban Kinh tế - xã hội Đại hội 13 của Đảng đã tổ chức hội nghị xin ý kiến của nguyên "
        "lãnh đạo về chiến lược phát triển.\n"
    )
    conference = parse_text(held).conference
    assert (conference.name, conference.kind) == (
        "hội nghị xin ý kiến của nguyên lãnh đạo về chiến lược phát triển",
        "other",
    )
    assert conference.organizer == "Tiểu ban Kinh tế - xã hội Đại hội 13 của Đảng"


def test_a_working_session_is_held_by_the_visiting_body_and_chaired_by_its_leader():
    text = (
        "Ngày 8/7, Đoàn kiểm tra của Bộ Chính trị do đồng chí Nguyễn Thiện Nhân, Bí thư Thành ủy làm trưởng đoàn "
        "đã làm việc với Ban Thường vụ Tỉnh ủy Cà Mau.\n"
    )
    c = parse_text(text).conference
    assert (c.kind, c.organizer, c.chairs) == ("lam_viec", "Bộ Chính trị", ["Nguyễn Thiện Nhân"])
    visit = (
        "Ngày 12/5, Đoàn công tác của Ban Tổ chức Trung ương do đồng chí Mai Văn Chính dẫn đầu làm việc tại tỉnh "
        "Quảng Nam.\n"
    )
    c = parse_text(visit).conference
    assert (c.kind, c.chairs) == ("lam_viec", ["Mai Văn Chính"])


def test_a_name_runs_through_its_online_format_to_the_kind_after_it():
    text = (
        "Sáng 3/4, Ban Tổ chức Trung ương tổ chức Hội nghị theo hình thức trực tuyến ở 63 điểm cầu sơ kết công tác "
        "quý I.\n"
    )
    c = parse_text(text).conference
    assert c.name == "Hội nghị theo hình thức trực tuyến ở 63 điểm cầu sơ kết công tác quý I"
    assert (c.kind, c.format, c.connection_points) == ("so_ket", "online", 63)
    plain = "Sáng 3/4, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban theo hình thức trực tuyến.\n"
    assert parse_text(plain).conference.name == "Hội nghị giao ban"


def test_the_month_in_a_meetings_name_gives_the_year_of_its_date():
    text = "Ngày 28/2, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban công tác tháng 2/2017.\n"
    assert parse_text(text).conference.date == dt.date(2017, 2, 28)
    reviewed = "Ngày 16/3, Ban Tổ chức Trung ương tổ chức Hội nghị tổng kết công tác năm 2022.\n"
    assert parse_text(reviewed).conference.date is None  # the year reviewed is not the year held


def test_a_name_stops_before_a_second_event_and_before_vua():
    both = "Sáng 5/3, Đảng ủy tổ chức hội nghị học tập Nghị quyết Trung ương 10, khóa XII; Lễ trao huy hiệu Đảng.\n"
    assert parse_text(both).conference.name == "hội nghị học tập Nghị quyết Trung ương 10, khóa XII"
    goes_on = "Sáng 5/3, Ban Tổ chức tổ chức Hội nghị giao ban quý I; triển khai nhiệm vụ quý II.\n"
    assert parse_text(goes_on).conference.name == "Hội nghị giao ban quý I; triển khai nhiệm vụ quý II"
    recent = "Hội nghị lần thứ 16 Ban Chấp hành Thành ủy Đà Nẵng khóa XXI vừa diễn ra.\n"
    assert parse_text(recent).conference.name == "Hội nghị lần thứ 16 Ban Chấp hành Thành ủy Đà Nẵng khóa XXI"


def test_the_body_that_opens_or_closes_a_session_holds_it():
    text = (
        "Chiều 18/8, dưới sự chủ trì của Chủ tịch Quốc hội Vương Đình Huệ, Ủy ban Thường vụ Quốc hội bế mạc "
        "Phiên họp chuyên đề pháp luật tháng 8/2022.\n"
    )
    assert parse_text(text).conference.organizer == "Ủy ban Thường vụ Quốc hội"


def test_the_central_committee_meeting_by_number_is_a_plenum():
    text = "Từ ngày 4-10/5, Ban Chấp hành Trung ương Đảng khóa XIII họp Hội nghị lần thứ năm để thảo luận.\n"
    assert parse_text(text).conference.kind == "hoi_nghi_trung_uong"
    provincial = "Chiều 15/3, Ban Chấp hành Đảng bộ tỉnh Yên Bái khóa XVII tổ chức Hội nghị lần thứ 4.\n"
    assert parse_text(provincial).conference.kind == "other"


def test_a_short_back_reference_takes_the_full_name_of_its_first_mention():
    text = (
        "Ban chỉ đạo Phòng chống tham nhũng, tiêu cực tỉnh Bà Rịa-Vũng Tàu thống nhất đưa 4 vụ án vào diện theo dõi.\n"
        "Ngày 23/8, Ban chỉ đạo đã tiến hành kỳ họp lần thứ nhất sau khi thành lập.\n"
    )
    assert parse_text(text).conference.organizer == "Ban chỉ đạo Phòng chống tham nhũng, tiêu cực tỉnh Bà Rịa-Vũng Tàu"


def test_gan_voi_and_doi_voi_go_on_with_the_meeting_name_where_voi_alone_ends_it():
    text = (
        "Sáng 15/7, Quân ủy Trung ương tổ chức Hội nghị phối hợp lãnh đạo công tác quốc phòng gắn với phát triển "
        "kinh tế - xã hội trên địa bàn. Đồng chí Lê Văn An chủ trì.\n"
    )
    assert parse_text(text).conference.name == (
        "Hội nghị phối hợp lãnh đạo công tác quốc phòng gắn với phát triển kinh tế - xã hội trên địa bàn"
    )
    text = "Sáng 15/7, Tỉnh ủy tổ chức Hội nghị giao ban với các huyện ủy. Đồng chí Lê Văn An chủ trì.\n"
    assert parse_text(text).conference.name == "Hội nghị giao ban"


def test_a_body_named_before_its_short_name_in_brackets_keeps_its_whole_name():
    text = (
        "Sáng 21/1, Ban chỉ đạo Trung ương về phòng, chống tham nhũng (Ban chỉ đạo) đã họp phiên thứ 15 dưới sự chủ "
        "trì của Tổng Bí thư Nguyễn Phú Trọng.\n"
    )
    assert parse_text(text).conference.organizer == "Ban chỉ đạo Trung ương về phòng, chống tham nhũng"
    text = "Sáng 21/1, Mặt trận Tổ quốc tỉnh (MTTQ) đã họp phiên thứ 15 dưới sự chủ trì của Chủ tịch Lê Văn An.\n"
    assert parse_text(text).conference.organizer == "Mặt trận Tổ quốc tỉnh"


def test_a_second_action_or_clause_after_a_comma_is_not_the_meeting_name():
    text = (
        "Sáng 25/7, Tỉnh ủy Yên Bái tổ chức Hội nghị triển khai quyết định của Ban Bí thư về công tác cán bộ, đồng "
        "thời trao Quyết định chỉ định đồng chí Đỗ Đức Duy giữ chức Phó Bí thư Tỉnh ủy.\n"
    )
    assert parse_text(text).conference.name == "Hội nghị triển khai quyết định của Ban Bí thư về công tác cán bộ"
    text = "Sáng 5/12, Kỳ họp thứ 4 HĐND thành phố khóa XV, nhiệm kỳ 2016 - 2021, chính thức khai mạc.\n"
    assert parse_text(text).conference.name == "Kỳ họp thứ 4 HĐND thành phố khóa XV, nhiệm kỳ 2016 - 2021"
    text = (
        "Sáng 2/11, Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15, nhiệm kỳ 2025-2030, về việc các "
        "cấp cần tổ chức lấy ý kiến nhân dân.\n"
    )
    assert parse_text(text).conference.name == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15, nhiệm kỳ 2025-2030"


def test_an_abbreviated_city_is_one_word_of_the_body_the_article_names_most():
    text = (
        "Sáng 5/8, Hội nghị tổng kết năm học 2021-2022 diễn ra trực tuyến.\nThành ủy TP.HCM đánh giá cao ngành giáo "
        "dục. Thành ủy TP.HCM ghi nhận nhiều nỗ lực. Theo Thành ủy TP.HCM, giáo dục cần đổi mới.\n"
    )
    assert parse_text(text).conference.organizer == "Thành ủy TP.HCM"


def test_a_request_the_sapo_restates_is_one_task():
    tasks = parse_text(
        "Ông Võ Văn Thưởng lưu ý các cơ quan quản lý cần tiếp thu, giải quyết, phản hồi...\n"
        "Sáng 7/2, Ban Tuyên giáo Trung ương tổ chức Hội nghị giao ban báo chí. Ông Võ Văn Thưởng lưu ý các cơ "
        "quan quản lý cần tiếp thu, giải quyết, phản hồi những vấn đề báo chí nêu.\n"
        "Ông yêu cầu hệ thống thanh tra vào cuộc ngay lập tức để xử lý sai phạm. Ông cũng yêu cầu các sở rà soát "
        "quy hoạch. Ông yêu cầu hệ thống thanh tra vào cuộc ngay lập tức để xử lý sai phạm.\n"
    ).tasks
    assert [t.text for t in tasks] == [
        "các cơ quan quản lý cần tiếp thu, giải quyết, phản hồi những vấn đề báo chí nêu.",
        "hệ thống thanh tra vào cuộc ngay lập tức để xử lý sai phạm.",
        "các sở rà soát quy hoạch.",
    ]
