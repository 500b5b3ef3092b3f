"""Pathological inputs through the whole request path (input gate + extractive engine), at sizes N, 2N and 4N.

    .venv/bin/python bench/abuse.py [--n 50000] [--repeats 5] [--only NAME]

Each input is built to the given size in characters (4N = 200,000 is the largest article the service
accepts). A row prints the CPU seconds of the fastest of `--repeats` calls at each size (what a call costs
the server, whatever else runs on the machine) and the ratio 4N/N: a linear cost gives about 4, a quadratic
one 16. The run fails (exit 1) when a ratio is above 5 (for calls over 50 ms; shorter ones are noise) or a
call at the largest size takes over 1 s: no input within the limits may stall the server.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Callable

from service.engines.extractive import ExtractiveEngine
from service.options import Limits, SummaryOptions
from service.pipeline import summarize_texts

MAX_RATIO = 5.0
MAX_SECONDS = 1.0
LEAD = ("أعلنت وزارة النقل اليوم افتتاح الطريق السريع الجديد الذي يربط العاصمة بالمدن الساحلية، "
        "وقال الوزير إن المشروع سيخفض زمن الرحلة إلى النصف. ")
WORDS = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية خلال العام المقبل".split()


def repeat(unit: str, size: int, head: str = LEAD, tail: str = "") -> str:
    """`head`, then `unit` repeated, then `tail`: `size` characters."""
    room = size - len(head) - len(tail)
    return head + (unit * (room // max(len(unit), 1) + 1))[:room] + tail


def words(size: int, separator: str = " ") -> str:
    return repeat(separator.join(WORDS) + separator, size, head="")


CASES: dict[str, Callable[[int], str]] = {
    "unclosed comments `<!--`": lambda n: repeat("<!--", n),
    "unclosed tags `<a`": lambda n: repeat("<a ب", n, head="<p>" + LEAD),
    "unclosed quotes `<b ب=\"`": lambda n: repeat('<b ب="ب ', n, head="<p>" + LEAD),
    "stray `<` and `>`": lambda n: repeat("< > <> <<>> ", n, head="<p>" + LEAD),
    "nested `<div>`, closed": lambda n: "<div>" * ((n - len(LEAD)) // 11) + LEAD + "</div>" * ((n - len(LEAD)) // 11),
    "nested `<b>`, never closed": lambda n: repeat("<b>ب ", n),
    "unclosed `<script>`s": lambda n: repeat("<script>", n, head="<p>" + LEAD + "</p>"),
    "menu of links": lambda n: repeat('<li><a href="/s">رياضة</a></li>', n, head="<p>" + LEAD + "</p><ul>"),
    "entities `&amp;` and `&#`": lambda n: repeat("&amp;&#1576;&#x62a;&# &", n),
    "one-word lines `ب\\n`": lambda n: repeat("ب\n", n),
    "one-line paragraphs": lambda n: repeat(LEAD + "\n", n),
    "unpunctuated text, one line": lambda n: words(n),
    "one 200k-character word": lambda n: repeat("ب", n),
    "many tiny sections": lambda n: repeat("عنوان:\nنص قصير.\n", n),
    "heading lines only": lambda n: repeat("عنوان فرعي:\n", n),
    "teaser separators `-`": lambda n: repeat("-\nنقطة\n", n, head="عنوان الخبر\n", tail="\n" + LEAD),
    "byline dashes `اسم علي- `": lambda n: repeat("اسم علي- ", n),
    "sentence ends `؟!.`": lambda n: repeat("؟!.", n),
    "abbreviations `د.`": lambda n: repeat("د. ", n),
    "decimals `3.5`": lambda n: repeat("3.5 ", n),
    "brackets and quotes": lambda n: repeat("((« [ب] »\" ", n),
    "quotes glued after commas": lambda n: repeat('قال،" ب ', n),
    "a quotation over many sentences": lambda n: repeat("قال الوزير. ", n, head=LEAD + 'وقال "'),
    "long URL": lambda n: repeat("1/", n, head=LEAD + "https://example.com/"),
    "many URLs": lambda n: repeat("المصدر الرسمي للخبر https://x.co/2024/05/1234?q=1&p=2 ", n),
    "e-mail signs `a@`": lambda n: repeat("كتب@الوزير@", n),
    "diacritics": lambda n: repeat("بَّ ", n),
    "control characters": lambda n: repeat("كلمة\x0b\x00\u200b", n),
    "bidi and tatweel": lambda n: repeat("ـــ\u200f\u202bكلمة ", n),
}


def timed_call(text: str, repeats: int) -> tuple[float, str]:
    """(CPU seconds of the fastest call, the answer: "digest" or the refusal's code)."""
    engine = ExtractiveEngine(Limits())
    options = SummaryOptions()
    timings = []
    for _ in range(repeats):
        started = time.process_time()
        result, = summarize_texts(engine, [text], options)
        timings.append(time.process_time() - started)
    return min(timings), getattr(result, "code", "digest")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=50_000, help="the smallest size N in characters (default 50,000)")
    parser.add_argument("--repeats", type=int, default=5, help="calls per size; the fastest is shown (default 5)")
    parser.add_argument("--only", default=None, help="run the cases whose name contains this")
    args = parser.parse_args()
    sizes = (args.n, 2 * args.n, 4 * args.n)
    print(f"| input | {' | '.join(f'{size:,} chars, s' for size in sizes)} | 4N/N | answer at 4N |")
    print(f"| --- | {' | '.join('---:' for _ in sizes)} | ---: | --- |")
    failures = []
    for name, make in CASES.items():
        if args.only and args.only not in name:
            continue
        calls = [timed_call(make(size), args.repeats) for size in sizes]
        times = [seconds for seconds, _ in calls]
        ratio = times[2] / max(times[0], 1e-9)
        print(f"| {name} | {' | '.join(f'{t:.3f}' for t in times)} | {ratio:.1f} | {calls[2][1]} |", flush=True)
        if (ratio > MAX_RATIO and times[2] > 0.05) or times[2] > MAX_SECONDS:
            failures.append(name)
    if failures:
        print(f"over the bounds (4N/N > {MAX_RATIO:g} or over {MAX_SECONDS:g} s): {', '.join(failures)}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
