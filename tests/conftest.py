"""Shared fixtures. `tiny_bundle`: a random T5 bundle (SentencePiece trained on the sentences below), built once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the same examples every time (a failure there is reproducible); local runs explore new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Arabic news sentences written for the tests (not taken from any corpus).
TOKENIZER_SENTENCES = [
    "افتتح وزير النقل اليوم الطريق السريع الجديد الذي يربط العاصمة بالمدن الساحلية.",
    "قال المتحدث باسم الوزارة إن المشروع سيخفض زمن الرحلة إلى النصف.",
    "ارتفعت أسعار الذهب في الأسواق المحلية بنسبة ثلاثة في المئة خلال الأسبوع الماضي.",
    "أعلن البنك المركزي تثبيت سعر الفائدة للمرة الرابعة على التوالي.",
    "شارك آلاف الطلاب في المعرض الوطني للعلوم والابتكار الذي أقيم في الجامعة.",
    "هطلت أمطار غزيرة على المناطق الشمالية وأدت إلى إغلاق عدد من الطرق.",
    "دعت هيئة الأرصاد الجوية المواطنين إلى توخي الحذر أثناء القيادة.",
    "فاز المنتخب الوطني على نظيره بهدفين مقابل هدف في المباراة النهائية.",
    "أكد المدرب أن الفريق سيواصل الاستعداد للبطولة القارية المقبلة.",
    "وقعت الحكومة اتفاقية لإنشاء محطة جديدة لتوليد الكهرباء من طاقة الرياح.",
    "تبلغ قدرة المحطة خمسمئة ميغاواط وتكفي لتزويد مئتي ألف منزل بالكهرباء.",
    "افتتحت وزارة الصحة مستشفى جديدا للأطفال في المدينة الجنوبية.",
    "يضم المستشفى مئة وخمسين سريرا وقسما متخصصا لجراحة القلب.",
    "أظهرت بيانات رسمية تراجع معدل البطالة إلى أدنى مستوى منذ عشر سنوات.",
    "انطلقت فعاليات مهرجان الكتاب السنوي بمشاركة مئات دور النشر العربية.",
    "ناقش المؤتمر الدولي سبل مواجهة التغير المناخي وشح المياه في المنطقة.",
    "أعلنت الشركة عن خطة لتوظيف ألفي شاب في مصانعها الجديدة.",
    "وصل الرئيس إلى العاصمة في زيارة رسمية تستغرق ثلاثة أيام.",
    "بحث الجانبان تعزيز التعاون الاقتصادي والتجاري بين البلدين.",
    "تستمر أعمال ترميم المسجد التاريخي حتى نهاية العام المقبل.",
    "صادق البرلمان على الموازنة العامة للدولة بعد نقاش استمر أسبوعين.",
    "حذر خبراء من ارتفاع درجات الحرارة خلال فصل الصيف المقبل.",
    "تم إطلاق قمر صناعي جديد لمراقبة الأحوال الجوية والزراعة.",
    "عنوان: ملخص: أبرز النقاط في الخبر العاجل اليوم؟ نعم، وفق المصادر!",
]


@pytest.fixture(scope="session")
def tiny_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path to a bundle folder: a random T5 of ~10k parameters with a SentencePiece tokenizer (~1 s to build).

    Treat it as read-only; copy it (shutil.copytree) before changing files in it.
    """
    from training.random_bundle import build_random_bundle

    return build_random_bundle(tmp_path_factory.mktemp("tiny-bundle"), TOKENIZER_SENTENCES)
