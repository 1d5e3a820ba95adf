"""What a conference looks like over the API, for the schema's examples (a seed article, trimmed)."""

from drf_spectacular.utils import OpenApiExample

_BASE = "https://records.example.org/api/v1"

CONFERENCE = {
    "id": 1,
    "article": 1,
    "name": "Hội nghị giao ban trực tuyến đánh giá kết quả công tác tổ chức xây dựng Đảng quý I; "
    "triển khai nhiệm vụ công tác quý II năm 2023",
    "kind": "giao_ban",
    "date": "2023-04-03",
    "format": "online",
    "organizer": "Ban Tổ chức Trung ương",
    "organizer_id": 1,
    "locations": ["Thừa Thiên Huế"],
    "connection_points": None,
    "evidence": {"article": 1, "start": 176, "end": 305},
    "curated_fields": [],
    "not_in_latest_parse": False,
    "created_at": "2023-04-04T08:00:00+07:00",
    "updated_at": "2023-04-04T08:00:00+07:00",
    "url": f"{_BASE}/conferences/1/",
}

CONFERENCE_DETAIL = {
    **CONFERENCE,
    "evidence": {
        "article": 1,
        "start": 176,
        "end": 305,
        "quote": "Hội nghị giao ban trực tuyến đánh giá kết quả công tác tổ chức xây dựng Đảng quý I; "
        "triển khai nhiệm vụ công tác quý II năm 2023.",
    },
    "participants": [
        {
            "id": 1,
            "conference": 1,
            "official": 1,
            "name": "Mai Văn Chính",
            "role": "chair",
            "raw_name": "Mai Văn Chính",
            "evidence": {"article": 1, "start": 315, "end": 328, "quote": "Mai Văn Chính"},
            "curated_fields": [],
            "not_in_latest_parse": False,
            "url": f"{_BASE}/participants/1/",
        }
    ],
    "directives": [
        {
            "id": 2,
            "kind": "nghi_quyet",
            "number": "18",
            "code": "18-NQ/TW",
            "issued_by": "Ban Chấp hành Trung ương",
            "issued_by_id": 2,
            "issue_date": "2017-10-25",
            "term": "XII",
            "title": "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, "
            "hoạt động hiệu lực, hiệu quả",
        }
    ],
    "tasks": [
        {
            "id": 3,
            "conference": 1,
            "article": 1,
            "sequence": 3,
            "ordinal": None,
            "text": "Triển khai thực hiện các đề án của BCH Trung ương và cấp ủy giao bảo đảm tiến độ và chất lượng.",
            "assignee": "",
            "due": "",
            "status": "open",
            "directives": [],
            "evidence": {"article": 1, "start": 3659, "end": 3754},
            "curated_fields": [],
            "not_in_latest_parse": False,
            "created_at": "2023-04-04T08:00:00+07:00",
            "updated_at": "2023-04-04T08:00:00+07:00",
            "url": f"{_BASE}/tasks/3/",
        }
    ],
}

CONFERENCE_EXAMPLE = OpenApiExample("A quarterly briefing", value=CONFERENCE, response_only=True)
CONFERENCE_DETAIL_EXAMPLE = OpenApiExample(
    "A quarterly briefing, with its chair, a directive and a task", value=CONFERENCE_DETAIL, response_only=True
)
