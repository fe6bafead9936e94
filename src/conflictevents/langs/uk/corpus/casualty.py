"""Ukrainian casualty examples: what each phrasing family must yield, and near misses that must not.

Every positive lists all the casualty events of its text; a negative yields none.
"""

from conflictevents.corpus import example, nothing

EXAMPLES = [
    # --- the verb before the count: "загинули двоє людей", "поранено п'ятьох" ---
    example(
        "Унаслідок ракетного удару по Вінниці загинули двадцять три людини, повідомила Національна поліція.",
        {"category": "killed", "count": 23, "victims": "unspecified", "source": "Національна поліція"},
    ),
    example(
        "У Краматорську вчора загинули двоє людей, ще семеро дістали поранень.",
        {"category": "killed", "count": 2, "bound": "exact"},
        {"category": "injured", "count": 7},
    ),
    example(
        "Під час обстрілу Херсона поранено щонайменше одинадцятьох цивільних.",
        {"category": "injured", "count": 11, "bound": "at_least", "victims": "civilian"},
    ),
    example(
        "Внаслідок атаки дронів у Сумах загинула одна людина, ще трьох поранено.",
        {"category": "killed", "count": 1},
        {"category": "injured", "count": 3},
    ),
    example(
        "Російська ракета вбила п'ятьох мирних жителів Запоріжжя, заявив голова ОВА Олександр Старух.",
        {"category": "killed", "count": 5, "victims": "civilian", "source": "голова ОВА Олександр Старух"},
    ),
    example(
        "Обстріл ринку в Авдіївці забрав життя 16 людей і поранив ще 32.",
        {"category": "killed", "count": 16},
        {"category": "injured", "count": 32},
    ),
    example(
        "У четвер окупанти поранили чотирьох рятувальників ДСНС, які гасили пожежу.",
        {"category": "injured", "count": 4, "victims": "civilian"},
    ),
    example(
        "Поліція підтвердила загибель 43 мешканців села, тіла яких знайшли після деокупації.",
        {"category": "killed", "count": 43, "victims": "civilian"},
    ),
    example(
        "Збройні сили України ліквідували понад 600 російських окупантів за минулу добу.",
        {"category": "killed", "count": 600, "bound": "at_least", "victims": "military", "side": "RU"},
    ),
    example(
        "У Бучі ексгумовано 412 тіл цивільних, повідомив генпрокурор.",
        {"category": "killed", "count": 412},
    ),
    # --- the count before the verb: "двоє людей загинули", "14 дістали поранень" ---
    example(
        "Троє військовослужбовців загинули, а ще шестеро дістали важких поранень під час штурму.",
        {"category": "killed", "count": 3, "victims": "military"},
        {"category": "injured", "count": 6},
    ),
    example(
        "Щонайменше 18 людей загинули внаслідок удару по багатоповерхівці в Дніпрі, повідомляє ДСНС.",
        {"category": "killed", "count": 18, "bound": "at_least", "source": "ДСНС"},
    ),
    example(
        "За даними місцевої влади, близько 200 мирних жителів були поранені під час штурму міста.",
        {
            "category": "injured",
            "count": 200,
            "bound": "approximate",
            "victims": "civilian",
            "source": "місцевої влади",
        },
    ),
    example(
        "Одна людина загинула, ще двоє отримали поранення, повідомили в обласній прокуратурі.",
        {"category": "killed", "count": 1},
        {"category": "injured", "count": 2},
    ),
    example(
        "Четверо дітей постраждали від уламків збитої ракети.",
        {"category": "injured", "count": 4, "victims": "civilian"},
    ),
    example(
        "Рятувальники розшукують трьох жінок, які зникли безвісти після підриву дамби.",
        {"category": "missing", "count": 3, "victims": "civilian"},
    ),
    example(
        "Понад 15 тисяч українців вважаються зниклими безвісти, повідомив уповноважений з прав людини.",
        {"category": "missing", "count": 15000, "bound": "at_least"},
    ),
    example(
        "Від 10 до 15 військових потрапили в полон під час відступу з Вуглеграда.",
        {"category": "captured", "count": 10, "count_max": 15, "bound": "exact", "victims": "military"},
    ),
    example(
        "Сорок двоє пасажирів були госпіталізовані після ракетного удару по вокзалу.",
        {"category": "injured", "count": 42, "victims": "civilian"},
    ),
    example(
        "Ще 1,9 млн людей були змушені покинути свої домівки через бойові дії на сході.",
        {"category": "displaced", "count": 1900000},
    ),
    # --- captured, arrested, displaced ---
    example(
        "Морські піхотинці взяли в полон 25 російських десантників поблизу Кринок.",
        {"category": "captured", "count": 25, "victims": "military", "side": "RU"},
    ),
    example(
        "Росія утримує в полоні понад 8 тис. українських військовослужбовців, заявили в Координаційному штабі.",
        {"category": "captured", "count": 8000, "bound": "at_least", "victims": "military", "side": "UA"},
    ),
    example(
        "Сили оборони захопили в полон трьох найманців РФ на Запорізькому напрямку.",
        {"category": "captured", "count": 3, "victims": "military", "side": "RU"},
    ),
    example(
        "СБУ затримала на Харківщині двох коригувальників, які наводили ракети на енергооб'єкти.",
        {"category": "arrested", "count": 2, "victims": "unspecified"},
    ),
    example(
        "У Москві на антивоєнних акціях затримано понад 1 300 людей, повідомляє ОВД-Інфо.",
        {"category": "arrested", "count": 1300, "bound": "at_least", "source": "ОВД-Інфо"},
    ),
    example(
        "Поліція заарештувала 12 учасників протесту в Мінську.",
        {"category": "arrested", "count": 12},
    ),
    example(
        "З Мар'їнки за добу евакуйовано 134 мешканців, серед них 20 дітей.",
        {"category": "displaced", "count": 134, "victims": "civilian"},
        {"category": "displaced", "count": 20, "victims": "civilian"},
    ),
    example(
        "Війна змусила понад 6 мільйонів українців виїхати за кордон.",
        {"category": "displaced", "count": 6000000, "bound": "at_least"},
    ),
    # --- nouns after the count: "180 тисяч загиблих", "5 поранених" ---
    example(
        "Станом на ранок відомо про 7 загиблих і 42 поранених.",
        {"category": "killed", "count": 7},
        {"category": "injured", "count": 42},
    ),
    example(
        "ООН зафіксувала 134 500 внутрішньо переміщених осіб на Луганщині.",
        {"category": "displaced", "count": 134500},
    ),
    example(
        "Країни ЄС прийняли майже 4,2 млн біженців з України, за даними УВКБ ООН.",
        {"category": "displaced", "count": 4200000, "bound": "approximate", "source": "УВКБ ООН"},
    ),
    example(
        "Під час обміну додому повернулися 95 захисників, проте в Росії лишається ще понад 3 тис. полонених.",
        {"category": "captured", "count": 3000, "bound": "at_least"},
    ),
    example(
        "Моніторингова місія нарахувала 13 560 загиблих і поранених серед цивільних.",
        {"category": "casualties", "count": 13560},
    ),
    example(
        "У середу ворог втратив до 300 осіб убитими на Бахмутському напрямку.",
        {"category": "killed", "count": 300, "bound": "at_most", "victims": "military"},
    ),
    # --- "загиблих — 5", "серед загиблих троє дітей" ---
    example(
        "Наслідки удару по Одесі: загиблих — 4, поранених — 11.",
        {"category": "killed", "count": 4},
        {"category": "injured", "count": 11},
    ),
    example(
        "Серед загиблих троє дітей і вагітна жінка.",
        {"category": "killed", "count": 3, "victims": "civilian"},
    ),
    # --- running totals: "кількість загиблих зросла до 40" ---
    example(
        "Кількість загиблих унаслідок удару по Дніпру зросла до 46, повідомив мер міста Борис Філатов.",
        {"category": "killed", "count": 46, "source": "мер міста Борис Філатов"},
    ),
    example(
        "Кількість поранених у Харкові вже сягнула сорока.",
        {"category": "injured", "count": 40},
    ),
    example(
        "Число жертв катастрофи перевищило 100 людей.",
        {"category": "killed", "count": 100, "bound": "at_least"},
    ),
    example(
        "Кількість внутрішньо переміщених осіб в Україні становить 4,9 млн, зазначили в Мінсоцполітики.",
        {"category": "displaced", "count": 4900000},
    ),
    example(
        "Кількість постраждалих у Чернігові — 22 людини.",
        {"category": "injured", "count": 22},
    ),
    # --- losses: "втрати окупантів становлять ...", "ворог втратив 1 470 осіб" ---
    example(
        "Загальні бойові втрати російських окупантів орієнтовно становлять 232 000 осіб, повідомив Генштаб ЗСУ.",
        {
            "category": "casualties",
            "count": 232000,
            "bound": "approximate",
            "victims": "military",
            "side": "RU",
            "source": "Генштаб ЗСУ",
        },
    ),
    example(
        "Лише за минулу добу противник втратив 870 осіб і 12 танків.",
        {"category": "casualties", "count": 870, "victims": "military"},
    ),
    example(
        "Втрати Росії становлять 50 тисяч загиблих, а разом із пораненими — понад 150 тисяч військових.",
        {"category": "killed", "count": 50000, "side": "RU", "victims": "military"},
        {"category": "casualties", "count": 150000, "bound": "at_least", "side": "RU", "victims": "military"},
    ),
    # --- sources, sides and victims ---
    example(
        "Напередодні загинули 14 бійців ЗСУ, повідомив президент Володимир Зеленський.",
        {"category": "killed", "count": 14, "victims": "military", "side": "UA", "source": "Володимир Зеленський"},
    ),
    example(
        "Українські військові взяли в полон двох солдатів КНДР на Курщині.",
        {"category": "captured", "count": 2, "victims": "military", "side": "KP"},
    ),
    example(
        "За словами очільника Харківської ОВА Олега Синєгубова, поранено 9 людей, серед них дитина.",
        {"category": "injured", "count": 9, "source": "очільника Харківської ОВА Олега Синєгубова"},
    ),
    example(
        "Через ізраїльський авіаудар загинули 6 палестинських цивільних, повідомляє міністерство охорони здоров'я.",
        {"category": "killed", "count": 6, "victims": "civilian", "side": "PS"},
    ),
    example(
        "На Донеччині за тиждень загинули від 5 до 7 поліцейських, зазначили у МВС.",
        {"category": "killed", "count": 5, "count_max": 7, "victims": "unspecified"},
    ),
    example(
        "Ворожий дрон атакував евакуаційний автобус, загинули двоє волонтерів, ще одного поранено.",
        {"category": "killed", "count": 2, "victims": "civilian"},
        {"category": "injured", "count": 1},
    ),
    # --- more members of the families: bodies, the phrase first, a dash, ranges ---
    example(
        "Під завалами будинку рятувальники знайшли тіла ще шістьох людей.",
        {"category": "killed", "count": 6},
    ),
    example(
        "У полон здалися 19 російських військових разом зі своїм командиром.",
        {"category": "captured", "count": 19, "victims": "military", "side": "RU"},
    ),
    example(
        "За добу на фронті загинули 2 військові, 3 – поранені.",
        {"category": "killed", "count": 2, "victims": "military"},
        {"category": "injured", "count": 3},
    ),
    example(
        "Армія РФ щодня втрачає від 800 до 1 000 військових.",
        {"category": "casualties", "count": 800, "count_max": 1000, "bound": "exact", "victims": "military"},
    ),
    example(
        "Кількість біженців з України перевищила 8 мільйонів.",
        {"category": "displaced", "count": 8000000, "bound": "at_least"},
    ),
    example(
        "Унаслідок обстрілу ринку загинули сімнадцять людей, з них троє — діти.",
        {"category": "killed", "count": 17},
        {"category": "killed", "count": 3, "victims": "civilian"},
    ),
    example(
        "Після удару по автобусу поранення дістали 14 пасажирів. Троє з них загинули на місці, а ще двоє померли в лікарні.",
        {"category": "injured", "count": 14},
        {"category": "killed", "count": 3},
        {"category": "killed", "count": 2},
    ),
    example(
        "Дві людини загинули, а ще одна вважається зниклою безвісти, повідомили в ДСНС.",
        {"category": "killed", "count": 2},
        {"category": "missing", "count": 1},
    ),
    example(
        "Жертвами нічного обстрілу Запоріжжя стали п'ятеро мирних жителів.",
        {"category": "killed", "count": 5, "victims": "civilian"},
    ),
    example(
        "Близько 40 окупантів знищено під час штурму на Покровському напрямку.",
        {"category": "killed", "count": 40, "bound": "approximate", "victims": "military", "side": "RU"},
    ),
    example(
        "За даними омбудсмана, до Росії депортовано понад 19 тис. українських дітей.",
        {"category": "displaced", "count": 19000, "bound": "at_least", "victims": "civilian", "side": "UA"},
    ),
    example(
        "У російському полоні залишаються майже 2 тисячі мешканців Маріуполя.",
        {"category": "captured", "count": 2000, "bound": "approximate", "victims": "civilian"},
    ),
    example(
        "У вівторок противник втратив убитими та пораненими понад 700 осіб.",
        {"category": "casualties", "count": 700, "bound": "at_least", "victims": "military"},
    ),
    example(
        "Закатованих в Ізюмі — щонайменше 17 людей, повідомила прокуратура.",
        {"category": "killed", "count": 17, "bound": "at_least"},
    ),
    # --- negatives: distances, percentages, years, money, weapons, equipment ---
    nothing("Волонтери зібрали 2 млн гривень на допомогу пораненим."),
    nothing("Евакуйовано 300 тонн вантажу з порту."),
    nothing("На фронті загинули 12% мобілізованих, вважають аналітики."),
    nothing("Ніхто з 40 пасажирів автобуса не постраждав."),
    nothing("Ракета впала за 30 км від Києва, загиблих немає."),
    nothing("Близько 40% поранених становлять цивільні."),
    nothing("У 2014 році загинули тисячі людей на Донбасі."),
    nothing("Уряд виплатить 15 тисяч гривень кожній родині загиблих."),
    nothing("Росія випустила по Одесі 12 дронів Shahed-136, ніхто не постраждав."),
    nothing("Уночі ворог атакував 2 ракетами С-400 та Іскандер-М, обійшлося без поранених."),
    nothing("Українські військові знищили 9 танків і 24 артилерійські системи окупантів."),
    nothing("Внаслідок обстрілу постраждали 34 населені пункти області."),
    nothing("Ворог втратив 14 танків і 30 бойових броньованих машин."),
    nothing("Сили ППО збили 19 із 23 ворожих безпілотників, загиблих і поранених немає."),
    # --- negatives: ages and dates that are not the count ---
    # the age is no count, but the person is one
    example(
        "Загинув 59-річний чоловік, його 9-річного онука поранено.",
        {"category": "killed", "count": 1},
        {"category": "injured", "count": 1},
    ),
    nothing("Чоловіки віком від 18 до 60 років, поранені в боях, мають право на лікування."),
    nothing("24 лютого загинули перші захисники України."),
    nothing("Вибух пролунав о 05:40, постраждалих немає."),
    # --- negatives: negated, denied and forecast counts ---
    example(
        "Кремль заперечив, що 40 моряків крейсера загинули.",
        {"category": "killed", "count": 40, "status": "denied"}
    ),
    nothing("Міноборони РФ не підтвердило, що понад 300 військових загинули в Бахмуті."),
    nothing("Ніхто не загинув, повідомили рятувальники."),
    nothing("Експерти попереджають, що в разі підриву станції можуть загинути до 10 тисяч людей."),
    nothing("Кадиров погрожував розстріляти 500 захисників заводу."),
    nothing("Тисячі людей втекли від боїв у Маріуполі."),
    nothing("Окупанти затримали 2 вантажівки з гуманітарною допомогою."),
    # --- words between the parts: modifiers, places, relative clauses ---
    example(
        "Ще четверо мешканців прифронтового села дістали поранень.",
        {"category": "injured", "count": 4, "victims": "civilian"},
    ),
    example(
        "Шестеро військових, які обороняли позицію біля траси, загинули під час штурму.",
        {"category": "killed", "count": 6, "victims": "military"},
    ),
    nothing("П'ятеро рятувальників розбирали завали, а жителі будинку загинули ще вночі."),
    nothing("Троє людей, батьки яких загинули, отримали допомогу."),
    # --- one person: a singular noun and verb ---
    example("Унаслідок удару по зупинці загинула жінка.", {"category": "killed", "count": 1, "victims": "civilian"}),
    example("Чоловік, який їхав на велосипеді, загинув на місці.", {"category": "killed", "count": 1}),
    example("У Херсоні поранено 70-річного пенсіонера.", {"category": "injured", "count": 1, "victims": "civilian"}),
    example(
        "42-річний тракторист підірвався на міні та отримав важкі поранення.",
        {"category": "injured", "count": 1, "victims": "unspecified"},
    ),
    example("Пізно ввечері в лікарні помер 63-річний сторож.", {"category": "killed", "count": 1}),
    example("Від удару дрона загинули батько і син.", {"category": "killed", "count": 2}),
    example(
        "Бабуся та 12-річна онука перебувають у лікарні.",
        {"category": "injured", "count": 2},
    ),
    example(
        "Мешканка села дістала опіків і згодом померла.",
        {"category": "killed", "count": 1, "victims": "civilian"},
    ),
    nothing("Жодна людина не загинула."),
    nothing("Чоловік не постраждав, повідомили в поліції."),
    nothing("Жінка розповіла журналістам про нічний обстріл."),
    nothing("Постраждав будинок."),
    # --- people that no list names ---
    example("Під час атаки на підстанцію загинули 2 електромонтери.", {"category": "killed", "count": 2}),
    example("3 інкасатори травмовані внаслідок вибуху.", {"category": "injured", "count": 3}),
    nothing("Постраждали 5 підстанцій і газопровід."),
    nothing("У 2 селах загинули посіви."),
    # --- parts of a total ---
    example(
        "Від ракетного удару постраждали 40 людей, зокрема 6 дітей.",
        {"category": "injured", "count": 40},
        {"category": "injured", "count": 6, "victims": "civilian"},
    ),
    example(
        "Загалом загинули 12 людей. З них 4 — діти.",
        {"category": "killed", "count": 12},
        {"category": "killed", "count": 4, "victims": "civilian"},
    ),
    nothing("Зокрема 6 дітей."),
    nothing("З них 4 — діти."),
    # a new paragraph is a new topic: the part has no total before it
    example("Загинули 12 людей.\n\nЗ них 4 — діти.", {"category": "killed", "count": 12}),
    nothing("Місто відновлює школи, з них 4 — нові."),
    # --- lists, "відповідно", elided verbs ---
    example(
        "У Києві та Львові затримали 40 і 25 людей відповідно.",
        {"category": "arrested", "count": 40},
        {"category": "arrested", "count": 25},
    ),
    example(
        "Поліція затримала 12 у Харкові та 7 у Полтаві.",
        {"category": "arrested", "count": 12},
        {"category": "arrested", "count": 7},
    ),
    example(
        "У Львові евакуювали 300 людей, у Тернополі — 120.",
        {"category": "displaced", "count": 300},
        {"category": "displaced", "count": 120},
    ),
    nothing("У Львові пройшов ярмарок, у Тернополі — 120 учасників."),
    # --- layout without a verb ---
    example("Загинули: 214", {"category": "killed", "count": 214}),
    example(
        "Більшість переселенців зареєстровано в таких областях:\nПолтавська область — 120 тис.;\n"
        "Вінницька область — 95 тис.;\nЧеркаська область — 80 тис.;\nЖитомирська область — 64 тис.",
        {"category": "displaced", "count": 120000},
        {"category": "displaced", "count": 95000},
        {"category": "displaced", "count": 80000},
        {"category": "displaced", "count": 64000},
    ),
    nothing("Ціни на житло в таких областях:\nПолтавська область — 120 тис.;\nВінницька область — 95 тис."),
    # --- domain cues: shelter, captivity, a toll that may reach ---
    example(
        "Понад 900 тисяч українців знайшли притулок у Німеччині.",
        {"category": "displaced", "count": 900000, "bound": "at_least"},
    ),
    example(
        "У ворожому полоні досі утримуються 3 тисячі захисників.",
        {"category": "captured", "count": 3000, "victims": "military"},
    ),
    example(
        "За два тижні свої домівки покинули 40 тисяч жителів області.",
        {"category": "displaced", "count": 40000},
    ),
    example(
        "Окупанти за добу втратили близько тисячі військових.",
        {"category": "casualties", "count": 1000, "bound": "approximate"},
    ),
    example(
        "Поранень зазнали троє поліцейських, які прибули на виклик.",
        {"category": "injured", "count": 3},
    ),
    nothing("Тисячі людей вийшли на мітинг."),
    nothing("Ракета С-400 влучила в будинок, у якому мешкали 30 людей."),
    nothing("Після обстрілу ферми загинули 30 корів."),
    nothing("Митники затримали 3 фури з цигарками."),
    # --- round 2: one person with the wound before the verb ---
    example("Поранення зазнав 36-річний тракторист, його доправили до лікарні.", {"category": "injured", "count": 1}),
    example("Травми отримала 70-річна пенсіонерка.", {"category": "injured", "count": 1}),
    nothing("Поранення бійця виявилося легким, і він повернувся до строю."),
    # groups that add up, and parts of a total
    example("Під час атаки постраждали троє чоловіків і дві жінки.", {"category": "injured", "count": 5}),
    nothing("Під час обстрілу постраждали дві школи й одна лікарня."),
    example(
        "Внаслідок обстрілу загинули 9 людей, троє з них — діти.",
        {"category": "killed", "count": 9},
        {"category": "killed", "count": 3},
    ),
    example(
        "Щонайменше 30 людей, серед яких 11 жінок і 8 дітей, загинули під час нальоту.",
        {"category": "killed", "count": 30, "bound": "at_least"},
        {"category": "killed", "count": 11},
        {"category": "killed", "count": 8},
    ),
    example(
        "Понад 2 мільйони людей залишили домівки, і понад 900 тисяч з них виїхали до сусідніх країн.",
        {"category": "displaced", "count": 2000000},
        {"category": "displaced", "count": 900000},
    ),
    nothing("Серед них 5 танків і 3 гармати."),
    example("Серед потерпілих також 6 дітей.", {"category": "injured", "count": 6}),
    # predicate first, copula "уже", an aside between dashes, losses of one kind
    example("Зниклими безвісти вважаються 214 військових бригади.", {"category": "missing", "count": 214}),
    example(
        "Близько 200 жителів села — переважно літні люди — вважаються зниклими безвісти.",
        {"category": "missing", "count": 200, "bound": "approximate"},
    ),
    example("Поранених уже 48.", {"category": "injured", "count": 48}),
    nothing("Поранених уже 5 днів не можуть евакуювати."),
    example(
        "Втрати окупантів пораненими, за оцінками розвідки, становлять 120 тисяч.",
        {"category": "injured", "count": 120000},
    ),
    example("Ще близько 3 тисяч мешканців утекли з міста.", {"category": "displaced", "count": 3000}),
    nothing("Кременчуцьку ТЕЦ атакували вночі, 3 тисячі мешканців залишилися без світла."),
    # leaving the country, evacuations in any tense, one more worker named by trade
    example("Батьківщину вже покинули понад два мільйони людей.", {"category": "displaced", "count": 2000000, "bound": "at_least"}),
    example("Із Куп'янська щодня евакуюють близько трьохсот людей.", {"category": "displaced", "count": 300, "bound": "approximate"}),
    example("Минулого тижня з прикордоння вивезли 1500 мешканців.", {"category": "displaced", "count": 1500}),
    nothing("Із зруйнованого складу вивезли 40 тонн зерна."),
    nothing("Рятувальники щодня евакуюють 20 тварин із притулку."),
    example("Унаслідок атаки на шахту загинув електрик.", {"category": "killed", "count": 1}),
    example("Уламки ракети поранили сапера ДСНС.", {"category": "injured", "count": 1}),
    # an intention or a need keeps its figure, planned
    example(
        "Штаб вирішив перевезти близько 150 маломобільних людей до Львова.",
        {"category": "displaced", "count": 150, "bound": "approximate", "status": "planned"},
    ),
    example("Із міста необхідно евакуювати ще 400 дітей.", {"category": "displaced", "count": 400, "status": "planned"}),
    nothing("Зі складу треба перевезти 40 тонн зерна."),
    example("Окупанти мають 5 полонених.", {"category": "captured", "count": 5, "status": "asserted"}),
    # figures in a list after a noun or "серед загиблих —": one event each
    example(
        "За даними лікарні, госпіталізованих: 12 дорослих і 3 дітей.",
        {"category": "injured", "count": 12},
        {"category": "injured", "count": 3},
    ),
    example(
        "Загинули 40 людей. Серед загиблих — 21 чоловік, 14 жінок та 5 дітей.",
        {"category": "killed", "count": 40},
        {"category": "killed", "count": 21},
        {"category": "killed", "count": 14},
        {"category": "killed", "count": 5},
    ),
    nothing("Серед загиблих — відомий волонтер і його син."),
    # a second object of the verb: "затримали ..., а також двох шпигунів"
    example(
        "Поліція затримала трьох коригувальників у Харкові, а також двох інформаторів у Сумах.",
        {"category": "arrested", "count": 3},
        {"category": "arrested", "count": 2},
    ),
    example(
        "Загинули четверо людей, а також 6 військових поранено.",
        {"category": "killed", "count": 4},
        {"category": "injured", "count": 6},
    ),
    nothing("Слідчі вилучили документи, а також двох собак."),
    # the rescued alive are no toll
    example(
        "З-під завалів дістали трьох живих, двоє мешканців досі вважаються зниклими безвісти.",
        {"category": "missing", "count": 2},
    ),
    nothing("З-під завалів дістали трьох живих, кілька мешканців досі вважаються зниклими безвісти."),
    nothing("Рятувальники врятували живими шістьох людей."),
    # the head of a sentence takes a part: "Понад мільйон із них — діти."
    example(
        "Понад 5 мільйонів людей були змушені покинути свої домівки. Майже мільйон із них — діти.",
        {"category": "displaced", "count": 5000000},
        {"category": "displaced", "count": 1000000, "bound": "approximate"},
    ),
    # lines of a list: lowercase, several names, an aside in brackets
    example(
        "Де перебувають переселенці:\nпівніч (Чернігівська, Сумська області) — 0,4 млн;\nпівдень — 0,3 млн;\n"
        "Львівська, Волинська та Рівненська області — 0,5 млн.",
        {"category": "displaced", "count": 400000},
        {"category": "displaced", "count": 300000},
        {"category": "displaced", "count": 500000},
    ),
    # a figure of people at the end of a list of relatives
    example("Під завалами загинули дідусь, бабуся та троє їхніх онуків.", {"category": "killed", "count": 5}),
    example("Загинули 3 людини, чоловік і дитина.", {"category": "killed", "count": 3}),
    # a short header after the sentence of the total
    example(
        "За тиждень з Донеччини евакуювали понад 9 тисяч людей. Дані по громадах:\n"
        "Слов'янська громада — 4 тисячі;\nКраматорська громада — 3,5 тисячі.",
        {"category": "displaced", "count": 9000},
        {"category": "displaced", "count": 4000},
        {"category": "displaced", "count": 3500},
    ),
    nothing("Ціни на житло зросли. Дані по областях:\nКиївська область — 12 тисяч;\nЛьвівська область — 9 тисяч."),
    # the UN's "жертви серед цивільного населення" are the killed and injured together
    example(
        "Місія ООН зафіксувала 1 200 жертв серед цивільного населення: 300 загиблих і 900 поранених.",
        {"category": "casualties", "count": 1200},
        {"category": "killed", "count": 300},
        {"category": "injured", "count": 900},
    ),
    # status: forecasts, denials
    example("Кількість біженців може сягнути 3 мільйонів.", {"category": "displaced", "count": 3000000, "status": "possible"}),
    example("За прогнозом ООН, біженців буде 2 мільйони.", {"category": "displaced", "count": 2000000, "status": "possible"}),
    example(
        "Міноборони спростувало інформацію про загибель 60 військових.",
        {"category": "killed", "count": 60, "status": "denied"},
    ),
    example(
        "Генштаб заперечує, що 3 тисячі бійців потрапили в полон.",
        {"category": "captured", "count": 3000, "status": "denied"},
    ),
    nothing("Кількість загиблих може бути значно більшою."),
]
