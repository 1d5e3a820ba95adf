"""What is said around a task and is not one: findings and results, shortcomings, a document's own
words, a court's or an inspection's demands, hopes. The request rules read these to leave such
sentences out."""

from __future__ import annotations

import re

# What a finding or a result says: "… chưa …", "… đã đạt …"; a sentence opening so sets no task.
FINDING = re.compile(r"(?<![^\W_])(?i:chưa|đã|đạt được|vừa qua|qua đó)(?![^\W_])")
# Before a request or a modal, only a shortcoming marks a finding ("… chưa sâu sắc về … yêu cầu …"):
# "đồng chí đã đề nghị …" is a request told in the past. A causal link starts a new clause.
SHORTCOMING = re.compile(r"(?<![^\W_])(?i:chưa)(?![^\W_])")
CLAUSE_LINK = re.compile(r"(?i:[;:]|,\s*(?:vì vậy|vì thế|do đó|do vậy|nên|song|tuy nhiên)(?![^\W_]))")
# A document speaking, not the meeting: "Nghị quyết nêu rõ …", "Trung ương xác định …", "Đó là …".
DOCUMENT_VOICE = re.compile(
    r"(?i:(?:nghị quyết|kết luận|chỉ thị|quy định|công điện|công văn|hướng dẫn|đề án|văn bản|luật|trung ương)"
    r"(?:\s+(?:số\s+)?[\w/.-]+)?\s+(?:cũng\s+)?(?:đã\s+)?(?:có\s+)?(?:nêu rõ|nhấn mạnh|xác định|đề ra|nêu|"
    r"yêu cầu|quy định|chỉ rõ|khẳng định)|\Ađó là)"
)
# A court's or an inspection's words: what they demand is not a task the meeting set.
PROCEEDINGS = re.compile(
    r"(?<![^\W_])(?i:xét xử|truy tố|khởi tố|phiên tòa|bị cáo|bị can|tòa án|TAND|viện kiểm sát|cơ quan điều tra|"
    r"điều tra viên|kết luận thanh tra|đoàn thanh tra|đoàn kiểm tra)(?![^\W_])"
)
# A hope or a belief about what others will do is not a task set for them.
BELIEF = re.compile(r"(?<![^\W_])(?i:tin tưởng|tin rằng|hy vọng|kỳ vọng|mong muốn|mong rằng)(?![^\W_])")
