"""Where a cited document's unquoted "về …" subject ends: at the predicate of the sentence it stands in."""

import pytest

from documents.extraction.subjects import read_subject


def subject_of(sentence: str) -> str | None:
    found = read_subject(sentence, sentence.index(" về "))
    return found[0] if found else None


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "Nghị quyết số 72-NQ/TW về một số giải pháp đột phá, tăng cường bảo vệ sức khỏe nhân dân nhưng chưa "
            "thể chế hóa đầy đủ các chủ trương.",
            "một số giải pháp đột phá, tăng cường bảo vệ sức khỏe nhân dân",
        ),
        (
            "Quyết định 593 của Thủ tướng về công tác liên kết vùng còn rất chậm, mặc dù đây là quyết định thí điểm.",
            "công tác liên kết vùng",
        ),
        (
            "Nghị quyết số 198/2025/QH15 về cơ chế, chính sách đặc thù cho kinh tế tư nhân đã tạo nền tảng pháp lý.",
            "cơ chế, chính sách đặc thù cho kinh tế tư nhân",
        ),
        (
            "Thực hiện Kế hoạch số 95-KH/TU về tổ chức các lớp bồi dưỡng năm 2022, Ban Thường vụ Thành ủy Hà Nội "
            "tổ chức khai giảng lớp bồi dưỡng.",
            "tổ chức các lớp bồi dưỡng năm 2022",
        ),
        (
            "Thực hiện Quy định 181-QĐ/TW về xử lý kỷ luật đảng viên vi phạm, UBKT Trung ương quyết định thi hành "
            "kỷ luật.",
            "xử lý kỷ luật đảng viên vi phạm",
        ),
        (
            "Chỉ thị số 36-CT/TW về đại hội đảng bộ các cấp và dự thảo chỉ thị của Bộ Chính trị khóa XII về đại hội.",
            "đại hội đảng bộ các cấp",
        ),
        (
            "Nghị quyết số 19-NQ/TW về đổi mới các đơn vị sự nghiệp công lập, gắn với Kết luận số 64 của Trung ương.",
            "đổi mới các đơn vị sự nghiệp công lập",
        ),
        (
            "Nghị quyết số 11-NQ/TW về công tác phụ nữ thời kỳ mới xác định “phải xây dựng đội ngũ cán bộ nữ”.",
            "công tác phụ nữ thời kỳ mới",
        ),
        (
            "Thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh, thời gian qua, chi bộ "
            "triển khai mô hình mới.",
            "đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh",
        ),
        (
            "Thực hiện Kế hoạch 28-KH/TW của Bộ Chính trị về phát triển kinh tế - xã hội vùng Đồng bằng sông Cửu "
            "Long, tiếp tục xây dựng, soạn thảo để trình Quốc hội Đề án Luật.",
            "phát triển kinh tế - xã hội vùng Đồng bằng sông Cửu Long",
        ),
    ],
)
def test_a_subject_ends_where_its_sentence_goes_on_with_a_predicate(sentence, subject):
    assert subject_of(sentence) == subject


@pytest.mark.parametrize(
    "subject",
    [
        # a tense inside a relative clause belongs to the subject
        "hội nhập quốc tế trong tình hình mới mà Đảng ta đã đề ra",
        # bodies listed in the subject, with a verb that is not one of deciding or of a meeting's roles
        "tiêu chuẩn chức danh cán bộ thuộc diện Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư quản lý",
        "tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái",
        # "tiếp tục" opening the subject is its own first word
        "tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn",
    ],
)
def test_a_whole_subject_is_kept(subject):
    assert subject_of(f"Nghị quyết số 35-NQ/TW của Bộ Chính trị về {subject}.") == subject


def test_no_subject_without_ve():
    assert read_subject("Nghị quyết số 35-NQ/TW của Bộ Chính trị.", 27) is None
