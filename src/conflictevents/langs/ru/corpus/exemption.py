"""Russian exemption examples: who is spared from mobilization or conscription, and who is not.

Every positive lists all the exemption events of its text; a negative yields none.
"""

from conflictevents.corpus import example, nothing

EXAMPLES = [
    # --- it ---
    example(
        "Минобороны освободило от частичной мобилизации сотрудников аккредитованных IT-компаний.",
        {"category": "it", "subject": "mobilization"},
    ),
    example(
        "IT-специалисты с профильным высшим образованием получат отсрочку, сообщило Минцифры в пятницу.",
        {"category": "it", "subject": None},
    ),
    example(
        "Программисты и разработчики, работающие в российских компаниях, освобождаются от призыва.",
        {"category": "it", "subject": "conscription"},
        {"category": "it", "subject": "conscription"},
    ),
    example(
        "За исключением IT-специалистов, призыву подлежат все мужчины призывного возраста.",
        {"category": "it", "subject": "conscription"},
    ),
    example(
        "Отсрочка для айтишников сохранится и в весенний призыв, заверили в министерстве.",
        {"category": "it", "subject": "conscription"},
    ),
    example(
        "Отсрочку от мобилизации с начала осени получили 25 тыс. айтишников.",
        {"category": "it", "subject": "mobilization"},
    ),
    example(
        "IT-компании сообщили, что их сотрудники получат отсрочку от мобилизации.",
        {"category": "it", "subject": "mobilization"},
    ),
    # --- banking ---
    example(
        "Отсрочку от мобилизации получат сотрудники банков и операторов платёжных систем.",
        {"category": "banking", "subject": "mobilization"},
        {"category": "banking", "subject": "mobilization"},
    ),
    example(
        "Банкиры, обеспечивающие работу национальной платёжной системы, освобождены от мобилизации.",
        {"category": "banking", "subject": "mobilization"},
        {"category": "banking", "subject": "mobilization"},
    ),
    example(
        "Работники кредитных организаций не будут призываться по мобилизации.",
        {"category": "banking", "subject": "mobilization"},
    ),
    example(
        "Не будут мобилизованы сотрудники Банка России.",
        {"category": "banking", "subject": "mobilization"},
    ),
    example(
        "Отсрочка от мобилизации сохраняется за сотрудниками банков.",
        {"category": "banking", "subject": "mobilization"},
    ),
    # --- state_media ---
    example(
        "Журналисты государственных СМИ освобождены от мобилизации.",
        {"category": "state_media", "subject": "mobilization"},
        {"category": "state_media", "subject": "mobilization"},
    ),
    example(
        "Отсрочку получат сотрудники системообразующих СМИ и информагентств.",
        {"category": "state_media", "subject": None},
        {"category": "state_media", "subject": None},
    ),
    example(
        "Бронирование распространят на работников государственных телеканалов.",
        {"category": "state_media", "subject": None},
    ),
    example(
        "Отсрочка для журналистов аккредитованных СМИ останется в силе, сообщили в Минцифры.",
        {"category": "state_media"},
        {"category": "state_media"},
    ),
    # --- defense_industry ---
    example(
        "Работники предприятий оборонно-промышленного комплекса получат отсрочку от призыва по мобилизации.",
        {"category": "defense_industry", "subject": "mobilization"},
    ),
    example(
        "Предприятия ОПК смогут бронировать своих сотрудников.",
        {"category": "defense_industry", "subject": None},
    ),
    example(
        "Оборонщики не подлежат мобилизации.",
        {"category": "defense_industry", "subject": "mobilization"},
    ),
    example(
        "Бронь от мобилизации получили около 40 тыс. работников оборонных заводов.",
        {"category": "defense_industry", "subject": "mobilization"},
    ),
    # --- critical_infrastructure ---
    example(
        "Правительство утвердило порядок бронирования работников критической инфраструктуры.",
        {"category": "critical_infrastructure", "subject": None},
    ),
    example(
        "Энергетики и железнодорожники освобождены от частичной мобилизации.",
        {"category": "critical_infrastructure", "subject": "mobilization"},
        {"category": "critical_infrastructure", "subject": "mobilization"},
    ),
    example(
        "Отсрочку получат работники операторов связи и предприятий ЖКХ.",
        {"category": "critical_infrastructure"},
        {"category": "critical_infrastructure"},
    ),
    example(
        "Работодатели смогут забронировать сотрудников предприятий топливно-энергетического комплекса.",
        {"category": "critical_infrastructure", "subject": None},
    ),
    example(
        "Сотрудники критически важных предприятий не будут мобилизованы.",
        {"category": "critical_infrastructure", "subject": "mobilization"},
    ),
    # --- government ---
    example(
        "Указом президента от призыва на военную службу освобождены сотрудники органов местного самоуправления.",
        {"category": "government", "subject": "conscription"},
    ),
    example(
        "Мобилизация не коснётся депутатов и сенаторов.",
        {"category": "government", "subject": "mobilization"},
        {"category": "government", "subject": "mobilization"},
    ),
    example(
        "Право на отсрочку от мобилизации сохраняют госслужащие федеральных министерств.",
        {"category": "government", "subject": "mobilization"},
    ),
    # --- agriculture ---
    example(
        "Отсрочку от мобилизации на период посевной получат фермеры.",
        {"category": "agriculture", "subject": "mobilization"},
    ),
    example(
        "Бронь от мобилизации распространили на аграриев и механизаторов.",
        {"category": "agriculture", "subject": "mobilization"},
        {"category": "agriculture", "subject": "mobilization"},
    ),
    example(
        "Бронь для работников аграрных предприятий продлена до конца года, сообщили в Минсельхозе.",
        {"category": "agriculture", "subject": None},
    ),
    # --- health ---
    example(
        "Врачи и медсёстры не будут призываться на военную службу.",
        {"category": "health", "subject": "conscription"},
        {"category": "health", "subject": "conscription"},
    ),
    example(
        "Мобилизации не подлежат медицинские работники государственных больниц.",
        {"category": "health", "subject": "mobilization"},
        {"category": "health", "subject": "mobilization"},
    ),
    example(
        "Отсрочка от мобилизации положена фельдшерам скорой помощи.",
        {"category": "health", "subject": "mobilization"},
    ),
    # --- education ---
    example(
        "С 1 апреля отсрочку от мобилизации получат учителя школ и преподаватели вузов.",
        {"category": "education", "subject": "mobilization"},
        {"category": "education", "subject": "mobilization"},
        {"category": "education", "subject": "mobilization"},
    ),
    example(
        "Мобилизация не распространяется на научных сотрудников.",
        {"category": "education", "subject": "mobilization"},
    ),
    example(
        "Педагоги освобождены от призыва по мобилизации, заявили в Минпросвещения.",
        {"category": "education", "subject": "mobilization"},
    ),
    # --- students ---
    example(
        "Не подлежат мобилизации студенты очной формы обучения и аспиранты.",
        {"category": "students", "subject": "mobilization"},
        {"category": "students", "subject": "mobilization"},
    ),
    example(
        "Кроме студентов, мобилизации подлежат все мужчины до 35 лет.",
        {"category": "students", "subject": "mobilization"},
    ),
    example(
        "Отсрочку от призыва сохранят студенты, поступившие в магистратуру.",
        {"category": "students", "subject": "conscription"},
    ),
    example(
        "Указ распространил отсрочку от мобилизации на учащихся колледжей и курсантов.",
        {"category": "students", "subject": "mobilization"},
        {"category": "students", "subject": "mobilization"},
    ),
    example(
        "Студенты получат отсрочку, а врачи будут мобилизованы.",
        {"category": "students", "subject": "mobilization"},
    ),
    example(
        "Путин подписал указ об отсрочке от мобилизации для студентов частных вузов.",
        {"category": "students", "subject": "mobilization"},
    ),
    example(
        "Отсрочка от службы в армии положена студентам вузов.",
        {"category": "students", "subject": "conscription"},
    ),
    example(
        "Кремль пообещал, что мобилизация не затронет студентов.",
        {"category": "students", "subject": "mobilization"},
    ),
    # --- other ---
    example(
        "Право на отсрочку имеют многодетные отцы и опекуны инвалидов.",
        {"category": "other"},
        {"category": "other"},
        {"category": "other"},
    ),
    example(
        "Священнослужители освобождены от мобилизации.",
        {"category": "other", "subject": "mobilization"},
    ),
    # --- the groups listed in the sentence after the deferment ---
    example(
        "Правительство утвердило правила предоставления отсрочки от частичной мобилизации. "
        "В перечень вошли программисты, сотрудники банков и работники оборонных предприятий.",
        {"category": "it", "subject": "mobilization"},
        {"category": "banking", "subject": "mobilization"},
        {"category": "defense_industry", "subject": "mobilization"},
    ),
    example(
        "Минобороны определило, кто получит бронь. К ним относятся энергетики и работники АЭС.",
        {"category": "critical_infrastructure"},
        {"category": "critical_infrastructure"},
    ),
    # --- not only, and a speaker or addressee beside the exempted ---
    example(
        "Отсрочку получат не только IT-специалисты, но и сотрудники банков.",
        {"category": "it"},
        {"category": "banking"},
    ),
    example(
        "Песков сказал журналистам, что отсрочка для айтишников сохранится.",
        {"category": "it"},
    ),
    # --- exemptions from something else ---
    nothing("Банки предоставили клиентам отсрочку по ипотеке."),
    nothing("Налоговые отсрочки получат IT-компании и малый бизнес."),
    nothing("IT-компании освобождены от уплаты НДС до 2024 года."),
    nothing("Отсрочка вступления закона в силу для банков продлена."),
    nothing("Отсрочку по кредитам для мобилизованных продлили банки."),
    nothing("Бронирование билетов для студентов откроется в понедельник."),
    nothing("В разгар мобилизации от должности освобождены трое чиновников военкомата."),
    nothing("Студентам дали отсрочку сдачи сессии из-за мобилизации."),
    nothing("Компании ОПК получили отсрочку по поставкам из-за мобилизации."),
    nothing("Суд предоставил отсрочку исполнения приговора бывшему депутату."),
    # --- negated, revoked, refused ---
    nothing("Студенты не получат отсрочку от призыва."),
    nothing("Отсрочку для студентов отменили, сообщает РБК."),
    nothing("Бронь для сотрудников банков отменена."),
    nothing("Отсрочка для фермеров больше не действует."),
    nothing("Отсрочки для IT-специалистов не будет, заявил депутат."),
    nothing("Айтишникам отказали в отсрочке."),
    # --- asked for, proposed or wondered about ---
    nothing("Депутаты предложили дать отсрочку от мобилизации фермерам."),
    nothing("Министерство сельского хозяйства попросило предоставить аграриям отсрочку от мобилизации."),
    nothing("Отсрочку от мобилизации для IT-специалистов предлагают ввести депутаты."),
    nothing("Минобороны не уточнило, получат ли отсрочку студенты колледжей."),
    nothing("Журналисты спросили Пескова, будет ли отсрочка для учителей."),
    nothing("Банкиры жалуются, что не могут получить отсрочку."),
    # --- a speaker, a source or an institution, and groups that are called up ---
    nothing("По данным СМИ, отсрочку от мобилизации получат не все желающие."),
    nothing("Союз журналистов призвал предоставить отсрочку от мобилизации."),
    nothing("Мобилизации подлежат в том числе врачи и фельдшеры."),
    nothing("Студентов будут мобилизовать наравне с остальными, заявили в военкомате."),
    nothing("Несмотря на обещанную отсрочку, врачи получили повестки в военкомат."),
    nothing("Военкоматы продолжают вручать повестки студентам, несмотря на отсрочку."),
    nothing("Кроме того, студенты будут мобилизованы."),
    nothing("Пленные освобождены в ходе обмена, среди них медики."),
    # --- lists on the lines after the cue -------------------------------------------------
    example(
        "Отсрочку от мобилизации получат сотрудники, занятые:\n- в аккредитованных IT-компаниях;\n"
        "- у операторов связи;\n- в банках.",
        {"category": "it", "subject": "mobilization"},
        {"category": "critical_infrastructure"},
        {"category": "banking"},
    ),
    example(
        "Правительство расширило право на отсрочку от частичной мобилизации. В список вошли программисты и банкиры.",
        {"category": "it"},
        {"category": "banking"},
    ),
    # --- negated call-up as the cue, in either order ----------------------------------------
    example("Под мобилизацию не подпадают аграрии.", {"category": "agriculture", "subject": "mobilization"}),
    example("Учителя не будут призываться по мобилизации.", {"category": "education"}),
    # --- sectors by paraphrase --------------------------------------------------------------
    example(
        "Отсрочку от мобилизации получат работники предприятий, которые производят вооружение и боеприпасы.",
        {"category": "defense_industry"},
    ),
    example(
        "Бронь от призыва по мобилизации дадут рабочим заводов, выпускающих военную технику.",
        {"category": "defense_industry"},
    ),
    # near misses of the new families
    nothing("Заводы, которые производят вооружение, работают круглосуточно."),
    nothing("Список покупок:\n- молоко;\n- хлеб."),
    nothing("Под мобилизацию попадают аграрии и фермеры."),
    # makers of arms by the noun; a follow-up that adds them to the criteria
    example(
        "Производители вооружения и боеприпасов получат отсрочку от мобилизации.",
        {"category": "defense_industry", "subject": "mobilization"},
    ),
    nothing("Производители вооружения нарастили выпуск на 20%."),
    example(
        "Правительство позволило бронировать от мобилизации работников критически важных предприятий. "
        "Кроме того, к критериям добавлены производители беспилотников, вооружения и боеприпасов.",
        {"category": "critical_infrastructure"},
        {"category": "defense_industry"},
    ),
    nothing("Минэкономики обновило критерии господдержки. Кроме того, к критериям добавлены производители вооружения."),
]
