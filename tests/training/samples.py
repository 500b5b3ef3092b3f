"""A small news corpus written for the training tests (not taken from any real corpus), in every input format."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path
from typing import Any

from tests.arabic_samples import ECONOMY, HEALTH_WITH_SECTIONS, NEWS_PAGE

WATER = """\
افتتحت وزارة الزراعة محطة جديدة لتحلية مياه البحر في المنطقة الشرقية بطاقة إنتاجية تبلغ مئتي ألف متر مكعب يوميا.
وقال وزير الزراعة خلال حفل الافتتاح إن المحطة ستوفر مياه الشرب لأكثر من نصف مليون نسمة في المدن والقرى المجاورة.
وتعمل المحطة بالطاقة الشمسية جزئيا، مما يخفض استهلاك الوقود بنسبة الربع مقارنة بالمحطات القديمة.
وأضاف الوزير أن الحكومة تخطط لبناء محطتين مماثلتين على الساحل الغربي خلال السنوات الثلاث المقبلة.
"""

SCHOOLS = """\
أعلنت وزارة التربية تعيين ثلاثة آلاف معلم جديد في المدارس الحكومية قبل بداية العام الدراسي المقبل.
وأوضح المتحدث باسم الوزارة أن التعيينات تشمل معلمي الرياضيات والعلوم واللغة الإنجليزية في المناطق التي تعاني نقصا حادا.
وسيخضع المعلمون الجدد لبرنامج تدريبي مدته ستة أسابيع يركز على أساليب التعليم الحديثة واستخدام التقنيات الرقمية في الفصول.
ورحبت نقابة المعلمين بالقرار، لكنها طالبت بزيادة الرواتب وتحسين ظروف العمل في المدارس الريفية.
"""

FESTIVAL = """\
انطلقت مساء الخميس الدورة العاشرة لمهرجان المسرح العربي بمشاركة أربع وعشرين فرقة من اثنتي عشرة دولة.
وتتنافس العروض على جوائز أفضل إخراج وأفضل نص وأفضل أداء تمثيلي، وتقدم لجنة التحكيم نتائجها في حفل الختام الأسبوع المقبل.
وقال مدير المهرجان إن الدورة الحالية تشهد حضورا لافتا للمخرجين الشباب وللنصوص التي تتناول قضايا الهجرة والمدينة.
ويقام على هامش المهرجان عدد من الورش التدريبية في الكتابة المسرحية والإضاءة وتصميم الأزياء.
"""

STORM = """\
ضربت عاصفة رملية قوية المناطق الجنوبية صباح اليوم، مما أدى إلى تعليق الدراسة وإغلاق الطرق السريعة لساعات.
وذكرت هيئة الأرصاد الجوية أن سرعة الرياح تجاوزت ستين كيلومترا في الساعة وأن مدى الرؤية انخفض إلى أقل من مئة متر.
ونقلت فرق الإسعاف عشرات المصابين بضيق التنفس إلى المستشفيات، ودعت السلطات كبار السن والأطفال إلى البقاء في منازلهم.
ومن المتوقع أن تهدأ العاصفة مساء الغد مع انخفاض ملحوظ في درجات الحرارة.
"""

RECORDS: list[dict[str, Any]] = [
    {"id": "water-1", "source": "test-wire", "title": "افتتاح محطة لتحلية مياه البحر بالطاقة الشمسية",
     "summary": WATER[:140], "text": WATER},  # an RSS-style abstract: the article's opening cut mid-word
    {"id": "schools-1", "source": "test-wire", "title": "تعيين ثلاثة آلاف معلم جديد في المدارس الحكومية",
     "summary": "الحكومة تسد نقص المعلمين في المناطق الريفية بتعيينات جديدة وبرنامج تدريبي.", "text": SCHOOLS},
    {"id": "festival-1", "source": "test-arts", "title": "انطلاق الدورة العاشرة لمهرجان المسرح العربي",
     "summary": None, "text": FESTIVAL},
    {"id": "storm-1", "source": "test-arts", "title": "عاصفة رملية تعطل الدراسة وحركة المرور في الجنوب",
     "summary": None, "text": STORM},
    {"id": "economy-1", "source": "test-wire", "title": "البنك المركزي يرفع سعر الفائدة لكبح التضخم",
     "summary": None, "text": ECONOMY},
    {"id": "health-1", "source": "test-wire", "title": "حملة وطنية لتطعيم مليوني طفل ضد الحصبة",
     "summary": None, "text": HEALTH_WITH_SECTIONS},
    {"id": "page-1", "source": "test-pages", "title": None, "summary": None, "text": NEWS_PAGE},
]
FIELDS = ("id", "source", "title", "summary", "text")


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def write_csv(path: Path, records: list[dict[str, Any]], renames: dict[str, str] | None = None) -> Path:
    renames = renames or {}
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[renames.get(name, name) for name in FIELDS])
        writer.writeheader()
        for record in records:
            writer.writerow({renames.get(name, name): record[name] or "" for name in FIELDS})
    return path


def write_parquet(path: Path, records: list[dict[str, Any]]) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist([{name: record[name] for name in FIELDS} for record in records]), path)
    return path


def write_hf_dataset(path: Path, records: list[dict[str, Any]]) -> Path:
    from datasets import Dataset, DatasetDict

    rows = [{name: record[name] for name in FIELDS} for record in records]
    DatasetDict({"train": Dataset.from_list(rows[:4]), "extra": Dataset.from_list(rows[4:])}).save_to_disk(str(path))
    return path


def variants(count: int) -> list[dict[str, Any]]:
    """Distinct articles for training runs: the corpus with a varying number in every sentence."""
    records = []
    for number in range(count):
        base = RECORDS[number % 4]
        text = "\n".join(f"{line.rstrip('.')} في المرحلة {number + 1}." for line in base["text"].strip().split("\n"))
        records.append({**base, "id": f"{base['id']}-v{number}", "text": text, "summary": None,
                        "title": f"{base['title']} {number + 1}"})
    return records
