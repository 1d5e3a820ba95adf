"""Tasks set by request or statement, read sentence by sentence (documents/extraction/requests.py)."""

from documents.extraction import parse_text

LEAD = (
    "Ngày 03/4, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban trực tuyến đánh giá kết quả công tác quý I. "
    "Đồng chí Mai Văn Chính - Phó Trưởng ban Thường trực Ban Tổ chức Trung ương chủ trì Hội nghị.\n"
)


def _tasks(body: str) -> list[str]:
    return [t.text for t in parse_text(LEAD + body).tasks]


def test_a_request_ends_with_its_sentence():
    assert _tasks(
        "Đồng chí yêu cầu các cấp ủy khẩn trương cụ thể hóa kết luận. Hội nghị diễn ra trong không khí dân chủ.\n"
    ) == ["các cấp ủy khẩn trương cụ thể hóa kết luận."]


def test_bare_imperatives_after_a_request_are_tasks_of_their_own():
    assert _tasks(
        "Đồng chí nhấn mạnh, cần nghiên cứu, cụ thể hóa Nghị quyết phù hợp với thực tiễn. "
        "Tăng cường củng cố tổ chức cơ sở đảng. Đổi mới phương thức lãnh đạo của Đảng ở cơ sở.\n"
    ) == [
        "cần nghiên cứu, cụ thể hóa Nghị quyết phù hợp với thực tiễn.",
        "Tăng cường củng cố tổ chức cơ sở đảng.",
        "Đổi mới phương thức lãnh đạo của Đảng ở cơ sở.",
    ]


def test_one_imperative_or_a_linking_sentence_goes_on_with_the_request():
    assert _tasks(
        "Đồng chí đề nghị Ban Tổ chức các cấp phải chủ động tham mưu chuẩn bị đại hội. "
        "Thể hiện tinh thần trách nhiệm, thẩm định kỹ nhân sự.\n"
        "Các cấp ủy phải tăng cường kiểm tra, giám sát công tác cán bộ. "
        "Đồng thời, phải làm tốt công tác đào tạo, bồi dưỡng cán bộ.\n"
    ) == [
        "Ban Tổ chức các cấp phải chủ động tham mưu chuẩn bị đại hội. "
        "Thể hiện tinh thần trách nhiệm, thẩm định kỹ nhân sự.",
        "Các cấp ủy phải tăng cường kiểm tra, giám sát công tác cán bộ. "
        "Đồng thời, phải làm tốt công tác đào tạo, bồi dưỡng cán bộ.",
    ]


def test_a_paragraph_led_by_a_body_goes_on_with_the_request():
    assert _tasks(
        "Đồng chí yêu cầu các cấp ủy khẩn trương cụ thể hóa kết luận.\n"
        "Ban Tổ chức Tỉnh ủy và các cơ quan làm công tác tổ chức nâng cao hơn nữa tính chủ động, sáng tạo.\n"
    ) == [
        "các cấp ủy khẩn trương cụ thể hóa kết luận.",
        "Ban Tổ chức Tỉnh ủy và các cơ quan làm công tác tổ chức nâng cao hơn nữa tính chủ động, sáng tạo.",
    ]


def test_weak_request_verbs_need_someone_before_them():
    assert _tasks("Bí thư Tỉnh ủy Quản Minh Cường lưu ý các đồng chí giữ vững phẩm chất, gần dân.\n") == [
        "các đồng chí giữ vững phẩm chất, gần dân."
    ]
    assert _tasks("Ban chỉ đạo đã thống nhất đưa bốn vụ án vào diện theo dõi, chỉ đạo.\n") == []
    assert _tasks("Việc chỉ đạo công tác luân chuyển cán bộ chưa thật sự bài bản.\n") == []


def test_a_comma_or_a_setting_after_the_request_verb_does_not_hide_it():
    assert _tasks("Đồng thời đề nghị, trên cương vị mới, các đồng chí tiếp tục phát huy tinh thần đoàn kết.\n") == [
        "trên cương vị mới, các đồng chí tiếp tục phát huy tinh thần đoàn kết."
    ]
    assert _tasks("Đồng chí đề nghị trên cương vị mới, bà Lý Thị Huệ tiếp tục phát huy tinh thần đoàn kết.\n") == [
        "trên cương vị mới, bà Lý Thị Huệ tiếp tục phát huy tinh thần đoàn kết."
    ]
    assert _tasks("Hội nghị thống nhất với đề nghị trên của Ban Tổ chức về công tác cán bộ.\n") == []


def test_a_demand_made_outside_the_meeting_is_not_its_task():
    assert _tasks(
        "Thủ tướng Chính phủ đã có công điện yêu cầu tăng cường phòng dịch, vì vậy ông Lê Văn Hoạt yêu cầu "
        "toàn bộ đại biểu phải đeo khẩu trang suốt hội nghị.\n"
    ) == ["toàn bộ đại biểu phải đeo khẩu trang suốt hội nghị."]


def test_a_shortcoming_that_names_a_need_is_not_a_request():
    assert (
        _tasks(
            "Đồng chí nêu rõ: nhận thức của một số cấp ủy chưa sâu sắc về vai trò, vị trí, yêu cầu nâng cao "
            "năng lực lãnh đạo của tổ chức đảng.\n"
        )
        == []
    )


def test_a_courts_demand_is_not_a_task():
    assert _tasks("Tòa án đã hoãn phiên tòa, trả hồ sơ yêu cầu điều tra bổ sung các tình tiết của vụ án.\n") == []


def test_a_quoted_demand_with_its_attribution_is_a_task():
    assert _tasks(
        "“Mỗi cán bộ, đảng viên phải nghiêm túc nghiên cứu, học tập Nghị quyết” - ông Hoạt lưu ý.\n"
        "“Làm quy hoạch cán bộ phải động và mở”, đồng chí nói.\n"
    ) == ["Mỗi cán bộ, đảng viên phải nghiêm túc nghiên cứu, học tập Nghị quyết"]


def test_statements_that_look_ahead_are_tasks_but_hopes_are_not():
    assert _tasks("Trong thời gian tới, ngành tư pháp tiếp tục quán triệt các chủ trương của Đảng.\n") == [
        "ngành tư pháp tiếp tục quán triệt các chủ trương của Đảng."
    ]
    assert _tasks("Đảng bộ xã sẽ tiếp tục thực hiện chương trình hành động về xây dựng nông thôn mới.\n") == [
        "Đảng bộ xã sẽ tiếp tục thực hiện chương trình hành động về xây dựng nông thôn mới."
    ]
    assert _tasks("Bộ trưởng khẳng định, Bộ Ngoại giao sẽ phối hợp với tỉnh trong đào tạo cán bộ.\n") == [
        "Bộ trưởng khẳng định, Bộ Ngoại giao sẽ phối hợp với tỉnh trong đào tạo cán bộ."
    ]
    assert _tasks("Bày tỏ tin tưởng, các đồng chí được bổ nhiệm sẽ tiếp tục phát huy tốt năng lực.\n") == []


def test_a_documents_own_words_are_not_tasks():
    assert _tasks("Nghị quyết nhấn mạnh, cần xây dựng tổ chức cơ sở đảng gắn với hệ thống chính trị.\n") == []


def test_a_modal_is_the_speakers_only_after_a_verb_that_reports_speech():
    assert (
        _tasks(
            "Các đơn vị tập trung thực hiện sự chỉ đạo của Tổng Bí thư tại hội nghị, theo đó phải giải quyết "
            "dứt điểm các vụ việc.\n"
        )
        == []
    )


def test_too_short_a_request_is_not_a_task():
    assert _tasks("Tổng Bí thư lưu ý điều đáng lo nhất là tự diễn biến, yêu cầu có biện pháp.\n") == []


def test_what_the_meeting_decided_and_the_bodies_that_act_after_it_are_tasks():
    assert _tasks(
        "Hội nghị đã xác định nhiệm vụ trọng tâm thời gian tới là tập trung xây dựng tổ chức cơ sở đảng vững mạnh. "
        "Đồng thời, nâng cao chất lượng đảng viên. Các cấp ủy tiếp tục đổi mới phương thức lãnh đạo. "
        "Các chủ trương về dân tộc được thực hiện tốt.\n"
    ) == [
        "tập trung xây dựng tổ chức cơ sở đảng vững mạnh. Đồng thời, nâng cao chất lượng đảng viên.",
        "Các cấp ủy tiếp tục đổi mới phương thức lãnh đạo.",
    ]


def test_an_ordinal_list_inside_a_paragraph_gives_one_task_per_item():
    tasks = parse_text(
        LEAD + "Về nhiệm vụ quý II, đồng chí yêu cầu toàn ngành tập trung vào các nội dung. Một là, tiếp tục tham "
        "mưu tổng kết Nghị quyết. Hai là, chuẩn bị tốt đại hội đảng bộ các cấp. Ba là, làm tốt công tác bảo vệ "
        "chính trị nội bộ.\n"
    ).tasks
    assert [(t.ordinal, t.text) for t in tasks] == [
        (1, "tiếp tục tham mưu tổng kết Nghị quyết"),
        (2, "chuẩn bị tốt đại hội đảng bộ các cấp"),
        (3, "làm tốt công tác bảo vệ chính trị nội bộ"),
    ]


def test_a_list_announced_by_nhu_gives_its_actions_but_not_its_places():
    assert _tasks(
        "Đồng chí đề nghị các địa phương tập trung một số giải pháp như: rà soát đội ngũ cán bộ; kiện toàn tổ "
        "chức bộ máy; đẩy mạnh chuyển đổi số trong công tác đảng.\n"
    ) == ["rà soát đội ngũ cán bộ", "kiện toàn tổ chức bộ máy", "đẩy mạnh chuyển đổi số trong công tác đảng"]
    places = _tasks(
        "Đồng chí yêu cầu cả hệ thống chính trị tập trung bàn giao mặt bằng cho các dự án như: khu công nghiệp "
        "Phú Vinh; các cầu cảng số 3, số 4; khu nhà ở cho công nhân.\n"
    )
    assert len(places) == 1 and places[0].startswith("cả hệ thống chính trị tập trung bàn giao")


def test_a_list_after_la_in_lower_case_is_parted_at_every_semicolon():
    tasks = parse_text(
        LEAD + "Hội nghị xác định nhiệm vụ trọng tâm quý II là: tiếp tục tham mưu tổng kết Nghị quyết Trung ương 6; "
        "chuẩn bị tốt nhân sự đại hội; đẩy mạnh chuyển đổi số.\n"
    ).tasks
    assert [t.text for t in tasks] == [
        "tiếp tục tham mưu tổng kết Nghị quyết Trung ương 6",
        "chuẩn bị tốt nhân sự đại hội",
        "đẩy mạnh chuyển đổi số",
    ]


def test_a_question_asks_for_an_answer_not_a_task():
    assert (
        _tasks(
            "Đồng chí đề nghị ông Ngô Minh Châu, Phó Giám đốc Công an thành phố, phân tích nguyên nhân do chủ quan "
            "hay khách quan?\n"
        )
        == []
    )
    assert _tasks(
        "Thủ tướng yêu cầu chủ tịch các tỉnh xem xét lại việc đối thoại với dân, đã lắng nghe giải quyết thấu "
        "tình đạt lý chưa?\n"
    ) == ["chủ tịch các tỉnh xem xét lại việc đối thoại với dân, đã lắng nghe giải quyết thấu tình đạt lý chưa?"]


def test_a_request_made_before_the_meeting_is_not_its_task():
    assert (
        _tasks(
            "Ông Ngô Minh Châu cho biết trước đây, Công an tỉnh đã yêu cầu Công an huyện đánh giá đúng tình hình "
            "tội phạm trên địa bàn.\n"
        )
        == []
    )
    assert _tasks("Đồng chí yêu cầu Công an huyện đánh giá đúng tình hình tội phạm trên địa bàn.\n") == [
        "Công an huyện đánh giá đúng tình hình tội phạm trên địa bàn."
    ]


def test_a_recommended_punishment_or_award_is_a_finding_not_a_task():
    assert (
        _tasks(
            "Ủy ban Kiểm tra Trung ương đã kiểm tra 9 tổ chức đảng, đề nghị Ban Bí thư thi hành kỷ luật 1 tổ chức "
            "đảng và 6 đảng viên.\n"
        )
        == []
    )
    assert (
        _tasks(
            "Đồng chí đề nghị tổ chức đảng cấp dưới thi hành kỷ luật Ban Thường vụ Đảng ủy Tập đoàn bằng hình thức "
            "cảnh cáo.\n"
        )
        == []
    )
    for recommended in (
        "Đồng chí đề nghị cấp có thẩm quyền xử lý kỷ luật về chính quyền đối với ông Nguyễn Văn Hiến theo quy định.",
        "Ủy ban kiểm tra làm rõ nhiều sai phạm và đề nghị thi hành kỷ luật nhiều cán bộ, đảng viên đương chức.",
        "Đồng chí đề nghị thi hành kỷ luật đối với Ban Thường vụ Tỉnh ủy nhiệm kỳ 2010 - 2015.",
        "Đảng ủy xét và đề nghị tặng thưởng huân chương độc lập cho 20 người.",
    ):
        assert _tasks(recommended + "\n") == [], recommended
    assert _tasks("Đồng chí yêu cầu các cấp ủy xử lý nghiêm, thi hành kỷ luật đảng viên vi phạm.\n") == [
        "các cấp ủy xử lý nghiêm, thi hành kỷ luật đảng viên vi phạm."
    ]


def test_only_needing_one_thing_is_a_condition_not_a_task():
    assert _tasks("Đồng chí nêu rõ, mỗi tỉnh chỉ cần một cuộc kiểm tra thì cả nước đã có 63 cuộc kiểm tra rồi.\n") == []


def test_what_goes_on_being_done_to_a_field_is_a_result():
    assert _tasks(
        "Đồng chí yêu cầu các cấp ủy khẩn trương cụ thể hóa kết luận. "
        "Các lĩnh vực y tế, giáo dục tiếp tục được duy trì, dịch bệnh được kiểm soát.\n"
    ) == ["các cấp ủy khẩn trương cụ thể hóa kết luận."]


def test_a_matter_that_needs_attention_is_a_remark_not_a_task():
    remark = "Đồng chí nhấn mạnh, đây là nội dung cần quan tâm để có nghiên cứu và nâng cấp các giải pháp.\n"
    assert _tasks(remark) == []


def test_a_request_word_used_as_a_noun_asks_nothing():
    for sentence in (
        "Đồng chí Phạm Bình Minh, Bộ trưởng Bộ Ngoại giao chủ trì và có bài phát biểu chỉ đạo Hội nghị.",
        "Các cơ quan đã hoàn thành 68 nhiệm vụ theo đúng tiến độ yêu cầu trước 30/6/2022, đạt 49,6% tổng số.",
        "Đồng chí cho rằng các báo cáo được chuẩn bị tốt, bám sát yêu cầu nội dung của đoàn công tác.",
    ):
        assert _tasks(sentence + "\n") == [], sentence


def test_a_request_that_announces_its_items_is_not_a_task_itself():
    assert _tasks(
        "Ban Bí thư yêu cầu các cấp ủy thực hiện có hiệu quả một số nhiệm vụ trọng tâm sau:\n"
        "Tiếp tục siết chặt kỷ luật, kỷ cương, thực hiện nghiêm các quy chế về công tác cán bộ.\n"
    ) == ["Tiếp tục siết chặt kỷ luật, kỷ cương, thực hiện nghiêm các quy chế về công tác cán bộ."]
