"""The kind of a meeting: from the head of its name ("Hội nghị giao ban …"), else from what the
reporting sentence says it does ("… để thảo luận báo cáo tổng kết 10 năm …")."""

from __future__ import annotations

import re

KIND_RULES = [
    ("giao_ban", re.compile(r"(?i:giao ban)")),
    ("so_ket", re.compile(r"(?i:sơ kết)")),
    ("tong_ket", re.compile(r"(?i:tổng kết)")),
    (
        "quan_triet",
        re.compile(
            r"(?i:quán triệt|học tập.{0,40}nghị quyết|triển khai (?:thực hiện )?(?:nghị quyết"
            r"|chỉ thị|kết luận|quy định)|văn bản mới|thông tin thời sự)"
        ),
    ),
    (
        "hoi_nghi_trung_uong",
        re.compile(
            r"(?i:hội nghị\s+(?:lần thứ\s+\w+\s+)?(?:ban chấp hành |bch )?trung ương"
            r"(?:\s+đảng)?(?:\s+\d+|\s+lần|\s*,|\s+khóa|\s*\(|$))"
        ),
    ),
    ("dai_hoi", re.compile(r"(?i:^đại hội)")),
    ("lam_viec", re.compile(r"(?i:làm việc)")),
]

CENTRAL_PLENUM = re.compile(r"(?i:trung ương)")
_DESCRIBED_KINDS = [
    ("so_ket", re.compile(r"(?i:sơ kết|kiểm điểm[^.]{0,60}(?:6|sáu) tháng đầu năm)")),
    ("tong_ket", re.compile(r"(?i:tổng kết)")),
    ("giao_ban", re.compile(r"(?i:giao ban)")),
]


def described_kind(sentence: str) -> str | None:
    """The kind the reporting sentence gives the meeting by what it does, when its name does not."""
    for kind, rx in _DESCRIBED_KINDS:
        if rx.search(sentence):
            return kind
    return None


def conference_kind(name: str) -> str:
    """The kind, read from the head of the name (later words describe content, not the meeting)."""
    head = " ".join(name.split()[:12])
    for kind, rx in KIND_RULES:
        if rx.search(head):
            return kind
    return "other"
