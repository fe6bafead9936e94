"""Russian casualty examples: each phrasing family in both word orders, and near misses.

Every positive lists all the casualty events of its text; a negative yields none.
"""

from conflictevents.corpus import example, nothing

EXAMPLES = [
    # --- verb before the count: "погибли 12 человек", "ранены трое" ---
    example(
        "В результате ракетного удара по Краматорску погибли 52 человека, сообщил глава Донецкой области.",
        {"category": "killed", "count": 52, "victims": "unspecified", "source": "глава Донецкой области"},
    ),
    example(
        "Погибли, по меньшей мере, 17 человек, 35 ранены, заявил мэр города.",
        {"category": "killed", "count": 17, "bound": "at_least", "source": "мэр города"},
        {"category": "injured", "count": 35, "bound": "exact", "source": "мэр города"},
    ),
    example(
        "При атаке беспилотника на Белгород ранены три человека, среди них ребёнок, сообщил Вячеслав Гладков.",
        {"category": "injured", "count": 3, "victims": "unspecified", "source": "Вячеслав Гладков"},
    ),
    example(
        "В столкновениях на окраине города погибли от 10 до 15 боевиков.",
        {"category": "killed", "count": 10, "count_max": 15, "bound": "exact", "victims": "military"},
    ),
    example(
        "Погибли двадцать три человека, ещё сорок получили ранения.",
        {"category": "killed", "count": 23},
        {"category": "injured", "count": 40},
    ),
    example(
        "Ранения различной степени тяжести получили 11 человек, в том числе двое детей.",
        {"category": "injured", "count": 11},
        {"category": "injured", "count": 2, "victims": "civilian"},
    ),
    example(
        "Пострадали 18 человек, из них трое в тяжёлом состоянии.",
        {"category": "injured", "count": 18},
    ),
    example(
        "Вчера в Харькове погибли 3, ранены 8.",
        {"category": "killed", "count": 3},
        {"category": "injured", "count": 8},
    ),
    example(
        "Убиты и ранены 35 военнослужащих, сообщили в штабе бригады.",
        {"category": "casualties", "count": 35, "victims": "military"},
    ),
    example(
        "Погибли около 1,3 тыс. российских военнослужащих.",
        {"category": "killed", "count": 1300, "bound": "approximate", "victims": "military", "side": "RU"},
    ),
    example(
        "Жертвами обстрела стали 6 человек, в том числе пенсионерка.",
        {"category": "killed", "count": 6},
    ),
    # --- count before the verb: "12 человек погибли", "двое ранены" ---
    example(
        "Двое мирных жителей погибли, ещё четверо получили ранения при обстреле Херсона.",
        {"category": "killed", "count": 2, "victims": "civilian"},
        {"category": "injured", "count": 4},
    ),
    example(
        "Сорок два человека получили ранения, девять из них госпитализированы.",
        {"category": "injured", "count": 42},
    ),
    example(
        "Более 200 украинских военнослужащих сдались в плен, заявили в Минобороны России.",
        {
            "category": "captured",
            "count": 200,
            "bound": "at_least",
            "victims": "military",
            "side": "UA",
            "source": "Минобороны России",
        },
    ),
    example(
        "10–15 человек погибли на месте, остальных доставили в больницу.",
        {"category": "killed", "count": 10, "count_max": 15},
    ),
    example(
        "Около двухсот человек пропали без вести после обрушения дамбы.",
        {"category": "missing", "count": 200, "bound": "approximate"},
    ),
    example(
        "Ещё семерых человек считают пропавшими без вести.",
        {"category": "missing", "count": 7},
    ),
    example(
        "Шесть шахтёров погибли, 14 человек были госпитализированы.",
        {"category": "killed", "count": 6, "victims": "civilian"},
        {"category": "injured", "count": 14},
    ),
    example(
        "В Днепре 45 человек, в том числе шестеро детей, погибли при ударе по жилому дому.",
        {"category": "killed", "count": 45, "victims": "unspecified"},
        {"category": "killed", "count": 6, "victims": "civilian"},
    ),
    example(
        "Пятерых задержали, двоих позже отпустили.",
        {"category": "arrested", "count": 5},
    ),
    example(
        "Не менее 1,9 млн человек были вынуждены покинуть свои дома, по данным ООН.",
        {"category": "displaced", "count": 1900000, "bound": "at_least", "source": "ООН"},
    ),
    example(
        "Около 300 тыс. жителей эвакуированы из прифронтовых районов.",
        {"category": "displaced", "count": 300000, "bound": "approximate", "victims": "civilian"},
    ),
    # --- a transitive verb and its object: "убил 14", "привёл к гибели", "задержала 400" ---
    example(
        "Израильский авиаудар убил 14 палестинских мирных жителей, сообщил Минздрав сектора Газа.",
        {"category": "killed", "count": 14, "victims": "civilian", "side": "PS", "source": "Минздрав сектора Газа"},
    ),
    example(
        "Удар по больнице привёл к гибели троих пациентов.",
        {"category": "killed", "count": 3, "victims": "civilian"},
    ),
    example(
        "Обстрел рынка повлёк гибель двух человек.",
        {"category": "killed", "count": 2},
    ),
    example(
        "Ракетный удар по вокзалу унёс жизни 61 человека.",
        {"category": "killed", "count": 61},
    ),
    example(
        "Губернатор сообщил о гибели четырёх мирных жителей и ранении ещё девяти.",
        {"category": "killed", "count": 4, "victims": "civilian", "source": "Губернатор"},
        {"category": "injured", "count": 9, "source": "Губернатор"},
    ),
    example(
        "Полиция задержала более 400 участников акции в Москве и Санкт-Петербурге.",
        {"category": "arrested", "count": 400, "bound": "at_least", "victims": "civilian"},
    ),
    example(
        "Украинские военные взяли в плен 62 российских военнослужащих.",
        {"category": "captured", "count": 62, "victims": "military", "side": "RU"},
    ),
    example(
        "В плен сдались 12 бойцов морской пехоты.",
        {"category": "captured", "count": 12, "victims": "military"},
    ),
    example(
        "Правоохранители в среду арестовали 9 подозреваемых.",
        {"category": "arrested", "count": 9},
    ),
    example(
        "На акциях против войны в 56 городах задержаны 4 366 человек, сообщает правозащитный проект «ОВД-Инфо».",
        {"category": "arrested", "count": 4366, "source": "ОВД-Инфо"},
    ),
    example(
        "Задержаны 34 человека, ещё 12 арестованы по решению суда.",
        {"category": "arrested", "count": 34},
        {"category": "arrested", "count": 12},
    ),
    example(
        "В Буче обнаружены тела 412 мирных жителей.",
        {"category": "killed", "count": 412, "victims": "civilian"},
    ),
    example(
        "В лесу под Изюмом эксгумированы тела 436 человек.",
        {"category": "killed", "count": 436},
    ),
    example(
        "Из приграничных сёл эвакуированы или выехали самостоятельно около 20 тыс. человек.",
        {"category": "displaced", "count": 20000, "bound": "approximate"},
    ),
    example(
        "Украину покинули более 5 млн человек, передаёт УВКБ ООН.",
        {"category": "displaced", "count": 5000000, "bound": "at_least", "source": "УВКБ ООН"},
    ),
    example(
        "В результате наводнения без крова остались 3 тыс. человек.",
        {"category": "displaced", "count": 3000},
    ),
    # --- a count and a noun: "4 погибших и 11 раненых", "5,6 млн беженцев" ---
    example(
        "Итог ночного обстрела — 4 погибших и 11 раненых.",
        {"category": "killed", "count": 4},
        {"category": "injured", "count": 11},
    ),
    example(
        "В больницы города доставлены 14 раненых военнослужащих.",
        {"category": "injured", "count": 14, "victims": "military"},
    ),
    example(
        "ООН насчитала в Европе 5,6 млн украинских беженцев.",
        {"category": "displaced", "count": 5600000, "side": "UA"},
    ),
    example(
        "Стороны сообщили о 19 пленных российских военнослужащих.",
        {"category": "captured", "count": 19, "victims": "military", "side": "RU"},
    ),
    # --- running totals: "число погибших возросло до 40", "погибших — 5" ---
    example(
        "Число погибших при обрушении подъезда возросло до 23 человек, сообщили в МЧС.",
        {"category": "killed", "count": 23, "bound": "exact", "source": "МЧС"},
    ),
    example(
        "Количество пострадавших в результате атаки увеличилось до 64.",
        {"category": "injured", "count": 64},
    ),
    example(
        "Число жертв теракта достигло 144.",
        {"category": "killed", "count": 144},
    ),
    example(
        "Число задержанных на антивоенных акциях превысило 15 тыс. человек.",
        {"category": "arrested", "count": 15000, "bound": "at_least"},
    ),
    example(
        "Общее число вынужденных переселенцев составляет 7,1 млн.",
        {"category": "displaced", "count": 7100000},
    ),
    example(
        "Погибших — 5, раненых — 12, сообщил в субботу губернатор.",
        {"category": "killed", "count": 5},
        {"category": "injured", "count": 12},
    ),
    # --- losses: "потери составили", "потерял убитыми" ---
    example(
        "Потери противника за сутки составили свыше 500 военнослужащих убитыми и ранеными.",
        {"category": "casualties", "count": 500, "bound": "at_least", "victims": "military"},
    ),
    example(
        "Потери российских войск на этом направлении — до 300 человек.",
        {"category": "casualties", "count": 300, "bound": "at_most", "side": "RU"},
    ),
    example(
        "За неделю боёв подразделение потеряло убитыми 40 человек.",
        {"category": "killed", "count": 40},
    ),
    example(
        "По оценке разведки, армия потеряла около 15 тысяч солдат.",
        {"category": "casualties", "count": 15000, "bound": "approximate", "victims": "military"},
    ),
    example(
        "Уничтожено более 100 боевиков и 8 единиц техники.",
        {"category": "killed", "count": 100, "bound": "at_least", "victims": "military"},
    ),
    example(
        "В ходе боёв уничтожено до 50 военнослужащих ВСУ и 3 пикапа.",
        {"category": "killed", "count": 50, "bound": "at_most", "victims": "military", "side": "UA"},
    ),
    example(
        "Общее число погибших и раненых среди мирного населения составило 320.",
        {"category": "casualties", "count": 320},
    ),
    # --- who the victims belong to, and those who died of their wounds ---
    example(
        "Двое сотрудников ГСЧС погибли при повторном ударе.",
        {"category": "killed", "count": 2},
    ),
    example(
        "В больнице скончались ещё двое раненых.",
        {"category": "killed", "count": 2},
    ),
    example(
        "Трое из пострадавших позже скончались в больнице.",
        {"category": "killed", "count": 3},
    ),
    example(
        "В плену находятся более 8 тыс. украинских военных.",
        {"category": "captured", "count": 8000, "bound": "at_least", "victims": "military", "side": "UA"},
    ),
    # --- unknown fate ---
    example(
        "Судьба ещё 40 жителей села, оставшихся под оккупацией, остаётся неизвестной.",
        {"category": "missing", "count": 40, "victims": "civilian"},
    ),
    # --- source before the figure ---
    example(
        "По данным ООН, с начала вторжения погибли 1 417 мирных жителей, ещё 2 038 получили ранения.",
        {"category": "killed", "count": 1417, "victims": "civilian", "source": "ООН"},
        {"category": "injured", "count": 2038, "source": "ООН"},
    ),
    # --- numbers that are no count of people ---
    nothing("Колонна прошла 300 км за сутки."),
    nothing("Инфляция в марте составила 17,8%, потери экономики оцениваются в 5 млрд рублей."),
    nothing("Потери бюджета составили 1,9 млн рублей."),
    nothing("Потери техники за сутки составили 200 единиц."),
    nothing("Зенитный комплекс С-400 сбил две ракеты над областью, пострадавших нет."),
    nothing("По городу выпущены ракеты «Искандер-М» и дроны Shahed-136, жертв нет."),
    nothing("Сбиты 83 беспилотника, уничтожены 12 танков противника."),
    nothing("Повреждены 14 жилых домов, три школы и больница."),
    nothing("Из-за обстрела задержаны 12 поездов."),
    nothing("Эвакуированы 3 больницы и 2 школы."),
    nothing("С 2014 по 2022 год погибли тысячи мирных жителей."),
    nothing("Пострадавшей 17 лет, её доставили в больницу."),
    # the age is no count; the girl is one
    example("Ранее сообщалось, что 17-летняя девушка ранена осколком.", {"category": "injured", "count": 1}),
    nothing("Мужчины в возрасте от 18 до 60 лет не могут покинуть страну."),
    nothing("Армия получила 300 новых бронемашин."),
    # --- negated, denied, forecast or exchanged ---
    nothing("Погибших и пострадавших нет."),
    nothing("Никто из 40 пассажиров не пострадал."),
    nothing("Сообщений о погибших и раненых не поступало."),
    # --- generalised families: coordinated victims, elided places, totals, the displaced ---
    example(
        "Обстрел посёлка унёс жизни двух мужчин и молодой женщины.",
        {"category": "killed", "count": 3},
    ),
    example(
        "При ударе погибли трое мужчин и одна женщина, сообщил губернатор.",
        {"category": "killed", "count": 4},
    ),
    example(
        "Ещё 77 протестующих задержали в Петербурге, 15 — в Новосибирске и 11 — в Екатеринбурге.",
        {"category": "arrested", "count": 77},
        {"category": "arrested", "count": 15},
        {"category": "arrested", "count": 11},
    ),
    example(
        "Задержаны более 3000 человек. Только в Москве задержанных насчитали 726.",
        {"category": "arrested", "count": 3000, "bound": "at_least"},
        {"category": "arrested", "count": 726},
    ),
    example("Позже губернатор уточнил, что пострадавших десять.", {"category": "injured", "count": 10}),
    example("Общее число раненых с начала конфликта — 152 045.", {"category": "injured", "count": 152045}),
    example(
        "Общее число раненых за время войны ведомство оценивает в 55,2 тыс.",
        {"category": "injured", "count": 55200},
    ),
    example("Ранения за это время получил 101 641 человек.", {"category": "injured", "count": 101641}),
    example(
        "В районе Сермин жертвами авиаудара стали четыре сирийца.",
        {"category": "killed", "count": 4, "side": "SY"},
    ),
    example(
        "Покинуть страну были вынуждены почти полмиллиона человек.",
        {"category": "displaced", "count": 500000, "bound": "approximate"},
    ),
    example(
        "Около 12 млн суданцев пришлось покинуть свои дома.",
        {"category": "displaced", "count": 12000000, "bound": "approximate"},
    ),
    example(
        "К 1 октября Нагорный Карабах покинули 100 514 человек.",
        {"category": "displaced", "count": 100514},
    ),
    example(
        "Около 110 тысяч человек, из них 20 тысяч детей, уехали из приграничья Курской области.",
        {"category": "displaced", "count": 110000, "bound": "approximate"},
        {"category": "displaced", "count": 20000},
    ),
    example(
        "Ранее называли другую цифру — 152,6 тысячи покинувших приграничные районы жителей.",
        {"category": "displaced", "count": 152600},
    ),
    example(
        "В регионе открыто 84 пункта временного размещения, где живут свыше 6 тыс. жителей.",
        {"category": "displaced", "count": 6000, "bound": "at_least"},
    ),
    example(
        "В пунктах временного размещения сейчас находятся 174 курянина.",
        {"category": "displaced", "count": 174},
    ),
    # near misses of these families
    nothing("Больше всего беспилотников сбили над Брянской областью — 24, ещё 13 — над Азовским морем."),
    nothing("Больницу 5 мая покинули 20 пациентов, выписанных после лечения."),
    nothing("Среди раненых десять."),
    nothing("Из пострадавших 5 выписаны домой."),
    nothing("Число участников акции в Москве оценили примерно в две тысячи человек."),
    nothing("В регионе открыто 84 пункта временного размещения на 6 тысяч мест."),
    nothing("Ранения получил один танк, повреждены 12 автомобилей."),
    nothing("До обострения в регионе проживали около 120 тысяч армян."),
    # --- status (spec v1.1): a denial, a forecast or a plan keeps its figure, with that status ---
    example(
        "Ранее ведомство опровергло, что 300 военнослужащих погибли.",
        {"category": "killed", "count": 300, "status": "denied"},
    ),
    example(
        "Минобороны опровергло сообщения о гибели 300 военнослужащих.",
        {"category": "killed", "count": 300, "status": "denied"},
    ),
    example(
        "В Минобороны отрицают, что на востоке страны погибли более 100 десантников.",
        {"category": "killed", "count": 100, "bound": "at_least", "status": "denied"},
    ),
    example(
        "Минобороны опровергло информацию о том, что четверо российских военных погибли в провинции Хама.",
        {"category": "killed", "count": 4, "victims": "military", "side": "RU", "status": "denied"},
    ),
    example(
        "В ведомстве назвали дезинформацией сообщения о том, что в Сирии погибли двое военнослужащих.",
        {"category": "killed", "count": 2, "status": "denied"},
    ),
    example(
        "По оценкам экспертов, в случае штурма могут быть убиты до 10 тысяч человек.",
        {"category": "killed", "count": 10000, "bound": "at_most", "status": "possible"},
    ),
    example(
        "В ООН опасаются, что число беженцев может достичь 8 миллионов.",
        {"category": "displaced", "count": 8000000, "status": "possible"},
    ),
    example(
        "Власти намерены вывезти из приграничья около девяти тысяч детей.",
        {"category": "displaced", "count": 9000, "bound": "approximate", "status": "planned"},
    ),
    example(
        "В ближайшие дни планируют эвакуировать ещё 500 жителей.",
        {"category": "displaced", "count": 500, "status": "planned"},
    ),
    example(
        "Погибли 12 человек, сообщили в ведомстве, которое ранее отрицало потери.",
        {"category": "killed", "count": 12, "status": "asserted"},
    ),
    # a plain negation or a threat stays no event
    nothing("Никто из военнослужащих не погиб, опровергло сообщения ведомство."),
    nothing("Боевики пытались убить двух журналистов."),
    nothing("Боевики угрожают казнить 20 заложников."),
    nothing("В результате обмена домой вернулись 95 военнопленных."),
    nothing("Ракета пролетела 40 км и упала в поле, никто не пострадал."),
    # --- one person by a singular noun; singular nouns add up ----------------------------
    example(
        "При обстреле Херсона погиб мирный житель, сообщили в администрации.",
        {"category": "killed", "count": 1, "victims": "civilian"},
    ),
    example("Ранена пожилая женщина, её доставили в больницу.", {"category": "injured", "count": 1}),
    example(
        "Мать и её семилетний сын погибли под завалами.",
        {"category": "killed", "count": 2, "victims": "civilian"},
    ),
    example("Погибли 80-летний пенсионер и его внучка.", {"category": "killed", "count": 2}),
    example("Местная жительница 1961 года рождения госпитализирована.", {"category": "injured", "count": 1}),
    example("В Курской области задержан военнослужащий.", {"category": "arrested", "count": 1, "victims": "military"}),
    # --- victims the tables do not know: the event stands, victims unspecified -------------
    example("Погибли 3 сотрудника энергокомпании.", {"category": "killed", "count": 3, "victims": "unspecified"}),
    example("Четверо монтёров получили ранения при обстреле подстанции.", {"category": "injured", "count": 4}),
    example("Задержаны 1312 россиян.", {"category": "arrested", "count": 1312, "side": "RU"}),
    # --- parts of a total -----------------------------------------------------------------
    example(
        "Погибли 40 человек, среди них пятеро детей.",
        {"category": "killed", "count": 40},
        {"category": "killed", "count": 5, "victims": "civilian"},
    ),
    example(
        "Ранены 25 человек. В том числе трое подростков.",
        {"category": "injured", "count": 25},
        {"category": "injured", "count": 3},
    ),
    example(
        "Управление зафиксировало 900 жертв среди мирного населения, в том числе 300 погибших и 600 раненых.",
        {"category": "casualties", "count": 900},
        {"category": "killed", "count": 300},
        {"category": "injured", "count": 600},
    ),
    # --- lists, "соответственно", elided verbs ----------------------------------------------
    example(
        "В Казани и Уфе задержали 120 и 85 человек соответственно.",
        {"category": "arrested", "count": 120},
        {"category": "arrested", "count": 85},
    ),
    example(
        "Свыше 400 человек задержаны в десятке городов. Лидируют Казань и Уфа — 120 и 85 человек соответственно.",
        {"category": "arrested", "count": 400, "bound": "at_least"},
        {"category": "arrested", "count": 120},
        {"category": "arrested", "count": 85},
    ),
    example(
        "В Самаре полиция задержала 40 протестующих, в Омске — 25.",
        {"category": "arrested", "count": 40, "victims": "civilian"},
        {"category": "arrested", "count": 25},
    ),
    example(
        "В Литву перебрались 12 тысяч человек, в Латвию — 9 тысяч, в Эстонию — 4 тысячи.",
        {"category": "displaced", "count": 12000},
        {"category": "displaced", "count": 9000},
        {"category": "displaced", "count": 4000},
    ),
    # --- layout without a verb ----------------------------------------------------------------
    example("Погибших: 3613", {"category": "killed", "count": 3613}),
    example("Раненых: • ≈ 8 тыс. человек", {"category": "injured", "count": 8000, "bound": "approximate"}),
    # --- words between the parts, asides, totals with adjectives --------------------------------
    example(
        "400 мирных жителей, по данным ООН, погибли в марте.",
        {"category": "killed", "count": 400, "victims": "civilian"},
    ),
    example(
        "Число погибших в результате удара по центру города 12 мая выросло до 31.",
        {"category": "killed", "count": 31},
    ),
    example(
        "Число украинских беженцев, уехавших в Европу, превысило 4 миллиона.",
        {"category": "displaced", "count": 4000000, "bound": "at_least"},
    ),
    example(
        "Журналисты назвали имена 300 мобилизованных, погибших в первые месяцы.",
        {"category": "killed", "count": 300, "victims": "military"},
    ),
    # --- cue words of the domain ----------------------------------------------------------------
    example("Около 2 млн украинцев нашли убежище в Польше.", {"category": "displaced", "count": 2000000}),
    example(
        "В украинском плену сейчас находятся около 3 тысяч российских военнослужащих.",
        {"category": "captured", "count": 3000, "victims": "military"},
    ),
    example(
        "В пунктах временного размещения проживают 12 тысяч человек.",
        {"category": "displaced", "count": 12000},
    ),
    example(
        "Власти эвакуировали из приграничных сёл 2,5 тысячи жителей.",
        {"category": "displaced", "count": 2500, "victims": "civilian"},
    ),
    example(
        "Ещё 900 тысяч украинцев стали внутренне перемещёнными лицами.",
        {"category": "displaced", "count": 900000, "side": "UA"},
    ),
    example("Полиция увезла в отделы 48 участников акции.", {"category": "arrested", "count": 48}),
    # near misses of the new families
    nothing("Мужчину убил полицейский."),
    nothing("Задержаны 12 рейсов в аэропорту."),
    nothing("Пострадали 20 многоэтажек и 3 школы."),
    nothing("В Киеве — 20 градусов тепла."),
    nothing("В том числе 12 танков и 3 вертолёта."),
    nothing("Никто не погиб, женщина не пострадала."),
    nothing("Женщина рассказала, что погиб её сосед."),
    nothing("Водитель автобуса, в котором погибли пассажиры, задержан."),
    nothing("Погибли 2% населения города."),
    nothing("Мать погибшего солдата рассказала о сыне."),
    nothing("В плену побывали 3 тысячи военных, вернувшихся домой."),
    nothing("В пунктах временного размещения есть 300 мест."),
    nothing("Число погибших может вырасти, заявил врач."),
    nothing("Против ракет С-400 и дронов Шахед-136 погибли надежды."),
    # --- round 4 families: participants of protests, wounds before the verb, "не найдены" ---
    example(
        "В Киеве полиция задержала 57 участников митинга.",
        {"category": "arrested", "count": 57, "victims": "civilian"},
    ),
    nothing("В акции приняли участие 300 участников митинга."),
    example(
        "Пятерых горняков с травмами госпитализировали в районную больницу.",
        {"category": "injured", "count": 5},
    ),
    nothing("Пятерых горняков с травмами отпустили домой."),
    example("Ещё восемь рыбаков до сих пор не найдены.", {"category": "missing", "count": 8}),
    nothing("Документы до сих пор не найдены."),
    # a participial clause and a month between the count and its verb
    example(
        "Двенадцать морпехов, оборонявших порт до последнего, в марте попали в плен.",
        {"category": "captured", "count": 12, "victims": "military"},
    ),
    nothing("Двенадцать морпехов, оборонявших порт, в марте получили награды."),
    # persons in the genitive after a noun of death; no bare "жизни"
    example("Атака дрона на рынок привела к гибели мужчины и девушки.", {"category": "killed", "count": 2}),
    nothing("Жизни мужчины и девушки ничто не угрожает."),
    # no comma between a subject and its verb: "погиб мужчина, ранена соседка" is one death
    example("При обстреле погиб пожилой мужчина, ранена его соседка.", {"category": "killed", "count": 1}),
    # list items that elide the verb take the category before them
    example(
        "Задержания по городам:\nМосква — задержаны 120 человек\nКазань — 35\nУфа — не менее 12",
        {"category": "arrested", "count": 120},
        {"category": "arrested", "count": 35},
        {"category": "arrested", "count": 12, "bound": "at_least"},
    ),
    nothing("Температура по городам:\nМосква — 25\nКазань — 22"),
    # leaving a place named before the verb; the object before "покинуть"
    example(
        "Из Херсона в Николаев выехали около 3 тысяч жителей.",
        {"category": "displaced", "count": 3000, "bound": "approximate", "victims": "civilian"},
    ),
    nothing("Из Херсона в Николаев выехали 40 автобусов."),
    example(
        "Свои дома были вынуждены покинуть около 5 тысяч жителей района.",
        {"category": "displaced", "count": 5000, "bound": "approximate"},
    ),
    example(
        "В пунктах временного размещения, по словам губернатора, находятся 2300 человек.",
        {"category": "displaced", "count": 2300},
    ),
    # an estimate of losses, and a daily part of it
    example(
        "Минобороны оценило потери противника за неделю в 2400 военнослужащих.",
        {"category": "casualties", "count": 2400, "victims": "military"},
    ),
    nothing("Аналитики оценили потери бюджета в 3 млрд рублей."),
    example(
        "Потери противника составили около 900 человек, из них 40 — за минувшие сутки.",
        {"category": "casualties", "count": 900, "bound": "approximate"},
        {"category": "casualties", "count": 40},
    ),
    # a total split after a colon
    example(
        "Миссия насчитала 412 жертв среди гражданских: 130 погибших и 282 раненых.",
        {"category": "casualties", "count": 412},
        {"category": "killed", "count": 130},
        {"category": "injured", "count": 282},
    ),
    # civilians to be taken away: planned displacement; not soldiers, not a holiday
    example(
        "Ещё 300 жителей Шебекино завтра будут вывезены в Курск.",
        {"category": "displaced", "count": 300, "victims": "civilian", "status": "planned"},
    ),
    nothing("Около 2 тысяч военнослужащих отправятся в Курск."),
    nothing("500 детей отправятся в Анапу на летний отдых."),
]
