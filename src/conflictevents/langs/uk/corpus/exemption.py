"""Ukrainian exemption examples: who is spared from mobilization or conscription, and who is not."""

from conflictevents.corpus import example, nothing

EXAMPLES = [
    # --- it ---
    example(
        "Міноборони РФ звільнило працівників акредитованих ІТ-компаній від часткової мобілізації.",
        {"category": "it", "subject": "mobilization"},
    ),
    example(
        "ІТ-фахівці з вищою освітою отримають відстрочку, повідомили в Міністерстві цифрового розвитку.",
        {"category": "it", "subject": None},
    ),
    example(
        "Резиденти Дія.City можуть забронювати до половини своїх працівників.",
        {"category": "it", "subject": None},
    ),
    example(
        "Програмісти, які працюють у російських компаніях, не підлягають призову.",
        {"category": "it", "subject": "conscription"},
    ),
    example(
        "Виняток зроблено для працівників ІТ-галузі: їх не мобілізуватимуть.",
        {"category": "it", "subject": "mobilization"},
    ),
    # --- banking ---
    example(
        "Працівники банків і платіжних систем звільняються від мобілізації.",
        {"category": "banking", "subject": "mobilization"},
        {"category": "banking", "subject": "mobilization"},
    ),
    example(
        "Кабмін дозволив бронювати працівників банківського сектору.",
        {"category": "banking", "subject": None},
    ),
    example(
        "Банківські працівники, які забезпечують роботу платіжної системи, отримали відстрочку від призову.",
        {"category": "banking", "subject": "conscription"},
        {"category": "banking", "subject": "conscription"},
    ),
    example(
        "Путін підписав указ, який звільняє від мобілізації працівників системоутворюючих банків.",
        {"category": "banking", "subject": "mobilization"},
    ),
    # --- state_media ---
    example(
        "Журналісти державних ЗМІ не будуть мобілізовані, заявив Пєсков.",
        {"category": "state_media", "subject": "mobilization"},
        {"category": "state_media", "subject": "mobilization"},
    ),
    example(
        "Акредитованих журналістів звільнили від мобілізації.",
        {"category": "state_media", "subject": "mobilization"},
    ),
    example(
        "Працівникам Суспільного мовлення надали бронь на період мобілізації.",
        {"category": "state_media", "subject": "mobilization"},
    ),
    example(
        "У Росії від мобілізації звільнили співробітників державних телеканалів.",
        {"category": "state_media", "subject": "mobilization"},
    ),
    # --- defense_industry ---
    example(
        "Працівники оборонно-промислового комплексу мають право на бронювання.",
        {"category": "defense_industry", "subject": None},
    ),
    example(
        "Уряд розширив бронювання для підприємств ОПК.",
        {"category": "defense_industry", "subject": None},
    ),
    example(
        "Зброярів і виробників дронів не мобілізовуватимуть.",
        {"category": "defense_industry", "subject": "mobilization"},
        {"category": "defense_industry", "subject": "mobilization"},
    ),
    example(
        "Працівників Укроборонпрому звільнено від призову на військову службу під час мобілізації.",
        {"category": "defense_industry", "subject": "mobilization"},
    ),
    example(
        "Бронь від мобілізації отримали 300 тисяч працівників оборонних підприємств.",
        {"category": "defense_industry", "subject": "mobilization"},
    ),
    example(
        "Відтепер заброньовані працівники ОПК не отримуватимуть повісток.",
        {"category": "defense_industry", "subject": None},
    ),
    # --- critical_infrastructure ---
    example(
        "Кабінет Міністрів ухвалив постанову про бронювання працівників критичної інфраструктури.",
        {"category": "critical_infrastructure", "subject": None},
    ),
    example(
        "Енергетики та залізничники отримають відстрочку від мобілізації.",
        {"category": "critical_infrastructure", "subject": "mobilization"},
        {"category": "critical_infrastructure", "subject": "mobilization"},
    ),
    example(
        "Оператори зв'язку зможуть бронювати до 50% своїх працівників.",
        {"category": "critical_infrastructure", "subject": None},
    ),
    example(
        "Працівників критично важливих підприємств не призиватимуть під час мобілізації.",
        {"category": "critical_infrastructure", "subject": "mobilization"},
    ),
    example(
        "Під бронювання потрапляють працівники енергетичних компаній і комунальних підприємств.",
        {"category": "critical_infrastructure", "subject": None},
        {"category": "critical_infrastructure", "subject": None},
    ),
    example(
        "Мобілізації не підлягають працівники Укрзалізниці та Укренерго.",
        {"category": "critical_infrastructure", "subject": "mobilization"},
        {"category": "critical_infrastructure", "subject": "mobilization"},
    ),
    example(
        "У четвер уряд ухвалив рішення про бронювання працівників водоканалів.",
        {"category": "critical_infrastructure", "subject": None},
    ),
    # --- government ---
    example(
        "Державні службовці та працівники органів місцевого самоврядування мають право на бронювання.",
        {"category": "government", "subject": None},
        {"category": "government", "subject": None},
    ),
    example(
        "Народні депутати не підлягають мобілізації.",
        {"category": "government", "subject": "mobilization"},
    ),
    example(
        "Відстрочку від призову мають судді та прокурори.",
        {"category": "government", "subject": "conscription"},
        {"category": "government", "subject": "conscription"},
    ),
    example(
        "Депутатів місцевих рад звільнили від мобілізації.",
        {"category": "government", "subject": "mobilization"},
    ),
    example(
        "Указ передбачає відстрочку для співробітників держорганів.",
        {"category": "government", "subject": None},
    ),
    # --- agriculture ---
    example(
        "Аграрії отримали можливість бронювати працівників на період мобілізації.",
        {"category": "agriculture", "subject": "mobilization"},
    ),
    example(
        "Фермерів звільнять від мобілізації на час посівної.",
        {"category": "agriculture", "subject": "mobilization"},
    ),
    example(
        "Мінекономіки розширило бронювання для сільськогосподарських підприємств.",
        {"category": "agriculture", "subject": None},
    ),
    example(
        "Путін звільнив від призову працівників сільського господарства.",
        {"category": "agriculture", "subject": "conscription"},
    ),
    # --- health ---
    example(
        "Медики та лікарі мають право на відстрочку від мобілізації.",
        {"category": "health", "subject": "mobilization"},
        {"category": "health", "subject": "mobilization"},
    ),
    example(
        "Медичних працівників не мобілізують, запевнили у МОЗ.",
        {"category": "health", "subject": "mobilization"},
    ),
    example(
        "Лікарі та медсестри, які працюють у державних лікарнях, мають бронь.",
        {"category": "health", "subject": None},
        {"category": "health", "subject": None},
    ),
    # --- education ---
    example(
        "Відстрочку отримають педагогічні та науково-педагогічні працівники.",
        {"category": "education", "subject": None},
    ),
    example(
        "Вчителі, які працюють на повну ставку, не підлягають мобілізації.",
        {"category": "education", "subject": "mobilization"},
    ),
    example(
        "Кабмін продовжив відстрочку для науковців і викладачів вишів.",
        {"category": "education", "subject": None},
        {"category": "education", "subject": None},
    ),
    example(
        "Вчителі в прифронтових громадах отримають бронь.",
        {"category": "education", "subject": None},
    ),
    # --- students ---
    example(
        "Студенти денної та дуальної форм навчання зберігають право на відстрочку.",
        {"category": "students", "subject": None},
    ),
    example(
        "Не підлягають мобілізації студенти та аспіранти.",
        {"category": "students", "subject": "mobilization"},
        {"category": "students", "subject": "mobilization"},
    ),
    example(
        "Студентів, які навчаються на денній формі, не призиватимуть на строкову службу.",
        {"category": "students", "subject": "conscription"},
    ),
    example(
        "Відстрочку отримають не лише студенти, а й аспіранти.",
        {"category": "students", "subject": None},
        {"category": "students", "subject": None},
    ),
    example(
        "За винятком студентів, усі чоловіки віком від 25 до 60 років підлягають мобілізації.",
        {"category": "students", "subject": "mobilization"},
    ),
    example(
        "Крім того, від призову звільнені курсанти військових вишів.",
        {"category": "students", "subject": "conscription"},
    ),
    example(
        "Відстрочку мають право отримати здобувачі вищої освіти, які навчаються вперше.",
        {"category": "students", "subject": None},
    ),
    # --- other ---
    example(
        "Батьки трьох і більше дітей мають право на відстрочку.",
        {"category": "other", "subject": None},
    ),
    example(
        "Чоловіки, які мають трьох та більше неповнолітніх дітей, звільняються від призову під час мобілізації.",
        {"category": "other", "subject": "mobilization"},
    ),
    example(
        "Особи з інвалідністю звільнені від військової служби.",
        {"category": "other", "subject": "conscription"},
    ),
    example(
        "Опікуни та батьки-одинаки отримають відстрочку.",
        {"category": "other", "subject": None},
        {"category": "other", "subject": None},
    ),
    example(
        "Закон передбачає відстрочку для багатодітних батьків і священнослужителів.",
        {"category": "other", "subject": None},
        {"category": "other", "subject": None},
    ),
    # --- an exemption named by a law, a vote or a regulator ---
    example(
        "Депутати проголосували за закон, який дає відстрочку студентам.",
        {"category": "students", "subject": None},
    ),
    example(
        "Зеленський підписав закон про відстрочку від мобілізації для студентів і аспірантів.",
        {"category": "students", "subject": "mobilization"},
        {"category": "students", "subject": "mobilization"},
    ),
    example(
        "Студенти-медики мобілізації не підлягають.",
        {"category": "students", "subject": "mobilization"},
    ),
    example(
        "Нацбанк дозволив банкам бронювати до 50% працівників.",
        {"category": "banking", "subject": None},
    ),
    example(
        "Уряд запровадив бронювання для працівників енергетики та ЖКГ.",
        {"category": "critical_infrastructure", "subject": None},
        {"category": "critical_infrastructure", "subject": None},
    ),
    # --- negatives: a fiscal exemption, a loan deferment, a booking ---
    nothing("ІТ-компанії звільнені від сплати податку на прибуток до кінця року."),
    nothing("Уряд надав аграріям відстрочку сплати кредитів на шість місяців."),
    nothing("Банки надали відстрочку платежів за кредитами військовим."),
    nothing("Фермери отримали відстрочку оренди землі."),
    nothing("Студенти можуть отримати знижку на бронювання квитків."),
    nothing("Під час мобілізації батьки трьох дітей можуть отримати пільги на податки."),
    # --- negatives: a lost, revoked, requested or denied exemption ---
    nothing("Студенти втратили право на відстрочку після відрахування."),
    nothing("Рада скасувала відстрочку для аспірантів, які вступили після 30 років."),
    example(
        "Депутати пропонують надати відстрочку медикам сільських лікарень.",
        {"category": "health", "status": "planned"}
    ),
    example(
        "Освітяни вимагають відстрочки для вчителів.",
        {"category": "education", "status": "planned"}
    ),
    nothing("ІТ-фахівцям більше не надаватимуть бронь."),
    nothing("Студенти не матимуть відстрочки від мобілізації."),
    nothing("Позбавити депутатів відстрочки вимагають активісти."),
    nothing("Відстрочку для програмістів скасовано."),
    example(
        "Кремль заперечив, що ІТ-фахівців звільнять від мобілізації.",
        {"category": "it", "status": "denied"}
    ),
    nothing("Уряд не ухвалював рішення про бронювання працівників аграрного сектору."),
    nothing("Чи отримають студенти відстрочку, досі невідомо."),
    nothing("Відстрочка для студентів віком понад 25 років не діятиме."),
    example(
        "Верховна Рада ухвалила законопроєкт про відстрочку для студентів у першому читанні.",
        {"category": "students", "status": "planned"}
    ),
    nothing("Журналісти запитали міністра, чи буде відстрочка для медиків."),
    # --- negatives: speakers, addressees, institutions, the mobilized ---
    example(
        "Профспілка медиків вимагає бронювання для лікарів швидкої допомоги.",
        {"category": "health", "status": "planned"}
    ),
    nothing("Про можливу мобілізацію студентів повідомили журналісти."),
    nothing("Пєсков розповів журналістам, що мобілізації в Росії не буде."),
    nothing("За даними ЗМІ, повістки отримали понад 200 людей."),
    nothing("Медиків мобілізуватимуть нарівні з іншими, заявили в ТЦК."),
    nothing("Вчителі отримали повістки, попри обіцянки уряду."),
    nothing("Енергетики відновили електропостачання після обстрілу, повідомили в Укренерго."),
    # --- negatives: no exemption at all; release from captivity; numbers, weapons ---
    nothing("Звільнення з полону 95 захисників стало можливим завдяки обміну."),
    nothing("Мобілізація в Україні триває, а студенти продовжують навчання."),
    nothing("Мобілізаційні заходи тривають, окрім Києва, у всіх областях."),
    nothing("ІТ-компанії сплатили 5 млрд гривень податків у 2023 році."),
    nothing("Ракета С-400 влучила в будівлю ТЦК, загинули троє людей."),
    nothing("Журналісти проїхали 300 км до лінії фронту, де тривають бої."),
    nothing("Оборонні підприємства за рік збільшили виробництво дронів на 40%."),
    nothing("Медики евакуювали 12 поранених після удару Іскандер-М по Краматорську."),
    # --- lists after the cue, sector paraphrases ---
    example(
        "Відстрочку отримають фахівці, які працюють:\n- у банках;\n- в операторів зв'язку;\n- в ІТ-компаніях.",
        {"category": "banking"},
        {"category": "critical_infrastructure"},
        {"category": "it"},
    ),
    example(
        "Бронювання працівників дозволено для підприємств, що виробляють боєприпаси та військову техніку.",
        {"category": "defense_industry"},
    ),
    example(
        "Право бронювати працівників від мобілізації отримали компанії, що мають замовлення на виробництво:\n"
        "• дронів;\n• снарядів.",
        {"category": "defense_industry"},
        {"category": "defense_industry"},
    ),
    example(
        "Відстрочку можуть отримати працівники технологічних компаній і фірм, що працюють для потреб ЗСУ.",
        {"category": "it"},
        {"category": "defense_industry"},
    ),
    nothing("Завод збільшив виробництво снарядів удвічі."),
    nothing("Ціни на продукти:\n- хліб;\n- молоко;\n- банки з консервацією."),
    # --- round 2: gas and oil workers; proposals are planned ---
    example(
        "Уряд дозволив бронювати газовиків і працівників облгазів.",
        {"category": "critical_infrastructure"},
        {"category": "critical_infrastructure"},
    ),
    nothing("Газовики відновили подачу газу."),
    example("Уряд пропонує надати відстрочку нафтовикам.", {"category": "critical_infrastructure", "status": "planned"}),
]
