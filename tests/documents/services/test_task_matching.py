"""Which stored task a parsed one is: the same words first, then the most similar, each stored task once."""

from documents.services.task_matching import match_tasks, similarity

ONE = "Tiếp tục quán triệt, triển khai thực hiện nghiêm Kết luận số 50-KL/TW của Bộ Chính trị."
TWO = "Làm tốt công tác cán bộ, nhất là công tác quy hoạch, đào tạo, bồi dưỡng cán bộ."


def test_the_same_words_match_whatever_the_order_and_spacing():
    assert match_tasks([TWO, "  " + ONE.upper()], [(10, ONE), (20, TWO)]) == {0: 20, 1: 10}


def test_a_task_named_twice_takes_two_stored_tasks_in_their_order():
    assert match_tasks([ONE, ONE], [(10, ONE), (20, ONE)]) == {0: 10, 1: 20}


def test_a_reworded_task_takes_the_most_similar_stored_one_left():
    reworded = ONE.replace("Tiếp tục", "Tiếp tục tập trung")
    assert similarity(reworded, ONE) >= 0.75
    assert match_tasks([ONE, reworded], [(10, ONE), (20, ONE + " Mới.")]) == {0: 10, 1: 20}


def test_a_different_task_matches_nothing():
    assert match_tasks([TWO], [(10, ONE)]) == {}
