from service.text.word_memo import WordMemo


def test_each_word_is_worked_out_once_and_then_looked_up() -> None:
    worked_out: list[str] = []
    memo = WordMemo(lambda word: worked_out.append(word) or word[::-1])
    words = "قال الوزير إن الوزير قال".split()
    assert [memo.of(word) for word in words] == [word[::-1] for word in words]
    assert worked_out == ["قال", "الوزير", "إن"]


def test_a_full_memo_forgets_everything_rather_than_growing() -> None:
    memo = WordMemo(len, limit=100)
    for number in range(1_000):
        assert memo.of(f"كلمة{number}") == len(f"كلمة{number}")
        assert len(memo) <= 100
    assert memo.of("None") == 4 and memo.of("") == 0  # falsy results are remembered like the others
