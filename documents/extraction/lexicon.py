"""Words of Vietnamese administrative writing that the rules look for.

General vocabulary only: surnames, titles, bodies, provinces, verbs of speech
and request. Nothing here names a particular article.
"""

import re

# Every capital letter Vietnamese uses ("Ủ", "Đ", "Ơ", …), for regex classes: [{UPPER}].
UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1F00)) if ch.isalpha() and ch.isupper())

SURNAMES = frozenset(
    """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Mai Tô Cao Đoàn Đinh Lâm
    Trương Quản Bế Hà Lương Tạ Thái Chu Châu Kiều Lại Lưu Nông Triệu Vương Từ Đào Tăng La Lò Quách Thân
    Trịnh Mạc Khổng Giang Tống Âu Đàm Diệp Kim Phùng Doãn Hứa Mã Nghiêm Lục Vi Văn Trình Bạch Cù Cấn Chế
    Công Đậu Đống Giáp Hầu Kha Khúc Lữ Mạch Ninh Phí Sầm Tôn Thạch Tiêu Trang Ưng Vy Y Hoàng Ma Lã Lạc
    Nhữ Nguyên Cầm Hàn Khương Lăng Lầu Mông Sùng Thào Vàng Giàng Hờ Triệu Đường Đới Ngọ Điểu Ksor Rơ Siu
    Nay Rmah Hầu Thiều Ôn Yên""".split()  # noqa: SIM905
)

# Provinces and large cities, before and after the 2025 merger; a surname-led
# run of capitals that is one of these is a place, not a person.
PLACES = frozenset(
    """An Giang|Bà Rịa - Vũng Tàu|Bà Rịa-Vũng Tàu|Bạc Liêu|Bắc Giang|Bắc Kạn|Bắc Ninh|Bến Tre|Bình Dương|
    Bình Định|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Cần Thơ|Đà Nẵng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|
    Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Nội|Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình|Hưng Yên|
    Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|
    Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|
    Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Thừa Thiên - Huế|Tiền Giang|Trà Vinh|
    Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái|Huế|Hồ Chí Minh|Thành phố Hồ Chí Minh|Tân An|Mỹ Đình|
    Việt Nam|Trung Quốc|Hàn Quốc|Nhật Bản|Tây Nguyên|Nam Bộ|Bắc Bộ|Trung Bộ|Đông Nam Bộ|Tây Bắc|
    Việt Bắc|Đồng bằng sông Cửu Long|Cửu Long|Trường Sa|Hoàng Sa|Tô Lịch|Hồng Hà|Cổ Phúc""".replace("\n", "").split("|")
)
PLACES = frozenset(p.strip() for p in PLACES if p.strip())

# How titles begin. Matched at a word start, case-insensitively except where
# a lower-case form is an ordinary word ("tăng trưởng").
_TITLE_HEADS = r"""
Tổng Bí thư|Bí thư|Ủy viên|Uỷ viên|UVTV|UVBTV|UVBCH|UVTW|UVTƯ|UVT\.Ư|UVBCT|UV|
Tỉnh ủy viên|Thành ủy viên|Huyện ủy viên|Đảng ủy viên|
Chủ tịch|Thủ tướng|Bộ trưởng|Thứ trưởng|Tổng cục trưởng|Cục trưởng|Vụ trưởng|Viện trưởng|Chánh Văn phòng|
Chánh án|Chánh Thanh tra|Tổng Thanh tra|Tổng Kiểm toán|Kiểm toán trưởng|Trưởng ban|Trưởng Ban|Trưởng Đoàn|
Trưởng đoàn|Trưởng Cụm|Trưởng khoa|Trưởng phòng|Trưởng Phòng|Trưởng|Giám đốc|Tổng Giám đốc|Chủ nhiệm|
Tổng Biên tập|Biên tập viên|Tư lệnh|Chính ủy|Tham mưu trưởng|Tổng Tham mưu trưởng|Chỉ huy trưởng|
Sư đoàn trưởng|Lữ đoàn trưởng|Trung đoàn trưởng|Hiệu trưởng|Đại sứ|Thư ký|Tổng Thư ký|Người phát ngôn|
Đại biểu Quốc hội|Phụ trách|Thường trực|Ủy viên Thường trực|Ủy viên Thường vụ|Chủ tịch nước|Hiệu phó|
Tổng Lãnh sự|Phó""".replace("\n", "")

TITLE_PREFIX = r"(?:(?:[Nn]guyên|[Qq]uyền)\s+)?(?:(?:[Pp]hó|PHÓ)\s+)?"
TITLE_HEAD = re.compile(
    r"(?<![^\W_])" + TITLE_PREFIX + r"(?:" + _TITLE_HEADS + r"|(?i:ủy viên|bí thư|chủ tịch|bộ trưởng|thứ trưởng"
    r"|tổng bí thư|trưởng ban|phó bí thư|phó chủ tịch|phó thủ tướng|thủ tướng|giám đốc|chính ủy|tư lệnh"
    r"|trưởng đoàn|chủ nhiệm|vụ trưởng|cục trưởng|tổng biên tập|chánh văn phòng))(?![^\W_])"
)

# Military ranks and academic titles: they mark a person but are not positions.
HONORIFICS = re.compile(
    r"(?<![^\W_])(?:(?i:đại tướng|thượng tướng|trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá"
    r"|đại úy|chuẩn đô đốc|phó đô đốc|đô đốc|giáo sư|phó giáo sư|tiến sĩ|thạc sĩ|bác sĩ|nhà báo|luật sư"
    r"|kỹ sư|nghệ sĩ nhân dân|nghệ sĩ ưu tú|nhà giáo nhân dân|nhà giáo ưu tú|anh hùng lao động)"
    r"|GS\.TS|PGS\.TS|GS\.TSKH|PGS|GS|TS|ThS|BS|NGND|NGƯT|NSND|NSƯT)\.?(?![^\W_])"
)

# Heads of organisation names: a comma-separated part that starts with one of
# these continues the title before it ("Phó Vụ trưởng Vụ X, Ban Tổ chức Trung ương").
ORG_HEAD = re.compile(
    r"(?:Ban|Bộ|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Đảng đoàn|Đảng bộ|Chi bộ|Ủy ban|Uỷ ban|"
    r"UBND|HĐND|UBMTTQ|MTTQ|Văn phòng|Quân ủy|Hội đồng|Hội|Sở|Cục|Vụ|Viện|Học viện|Trường|Đoàn|Liên đoàn|"
    r"Mặt trận|Tổng cục|Công an|Bộ Chỉ huy|Bộ Tư lệnh|Quân khu|Quân đoàn|Sư đoàn|Lữ đoàn|Báo|Tạp chí|Đài|"
    r"Thông tấn xã|Tập đoàn|Tổng công ty|Công ty|Ngân hàng|Kiểm toán|Thanh tra|Tòa án|Viện kiểm sát|Quốc hội|"
    r"Chính phủ|Trung ương|Cơ quan|Khối|Cụm|Tiểu ban|Phòng|Trung tâm|Đại học|Cảnh sát|Bộ đội|Hải quân|"
    r"Phân viện|Nhà xuất bản|Câu lạc bộ|tỉnh|thành phố|huyện|xã|phường|quận|thị xã|thị trấn|TP\.?)(?![^\W_])"
)

# Verbs and words that end a title: what follows them is the sentence, not the title.
TITLE_STOPS = re.compile(
    r"\s+(?=(?:chủ trì|chủ tọa|đồng chủ trì|phát biểu|quán triệt|báo cáo|trình bày|cho biết|nhấn mạnh|khẳng định|"
    r"đề nghị|yêu cầu|kêu gọi|chỉ đạo|kết luận|thông tin|thông báo|chia sẻ|trao đổi|đánh giá|ghi nhận|biểu dương|"
    r"đã|đang|sẽ|vừa|được|bị|cùng|dự(?! khuyết)|tham dự|thảo luận|xem xét|cho ý kiến|thông qua|tới dự|về dự|"
    r"đến dự|làm việc|thăm|tặng|trao|nhận|ký kết|ký ban hành|ký quyết định|công bố|"
    r"khai mạc|bế mạc|điều hành|giới thiệu|phát động|thay mặt|lưu ý|tại|trong|với|về việc|nêu|nói|phân tích|"
    r"triển khai|gửi|chúc mừng|quyết định|giữ chức|thôi giữ chức|được bầu|tái đắc cử|đọc|điều động|phụ trách|"
    r"cũng|là|và các|nhận định|lưu ý|khai mạc|trả lời|tiếp|tiếp thu|giải trình|nhắc lại|bày tỏ|mong muốn|"
    r"hướng dẫn|tuyên bố|đánh giá cao|ghi nhận|cảm ơn|khen ngợi|đề xuất|kiến nghị|thừa ủy quyền|"
    r"trực tiếp|luôn|còn|vẫn|có|không|chưa|thì|mà|để|vì|nên|làm|đến|(?:- )?đến công tác)(?![^\W_]))"
)

SPEECH_VERBS = re.compile(
    r"(?<![^\W_])(?:phát biểu|quán triệt|cho biết|chia sẻ|nhấn mạnh|khẳng định|đề nghị|yêu cầu|kêu gọi|"
    r"chỉ đạo|kết luận|thông tin|trình bày|lưu ý|nêu rõ|phân tích|giải trình|trả lời|bày tỏ|đánh giá|"
    r"ghi nhận|biểu dương|khai mạc|bế mạc|phát động|công bố|nói|thông báo|giới thiệu|điều hành)(?![^\W_])",
    re.IGNORECASE,
)
CHAIR_VERBS = re.compile(r"(?<![^\W_])(?:chủ trì|chủ tọa|đồng chủ trì)(?![^\W_])", re.IGNORECASE)
REPORT_VERBS = re.compile(
    r"(?<![^\W_])(?:báo cáo|trình bày báo cáo|trình bày dự thảo|trình bày tờ trình)(?![^\W_])", re.IGNORECASE
)
ATTEND_VERBS = re.compile(r"(?<![^\W_])(?:dự|tham dự|tới dự|về dự|đến dự|có mặt|tham gia)(?![^\W_])", re.IGNORECASE)

# Bodies that issue documents and hold meetings, with a place where one follows.
BODY_NAMES = (
    r"Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|BCH Trung ương Đảng|BCH Trung ương|BCHTW|"
    r"Bộ Chính trị|Ban Bí thư|Ban Tổ chức Trung ương|Ủy ban Kiểm tra Trung ương|Ban Tuyên giáo Trung ương|"
    r"Ban Dân vận Trung ương|Ban Nội chính Trung ương|Ban Kinh tế Trung ương|Ban Tuyên giáo và Dân vận Trung ương|"
    r"Văn phòng Trung ương Đảng|Quân ủy Trung ương|Đảng ủy Công an Trung ương|Thủ tướng Chính phủ|Chính phủ|"
    r"Ủy ban Thường vụ Quốc hội|Quốc hội|Trung ương Đảng|Trung ương|"
    r"(?:Ban Thường vụ |Ban Chấp hành Đảng bộ |Ban Chấp hành )?(?:Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|tỉnh|thành phố)"
    rf"(?:\s+(?!Về\b|Khóa\b)[{UPPER}][^\W\d_]*){{0,4}}|"
    r"(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân) (?:tỉnh|thành phố|huyện)"
    rf"(?:\s+[{UPPER}][^\W\d_]*){{0,4}}|"
    r"Bộ [A-ZĐ][^\W\d_]*(?: [^\W\d_]+){0,3}?(?= về|,|\.|;| ngày|$)"
)
