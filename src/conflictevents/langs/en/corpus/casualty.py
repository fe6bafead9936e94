"""English casualty examples: what each phrasing family must yield, and near misses that must not.

Every positive lists all the casualty events of its text; a negative yields none.
"""

from conflictevents.corpus import example, nothing

EXAMPLES = [
    # --- the seed sentence ---
    example(
        "At least one person died and four were injured.",
        {"category": "killed", "count": 1, "bound": "at_least"},
        {"category": "injured", "count": 4, "bound": "exact"},
    ),
    # --- verb before the count: "killed at least 12 people", "killing 3" ---
    example(
        "Russian shelling killed at least 12 people in Kharkiv on Tuesday, the regional governor said.",
        {
            "category": "killed",
            "count": 12,
            "bound": "at_least",
            "victims": "unspecified",
            "source": "the regional governor",
        },
    ),
    example(
        "The strike killed four children and injured six adults.",
        {"category": "killed", "count": 4, "victims": "civilian"},
        {"category": "injured", "count": 6},
    ),
    example(
        "A Russian missile hit the city at 5 pm, killing 3 and injuring 11.",
        {"category": "killed", "count": 3},
        {"category": "injured", "count": 11},
    ),
    example(
        "An S-300 missile hit the depot, killing 6 servicemen.",
        {"category": "killed", "count": 6, "victims": "military"},
    ),
    example(
        "A Shahed-136 hit the apartment block, killing 4 residents.",
        {"category": "killed", "count": 4, "victims": "civilian"},
    ),
    example(
        "The rocket attack killed a 59-year-old man and injured 3 others.",
        {"category": "killed", "count": 1},
        {"category": "injured", "count": 3, "victims": "unspecified"},
    ),
    example(
        "Ukraine's armed forces say they have killed about 14,000 Russian troops.",
        {"category": "killed", "count": 14000, "bound": "approximate", "victims": "military", "side": "RU"},
    ),
    example(
        "A Russian strike on the drama theatre in Mariupol killed an estimated 600 people.",
        {"category": "killed", "count": 600, "bound": "approximate"},
    ),
    example(
        "Israeli strikes killed 3 Syrian soldiers near Damascus, the Syrian army said.",
        {"category": "killed", "count": 3, "victims": "military", "side": "SY", "source": "the Syrian army"},
    ),
    example(
        "The rocket attack wounded 9 Israeli civilians in Sderot.",
        {"category": "injured", "count": 9, "victims": "civilian", "side": "IL"},
    ),
    example(
        "The shelling has killed one and wounded two, the governor said.",
        {"category": "killed", "count": 1, "source": "the governor"},
        {"category": "injured", "count": 2, "source": "the governor"},
    ),
    example(
        "Russian troops killed at least 410 civilians in the Kyiv region, according to Ukraine's prosecutor general.",
        {
            "category": "killed",
            "count": 410,
            "bound": "at_least",
            "victims": "civilian",
            "source": "Ukraine's prosecutor general",
        },
    ),
    example(
        "Ukraine has confirmed the deaths of 43 soldiers.",
        {"category": "killed", "count": 43, "victims": "military"},
    ),
    # --- passive: "were killed", "had been displaced", "are believed to have been killed" ---
    example(
        "Five civilians were killed and 18 wounded when a missile struck a shopping centre in Kremenchuk.",
        {"category": "killed", "count": 5, "victims": "civilian"},
        {"category": "injured", "count": 18},
    ),
    example(
        "Between 10 and 15 soldiers were wounded in the overnight shelling.",
        {"category": "injured", "count": 10, "count_max": 15, "bound": "exact", "victims": "military"},
    ),
    example(
        "A total of 17 journalists have been killed since February 24, Reporters Without Borders said.",
        {"category": "killed", "count": 17, "victims": "civilian", "source": "Reporters Without Borders"},
    ),
    example(
        "Over 100 people were hospitalised after the chemical plant was hit.",
        {"category": "injured", "count": 100, "bound": "at_least"},
    ),
    example(
        "Two journalists were shot dead in Irpin.",
        {"category": "killed", "count": 2, "victims": "civilian"},
    ),
    example(
        "Four hundred and twelve bodies have been exhumed in the Kyiv region.",
        {"category": "killed", "count": 412},
    ),
    example(
        "Ukrainian officials said some 5,000 civilians had been killed in Mariupol alone.",
        {
            "category": "killed",
            "count": 5000,
            "bound": "approximate",
            "victims": "civilian",
            "source": "Ukrainian officials",
        },
    ),
    example(
        "The Ukrainian general staff claimed that 15,300 Russian troops had been killed.",
        {"category": "killed", "count": 15300, "victims": "military", "side": "RU"},
    ),
    example(
        "Ukraine says 1,351 of its soldiers have been killed.",
        {"category": "killed", "count": 1351, "victims": "military", "source": "Ukraine"},
    ),
    example(
        "Russia said 1,351 of its servicemen had been killed and 3,825 wounded.",
        {"category": "killed", "count": 1351, "victims": "military"},
        {"category": "injured", "count": 3825},
    ),
    example(
        "An 11-year-old girl was among 6 people killed in the strike.",
        {"category": "killed", "count": 6},
    ),
    example(
        "Some 1,200 people are believed to have been killed in the siege, officials said.",
        {"category": "killed", "count": 1200, "bound": "approximate", "source": "officials"},
    ),
    example(
        "Twelve miners are feared dead after the shelling of the mine.",
        {"category": "killed", "count": 12, "victims": "civilian"},
    ),
    example(
        "Two volunteers were shot and killed while delivering aid near Bucha.",
        {"category": "killed", "count": 2, "victims": "civilian"},
    ),
    example(
        "Kyiv estimates that 30,000 Russian troops have been killed or wounded.",
        {"category": "casualties", "count": 30000, "victims": "military", "side": "RU"},
    ),
    example(
        "In total, 1,119 civilians have been killed and 1,790 injured, according to the UN human rights office.",
        {"category": "killed", "count": 1119, "victims": "civilian", "source": "the UN human rights office"},
        {"category": "injured", "count": 1790, "source": "the UN human rights office"},
    ),
    example(
        "US officials said as many as 15,000 Russian soldiers could have been killed.",
        {"category": "killed", "count": 15000, "bound": "at_most", "victims": "military", "side": "RU"},
    ),
    example(
        "Two soldiers were killed 5 km from the border.",
        {"category": "killed", "count": 2, "victims": "military"},
    ),
    # --- "claimed the lives of", "claimed 1,400 lives" ---
    example(
        "The explosion at the plant claimed the lives of twenty-five workers.",
        {"category": "killed", "count": 25, "victims": "civilian"},
    ),
    example(
        "Heavy fighting has claimed the lives of more than 1,300 Ukrainian servicemen, "
        "President Volodymyr Zelensky said.",
        {
            "category": "killed",
            "count": 1300,
            "bound": "at_least",
            "victims": "military",
            "side": "UA",
            "source": "President Volodymyr Zelensky",
        },
    ),
    example(
        "The war has so far claimed 1,400 civilian lives, according to the UN.",
        {"category": "killed", "count": 1400, "victims": "civilian", "source": "the UN"},
    ),
    example(
        "Roughly 350 lives were lost when the ferry was sunk.",
        {"category": "killed", "count": 350, "bound": "approximate"},
    ),
    # --- running totals: "the death toll rose to 52" ---
    example(
        "The death toll from the strike on the railway station in Kramatorsk has risen to 52, regional officials said.",
        {"category": "killed", "count": 52, "source": "regional officials"},
    ),
    example(
        "The death toll in Bucha stands at 410, the prosecutor general said.",
        {"category": "killed", "count": 410, "source": "the prosecutor general"},
    ),
    example("Officials put the death toll at 35.", {"category": "killed", "count": 35}),
    example(
        "Russian missiles struck Lviv on Monday, raising the death toll from weekend strikes to 21.",
        {"category": "killed", "count": 21},
    ),
    example("The number of injured climbed to 64 overnight.", {"category": "injured", "count": 64}),
    example(
        "The number of refugees who have fled Ukraine has passed 4 million, the UN said.",
        {"category": "displaced", "count": 4_000_000, "bound": "at_least", "source": "UN"},
    ),
    example(
        "The number of people displaced inside the country has reached 6.5 million, the IOM said.",
        {"category": "displaced", "count": 6_500_000, "source": "IOM"},
    ),
    # --- "5 dead and 12 wounded", "left 7 dead" ---
    example(
        "Five dead, 12 wounded in Russian strike on Odesa apartment block.",
        {"category": "killed", "count": 5},
        {"category": "injured", "count": 12},
    ),
    example(
        "The attack left 7 dead and 30 injured, according to the State Emergency Service.",
        {"category": "killed", "count": 7, "source": "the State Emergency Service"},
        {"category": "injured", "count": 30, "source": "the State Emergency Service"},
    ),
    example("The explosion left 11 people injured.", {"category": "injured", "count": 11}),
    # --- intransitive: died, perished, lost their lives, went missing, fled, surrendered ---
    example(
        "Five people died and twelve were hurt in the attack.",
        {"category": "killed", "count": 5},
        {"category": "injured", "count": 12},
    ),
    example(
        "Three sailors perished when the cruiser sank, the ministry admitted.",
        {"category": "killed", "count": 3, "victims": "military", "source": "the ministry"},
    ),
    example(
        "Four Ukrainian soldiers lost their lives in the fighting near Avdiivka.",
        {"category": "killed", "count": 4, "victims": "military", "side": "UA"},
    ),
    example(
        "At least 10,000 Mariupol residents have died, the city's mayor said.",
        {
            "category": "killed",
            "count": 10000,
            "bound": "at_least",
            "victims": "civilian",
            "source": "the city's mayor",
        },
    ),
    example(
        "The Pentagon estimates that between 7,000 and 15,000 Russian soldiers have died in Ukraine.",
        {"category": "killed", "count": 7000, "count_max": 15000, "victims": "military", "side": "RU"},
    ),
    example(
        "A dozen fighters went missing after the ambush near Izium.",
        {"category": "missing", "count": 12, "victims": "military"},
    ),
    example(
        "Ninety-two people are still missing after the theatre was bombed.",
        {"category": "missing", "count": 92},
    ),
    example(
        "Almost 200 Ukrainian soldiers are missing in action.",
        {"category": "missing", "count": 200, "bound": "approximate", "victims": "military", "side": "UA"},
    ),
    example(
        "Over 230 people remain missing in the Kharkiv region, the regional police said.",
        {"category": "missing", "count": 230, "bound": "at_least", "source": "the regional police"},
    ),
    example(
        "Three people remain unaccounted for after the blast.",
        {"category": "missing", "count": 3},
    ),
    example(
        "Some 2,000 residents have fled the besieged town since Friday.",
        {"category": "displaced", "count": 2000, "bound": "approximate", "victims": "civilian"},
    ),
    example(
        "At least 3.4 million people have fled Ukraine since 24 February.",
        {"category": "displaced", "count": 3_400_000, "bound": "at_least"},
    ),
    example(
        "Nearly 300 Russian soldiers surrendered in the Kherson region, Ukraine's military said.",
        {
            "category": "captured",
            "count": 300,
            "bound": "approximate",
            "victims": "military",
            "side": "RU",
            "source": "Ukraine's military",
        },
    ),
    # --- nouns: casualties, deaths, POWs, refugees, arrests, hostages ---
    example(
        "UN monitors have recorded 13,560 civilian casualties since the invasion began.",
        {"category": "casualties", "count": 13560, "victims": "civilian"},
    ),
    example(
        "The UN has verified 3,455 civilian deaths in Ukraine.",
        {"category": "killed", "count": 3455, "victims": "civilian"},
    ),
    example(
        "Ukraine now holds 562 Russian POWs, the ombudsman said.",
        {"category": "captured", "count": 562, "victims": "military", "side": "RU", "source": "the ombudsman"},
    ),
    example(
        "Russia is holding at least 700 Ukrainian prisoners of war, Kyiv said.",
        {"category": "captured", "count": 700, "bound": "at_least", "side": "UA", "source": "Kyiv"},
    ),
    example(
        "More than 5.6 million refugees have left Ukraine, according to the UN refugee agency.",
        {
            "category": "displaced",
            "count": 5_600_000,
            "bound": "at_least",
            "victims": "civilian",
            "source": "the UN refugee agency",
        },
    ),
    example(
        "Rights groups counted more than 1,300 arrests in a single day.",
        {"category": "arrested", "count": 1300, "bound": "at_least", "source": "Rights groups"},
    ),
    example(
        "Mass graves containing 440 bodies were found in Izium.",
        {"category": "killed", "count": 440},
    ),
    example(
        "Russian forces are holding 300 hostages in the Kherson region.",
        {"category": "captured", "count": 300},
    ),
    # --- arrests and detentions ---
    example(
        "Police detained 1,312 anti-war protesters in 37 cities on Sunday, the monitoring group OVD-Info reported.",
        {"category": "arrested", "count": 1312, "victims": "civilian", "source": "OVD-Info"},
    ),
    example(
        "More than 15,000 demonstrators have been detained since the war began, rights groups say.",
        {"category": "arrested", "count": 15000, "bound": "at_least", "victims": "civilian", "source": "rights groups"},
    ),
    example(
        "Police in Moscow arrested more than 300 people at a rally on Pushkin Square.",
        {"category": "arrested", "count": 300, "bound": "at_least"},
    ),
    example(
        "Russian authorities have detained 58 Ukrainian civilians in Kherson, the ombudsman said.",
        {"category": "arrested", "count": 58, "victims": "civilian", "side": "UA", "source": "the ombudsman"},
    ),
    example(
        "Belarusian police detained about 800 people protesting against the war, the Viasna rights centre said.",
        {"category": "arrested", "count": 800, "bound": "approximate", "source": "the Viasna rights centre"},
    ),
    example(
        "At least 6,000 people were taken into custody in the first week of protests.",
        {"category": "arrested", "count": 6000, "bound": "at_least"},
    ),
    example("Russian troops rounded up 30 men in the village of Motyzhyn.", {"category": "arrested", "count": 30}),
    # --- captured, taken prisoner, abducted ---
    example(
        "About 400 people were taken prisoner during the siege of the steelworks.",
        {"category": "captured", "count": 400, "bound": "approximate"},
    ),
    example(
        "Russian forces took 27 Ukrainian marines prisoner near Mariupol.",
        {"category": "captured", "count": 27, "victims": "military", "side": "UA"},
    ),
    example(
        "Twelve Russian soldiers were taken captive near Izium, the Ukrainian army said.",
        {"category": "captured", "count": 12, "victims": "military", "side": "RU", "source": "the Ukrainian army"},
    ),
    example(
        "More than 2,500 Ukrainian defenders of Azovstal have been taken prisoner, Russia's defence ministry said.",
        {
            "category": "captured",
            "count": 2500,
            "bound": "at_least",
            "victims": "military",
            "side": "UA",
            "source": "Russia's defence ministry",
        },
    ),
    example(
        "Ukrainian forces captured 3 Russian pilots after their jet was downed.",
        {"category": "captured", "count": 3, "victims": "military", "side": "RU"},
    ),
    example(
        "Moscow says Ukrainian forces have captured up to 5 Russian servicemen.",
        {"category": "captured", "count": 5, "bound": "at_most", "side": "RU", "source": "Moscow"},
    ),
    example(
        "Officials said as many as 40 villagers were abducted by gunmen.",
        {"category": "captured", "count": 40, "bound": "at_most", "victims": "civilian", "source": "Officials"},
    ),
    example(
        "Russian forces have abducted at least 7 local officials in occupied Zaporizhzhia.",
        {"category": "captured", "count": 7, "bound": "at_least"},
    ),
    # --- displaced ---
    example(
        "The regional administration said 134 500 people had been displaced by the fighting.",
        {"category": "displaced", "count": 134500, "source": "The regional administration"},
    ),
    example(
        "The shelling has displaced an estimated 1.3 million people in the east.",
        {"category": "displaced", "count": 1_300_000, "bound": "approximate"},
    ),
    example(
        "Some 4.3 million children have been displaced, UNICEF said.",
        {
            "category": "displaced",
            "count": 4_300_000,
            "bound": "approximate",
            "victims": "civilian",
            "source": "UNICEF",
        },
    ),
    example(
        "Around 7.1 million people are internally displaced inside Ukraine, the IOM estimates.",
        {"category": "displaced", "count": 7_100_000, "bound": "approximate", "source": "IOM"},
    ),
    example(
        "The UNHCR says 10 million people have been forced to flee their homes.",
        {"category": "displaced", "count": 10_000_000, "source": "The UNHCR"},
    ),
    example(
        "Shelling forced some 3,000 villagers from their homes.",
        {"category": "displaced", "count": 3000, "bound": "approximate", "victims": "civilian"},
    ),
    example("The fighting has left 3,000 people homeless in the district.", {"category": "displaced", "count": 3000}),
    # --- words between the parts ({GAP}): "25 soldiers who had tried to surrender were killed" ---
    example(
        "Eleven sappers clearing the road near Izium were killed by a mine.",
        {"category": "killed", "count": 11},
    ),
    example(
        "At least 40 residents who had stayed behind in the village were injured, the mayor said.",
        {"category": "injured", "count": 40, "bound": "at_least", "victims": "civilian", "source": "the mayor"},
    ),
    example(
        "Four staff members of the Danish Refugee Council were wounded in the shelling.",
        {"category": "injured", "count": 4, "victims": "civilian"},
    ),
    example(
        "Some 60 soldiers who were resting behind the line have died.",
        {"category": "killed", "count": 60, "bound": "approximate", "victims": "military"},
    ),
    # the gap stops at a clause, a verb of harm, another number, or after six words
    example(
        "Two people were evacuated, and soldiers of the brigade were killed.",
        {"category": "displaced", "count": 2},
    ),
    nothing("Three drones flew over the town while the residents were hurt by debris."),
    nothing("Twelve volunteers from the small charity on the far bank of the river were injured."),
    example(
        "Two people died and several soldiers were wounded.",
        {"category": "killed", "count": 2},
    ),
    nothing("About 300 children from displaced families attend the school."),
    # --- singular counts: "a civilian was killed", "killing a mother and her child", "another" ---
    example("A paramedic was wounded in Kherson on Sunday.", {"category": "injured", "count": 1, "victims": "civilian"}),
    example(
        "An elderly woman from Kozacha Lopan was killed by a guided bomb.",
        {"category": "killed", "count": 1, "victims": "civilian"},
    ),
    example(
        "The shell hit a bus stop, killing a teenager and wounding another.",
        {"category": "killed", "count": 1, "victims": "civilian"},
        {"category": "injured", "count": 1},
    ),
    example(
        "The missile killed a father and his son in their garden.",
        {"category": "killed", "count": 2},
    ),
    example(
        "A soldier and a medic were injured when the drone struck.",
        {"category": "injured", "count": 2},
    ),
    nothing("A Russian drone was captured intact near Kupiansk."),
    nothing("Ukrainian forces captured a village north of Bakhmut."),
    nothing("The strike killed a number of people, officials said."),
    nothing("The brigade executed a plan to cross the river."),
    nothing("The soldier was killed in the attack."),
    nothing("She runs a charity supporting displaced families in Lviv."),
    # --- parts of a total: "including 362 children", "among them two children" (inherits the category) ---
    example(
        "The strike on the market killed 17 people, including three children.",
        {"category": "killed", "count": 17},
        {"category": "killed", "count": 3, "victims": "civilian"},
    ),
    example(
        "At least 22 people were wounded, among them a pregnant woman.",
        {"category": "injured", "count": 22, "bound": "at_least"},
        {"category": "injured", "count": 1, "victims": "civilian"},
    ),
    example(
        "Since March, 412 civilians have been killed in the city. Some 38 of them were children, the mayor said.",
        {"category": "killed", "count": 412, "victims": "civilian"},
        {"category": "killed", "count": 38, "victims": "civilian"},
    ),
    example(
        "More than 600 protesters were detained on Saturday. About 250 of them were held overnight.",
        {"category": "arrested", "count": 600, "bound": "at_least", "victims": "civilian"},
        {"category": "arrested", "count": 250, "bound": "approximate"},
    ),
    nothing("The delegation, including 12 experts, visited the plant."),
    example("Eight people were wounded.\n\nIncluding 3 children, the convoy left at dawn.", {"category": "injured", "count": 8}),
    example(
        "Eight people were wounded, and five, including a child, were pulled out alive.",
        {"category": "injured", "count": 8},
    ),
    # --- lists and "respectively" (one event per figure) ---
    example(
        "In Kyiv and Lviv, 112 and 47 people were injured respectively.",
        {"category": "injured", "count": 112},
        {"category": "injured", "count": 47},
    ),
    example(
        "At least 210, 98 and 64 demonstrators were arrested in the three cities, respectively.",
        {"category": "arrested", "count": 210, "victims": "civilian"},
        {"category": "arrested", "count": 98, "victims": "civilian"},
        {"category": "arrested", "count": 64, "victims": "civilian"},
    ),
    nothing("The two brigades lost 30 and 40 percent of their vehicles respectively."),
    # --- layout without a verb: "Killed: 10,582", "• Injured: 19,875, including 1,298 children" ---
    example(
        "Latest figures from the regional administration:\n- Dead: 214\n- Wounded: 1,087, including 93 children",
        {"category": "killed", "count": 214},
        {"category": "injured", "count": 1087},
        {"category": "injured", "count": 93, "victims": "civilian"},
    ),
    example(
        "• Internally displaced people registered in Dnipro: 260,000",
        {"category": "displaced", "count": 260000},
    ),
    nothing("- Missiles launched: 43\n- Drones shot down: 120"),
    nothing("Wounded veterans fund: $2 million"),
    nothing("Killed in 2022: the story of a village"),
    # --- word order: "the number of ... killed has risen to", "could reach", "has passed" ---
    example(
        "The number of civilians killed in the Kherson region since the dam burst has risen to 52, officials said.",
        {"category": "killed", "count": 52, "source": "officials"},
    ),
    example(
        "The number of people who have fled the fighting in Sudan passed 2 million this week.",
        {"category": "displaced", "count": 2_000_000, "bound": "at_least"},
    ),
    example(
        "The number of people displaced by the floods could reach 40,000, aid groups warned.",
        {"category": "displaced", "count": 40000},
    ),
    nothing("The number of people killed rose by 12 percent in a year."),
    nothing("The number of drones launched at the city reached 90."),
    # --- cue words: captivity, fate unknown, found shelter, evacuated, suffered injuries, housed ---
    example(
        "Some 1,900 Ukrainian defenders still remain in Russian captivity, the ombudsman said.",
        {"category": "captured", "count": 1900, "bound": "approximate", "side": "UA", "source": "the ombudsman"},
    ),
    example(
        "The fate of 14 crew members of the sunken cruiser remains unknown.",
        {"category": "missing", "count": 14},
    ),
    example(
        "More than 20,000 residents have found shelter in the western regions.",
        {"category": "displaced", "count": 20000, "bound": "at_least", "victims": "civilian"},
    ),
    example("About 3,000 people were evacuated from the border villages.", {"category": "displaced", "count": 3000}),
    example(
        "Three of the rescuers suffered serious burns.",
        {"category": "injured", "count": 3},
    ),
    example(
        "Shelters across the region are housing 4,500 evacuees.",
        {"category": "displaced", "count": 4500},
    ),
    example(
        "Among the dead was a local priest, the governor said.",
        {"category": "killed", "count": 1, "source": "the governor"},
    ),
    nothing("About 50 soldiers who returned from captivity were decorated on Friday."),
    nothing("The hospital can house 300 patients."),
    nothing("The plan to evacuate 3,000 people from the city could not be carried out."),
    nothing("They suffered 3 defeats in a row."),
    # --- sides from demonyms ---
    example(
        "More than 400 Russians were detained at the border crossing.",
        {"category": "arrested", "count": 400, "bound": "at_least", "side": "RU"},
    ),
    # --- negatives: distances, percentages, years, money, times ---
    nothing("Civilians were killed 30 km north of Kyiv, local officials said."),
    nothing("Russia shares a 1,300-km border with Ukraine, and troops killed there are rarely counted."),
    nothing("Kalibr cruise missiles with a range of 2,500 km killed civilians in Vinnytsia."),
    nothing("The death toll rose 40% in a week, officials said."),
    nothing("Casualties rose by a quarter, with 60 percent wounded by artillery fire."),
    nothing("Some 40 percent of those killed were civilians."),
    nothing("Fighting in 2014 displaced residents of Donetsk and Luhansk."),
    nothing("The fund paid out $5 million to wounded veterans last year."),
    nothing("At 7 am wounded soldiers began arriving at the hospital in Dnipro."),
    # --- weapon names, materiel and places ---
    nothing("Iranian-made Shahed-136 drones killed civilians in Kyiv overnight."),
    nothing("Russia launched 2 S-300 missiles and 10 Shahed-136 drones at the city, but no one was hurt."),
    nothing("Ukrainian troops captured 12 Russian tanks and 4 armoured vehicles near Trostianets."),
    nothing("Ukraine captured 2 Russian T-72 tanks near Kharkiv."),
    nothing("The brigade advanced 12 km, capturing 3 villages."),
    # --- ages ---
    example("A 59-year-old man was killed when a shell hit his house.", {"category": "killed", "count": 1}),
    nothing("A Russian conscript, 21, was killed in action near Bakhmut."),
    nothing("Men aged 18 to 60 detained at checkpoints were taken to filtration camps."),
    # --- zero and no count ---
    nothing("No one was killed in the attack, the mayor said."),
    nothing("Zero casualties were reported after the strike."),
    nothing("No civilians were hurt, the regional governor said."),
    nothing("Thousands of people fled the fighting in Mariupol."),
    nothing("Hundreds were detained at anti-war rallies on Sunday."),
    # --- negated, denied, hypothetical ---
    example("The Kremlin denied that 40 soldiers were killed in the sinking of the cruiser.", {"category": "killed", "count": 40, "victims": "military", "status": "denied"}),
    nothing("The ministry refused to confirm that 300 sailors had died."),
    nothing("Moscow has never admitted that more than 1,300 of its soldiers were killed."),
    nothing("Officials did not say how many soldiers were killed."),
    example("If the dam is breached, up to 80,000 people could be displaced, experts warned.", {"category": "displaced", "count": 80000, "bound": "at_most", "status": "possible"}),
    example("A direct hit on the reactor would kill up to 10,000 people, the agency warned.", {"category": "killed", "count": 10000, "bound": "at_most", "status": "possible"}),
    example("Separatist commanders planned to execute 20 marines, the report said.", {"category": "killed", "count": 20, "victims": "military", "status": "planned"}),
    example("Kadyrov threatened to kill 500 defenders of the steelworks if they did not surrender.", {"category": "killed", "count": 500, "status": "planned"}),
    # --- several groups, one verb: one event per group ---
    example(
        "Four policemen and two schoolteachers were killed in the ambush.",
        {"category": "killed", "count": 4},
        {"category": "killed", "count": 2, "victims": "civilian"},
    ),
    example(
        "At least 12 soldiers and 30 militants died in the fighting near the dam.",
        {"category": "killed", "count": 12, "bound": "at_least", "victims": "military"},
        {"category": "killed", "count": 30},
    ),
    example(
        "The raid left three guards and five prisoners dead.",
        {"category": "killed", "count": 3},
        {"category": "killed", "count": 5},
    ),
    example(
        "Shelling killed nine villagers and two medics on Sunday.",
        {"category": "killed", "count": 9, "victims": "civilian"},
        {"category": "killed", "count": 2, "victims": "civilian"},
    ),
    # a part of a total is no group of its own
    example(
        "The blast caused 40 deaths, including 6 children, and 90 people injured.",
        {"category": "killed", "count": 40},
        {"category": "killed", "count": 6},
        {"category": "injured", "count": 90},
    ),
    # --- a singular noun phrase joined to a count adds up ---
    example("A farmer and his two sons were killed by a mine.", {"category": "killed", "count": 3}),
    example("A nurse and five patients died when the clinic was hit.", {"category": "killed", "count": 6}),
    example("The strike killed an imam and three members of his family.", {"category": "killed", "count": 4}),
    example("Gunmen killed a village chief and two of his bodyguards.", {"category": "killed", "count": 3}),
    example("The shell killed 4 fishermen and a boy.", {"category": "killed", "count": 5}),
    example("The mine killed two herders and the driver of their truck.", {"category": "killed", "count": 3}),
    example("The pilot and his navigator were killed in the crash.", {"category": "killed", "count": 2}),
    example("A fire started by the drone killed a family of six.", {"category": "killed", "count": 6}),
    example(
        "A teenager and an unknown number of passers-by were wounded.",
        {"category": "injured", "count": 1},
    ),
    example(
        "Two medics were killed and another was injured.",
        {"category": "killed", "count": 2},
        {"category": "injured", "count": 1},
    ),
    example(
        "The barrage left four people dead and six more wounded.",
        {"category": "killed", "count": 4},
        {"category": "injured", "count": 6},
    ),
    # near misses: a family, a driver's car, the commander's statement count no one
    nothing("A family of refugees received shelter in the school."),
    nothing("The driver of the convoy said the road was blocked."),
    nothing("The commander and his staff were briefed on the offensive."),
    # --- an aside between the count and its verb ---
    example(
        "Eleven people, four of them women, were killed in the market.",
        {"category": "killed", "count": 11},
    ),
    example(
        "At least 14 miners, including a foreman, died underground.",
        {"category": "killed", "count": 14, "bound": "at_least"},
        {"category": "killed", "count": 1},
    ),
    example(
        "Six fighters, one of them a commander, were captured near the border.",
        {"category": "captured", "count": 6},
    ),
    # --- a part named by its place among the victims ---
    example(
        "Eight firefighters were among the dead, the city said.",
        {"category": "killed", "count": 8, "victims": "civilian"},
    ),
    example(
        "Two journalists from Reuters were among those wounded.",
        {"category": "injured", "count": 2},
    ),
    example(
        "Five soldiers were wounded. Two of the wounded later died in hospital.",
        {"category": "injured", "count": 5},
        {"category": "killed", "count": 2},
    ),
    nothing("Two of the wounded were flown to Kyiv for surgery."),
    # --- more verbs of killing ---
    example("Militants massacred 23 villagers overnight.", {"category": "killed", "count": 23, "victims": "civilian"}),
    example("Dozens of people were reported killed, and 14 bodies were found.", {"category": "killed", "count": 14}),
    example("At least 30 people were reported killed in the raid.", {"category": "killed", "count": 30}),
    # a year is no count, with or without its month; "has killed" is active
    example(
        "Since March 2022 the conflict has killed more than 9,000 people.",
        {"category": "killed", "count": 9000, "bound": "at_least"},
    ),
    nothing("By June 2021 the militia had killed many of its rivals."),
    # a running total put at a figure
    example(
        "The monitor put the number of civilians killed in the siege at 312.",
        {"category": "killed", "count": 312},
    ),
    # --- status (v1.1): forecasts, guesses, plans and denials keep their figure ---
    example(
        "As many as 40 people may have died in the collapse.",
        {"category": "killed", "count": 40, "bound": "at_most", "status": "possible"},
    ),
    example(
        "Up to 200,000 people could be displaced if the offensive begins.",
        {"category": "displaced", "count": 200000, "bound": "at_most", "status": "possible"},
    ),
    example(
        "The army rejected as propaganda claims that 300 of its soldiers were killed.",
        {"category": "killed", "count": 300, "status": "denied"},
    ),
    example(
        "The ministry dismissed a report that put the number of sailors killed at 40.",
        {"category": "killed", "count": 40, "status": "denied"},
    ),
    example(
        "The militia vowed to execute 12 hostages by Friday.",
        {"category": "killed", "count": 12, "status": "planned"},
    ),
    # a plain negation still cancels
    nothing("No one was killed and no civilians were injured."),
    nothing("The strike did not kill 40 soldiers, as first claimed."),
    # --- round 3 ---
    # adverbs between the auxiliary and the participle
    example(
        "At least 16 more people were seriously hurt.",
        {"category": "injured", "count": 16, "bound": "at_least"},
    ),
    example("131 people were arbitrarily executed by the rebels.", {"category": "killed", "count": 131}),
    # a longer aside between the count and its verb
    example(
        "Three other people, among them the head of a local hospital, were injured.",
        {"category": "injured", "count": 3},
    ),
    # a count of families counts no one
    example(
        "Up to 30 civilians, many of them members of one family coming home from a baptism, died in the strike.",
        {"category": "killed", "count": 30, "bound": "at_most", "victims": "civilian"},
    ),
    nothing("Members of two families were killed in the strike."),
    # combatants and their side
    example(
        "Twelve terrorists and four Pakistani soldiers were killed.",
        {"category": "killed", "count": 12, "victims": "military"},
        {"category": "killed", "count": 4, "victims": "military", "side": "PK"},
    ),
    # elided people after "and": the figure takes them from the figure before it
    example(
        "Nine soldiers were killed and five others wounded.",
        {"category": "killed", "count": 9, "victims": "military"},
        {"category": "injured", "count": 5, "victims": "military"},
    ),
    example(
        "At least 100 North Korean soldiers have been killed and another 1,000 wounded.",
        {"category": "killed", "count": 100, "victims": "military", "side": "KP"},
        {"category": "injured", "count": 1000, "victims": "military"},
    ),
    example(
        "Two civilians were killed and three others wounded.",
        {"category": "killed", "count": 2, "victims": "civilian"},
        {"category": "injured", "count": 3, "victims": "civilian"},
    ),
    example(
        "A medic said 18 people were seriously hurt.",
        {"category": "injured", "count": 18, "source": "A medic"},
    ),
    # --- round 4: families that generalise ---
    # a count with its noun and a participle, no auxiliary (reduced relative), "adults" as victims
    example(
        "Mourners gathered for the 4 children and 7 adults killed by the drone.",
        {"category": "killed", "count": 4, "victims": "civilian"},
        {"category": "killed", "count": 7},
    ),
    # a singular victim with two place phrases
    example(
        "A man in Kupiansk in Kharkiv region was wounded when a drone hit his car.",
        {"category": "injured", "count": 1},
    ),
    # one person among those harmed
    example(
        "A 19-year-old volunteer was among those killed.",
        {"category": "killed", "count": 1, "victims": "civilian"},
    ),
    nothing("A volunteer was among those who helped the wounded."),
    # surrender in a relative clause says who the victims were, not that they were captured
    example(
        "Russian troops executed four Ukrainian soldiers who had surrendered.",
        {"category": "killed", "count": 4, "victims": "military"},
    ),
    nothing("The twelve soldiers who surrendered were later exchanged."),
    example(
        "Prosecutors are investigating the execution of 16 Ukrainian prisoners of war.",
        {"category": "killed", "count": 16, "victims": "military"},
    ),
    # a partitive counts its part; the group it picks from is no count
    example(
        "One of the three medics at the post was wounded by shrapnel.",
        {"category": "injured", "count": 1},
    ),
    # children in an aside are a part of the total (other asides are not: see above)
    example(
        "The strike killed 14 people, five of them children, the governor said.",
        {"category": "killed", "count": 14},
        {"category": "killed", "count": 5, "victims": "civilian"},
    ),
    # displacement across a border
    example(
        "About 2 million people have crossed the border as refugees.",
        {"category": "displaced", "count": 2000000, "bound": "approximate"},
    ),
    nothing("Two tank columns crossed the border at dawn."),
    # a verb, then several figures with "respectively"
    example(
        "Police detained 120 and 85 protesters respectively in the two cities.",
        {"category": "arrested", "count": 120},
        {"category": "arrested", "count": 85},
    ),
    # a label line with a dash
    example(
        "Enemy losses:\npersonnel – 1,200\ntanks – 40",
        {"category": "casualties", "count": 1200},
    ),
    # a figure after "including" is a part of the total, even where a verb follows it
    example(
        "Thirty people, including at least 4 children, were killed in the strike.",
        {"category": "killed", "count": 30},
        {"category": "killed", "count": 4, "bound": "at_least"},
    ),
    # a total restated before its parts takes the category of the figure before it
    example(
        "Police detained 900 protesters on Saturday. Of the 870 people held overnight, 40 were students.",
        {"category": "arrested", "count": 900},
        {"category": "arrested", "count": 870},
    ),
    example(
        "About 3,000 residents were evacuated from the district. Of the 2,950 people moved out so far, most are elderly.",
        {"category": "displaced", "count": 3000, "bound": "approximate"},
        {"category": "displaced", "count": 2950},
    ),
    nothing("Of the 40 buses moved out of the depot, most were damaged."),
    # "the number of" with a longer noun phrase
    example(
        "A report put the number of Russian servicemen and private contractors killed in the battle at 35.",
        {"category": "killed", "count": 35},
    ),
    # an apposition that names the people counted is no count of its own; adverbs before the participle
    example(
        "The driver was killed, and four other passengers, a boy and three women aged 30 to 62, were less seriously hurt.",
        {"category": "killed", "count": 1},
        {"category": "injured", "count": 4},
    ),
    example(
        "Two rescuers were mildly injured.",
        {"category": "injured", "count": 2, "victims": "civilian"},
    ),
]
