"""Russian age brackets: the age range of a population, with its sex and what it is for.

Read against Saturday, 2 April 2022 unless an example says otherwise.
"""

from conflictevents.corpus import example, nothing

M, F = "male", "female"

EXAMPLES = [
    # --- "в возрасте от 18 до 27 лет", "в возрасте 18–50 лет" ---
    example(
        "Весенний призыв коснется граждан в возрасте от 18 до 27 лет.",
        {"min_age": 18, "max_age": 27, "sex": None, "subject": "conscription"},
    ),
    example(
        "Мобилизации подлежат мужчины в возрасте от 25 до 60 лет.",
        {"min_age": 25, "max_age": 60, "sex": M, "subject": "mobilization"},
    ),
    example(
        "Контракт могут заключить граждане в возрасте от 18 до 65 лет.",
        {"min_age": 18, "max_age": 65, "subject": "recruitment"},
    ),
    example(
        "Встать на воинский учет обязаны женщины в возрасте от 20 до 45 лет с медицинским образованием.",
        {"min_age": 20, "max_age": 45, "sex": F},
    ),
    example(
        "Добровольцами принимают людей в возрасте 18–50 лет.",
        {"min_age": 18, "max_age": 50, "subject": "recruitment"},
    ),
    example(
        "На сборы вызывают резервистов в возрасте от 30 до 45 лет.",
        {"min_age": 30, "max_age": 45, "subject": "reserve"},
    ),
    example(
        "Призыву подлежат юноши в возрасте от восемнадцати до двадцати семи лет.",
        {"min_age": 18, "max_age": 27, "sex": M, "subject": "conscription"},
    ),
    example(
        "По данным ведомства, в зоне боевых действий находятся военные в возрасте от двадцати одного до пятидесяти пяти лет.",
        {"min_age": 21, "max_age": 55},
    ),
    # --- the population, then the range: "мужчинам от 18 до 60 лет", "мужчины 25–60 лет" ---
    example(
        "Мужчинам от 18 до 60 лет запрещен выезд за границу.",
        {"min_age": 18, "max_age": 60, "sex": M, "subject": "other"},
    ),
    example(
        "Под мобилизацию попадают мужчины 25–60 лет.",
        {"min_age": 25, "max_age": 60, "sex": M, "subject": "mobilization"},
    ),
    example(
        "Военнообязанные с 18 до 60 лет должны обновить данные в военкомате.",
        {"min_age": 18, "max_age": 60},
    ),
    example(
        "Погибшим было от 19 до 82 лет, сообщили спасатели.",
        {"min_age": 19, "max_age": 82, "subject": "victims"},
    ),
    example(
        "Среди жертв обстрела — дети от 4 до 16 лет.",
        {"min_age": 4, "max_age": 16, "subject": "victims"},
    ),
    example(
        "Повестки получили офицеры запаса 25–50 лет.",
        {"min_age": 25, "max_age": 50, "subject": "reserve"},
    ),
    # --- a word of age before the range ---
    example(
        "Призываются мужчины призывного возраста (18–30 лет).",
        {"min_age": 18, "max_age": 30, "sex": M, "subject": "conscription"},
    ),
    example(
        "Призывной возраст — от 18 до 30 лет, напомнили в Генштабе.",
        {"min_age": 18, "max_age": 30, "subject": "conscription"},
    ),
    example(
        "В возрастной группе 18–24 лет доля уехавших выше всего.",
        {"min_age": 18, "max_age": 24},
    ),
    example(
        "Больше всего добровольцев в возрастной категории от 35 до 45 лет.",
        {"min_age": 35, "max_age": 45, "subject": "recruitment"},
    ),
    # --- "18–27-летние" ---
    example(
        "Военкоматы рассылают повестки 18–27-летним мужчинам.",
        {"min_age": 18, "max_age": 27, "sex": M},
    ),
    example(
        "В списках на сборы — 20–35-летние резервисты.",
        {"min_age": 20, "max_age": 35, "subject": "reserve"},
    ),
    # --- open ends: "старше 60 лет", "не моложе 18 лет", "60 лет и старше" ---
    example(
        "Граждане старше 60 лет освобождены от мобилизации.",
        {"min_age": 60, "max_age": None, "subject": "mobilization"},
    ),
    example(
        "Не подлежат мобилизации мужчины старше 50 лет.",
        {"min_age": 50, "max_age": None, "sex": M, "subject": "mobilization"},
    ),
    example(
        "Добровольцем может стать гражданин не моложе 18 лет.",
        {"min_age": 18, "max_age": None, "subject": "recruitment"},
    ),
    example(
        "В списки вносят граждан старше 18 и моложе 60 лет.",
        {"min_age": 18, "max_age": 60},
    ),
    example(
        "Добровольцами принимают граждан 50 лет и старше.",
        {"min_age": 50, "max_age": None, "subject": "recruitment"},
    ),
    example(
        "Эвакуируют пенсионеров старше 70 лет и детей до 14 лет.",
        {"min_age": 70, "max_age": None},
        {"min_age": None, "max_age": 14},
    ),
    example(
        "Мобилизовать будут мужчин в возрасте от 25 лет.",
        {"min_age": 25, "max_age": None, "sex": M, "subject": "mobilization"},
    ),
    example(
        "Граждане от 60 лет могут не опасаться повесток.",
        {"min_age": 60, "max_age": None},
    ),
    example(
        "На Украине теперь мобилизуют с 25 лет.",
        {"min_age": 25, "max_age": None, "subject": "mobilization"},
    ),
    example(
        "По достижении 18 лет юноши встают на воинский учет.",
        {"min_age": 18, "max_age": None, "sex": M},
    ),
    example(
        "Контракт подписывают граждане, достигшие 18-летнего возраста.",
        {"min_age": 18, "max_age": None, "subject": "recruitment"},
    ),
    # --- open ends: "моложе 25 лет", "не старше 40 лет", "до 35 лет" ---
    example(
        "Для мужчин моложе 25 лет мобилизация не предусмотрена.",
        {"min_age": None, "max_age": 25, "sex": M, "subject": "mobilization"},
    ),
    example(
        "Контракт разрешено заключать с лицами не старше 40 лет.",
        {"min_age": None, "max_age": 40, "subject": "recruitment"},
    ),
    example(
        "Дети младше 14 лет эвакуированы в первую очередь.",
        {"min_age": None, "max_age": 14},
    ),
    example(
        "В первую очередь призовут солдат и сержантов запаса в возрасте до 35 лет.",
        {"min_age": None, "max_age": 35, "subject": "reserve"},
    ),
    example(
        "Призыву подлежат офицеры запаса до 50 лет.",
        {"min_age": None, "max_age": 50, "subject": "reserve"},
    ),
    example(
        "Отсрочку от мобилизации получат студенты до 24 лет.",
        {"min_age": None, "max_age": 24, "subject": "mobilization"},
    ),
    example(
        "Студенты получают отсрочку от призыва до достижения ими 27 лет.",
        {"min_age": None, "max_age": 27, "subject": "conscription"},
    ),
    example(
        "Призывают юношей до 27-летнего возраста.",
        {"min_age": None, "max_age": 27, "sex": M},
    ),
    example(
        "Мужчинам, не достигшим 18 лет, выезд разрешен.",
        {"min_age": None, "max_age": 18, "sex": M},
    ),
    # --- a changed age limit ---
    example(
        "Путин подписал закон, повышающий предельный возраст пребывания в запасе до 70 лет.",
        {"min_age": None, "max_age": 70, "subject": "reserve"},
    ),
    example(
        "Рада снизила мобилизационный возраст до 25 лет.",
        {"min_age": 25, "max_age": None, "subject": "mobilization"},
    ),
    example(
        "Минимальный возраст для заключения контракта — 18 лет.",
        {"min_age": 18, "max_age": None, "subject": "recruitment"},
    ),
    example(
        "Предельный возраст для добровольцев составляет 65 лет.",
        {"min_age": None, "max_age": 65, "subject": "recruitment"},
    ),
    example(
        "Призывной возраст повышен до 30 лет.",
        {"min_age": None, "max_age": 30, "subject": "conscription"},
    ),
    # --- the subject from elsewhere in the document ---
    example(
        "Началась частичная мобилизация. Под нее попадают мужчины от 20 до 50 лет.",
        {"min_age": 20, "max_age": 50, "sex": M, "subject": "mobilization"},
    ),
    # --- two brackets ---
    example(
        "Выезд запрещен мужчинам от 18 до 60 лет и женщинам от 18 до 55 лет с медицинским образованием.",
        {"min_age": 18, "max_age": 60, "sex": M},
        {"min_age": 18, "max_age": 55, "sex": F},
    ),
    # === nothing: single ages, terms, things, money, times, percentages, changed limits ===
    nothing("Среди раненых — 17-летняя девушка, ее доставили в больницу."),
    nothing("При обстреле погиб мужчина в возрасте 45 лет."),
    nothing("Два брата 19 и 23 лет погибли при обстреле."),
    nothing("Суд приговорил уклониста к сроку от 3 до 5 лет лишения свободы."),
    nothing("За уклонение от мобилизации грозит до 10 лет лишения свободы."),
    nothing("Срок службы по призыву составляет 12 месяцев, по контракту — от 2 до 5 лет."),
    nothing("Стаж службы офицеров — от 5 до 25 лет."),
    nothing("Отслужившие от 1 до 2 лет мужчины будут уволены в запас."),
    nothing("Танки старше 50 лет расконсервированы и отправлены на фронт."),
    nothing("Самолеты возрастом от 30 до 40 лет по-прежнему летают на задания."),
    nothing("Выплаты добровольцам — от 195 до 300 тыс. рублей в месяц."),
    nothing("Среди уехавших мужчин 25–30% работают в IT."),
    nothing("Военкоматы принимают граждан с 9 до 18 часов."),
    nothing("Мужчины, служившие с 2014 по 2022 год, получат льготы."),
    nothing("Средний возраст мобилизованных — 35 лет."),
    nothing("Средний возраст контрактников вырос с 33 до 37 лет."),
    nothing("Правительство повысило пенсионный возраст с 60 до 65 лет."),
    nothing("Госдума повысила предельный призывной возраст с 27 до 30 лет."),
    nothing("Систему С-300 и ракеты «Искандер-М» эксплуатируют более 40 лет."),
    # negations and denials
    # --- status (spec v1.1): a denied, proposed or possible bracket stays, with its status ---
    example(
        "Министр обороны опроверг, что будут призывать мужчин от 18 до 25 лет.",
        {"min_age": 18, "max_age": 25, "sex": "male", "status": "denied"},
    ),
    example(
        "Шойгу предложил поэтапно перейти к призыву на срочную службу граждан в возрасте от 21 до 30 лет.",
        {"min_age": 21, "max_age": 30, "subject": "conscription", "status": "planned"},
    ),
    example(
        "По проекту, в 2024 году призывать будут граждан от 19 до 30 лет.",
        {"min_age": 19, "max_age": 30, "status": "planned"},
    ),
    example(
        "В Раде не исключают, что мобилизовать могут мужчин от 20 до 25 лет.",
        {"min_age": 20, "max_age": 25, "status": "possible"},
    ),
    example(
        "Сейчас срочную службу проходят мужчины в возрасте от 18 до 27 лет.",
        {"min_age": 18, "max_age": 27, "status": "asserted"},
    ),
    nothing("Путин пообещал, что мужчин от 18 до 27 лет не будут отправлять на фронт."),
    nothing("Власти никогда не пошлют на фронт юношей моложе 20 лет."),
    # --- round 4: a year that elides the rest takes the subject before it ---
    example(
        "В 2027 году призывать будут граждан от 18 до 29 лет, а в 2028-м — от 19 до 30.",
        {"min_age": 18, "max_age": 29},
        {"min_age": 19, "max_age": 30},
    ),
    example("Отряды пополнят мужчины от 25 до 40 лет, а в 2028-м — 30 добровольцев.", {"min_age": 25, "max_age": 40}),
    # a call-up verb, then the upper age
    example(
        "Резервистов первого разряда мобилизовать можно будет до 60 лет.",
        {"min_age": None, "max_age": 60, "subject": "mobilization"},
    ),
    nothing("Мобилизовать можно будет до 60 тысяч человек."),
    # "которым не исполнилось": a group under an age; one person's age is none
    example(
        "Контракт разрешат заключать лицам, которым не исполнилось 50 лет.",
        {"min_age": None, "max_age": 50, "subject": "recruitment"},
    ),
    nothing("Ему не исполнилось 18 лет, когда его мобилизовали."),
]
