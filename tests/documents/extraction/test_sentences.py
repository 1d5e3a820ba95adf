"""Splitting a paragraph into sentences."""

from documents.extraction.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


def test_splits_at_a_stop_before_a_capital():
    assert _sentences("Cần làm A. Tăng cường B! Có nên không? Đổi mới C… Nâng cao D") == [
        "Cần làm A.",
        "Tăng cường B!",
        "Có nên không?",
        "Đổi mới C…",
        "Nâng cao D",
    ]


def test_keeps_abbreviations_dates_and_lower_case_continuations_inside_a_sentence():
    assert _sentences("Họp ở TP. Hồ Chí Minh ngày 22.7 và Tp.Hà Nội. Sau đó, các đơn vị… tiếp tục.") == [
        "Họp ở TP. Hồ Chí Minh ngày 22.7 và Tp.Hà Nội.",
        "Sau đó, các đơn vị… tiếp tục.",
    ]


def test_a_stop_glued_to_the_next_word_still_ends_the_sentence():
    assert _sentences("Cần phát huy kết quả đạt được.Trọng tâm là đổi mới.") == [
        "Cần phát huy kết quả đạt được.",
        "Trọng tâm là đổi mới.",
    ]


def test_a_closing_quote_stays_with_its_sentence():
    assert _sentences("Ông nói: “Phải làm ngay.” Sau đó họp tiếp.") == ["Ông nói: “Phải làm ngay.”", "Sau đó họp tiếp."]
