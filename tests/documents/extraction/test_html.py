"""HTML pages: main text without the site's furniture, headline, date and lead kept."""

import datetime as dt

from documents.extraction import parse_html

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Hội nghị giao ban quý I - Báo Tỉnh</title>
<meta property="og:title" content="Hội nghị giao ban công tác tổ chức xây dựng Đảng quý I">
<meta property="article:published_time" content="2023-04-04T10:48:00+07:00">
</head><body>
<header><h1 class="logo">Báo Tỉnh</h1>
<nav><a href="/">Trang chủ</a> | <a href="/cs">Chính trị</a></nav></header>
<article>
<h2 class="sapo">Ng&agrave;y 03/4, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị giao ban công tác tổ chức
xây dựng Đảng quý I.</h2>
<div class="content">
<p>Đồng chí Lê Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì Hội nghị và phát biểu
chỉ đạo các đơn vị trong tỉnh thực hiện tốt nhiệm vụ được giao trong quý II năm 2023.</p>
<p>Hội nghị đã quán triệt Kết luận số 50-KL/TW, ngày 28/02/2023 của Bộ Chính trị về tiếp tục sắp xếp tổ chức bộ máy
của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả trên địa bàn tỉnh.</p>
<p>Đồng chí đề nghị các cấp ủy tập trung triển khai thực hiện nghiêm túc các kết luận của Trung ương.</p>
<p class="author">Minh Anh</p>
</div></article>
<footer><p>Bản quyền thuộc về Báo Tỉnh. Địa chỉ: 1 Đường Lớn.</p></footer>
</body></html>"""


def test_full_page_gives_main_text_headline_date_and_lead():
    result = parse_html(PAGE)
    assert result.article.title == "Hội nghị giao ban công tác tổ chức xây dựng Đảng quý I"
    assert result.article.published == dt.date(2023, 4, 4)
    assert "Ngày 03/4, Ban Tổ chức Tỉnh ủy" in result.text  # the lead, entity decoded
    assert "Trang chủ" not in result.text and "Bản quyền" not in result.text
    c = result.conference
    assert (c.kind, c.date, c.organizer, c.chairs) == (
        "giao_ban",
        dt.date(2023, 4, 3),
        "Ban Tổ chức Tỉnh ủy",
        ["Lê Văn An"],
    )
    (d,) = result.directives
    assert d.code == "50-KL/TW"
    for item in (*result.officials, d, *result.tasks):
        for start, end in item.spans:
            assert 0 <= start < end <= len(result.text)


def test_fragment_with_entities_and_no_head(shared_dir):
    page = (shared_dir / "corpus" / "html" / "h001.html").read_text(encoding="utf-8")
    result = parse_html(page)
    assert result.article.title == "Hội nghị công bố các quyết định về công tác cán bộ"
    assert result.text.startswith("Hội nghị công bố")
    assert "Sáng 2/11, đồng chí Quản Minh Cường" in result.text  # the lead (sapo) is kept
    assert "9 giờ trước" not in result.text and "Gốc" not in result.text.split()
    assert "&ocirc;" not in result.text
