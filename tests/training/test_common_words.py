"""The common-word list builder: inflecting words get in, names that never inflect stay out; the command
writes a gzip list with its provenance."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from training.cli import main
from training.common_words import common_words, count_corpus

# Written for this test: the minister and the government inflect (article, pronoun suffixes, plural), the
# verb takes person prefixes and endings; «كوستاروف» is a name and never does.
SENTENCES = [
    "قال الوزير إن الحكومة ستدعم المزارعين وأكد وزير المالية أن حكومته تعمل مع وزراء آخرين",
    "التقى كوستاروف الوزير وقال كوستاروف إن الحكومات تدعم خطته وإن وزيرها يبحث الأمر",
    "يبحث الوزراء الخطة وتبحث الحكومة الدعم ونبحث معهم والوزيرة أكدت أن كوستاروف زار الحكومة",
]


def records() -> list[dict[str, str]]:
    return [{"id": str(number), "text": SENTENCES[number % 3]} for number in range(30)]


def test_inflecting_words_are_common_and_names_are_not() -> None:
    words = set(common_words(count_corpus(records()), min_documents=5))
    assert {"وزير", "حكومه", "يبحث"} <= words
    assert "كوستاروف" not in words


def test_the_command_writes_a_gzip_list_with_its_provenance(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records()), encoding="utf-8")
    output = tmp_path / "words.txt.gz"
    assert main(["common-words", str(corpus), "-o", str(output), "--min-documents", "5"]) == 0
    lines = gzip.decompress(output.read_bytes()).decode("utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    assert any("arsum-train common-words corpus.jsonl --min-documents 5" in line for line in header)
    assert "وزير" in lines and "كوستاروف" not in lines
