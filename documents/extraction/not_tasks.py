"""What is said around a task and is not one: findings and results, shortcomings, a document's own
words, a court's or an inspection's demands, requests made before the meeting, questions, hopes. The
request rules read these to leave such sentences out."""

from __future__ import annotations

import re

from documents.extraction.lexicon import UPPER

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
# A request told as made before the meeting: "trước đây, Công an tỉnh đã yêu cầu …". ("Trước đó, …" often
# tells an earlier moment of the same meeting, and "trong thời gian qua" the shortcomings a request answers.)
EARLIER = re.compile(r"(?<![^\W_])(?i:trước đây)(?![^\W_])")
# A punishment or an award recommended for named people or bodies, or for a count of them, is an inspection's
# finding or the year's record, not a task: "đề nghị Ban Bí thư thi hành kỷ luật 1 tổ chức đảng", "… xử lý
# kỷ luật về chính quyền đối với ông X", "… bằng hình thức cảnh cáo", "xét và đề nghị tặng thưởng huân
# chương cho 20 người". "thi hành kỷ luật đảng viên vi phạm" asks for discipline in general and stays a task.
PUNISHMENT = re.compile(
    r"(?i:thi hành|xử lý) kỷ luật\s+(?:(?:về|theo) (?:chính quyền|hành chính)\s+)?(?:đối với\s+)?"
    rf"(?=\d|nhiều\s|(?:ông|bà|đồng chí)\s|[{UPPER}])(?!Đảng(?![^\W_]))"
    r"|(?<![^\W_])bằng (?:các )?hình thức (?i:khiển trách|cảnh cáo|cách chức|khai trừ|từ)(?![^\W_])"
    r"|\A\s*(?i:tặng thưởng|trao tặng|khen thưởng|truy tặng|tặng)(?![^\W_])"
)
# A request to explain that ends in a question asks for an answer at the meeting ("đề nghị ông X phân tích
# nguyên nhân do chủ quan hay khách quan?"); "xem xét lại … đã … chưa?" still asks for an action.
QUESTION = re.compile(r"\?[”\"’']?\s*\Z")
ANSWER = re.compile(r"(?<![^\W_])(?i:cho biết|phân tích|giải thích|trả lời|làm rõ|nói rõ|giải trình)(?![^\W_])")
# A court's or an inspection's words: what they demand is not a task the meeting set.
PROCEEDINGS = re.compile(
    r"(?<![^\W_])(?i:xét xử|truy tố|khởi tố|phiên tòa|bị cáo|bị can|tòa án|TAND|viện kiểm sát|cơ quan điều tra|"
    r"điều tra viên|kết luận thanh tra|đoàn thanh tra|đoàn kiểm tra)(?![^\W_])"
)
# A hope or a belief about what others will do is not a task set for them.
BELIEF = re.compile(r"(?<![^\W_])(?i:tin tưởng|tin rằng|hy vọng|kỳ vọng|mong muốn|mong rằng)(?![^\W_])")
