"""Subject-first statements as editors write them («الشرطة في إندونيسيا تقول إن ...»), over every compression the
writer may choose: where the subject ends (before its object, with its place, closed by its adjectives or a name
between commas), how the verb agrees, and what never moves (a negation, an adverb, a title's first name).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.service.engines.writer.test_meaning import all_outputs as outputs_of
from tests.service.engines.writer.test_statement import statement


@pytest.mark.parametrize("sentence, subject_first", [
    ("قررت الحكومة المصرية رفع أسعار الغاز الطبيعي للمنازل اعتبارا من الشهر المقبل.", "الحكومة المصرية تقرر رفع"),
    ("منعت السلطات الصينية عرض الفيلم الجديد في دور السينما بعد شكاوى من الرقابة.", "السلطات الصينية تمنع عرض"),
    ("ارتفعت الليرة التركية مقابل الدولار بعد قرار البنك المركزي رفع الفائدة.", "الليرة التركية ترتفع"),
    ("نشر الاتحاد الأوروبي أكثر من مئة مراقب لتقييم الانتخابات البرلمانية في البلاد.",
     "الاتحاد الأوروبي ينشر أكثر من مئة مراقب"),
    ("أصدرت وزيرة الثقافة، سلمى العلي، أمرا بالسماح بعرض الفيلم في دور السينما.", "وزيرة الثقافة، سلمى العلي، تصدر"),
    ("طلب وزير الخارجية، رياض الكامل، من المحكمة الدولية التحقيق في الهجوم على القرية.",
     "وزير الخارجية، رياض الكامل، يطلب"),
    ("تعرضت كنيسة إسبانية لهجوم وانتقادات عنيفة بسبب ترميم فاشل لتمثال أثري.", "كنيسة إسبانية تتعرض لهجوم"),
    ("واصل المتظاهرون احتجاجاتهم ضد الإجراءات الاقتصادية رغم استقالة الحكومة.", "المتظاهرون يواصلون احتجاجاتهم"),
    ("قالت الشرطة في إندونيسيا إن انتحاريين هاجموا ثلاث كنائس في مدينة سورابايا.", "الشرطة في إندونيسيا تقول إن"),
    ("أعلنت السلطات في ولاية كيرالا نجاح عملية إنقاذ العالقين في الفيضانات.", "السلطات في ولاية كيرالا تعلن نجاح"),
    ("استدعت وزارة الخارجية العراقية السفير التركي في بغداد لبحث القصف على الحدود.",
     "وزارة الخارجية العراقية تستدعي السفير التركي"),
    ("قال مسؤولو المطار الدولي في الجزيرة إن طائرة ركاب سقطت في بحيرة قبالة المدرج.",
     "مسؤولو المطار الدولي في الجزيرة يقولون"),
    ("قضت محكمة في البحرين بسجن ناشط حقوقي خمس سنوات بسبب تغريدات انتقد فيها الحكومة.", "محكمة في البحرين تقضي"),
    ("تعرضت المغنية الأمريكية سكارليت جوهانسون للانتقاد لإلغائها حفلا خيريا في لندن.",
     "المغنية الأمريكية سكارليت جوهانسون تتعرض للانتقاد"),
    ("اعتذرت الشرطة في ولاية كيرالا بجنوب الهند بعد أن انتشرت صور لاعتداء على متظاهرين.",
     "الشرطة في ولاية كيرالا بجنوب الهند تعتذر"),
    ("قال علماء في جامعة أوسلو بالنرويج إن دواء قديما قد يساعد في علاج أمراض الكبد.",
     "علماء في جامعة أوسلو بالنرويج يقولون إن"),
    ("تبحث القمة الأوروبية الخميس عددا من القضايا الملحة بينها الهجرة والأمن.", "القمة الأوروبية تبحث"),
    ("يقترب النادي الملكي من التتويج بلقب الدوري للمرة الخامسة في تاريخه.", "النادي الملكي يقترب من التتويج"),
    ("وقع الرئيس الفرنسي، الخميس، اتفاقا لتوريد طائرات عسكرية إلى الهند.", "الرئيس الفرنسي يوقع اتفاقا"),
    ("قالت الشرطة الأسترالية، الجمعة، إن رجلا طعن ثلاثة أشخاص في وسط ملبورن.", "الشرطة الأسترالية تقول إن"),
    ("توصلت دراسة طبية في بريطانيا إلى أن المراهقين باتوا أقل ميلا لممارسة الرياضة.",
     "دراسة طبية في بريطانيا تتوصل إلى أن"),
    # a body's name goes on with «ل»: «اللجنة الدولية للصليب الأحمر», «الاتحاد الإفريقي لكرة القدم "كاف"»
    ("قالت اللجنة الدولية للصليب الأحمر إن فرقها لم تتمكن من دخول المدينة.", "اللجنة الدولية للصليب الأحمر تقول إن"),
    ("سحبت اللجنة الدولية للصليب الأحمر أكثر من سبعين من موظفيها الأجانب من البلاد.",
     "اللجنة الدولية للصليب الأحمر تسحب أكثر من سبعين"),
    ("فرض الاتحاد الإفريقي لكرة القدم \"كاف\" غرامة مالية على النادي بسبب شغب جماهيره.",
     "الاتحاد الإفريقي لكرة القدم \"كاف\" يفرض غرامة"),
    ("قرر المجلس الأعلى للإعلام في مصر منع المذيع من الظهور على الشاشة شهرا.",
     "المجلس الأعلى للإعلام في مصر يقرر منع"),
    # a bracket on the subject goes with it; «فعلاء» plurals of people take the plural
    ("حققت وكالة الفضاء اليابانية (جاكسا) إنجازا تاريخيا بإنزال عربتين على سطح كويكب.",
     "وكالة الفضاء اليابانية (جاكسا) تحقق إنجازا"),
    ("يعتزم زعماء الحلف تركيز اهتمامهم على الصراع في أفغانستان.", "زعماء الحلف يعتزمون تركيز"),
    # an envoy's post goes with him
    ("قال مبعوث الأمم المتحدة إلى اليمن إن المحادثات ستستأنف الأسبوع المقبل.",
     "مبعوث الأمم المتحدة إلى اليمن يقول إن"),
    ("قالت السفيرة الأميركية لدى الأمم المتحدة إن بلادها ستنسحب من المجلس.",
     "السفيرة الأميركية لدى الأمم المتحدة تقول إن"),
    # a phrase that opens with the verb's own preposition, or a time word after a definite word, ends the subject
    ("أعلنت الصين عن فرض رسوم جمركية على عشرات المنتجات الأمريكية.", "الصين تعلن عن فرض"),
    ("دعا الاتحاد الأوروبي إلى وقف فوري لإطلاق النار في المدينة المحاصرة.", "الاتحاد الأوروبي يدعو إلى وقف"),
    ("ارتفعت أسعار النفط الخميس مع صعود أسواق الأسهم العالمية.", "أسعار النفط ترتفع الخميس"),
    # a plural adjective makes the subject a plural of people, whatever its head; so does a head the archive
    # follows with plural verbs
    ("نجح القراصنة الصينيون في اختراق أنظمة شركة كبرى للاتصالات.", "القراصنة الصينيون ينجحون في"),
    ("عثر عمال الإنقاذ على الصندوق الأسود للطائرة بعد يومين من البحث.", "عمال الإنقاذ يعثرون على"),
    # wire copy's day between commas closes the subject, names the lexicon reads as common words included
    ("أعلنت أنقرة، الثلاثاء، مقتل جندي في اشتباك على الحدود الجنوبية.", "أنقرة تعلن الثلاثاء مقتل جندي"),
    ("استقبل الرئيس السوداني عمر البشير، الأحد، وزير الخارجية القطري في الخرطوم.",
     "الرئيس السوداني عمر البشير يستقبل الأحد وزير الخارجية"),
    ("قام مركز الملك سلمان للإغاثة أمس بتسيير سبع شاحنات تحمل مساعدات غذائية.",
     "مركز الملك سلمان للإغاثة يقوم"),
    # a day without commas after a subject whose «ل» phrase names it; a body written with «ؤ»
    ("أقامت الهيئة العامة لرعاية الشباب مساء أمس حفل معايدة لموظفيها في مقرها.",
     "الهيئة العامة لرعاية الشباب تقيم حفل معايدة"),
    ("أعلنت المؤسسة العامة للتأمينات الاجتماعية عن زيادة المعاشات اعتبارا من الشهر المقبل.",
     "المؤسسة العامة للتأمينات الاجتماعية تعلن عن زيادة"),
    # the «ب» the verb goes on with ends the subject, a title's name after it included
    ("أشاد رئيس المجلس البلدي سامر الخطيب بأداء فرق الإطفاء خلال الحريق.",
     "رئيس المجلس البلدي سامر الخطيب يشيد بأداء"),
    ("رحب وزير الخارجية الأردني بالقرار الأممي الجديد حول الحدود.", "وزير الخارجية الأردني يرحب بالقرار"),
    # a body named with its place glued to «ب», as local news writes it, before its object or a clean break
    ("حددت إدارة التعليم بمحافظة الخليل مواعيد الاختبارات النهائية لطلاب المدارس.",
     "إدارة التعليم بمحافظة الخليل تحدد مواعيد"),
    ("حذرت مديرية الدفاع المدني بمنطقة الجوف من السيول المتوقعة خلال الأيام المقبلة.",
     "مديرية الدفاع المدني بمنطقة الجوف تحذر من السيول"),
    ("أنهت الإدارة العامة للشؤون الصحية بمنطقة تبوك التعاقد مع عدد من الممرضين.",
     "الإدارة العامة للشؤون الصحية بمنطقة تبوك تنهي التعاقد"),
    ("أعلنت عمادة شؤون الطلاب بجامعة الملك سعود، عن فتح باب القبول للفصل المقبل.",
     "عمادة شؤون الطلاب بجامعة الملك سعود تعلن عن فتح"),
    # after a person's definite words, a verbal noun is the object
    ("أعلن الرئيس الفرنسي انسحاب قوات بلاده من المنطقة خلال العام المقبل.", "الرئيس الفرنسي يعلن انسحاب قوات"),
    # a place named by «دولة» and a number right after it: the object
    ("أحالت النيابة العامة في دولة الكويت 12 شخصا إلى المحاكمة بتهمة الاحتيال.",
     "النيابة العامة في دولة الكويت تحيل 12 شخصا"),
    # what a ministry is of may be two words with «و»: one ministry, the verb singular
    ("أطلقت وزارة التجارة والصناعة خدمة جديدة لدفع الرسوم إلكترونيا.", "وزارة التجارة والصناعة تطلق خدمة"),
    # a coalition named by its purpose and its place, then its object
    ("فرض التحالف العربي لدعم الشرعية في اليمن هدنة لمدة خمسة أيام تبدأ من منتصف الليلة.",
     "التحالف العربي لدعم الشرعية في اليمن يفرض هدنة"),
    # after a title and a name of two words, a common noun that is no post is the object
    ("اقترح الرئيس الإسرائيلي رؤوفين ريفلين إقامة اتحاد فيدرالي لحل الصراع مع الفلسطينيين.",
     "الرئيس الإسرائيلي رؤوفين ريفلين يقترح إقامة"),
    # a verb that goes on with «في»: the phrase is the verb's, unless a second one follows the place
    ("وشككت المصادر في إمكانية التزام الحكومة الجديدة بوقف إطلاق النار.", "المصادر تشكك في إمكانية"),
    ("وشكك أعضاء في البرلمان في صحة الأرقام التي نشرتها الوزارة.", "أعضاء في البرلمان يشككون في صحة"),
])
def test_the_subject_moves_before_its_verb_in_the_present(sentence: str, subject_first: str) -> None:
    outputs = outputs_of(sentence)
    assert any(line.startswith(subject_first) for line in outputs), outputs


@pytest.mark.parametrize("sentence, wrong", [
    ("حقق نادي الاتحاد المحلي تأهلا تاريخيا على حساب منافسه بعد فوزه بثلاثة أهداف.", "تأهلا يحقق"),
    ("وكشف النقاب عن قيام اللجنة بتقديم عدة مقترحات لتطوير التعليم الفني في المنطقة.", "النقاب يكشف"),
    ("وقال أيضا إن حكومته ستعمل على تغيير منوال التنمية الحالي خلال السنوات المقبلة.", "أيضا يقول"),
    ("وقال أيضا إن حكومته ستعمل على تغيير منوال التنمية الحالي خلال السنوات المقبلة.", "أيضا:"),
    ("وأكدت الوزارة مواصلة جهودها في متابعة المشروعات المتعثرة في مختلف مناطق البلاد.", "مواصلة تؤكد"),
    ("استقبل الرئيس السوداني عمر البشير وزير الخارجية القطري في الخرطوم أمس.", "الرئيس السوداني يستقبل"),
    ("قال مبعوث الأمم المتحدة إلى سوريا إنه مستعد للسفر إلى إدلب لضمان خروج المدنيين.", "مبعوث الأمم المتحدة يقول"),
    ("أعلنت السفيرة الأميركية لدى الأمم المتحدة انسحاب بلادها من مجلس حقوق الإنسان.", "السفيرة الأميركية تعلن"),
    ("قال مدرب المنتخب التونسي نبيل معلول إنه سيكشف عن مصيره بعد المباراة.", "مدرب المنتخب التونسي يقول"),
    ("نشرت صحيفة بريطانية شهيرة تقريرا مطولا عن الفساد في الشركات الكبرى.", "تنشر شهيرة"),
    ("حذر وزير خارجية كوريا الشمالية من أن بلاده لن تتخلى عن برنامجها الصاروخي.", "وزير خارجية يحذر"),
    ("كشفت وثائق دعوى قضائية عن طرق معقدة اتبعتها شركات كبيرة لرفع الأسعار.", "دعوى تكشف"),
    ("قال ولي العهد السعودي الأمير محمد بن سلمان في مقابلة إن بلاده ستواصل الإصلاحات.", "ولي العهد السعودي يقول"),
    ("عاد اللاعب في الدقيقة 62 من المباراة هدافا عندما استقبل تمريرة طويلة.", "اللاعب في الدقيقة يعود"),
    # a feminine noun right after a masculine verb is its object: the subject comes later
    ("وانتقد الحكومة نواب المعارضة في جلسة البرلمان أمس بسبب تأخر الإصلاحات.", "الحكومة ينتقد"),
    ("وحضر جلسة المباحثات ولي العهد ووزير الخارجية وعدد من كبار المسؤولين.", "جلسة المباحثات يحضر"),
    # a bare name after a body's definite adjective is the object: «الولايات المتحدة | إيران»
    ("وحذرت الولايات المتحدة إيران يوم الأحد من أنها سترد على أي هجوم يستهدف قواتها في المنطقة.",
     "الولايات المتحدة إيران تحذر"),
    ("قال ناشطون في منطقة الغوطة الشرقية بالقرب من دمشق إن القصف استمر طوال الليل.", "بالقرب يقولون"),
    ("يبدو جلياً أن الأزمة انتقلت برمتها إلى الشمال حيث تتصاعد المواجهات.", "جلياً يبدو"),
    ("تنحى قاض عن النظر في قضية صحفي بارز يحاكم بتهمة الإرهاب.", "قاض تنحى"),
    ("تستعد شركة المشروبات لشراء سلسلة مقاه عالمية في صفقة كبيرة.", "مقاه عالمية تستعد"),
    ("أكد مسؤولون بقطاع السياحة في منطقة الباحة عدم تأثر الحركة السياحية بالحادث الأخير.", "عدم يؤكد"),
    ("ووقع الانفجار، الأحد، خارج مبنى البلدية في وسط المدينة، وفق الشرطة.", "الانفجار يوقع"),  # يقع: it happened
    ("دخل الصحفي السعودي سامي العلي قنصلية بلاده في إسطنبول للحصول على وثيقة رسمية.", "الصحفي السعودي يدخل"),
    ("انضم صندوق النقد الدولي لموجة الانتقادات الموجهة للخطة الاقتصادية الجديدة.", "لموجة الانتقادات ينضم"),
    ("أعلنت اللجنة العليا للإغاثة التابعة للحكومة اليمنية المحافظة منطقة منكوبة.", "للإغاثة تعلن"),
    ("دعت الهيئة العامة للغذاء والدواء إلى اتباع الإرشادات الصحية عند التسوق.", "إلى تدعو"),
    ("تبدأ درجات الحرارة في الارتفاع نسبيا مع نهاية الأسبوع في المناطق الساحلية.", "الارتفاع تبدأ"),
    ("قضت المحكمة العليا في البلاد بعدم الاعتداد بأحكام المحاكم الإدارية في القضية.", "الاعتداد تقضي"),
    ("اعتذرت حركة التحرير الوطني (فتح) المسلحة عن الأضرار التي لحقت بالضحايا.", "تعتذر المسلحة"),
    ("حث بعض أعضاء البنك المركزي (الاحتياطي الفيدرالي) على رفع أسعار الفائدة بسرعة.", "يحث على"),
    ("حذر الخبير في الشأن الليبي رافع الطبيب، من تسلل الجماعات المسلحة عبر الحدود.", "يحذر رافع"),
    ("أكد الفرنسي زين الدين زيدان أن فريقه لن يغير طريقة لعبه في المباراة المقبلة.", "الفرنسي يؤكد"),
    ("نجح الطيار في الهبوط على الطريق السريع دون أن يصاب أحد بأذى.", "في الهبوط ينجح"),
    ("وصل مبعوث الأمم المتحدة إلى اليمن بعد أسبوع من المشاورات في العاصمة.", "اليمن يصل"),
    ("دعا مبعوث الأمم المتحدة إلى الحوار بين الأطراف المتنازعة في البلاد.", "الحوار يدعو"),
    # the verb's preposition may follow a word that takes it itself, or an object the subject swallowed
    ("أعلنت النائبة عن حزب الأمل، سلمى العلي، انسحابها من البرلمان.", "النائبة تعلن"),
    ("نجا الفتى البالغ من العمر ثمانية عشر عاما من الغرق بعد أيام في البحر.", "البالغ ينجو"),
    ("أحرز المنتخب البلجيكي المركز الثالث في بطولة كأس العالم لأول مرة.", "المركز الثالث يحرز"),
    ("أكد المسؤولون القرار الجمعة مشيرين إلى أن اللجنة أنهت عملها.", "القرار يؤكد"),
    # a passive or a present is no past verb with its subject after it
    ("ألقي القبض على ثلاثة رجال متهمين بسرقة متجر للمجوهرات.", "القبض يلقي"),
    ("وألقى القبض على المتهم الثالث بعد مطاردة قصيرة في وسط المدينة.", "القبض يلقي"),
    ("تحصل الوكالة على الدعم من تبرعات الدول الأعضاء في الأمم المتحدة.", "الوكالة يتحصل"),
    # before a day between commas, an indefinite object may end the verb's chunk; a quantity goes on with «من»
    ("نشر الجيش الأمريكي فيديو درامي جديد، الأربعاء، يظهر عملية إنزال في الصحراء.", "جديد ينشر"),
    ("خرج الآلاف من المتظاهرين إلى الشوارع احتجاجا على القرار.", "الآلاف يخرجون"),
    # two bare names after a verb that takes an object, none after them: the second is the object
    ("وصف ترامب كومي بأنه أسوأ مدير في تاريخ الوكالة.", "ترامب كومي يصف"),
    ("وصف نتنياهو أردوغان سابقا بالرجل الذي يقصف القرى الآمنة.", "نتنياهو أردوغان يصف"),
    # an idiom's object («ألقى القبض», «كشف النقاب», «سلط الضوء») is never part of the subject before it
    ("ألقت الشرطة القبض على رجل يشتبه في سرقة متجر للمجوهرات.", "القبض تلقي"),
    ("كشفت شركة أبل النقاب عن هاتف جديد بشاشة كبيرة.", "النقاب تكشف"),
    ("سلط القتال في المدينة الضوء على الفوضى الأمنية في البلاد.", "الضوء يسلط"),
    # a bare body's «، name،» after a verb that takes an object is the object, not the body's name
    ("أدانت المحكمة، أندرو برونسون، بتهم تتعلق بالتجسس وحكمت عليه بالسجن.", "المحكمة، أندرو برونسون، تدين"),
    # a post after a name is in apposition where the verb takes no object: «سالم الراشد يقف مدير ...» is wrong
    ("وقف سالم الراشد مدير الشؤون الصحية في المحافظة على سير العمل في المشروعات.", "يقف مدير"),
    # a name, a number or a rare word after the subject of a verb that takes no bare object is more of the subject
    ("تعهد البرتغالي جوزيه مورينيو مدرب الفريق بإبعاد عدد من نجوم فريقه.", "البرتغالي يتعهد"),
    # before what was said, the words after a speech verb's subject are his name, not an object
    ("ويشير مشرف الفعالية حسن المرهون إلى أن هذه اللعبة كانت شائعة في القرى الساحلية.", "الفعالية يشير"),
    ("وأضاف الفريق أحمد خالد أن القيادة حريصة على تطوير الأسطول البحري.", "الفريق يضيف"),
    # a post after a family name may be his or whom he presented: the verb stays first
    ("وقدم سامي المغراوي المدير الفني للمهرجان خلال الندوة، لمحة عن الفرق المشاركة.", "المغراوي يقدم"),
    # a name ending in «ا» before a noun with a pronoun is no accusative with its adjective
    ("بدأت المركبة هايابوسا هبوطها في اتجاه سطح الكويكب استعدادا للمهمة.", "المركبة تبدأ هايابوسا"),
    # an ordinal of two words is one: «الخامس عشر»
    ("دعا المؤتمر العربي الخامس عشر إلى تطوير برامج الأجهزة الأمنية في الدول الأعضاء.", "الخامس يدعو"),
    # a participle's adjectives have its shape: a definite noun after one is the object
    ("أعادت شهادات المرضى الصادمة الجدل مجددا إلى الواجهة بعد نشر الدراسة.", "الجدل تعيد"),
    # a body named after a person goes on past the name: «مركز الملك سلمان للإغاثة»
    ("قام مركز الملك سلمان للإغاثة أمس بتسيير سبع شاحنات تحمل مساعدات غذائية.", "سلمان يقوم"),
    # a rare word ending in «ا» before a definite word is a first name, not the object: who issued stays who
    ("أصدرت القاضية رشا الحسيني في محكمة الاستئناف الثلاثاء حكما بسجن المتهمين خمس سنوات.", "القاضية تصدر"),
    # an adverb after the subject is no object: «الموجود حاليا في برلين» describes him whole
    ("وحذر الرئيس الموجود حاليا في برلين من أن الأزمة الاقتصادية ستطول.", "يحذر حاليا"),
    # the verb's «ب» is none of a name, of a participle's phrase, or of a place before the verb's own
    ("ندد وزير الصحة الفرنسي جان بوزين بما اعتبره اختلالات خطيرة في المستشفيات.", "جان يندد"),
    ("قام فريق القراصنة المعروف باسم الظلال باختراق حساب الرئيس التنفيذي للشركة.", "المعروف يقوم"),
    ("تعهد الحرس الوطني بالجهة بالتحقيق في ملابسات الحادث المروري.", "الحرس الوطني يتعهد بالجهة"),
    # after a body's place, a title is its head's, not the object; nor is a definite word that may be more of it
    ("كرم مدير التعليم بمحافظة الخليل الأستاذ سامر العلي الطلاب المتفوقين في الاختبارات.", "الخليل يكرم"),
    ("افتتحت الإدارة العامة للمرور بمنطقة الجوف المبنى الجديد بحضور عدد من المسؤولين.", "الجوف تفتتح"),
    # a first name that is also a common word, and a verbal noun's shape in a name, stay the subject's
    ("استقبل الرئيس السوداني عمر البشير وفدا من رجال الأعمال في الخرطوم.", "السوداني يستقبل عمر"),
    ("كرم الرئيس التونسي إيمان الكعبي بطلة العالم في رفع الأثقال.", "التونسي يكرم إيمان"),
    # a given name alone is no name of two words: what follows it is more of the name
    ("وصل وزير الخارجية الإيراني محمد جواد ظريف إلى دمشق لإجراء محادثات مع المسؤولين.", "محمد يصل"),
    # «و» and a name after a country's adjectives is a second subject: the verb would be dual
    ("وقعت دولة الإمارات العربية المتحدة والصين عقدين للتنقيب عن النفط في أبوظبي.", "والصين توقع"),
    # a place whose end is unsure after the subject may be the subject's: the verb never goes before it
    ("يعتزم مستشفى النساء والولادة في مدينة الملك سعود الطبية بالرياض إنشاء ثلاث وحدات جديدة.", "والولادة يعتزم"),
    # what a quoting verb's speaker is called runs to what he said: his name is no object
    ("قال المعتمر نور الدين السوالمة من الأردن: أشعر بحزن عميق عندما يحين موعد الرحيل.", "المعتمر يقول"),
    # a plural of people after a whole construct is the object, not more of the subject
    ("دعت نقابة الأطباء الأهالي إلى التجاوب مع حملة التطعيم وعدم التردد في تطعيم أطفالهم.", "الأهالي تدعو"),
    # two people named side by side after a title: the second is the object
    ("اختار الرئيس الأمريكي دونالد ترامب جون بولتون أحد أبرز صقور الحزب، ليكون مستشاره للأمن القومي.",
     "بولتون يختار"),
    # the object before a time that a clause follows: the verb's, not more of its subject
    ("يزور رئيس الوزراء الإسرائيلي بنيامين نتنياهو موسكو يوم الأربعاء حيث سيلتقي الرئيس الروسي.", "موسكو يزور"),
    ("حسم برشلونة لقب الدوري الإسباني يوم الأحد، حين هزم منافسه بأربعة أهداف.", "الإسباني يحسم"),
    # «من» after an indefinite subject says what it is made of: it stays with it
    ("دعا فريق دولي من الباحثين، عبر مجلة طبية، إلى تعزيز التدابير لمواجهة الوباء.", "فريق دولي يدعو"),
    # «في» after the subject of a verb that goes on with it is what the verb is about, not where the subject is
    ("وشككت المصادر في إمكانية التزام الحكومة الجديدة بوقف إطلاق النار.", "المصادر في إمكانية تشكك"),
    # a number of people in the nominative after the noun is the subject, the noun before it the object
    ("وحضر حفل الافتتاح عدد كبير من المسؤولين ورجال الأعمال في المدينة.", "حفل الافتتاح يحضر"),
    # two take a dual verb, which no form here writes: the verb stays first
    ("ووقع طرفا النزاع في البلاد اتفاقا لوقف إطلاق النار في العاصمة.", "طرفا النزاع في البلاد يوقع"),
    # «آلية» folds as «إليه» does, as if with «ال»: it is no definite word that ends the subject's construct
    ("ويشترط عون تعديل آلية عمل اللجنة قبل أي تصويت جديد في البرلمان.", "آلية يشترط"),
    # a «ل» phrase after a body in a place goes on with the body's name: the verb never goes before it
    ("واختارت الدول الأعضاء في الاتحاد الدولي لكرة القدم ملف 2026 المشترك لاستضافة البطولة.", "الدولي تختار"),
    # «ذات» and what it has describe the noun before it: the verb never goes between them
    ("وأطلقت الشركة ذات الخبرة الطويلة منتجا جديدا في السوق المحلية أمس.", "الشركة تطلق ذات"),
    # a team or group of people in the nominative after the object is the verb's subject
    ("وباشر الحادث فريق من مرور المحافظة والدفاع المدني منذ الصباح الباكر.", "الحادث يباشر"),
    # a preposition with its pronoun («معها») is no accusative object ending a place read as the subject's
    ("وقد وافقت الحكومة في الاتفاق الموقع معها في عام 2015 على خفض الضرائب لمدة خمس سنوات.", "الموقع توافق"),
    # «د.» is a title, no name: the name after it has one word, and the next is more of it
    ("ترأس مدير جامعة الملك سعود د. سامي ناصر اجتماع اللجنة العلمية لمؤتمر الطب الحديث أمس.", "د. يترأس"),
])
def test_no_subject_first_misreads_where_the_subject_ends(sentence: str, wrong: str) -> None:
    for line in outputs_of(sentence):
        assert wrong not in line, line


def test_a_long_title_between_commas_moves_with_the_speaker_of_a_summary() -> None:
    text = statement("قال سامي الخطيب، المدير الفني لفريق كرة القدم بالنادي الأهلي المصري، إنه لا يخشى المنافسة هذا الموسم.")
    assert text.startswith("سامي الخطيب، المدير الفني لفريق كرة القدم بالنادي الأهلي المصري، يقول إنه"), text


def test_a_post_that_runs_to_the_sentence_end_is_read_without_error() -> None:
    assert outputs_of("تحدث السفير الفرنسي في الرياض")


@pytest.mark.parametrize("sentence", ["استقال المدير", "استقبل أمير المنطقة", "حذرت مديرية الدفاع المدني بمنطقة",
                                      "أعلنت الإدارة العامة للتعليم بمنطقة الجوف"])
def test_a_subject_that_ends_the_sentence_is_read_without_error(sentence: str) -> None:
    outputs_of(sentence)  # no subject rule may look past the last word


def test_a_verb_that_says_nothing_without_its_complement_never_ends_a_headline() -> None:
    sentence = ("تسببت الاحتجاجات المستمرة في العاصمة منذ خمسة أسابيع والمطالبة برحيل رئيس الحكومة السابق"
                " في مقتل عشرات الأشخاص.")
    for line in outputs_of(sentence):
        assert not line.endswith(("تتسبب", "تسببت")), line


def test_a_subject_put_first_never_ends_on_a_verb_that_takes_an_object() -> None:
    """«الإدارة العامة للتعليم بمنطقة حائل تنهي» says nothing: the verb (a feminine past of a defective verb,
    «أنهت» of «أنهى», which the archive shows with its object) needs what it ended."""
    for line in outputs_of("أنهت الإدارة العامة للتعليم بمنطقة حائل، ممثلة بإدارة شؤون المعلمين، مطابقة بيانات "
                           "المرشحين الجدد للوظائف التعليمية."):
        assert not line.endswith(("تنهي", "حائل")), line


def test_the_object_after_a_relative_adjective_never_moves_first_with_the_subject() -> None:
    lines = outputs_of("وصفت وزارة الخارجية الفرنسية الخطوة الإيطالية بأنها خطيرة على حياة المهاجرين.")
    assert lines and not any("الخطوة الإيطالية تصف" in line for line in lines), lines


@pytest.mark.parametrize("sentence, spoken_to", [
    ("وقال مدير الشركة ل«الاقتصادية» إن الأرباح ارتفعت بنسبة 12% خلال الربع الأول من العام.",
     "مدير الشركة يقول ل«الاقتصادية» إن"),
    ("وأكد مدير الشركة لـ\"الاقتصادية\" أن الأرباح ارتفعت بنسبة 12% خلال الربع الأول من العام.",
     "مدير الشركة يؤكد لـ \"الاقتصادية\" أن"),
])
def test_whom_a_speaker_spoke_to_follows_the_verb_put_after_him(sentence: str, spoken_to: str) -> None:
    """«مدير الشركة ل«الاقتصادية» يقول» would make the newspaper part of who spoke."""
    lines = outputs_of(sentence)
    assert any(line.startswith(spoken_to) for line in lines), lines
    assert not any("» يقول" in line or "\" يؤكد" in line for line in lines), lines


def test_a_subject_with_a_noun_coordinated_after_it_is_not_put_first_without_it() -> None:
    lines = outputs_of("تضم محافظة الطائف وبلداتها عشرات المواقع الأثرية التي تجذب السياح.")
    assert lines and not any(line.startswith("محافظة الطائف تضم") for line in lines), lines


def test_a_relative_adjective_in_the_accusative_after_the_subject_keeps_the_verb_first() -> None:
    """«أقدم معتل نفسيا على ...»: «نفسيا» says how he is ill; «معتل يقدم نفسيا على ...» would garble it."""
    lines = outputs_of("أقدم معتل نفسيا على تسديد عدة طعنات لأحد أقربائه في محافظة الأحساء.")
    assert lines and not any(line.startswith("معتل يقدم") for line in lines), lines


def test_an_ordinal_after_a_relative_adjective_is_more_of_the_subject() -> None:
    """«الطائرة الإغاثية السعودية الخامسة»: «الخامسة» is an adjective (with a participle's shape), not a new noun."""
    lines = outputs_of("وصلت الطائرة الإغاثية السعودية الخامسة إلى مطار عدن الدولي محملة بالمساعدات الطبية.")
    assert any(line.startswith("الطائرة الإغاثية السعودية الخامسة تصل") for line in lines), lines


def test_a_network_named_by_its_purpose_is_put_first_whole() -> None:
    """«الشبكة الوطنية لحقوق الإنسان» is a body named by its «ل» phrase, like «اللجنة الدولية للصليب الأحمر»."""
    lines = outputs_of("نشرت الشبكة الوطنية لحقوق الإنسان تقريرا مفصلا عن أوضاع السجون في البلاد خلال العام الماضي.")
    assert any(line.startswith("الشبكة الوطنية لحقوق الإنسان تنشر تقريرا") for line in lines), lines


def test_what_a_verb_of_ba_does_is_never_a_bare_noun_after_the_bodys_name() -> None:
    """«قامت شركة الخليج للأغذية | صاحبة حق امتياز المطاعم | باستضافة ...»: «صاحبة» describes the company; what it
    did comes with «ب»."""
    lines = outputs_of("قامت شركة الخليج العالمية للأغذية صاحبة حق امتياز المطاعم في المنطقة باستضافة أطفال الجمعية.")
    assert not any("تقوم صاحبة" in line for line in lines), lines


def test_what_a_body_plans_with_li_is_no_part_of_its_name() -> None:
    """«تخطط الشركة لبناء مصنع جديد»: «لبناء» is what it plans (a body's «ل» name ends with a definite word:
    «للأغذية», «لحقوق الإنسان»), never «الشركة لبناء تخطط مصنع جديد»."""
    lines = outputs_of("وتخطط الشركة لبناء مصنع جديد في المدينة الصناعية، وتوفير ألف وظيفة.")
    assert lines and not any("الشركة لبناء تخطط" in line for line in lines), lines


def test_a_body_and_its_quoted_name_are_put_first_before_the_object() -> None:
    """«أطلقت مؤسسة «سميثسونيان» حملة ...»: the quoted name is the foundation's, no person's, so «حملة» is the
    object; a quoted word alone («أثار «صرصور» عثر عليه ...») stays verb-first."""
    lines = outputs_of("أطلقت مؤسسة «سميثسونيان» حملة لجمع الأموال بغية ترميم بدلة الفضاء التي ارتداها رائد الفضاء.")
    assert any(line.startswith("مؤسسة «سميثسونيان» تطلق حملة") for line in lines), lines
    lines = outputs_of("أثار «صرصور» عثر عليه في طبق أرز بأحد المطاعم تحقيقا في أمانة المدينة.")
    assert not any("يثير عثر" in line for line in lines), lines


def test_a_post_and_its_phrase_after_an_untitled_name_is_no_object() -> None:
    """«وصف سامي الكعبي النائب في البرلمان المحلي، بيان ...»: the deputy is Sami himself; «سامي الكعبي يصف النائب»
    would have him describe someone else."""
    lines = outputs_of("وصف سامي الكعبي النائب في البرلمان المحلي، بيان وزارة الداخلية الأخير ومضامينه بالضربة "
                       "الكبرى للتنظيم الإرهابي أو ما يطلق عليه داعش.")
    assert lines and not any("يصف النائب" in line for line in lines), lines


def test_a_rare_plural_after_the_preposition_ba_is_no_more_of_the_subject() -> None:
    """«أطاحت شرطة المنطقة | بجانيين آسيويين شكلا عصابة ...»: the police brought down two culprits; «بجانيين» is
    «ب» on a rare plural, no name, so «شرطة المنطقة بجانيين آسيويين تطيح» never appears."""
    lines = outputs_of("أطاحت شرطة المنطقة الشرقية بجانيين آسيويين شكلا عصابة لسرقة المنازل في الدمام والخبر.")
    assert lines and not any("تطيح" in line for line in lines), lines


def test_a_name_and_an_adverb_with_no_object_keep_a_passive_reading() -> None:
    """«اتُّهم روبرت كروسلاند رسميا بالتعامل ...» (he was charged): with no object after the name and «رسميا», «روبرت
    كروسلاند يتهم» would make him the accuser."""
    lines = outputs_of("واتهم جون ستيوارت رسميا بالتعامل الوحشي مع الحيوانات في مزرعته شمالي البلاد.")
    assert lines and not any("يتهم" in line for line in lines), lines


@pytest.mark.parametrize("sentence", [
    "تتهم وكالات المخابرات الأمريكية موسكو بالتدخل في الانتخابات الرئاسية الأمريكية لعام 2016.",
    "حذر الاتحاد الأوروبي واشنطن من أن فرض رسوم على السيارات سيضر بالاقتصاد الأمريكي نفسه.",
])
def test_a_name_after_a_bodys_adjective_is_the_object(sentence: str) -> None:
    """«وكالات المخابرات الأمريكية | موسكو»: Moscow is accused, not one of the accusers."""
    lines = outputs_of(sentence)
    assert lines and not any(line.startswith(("وكالات المخابرات الأمريكية موسكو", "الاتحاد الأوروبي واشنطن"))
                             for line in lines), lines


def test_a_people_s_plural_the_archive_never_saw_takes_the_plural_present() -> None:
    text = statement("وصل الزنجباريون إلى العاصمة صباح اليوم للمشاركة في احتفالات عيد الاستقلال.")
    assert text.startswith("الزنجباريون يصلون"), text


def test_a_subject_that_runs_to_the_sentence_end_is_not_put_before_its_verb() -> None:
    """«ويباع الخبز الطازج في الأسواق الشعبية.» has nothing after its subject: put first, the verb would follow the
    full stop («الخبز الطازج في الأسواق الشعبية. يباع»)."""
    sentence = "ويباع الخبز الطازج في الأسواق الشعبية."
    lines = outputs_of(sentence) + [statement(sentence)]
    assert lines and not any(line.rstrip(".").endswith("يباع") for line in lines), lines


def test_no_subject_is_put_first_when_a_tail_ends_its_chunk_after_three_words() -> None:
    """«أشعلت أبل فتيل حرب الأسعار العالمية | حيث ...»: the chunk holds the object too («فتيل ...»); put first
    whole, the object would read as the subject («أبل فتيل حرب الأسعار العالمية تشعل»)."""
    lines = outputs_of("أشعلت أبل فتيل حرب الأسعار العالمية حيث يرى المحللون ذلك.")
    assert lines and not any(line.startswith("أبل") for line in lines), lines


def test_a_verbal_noun_that_takes_its_preposition_is_the_object_not_more_of_the_subject() -> None:
    """«أعلنت الشرطة العثور | على ...»: «العثور» (finding) takes «على»; put first with the subject it would read
    «الشرطة العثور تعلن على سيارة ...»."""
    lines = outputs_of("أعلنت الشرطة العثور على سيارة محترقة قرب الحدود الشرقية للمدينة.")
    assert lines and not any(line.startswith("الشرطة العثور") for line in lines), lines


def test_a_title_and_the_name_between_commas_after_it_are_a_subject_without_its_predicate() -> None:
    """«مدرب المنتخب السابق، | سالم الكامل، | قضى ...»: the title and his name say nothing of him yet."""
    lines = outputs_of("مدرب المنتخب الوطني السابق، سالم الكامل، قضى سنوات طويلة في تدريب الأندية الخليجية.")
    assert lines and all("قضى سنوات" in line for line in lines), lines


def test_a_dual_in_construct_in_the_accusative_is_the_object_not_the_subject() -> None:
    """«سجل هدفي الفوز | فخري النعيمي ...»: «هدفي» (not «هدفا») is what was scored; «هدفي الفوز يسجل» says the
    goals scored."""
    lines = outputs_of("وسجل هدفي الفوز فخري النعيمي (51) وخالد الراشد (66) بعدما تقدم الضيوف في الشوط الأول.")
    assert lines and not any(line.startswith("هدفي") for line in lines), lines


def test_what_a_noun_is_between_stays_with_it_and_a_range_with_the_verb() -> None:
    """«أكد الاجتماع الأخير | بين الوزيرين ...»: the meeting between them is the subject («الاجتماع الأخير يؤكد بين
    الوزيرين» says nothing); «بين 20 و30» is the range the verb goes through, so that subject may go first."""
    between = outputs_of("أكد الاجتماع الأخير بين الوزيرين أهمية التعاون في مجال الطاقة المتجددة.")
    assert between and not any(line.startswith("الاجتماع الأخير") for line in between), between
    ranged = outputs_of("تتراوح درجات الحرارة القصوى بين 20 و30 درجة في المناطق الساحلية.")
    assert any(line.startswith("درجات الحرارة القصوى تتراوح بين 20") for line in ranged), ranged
