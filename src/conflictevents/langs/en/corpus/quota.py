"""English quota examples: how many people are called up, mobilized, recruited, drafted or deployed.

Read against Saturday, 2 April 2022 unless an example says otherwise.
"""

from conflictevents.corpus import example, nothing

MOB = "mobilization"
CON = "conscription"
REC = "recruitment"
DEP = "deployment"

EXAMPLES = [
    # --- active verbs -------------------------------------------------------------
    example(
        "Russia will mobilize 300,000 reservists, the defence minister announced on state television.",
        {"count": 300000, "bound": "exact", "subject": MOB},
    ),
    example(
        "Kyiv intends to mobilise up to 500,000 more men, the army chief told reporters.",
        {"count": 500000, "bound": "at_most", "subject": MOB},
    ),
    example(
        "The general staff plans to call up 150,000 conscripts this spring.",
        {"count": 150000, "bound": "exact", "subject": CON},
    ),
    example(
        "The army conscripted 12,000 men in the autumn round, officials said.",
        {"count": 12000, "subject": CON},
    ),
    example(
        "The ministry aims to recruit 400,000 contract soldiers this year.",
        {"count": 400000, "bound": "exact", "subject": REC},
    ),
    example(
        "Serbia's army enlisted 2,300 volunteers in the first quarter.",
        {"count": 2300, "subject": REC},
    ),
    example(
        "Recruiters hope to sign up 20,000 volunteers for the new brigades.",
        {"count": 20000, "subject": REC},
    ),
    example(
        "The Pentagon said it would deploy about 3,000 troops to Poland.",
        {"count": 3000, "bound": "approximate", "subject": DEP},
    ),
    example(
        "Moscow has sent some 20,000 troops to Belarus for joint drills.",
        {"count": 20000, "bound": "approximate", "subject": DEP},
    ),
    example(
        "Germany will send 4,000 soldiers to Lithuania by the end of the decade.",
        {"count": 4000, "subject": DEP},
    ),
    example(
        "Washington dispatched 2,500 marines to the region on Tuesday.",
        {"count": 2500, "subject": DEP},
    ),
    example(
        "The junta drafted 5,000 young men into military service last month.",
        {"count": 5000, "subject": CON},
    ),
    example(
        "Military planners want to deploy an additional 45,000 soldiers along the southern axis.",
        {"count": 45000, "bound": "exact", "subject": DEP},
    ),
    example(
        "Minsk may mobilize even 120 thousand fresh troops, an opposition channel claimed.",
        {"count": 120000, "subject": MOB},
    ),
    example(
        "Shoigu said the country had mobilized 300,000, and no further call-ups were planned.",
        {"count": 300000, "subject": MOB},
    ),
    example(
        "The army hopes to recruit 1,500 more by the summer.",
        {"count": 1500, "subject": REC},
    ),
    # --- passive and participles --------------------------------------------------
    example(
        "In all, 300,000 reservists were mobilized in the first weeks, Shoigu said.",
        {"count": 300000, "bound": "exact", "subject": MOB},
    ),
    example(
        "Some 20,000 troops have been deployed to the border region.",
        {"count": 20000, "bound": "approximate", "subject": DEP},
    ),
    example(
        "More than 10,000 volunteers have enlisted since the invasion began.",
        {"count": 10000, "bound": "at_least", "subject": REC},
    ),
    example(
        "Up to 2,000 marines will be stationed in Darwin on rotation.",
        {"count": 2000, "bound": "at_most", "subject": DEP},
    ),
    example(
        "An estimated 25,000 recruits were sent to training grounds in Belarus.",
        {"count": 25000, "bound": "approximate", "subject": DEP},
    ),
    example(
        "Around 40,000 men were drafted during the spring conscription campaign.",
        {"count": 40000, "bound": "approximate", "subject": CON},
    ),
    example(
        "At least 5,000 reservists have already been mobilised in the region.",
        {"count": 5000, "bound": "at_least", "subject": MOB},
    ),
    example(
        "Over 30,000 contract soldiers were recruited in March alone.",
        {"count": 30000, "bound": "at_least", "subject": REC},
    ),
    example(
        "More than 200,000 men were called up last year.",
        {"count": 200000, "bound": "at_least", "subject": CON},
    ),
    example(
        "No more than 5,000 troops will be sent to the mission, the ministry said.",
        {"count": 5000, "bound": "at_most", "subject": DEP},
    ),
    example(
        "The campaign ended with 300,000 reservists mobilized, according to the ministry.",
        {"count": 300000, "subject": MOB},
    ),
    example(
        "Roughly 9,000 of the recruits were deployed in frontline brigades by winter.",
        {"count": 9000, "bound": "approximate", "subject": DEP},
    ),
    example(
        "Of those, 82,000 were deployed at the front, the rest remained in training camps.",
        {"count": 82000, "subject": DEP},
    ),
    example(
        "About 82,000 of them were already serving in combat units, and 5,000 of those had been sent to Bakhmut.",
        {"count": 5000, "subject": DEP},
    ),
    example(
        "Russia has 190,000 troops deployed near Ukraine's borders, U.S. officials estimate.",
        {"count": 190000, "subject": DEP},
    ),
    example(
        "Wagner recruited 40,000 convicts from prisons across Russia.",
        {"count": 40000, "subject": REC},
    ),
    # --- reservists called up are mobilized ----------------------------------------
    example(
        "Israel called up 300,000 reservists within 48 hours.",
        {"count": 300000, "subject": MOB},
    ),
    example(
        "Serbia has summoned some 3,000 reserve soldiers for a snap exercise.",
        {"count": 3000, "bound": "approximate", "subject": MOB},
    ),
    example(
        "Nearly 90,000 reservists were called up in the first week.",
        {"count": 90000, "bound": "approximate", "subject": MOB},
    ),
    example(
        "Up to 25,000 reservists will be drafted in the Belgorod region.",
        {"count": 25000, "bound": "at_most", "subject": MOB},
    ),
    # --- nouns ---------------------------------------------------------------------
    example(
        "The mobilization of 210,000 reservists ended in late November.",
        {"count": 210000, "bound": "exact", "subject": MOB},
    ),
    example(
        "Finland announced a call-up of 147,000 men for refresher exercises.",
        {"count": 147000, "subject": CON},
    ),
    example(
        "The plan foresees the recruitment of 400,000 contract soldiers.",
        {"count": 400000, "subject": REC},
    ),
    example(
        "The deployment of 1,500 paratroopers to Romania began on Monday.",
        {"count": 1500, "subject": DEP},
    ),
    example(
        "The conscription of 134 500 young men will take place in two stages.",
        {"count": 134500, "subject": CON},
    ),
    example(
        "Analysts expect a new wave of mobilization of 200,000 reservists after the election.",
        {"count": 200000, "subject": MOB},
    ),
    example(
        "The resolution provides for the recruitment of an additional 10,000 contract soldiers.",
        {"count": 10000, "subject": REC},
    ),
    example(
        "Biden approved the deployment of up to 2,000 additional troops to Germany.",
        {"count": 2000, "bound": "at_most", "subject": DEP},
    ),
    example(
        "Shoigu said the mobilization of 300,000 was completed on Friday.",
        {"count": 300000, "subject": MOB},
    ),
    example(
        "The army's spring draft of 134,500 conscripts begins on April 1.",
        {"count": 134500, "subject": CON},
    ),
    # --- quotas and targets --------------------------------------------------------
    example(
        "The ministry has set a recruitment target of 400,000 contract soldiers for this year.",
        {"count": 400000, "subject": REC},
    ),
    example(
        "The decree sets a quota of 120,000 conscripts for the autumn.",
        {"count": 120000, "subject": CON},
    ),
    example(
        "Each region received a mobilization quota of about 5,000 men.",
        {"count": 5000, "bound": "approximate", "subject": MOB},
    ),
    # --- legal acts ----------------------------------------------------------------
    example(
        "Putin signed the autumn conscription decree that affects 120,000 citizens.",
        {"count": 120000, "bound": "exact", "subject": CON},
    ),
    example(
        "The mobilization order that covers 25,000 reservists takes effect on Monday.",
        {"count": 25000, "subject": MOB},
    ),
    example(
        "The conscription decree, which affects 130,000 men, was signed on Friday.",
        {"count": 130000, "subject": CON},
    ),
    example(
        "Parliament passed a law that would affect 450,000 men of draft age.",
        {"count": 450000, "subject": "other"},
    ),
    # --- contrast ------------------------------------------------------------------
    example(
        "A secret paragraph lets the army mobilize up to 1.2 million men, not the 300,000 stated in public.",
        {"count": 1200000, "bound": "at_most", "subject": MOB},
        {"count": 300000, "subject": MOB},
    ),
    example(
        "Russia will mobilize up to 1 million men, not 300,000, the newspaper's source said.",
        {"count": 1000000, "bound": "at_most", "subject": MOB},
        {"count": 300000, "subject": MOB},
    ),
    example(
        "Sources say 500,000 soldiers will be recruited rather than the 200,000 first planned.",
        {"count": 500000, "subject": REC},
        {"count": 200000, "subject": REC},
    ),
    # --- number notations ----------------------------------------------------------
    example(
        "Russia is ready to mobilize 1.3 million reservists, the source said.",
        {"count": 1300000, "subject": MOB},
    ),
    example(
        "The country could mobilise one million people if the front collapses.",
        {"count": 1000000, "subject": MOB},
    ),
    example(
        "Moscow has mobilized 134 500 reservists so far.",
        {"count": 134500, "subject": MOB},
    ),
    example(
        "Twenty-five thousand troops were deployed along the frontier.",
        {"count": 25000, "subject": DEP},
    ),
    example(
        "The ministry wants to call up 300 thousand conscripts in the autumn.",
        {"count": 300000, "subject": CON},
    ),
    example(
        "The brigade recruited 12k volunteers in a single month.",
        {"count": 12000, "subject": REC},
    ),
    # --- qualifiers ----------------------------------------------------------------
    example(
        "About 1,000 sailors were deployed to the Baltic.",
        {"count": 1000, "bound": "approximate", "subject": DEP},
    ),
    example(
        "Nearly 90,000 reservists were called up in the first wave of mobilization.",
        {"count": 90000, "bound": "approximate"},
    ),
    # --- ranges --------------------------------------------------------------------
    example(
        "The ministry plans to mobilize 450,000 to 500,000 reservists.",
        {"count": 450000, "count_max": 500000, "bound": "exact", "subject": MOB},
    ),
    example(
        "Between 10,000 and 15,000 recruits will be sent to Belarus.",
        {"count": 10000, "count_max": 15000, "bound": "exact", "subject": DEP},
    ),
    example(
        "Officials said 20,000–25,000 troops had been deployed to the north.",
        {"count": 20000, "count_max": 25000, "subject": DEP},
    ),
    # --- periods -------------------------------------------------------------------
    example(
        "The Kremlin plans to call up 134,500 conscripts between April 1 and July 15.",
        {"count": 134500, "subject": CON, "period_start": "2022-04-01", "period_end": "2022-07-15"},
    ),
    example(
        "Ukraine expects to conscript around 20,000 men from October 1 to December 31.",
        {
            "count": 20000,
            "bound": "approximate",
            "subject": CON,
            "period_start": "2022-10-01",
            "period_end": "2022-12-31",
        },
    ),
    example(
        "The army will recruit 30,000 volunteers starting January 1, 2023.",
        {"count": 30000, "subject": REC, "period_start": "2023-01-01"},
    ),
    example(
        "Some 60,000 reservists are to be mobilized by 15 July 2022.",
        {"count": 60000, "bound": "approximate", "subject": MOB, "period_end": "2022-07-15"},
    ),
    example(
        "A new order published on Thursday (31) permits the recruitment of 134,500 citizens for the armed forces "
        "between May 1 and August 31 this year.",
        {"count": 134500, "subject": REC, "period_start": "2022-05-01", "period_end": "2022-08-31"},
    ),
    example(
        "The autumn call-up runs from October 1 to December 31 and will draft 120,000 men.",
        {"count": 120000, "subject": CON, "period_start": "2022-10-01", "period_end": "2022-12-31"},
    ),
    example(
        "The ministry will enlist 8,000 volunteers from November 1, 2022 to January 31, 2023.",
        {"count": 8000, "subject": REC, "period_start": "2022-11-01", "period_end": "2023-01-31"},
    ),
    example(
        "The army must call up 150,000 citizens through July 15.",
        {"count": 150000, "subject": CON, "period_end": "2022-07-15"},
    ),
    example(
        "Some 300,000 people have been mobilized since September 21, the ministry said.",
        {"count": 300000, "bound": "approximate", "subject": MOB, "period_start": "2022-09-21"},
    ),
    example(
        "In the call-up that starts on April 1, 134,500 men will be drafted.",
        {"count": 134500, "subject": CON, "period_start": "2022-04-01"},
    ),
    # --- subject from the document ---------------------------------------------------
    example(
        "The partial mobilization was announced on Wednesday. Officials say 300,000 men will be drafted.",
        {"count": 300000, "subject": MOB},
    ),
    example(
        "As many as one million people could be drafted, a source told the paper.",
        {"count": 1000000, "bound": "at_most", "subject": "other"},
    ),
    example(
        "The army conscripts 12,000 men each spring, and Wagner recruits 500 inmates a week.",
        {"count": 12000, "subject": CON},
        {"count": 500, "subject": REC},
    ),
    example(
        "Germany deployed 1,000 troops and 20 tanks to Lithuania.",
        {"count": 1000, "subject": DEP},
    ),
    example(
        "Three recruits were sent to the front after two weeks of training.",
        {"count": 3, "subject": DEP},
    ),
    example(
        "The programme to recruit 20,000 volunteers will cost $2 billion.",
        {"count": 20000, "subject": REC},
    ),
    example(
        "Poland will deploy 10,000 soldiers and 200 tanks to the border by July 1.",
        {"count": 10000, "subject": DEP, "period_end": "2022-07-01"},
    ),
    # --- several events ------------------------------------------------------------
    example(
        "Russia mobilized 300,000 reservists and deployed 82,000 of them to the front.",
        {"count": 300000, "subject": MOB},
        {"count": 82000, "subject": DEP},
    ),
    # === negatives =================================================================
    # distances and other units
    nothing("Troops were deployed 40 kilometres from the border."),
    nothing("The reservists were sent 300 km north of the capital."),
    nothing("The region mobilized 30 percent more reservists than planned."),
    nothing("Recruitment rose 15% in March, the ministry said."),
    nothing("He was mobilized 3 weeks ago and sent to Kherson."),
    # years
    nothing("Moscow announced the first call-up of 2024 on Monday."),
    nothing("The 2023 call-up will cover all regions, including the new ones."),
    nothing('Critics have dubbed the campaign "mobilization 2.0".'),
    # money
    nothing("The government allocated $300 million for recruitment of contract soldiers."),
    nothing("The budget sets aside 300 million rubles to recruit volunteers."),
    nothing("The regions pay recruits 200,000 rubles each on signing."),
    # weapons and equipment
    nothing("Russia has deployed S-400 systems in Belarus."),
    nothing("Iran sent Shahed-136 drones to Russia last autumn."),
    nothing("The army deployed 300 tanks near Kharkiv."),
    nothing("Germany will send 14 Leopard tanks and 40 howitzers."),
    nothing("A 5,000-strong contingent was deployed to the border."),
    # ages
    nothing("The law allows the army to draft 18-year-old men."),
    nothing("Men aged 18 to 60 can be mobilized under martial law."),
    nothing("Kyiv will now conscript 25 year old men as well."),
    # negated and denied
    nothing("Russia will not mobilize 300,000 reservists, the Kremlin said."),
    example("The ministry denied plans to call up 500,000 men.", {"count": 500000, "status": "denied"}),
    nothing("No more conscripts are going to the combat zone, the minister promised."),
    example("The General Staff denied that 100,000 reservists had been called up.", {"count": 100000, "subject": "mobilization", "status": "denied"}),
    nothing("Kyiv has never drafted 100,000 men in a single month."),
    nothing("The president refused to mobilize 200,000 more reservists."),
    nothing("Peskov said there were no plans to call up 200,000 men."),
    nothing("The Kremlin ruled out mobilizing 500,000 more reservists."),
    example("Officials dismissed claims that 1 million men would be drafted.", {"count": 1000000, "status": "denied"}),
    example("The ministry denied reports that it would call up 300,000 reservists.", {"count": 300000, "status": "denied"}),
    nothing("Shoigu said there would be no new mobilization of 300,000 reservists."),
    nothing("The army won't deploy 5,000 more troops to the region."),
    nothing("Russia does not plan to mobilize 300,000 reservists, Peskov said."),
    nothing("Moscow has no intention of mobilizing 300,000 reservists."),
    nothing("It is not true that 300,000 reservists will be mobilized."),
    # sent, but not deployed
    nothing("Two men were sent to a penal colony for dodging the draft."),
    nothing("The court sent 3 conscripts to prison for desertion."),
    nothing("The army sent 2,000 conscripts home after the error was discovered."),
    nothing("Occupation authorities transferred 2,000 Ukrainian children to Russia."),
    nothing("Some 1,500 civilians were sent to safety across the river."),
    nothing("The shelling sent 30 people to hospital, officials said."),
    # ages and dates
    nothing("Men aged 18 to 27 will be called up for military service."),
    nothing("Men from 18 to 27 will be drafted this spring."),
    nothing("The 18- to 27-year-olds will be drafted in two waves."),
    nothing("Conscripts drafted in spring will serve until December 31 and will then be sent home."),
    nothing("Men over 27 will be drafted under the new law."),
    nothing("Citizens under 25 will not be sent to the front."),
    nothing("Mobilized men receive 195,000 rubles a month."),
    nothing("Around 2,400 people were detained at anti-mobilization protests."),
    nothing("The draft law passed by 280 votes to 40."),
    nothing("The UK will train up to 10,000 Ukrainian recruits every 120 days."),
    nothing("The 200th Motor Rifle Brigade was sent back to Kharkiv."),
    # ratios
    nothing("The village mobilized one in every ten men."),
    nothing("Russia has mobilized 1 in 5 men of fighting age in Buryatia."),
    # counts that count something else
    nothing("More than 1,300 people were arrested at protests against the mobilization."),
    nothing("Thousands of Russians fled abroad to avoid being drafted."),
    nothing("The 155th Marine Brigade was deployed near Vuhledar."),
    nothing("At least 89 mobilized soldiers were killed in the strike on Makiivka."),
    nothing("The Pentagon put 8,500 troops on heightened alert for possible deployment to Europe."),
    nothing("Russia has deployed 85% of its ground forces to Ukraine."),
    nothing("Iran sent 300 Shahed-136 drones to Russia."),
    # --- words between the parts ({GAP}) ---
    example(
        "Some 150,000 reservists with experience in armoured units will be called up next month.",
        {"count": 150000, "bound": "approximate", "subject": "mobilization"},
    ),
    example(
        "About 5,000 men who had served in the air force were mobilized in the region.",
        {"count": 5000, "bound": "approximate", "subject": "mobilization"},
    ),
    nothing("About 5,000 men in the city, and the army was mobilized."),
    nothing("Roughly 12,000 soldiers on leave for possible deployment abroad."),
    # --- lists: "among those called up were ...", "respectively", an elided figure ---
    example(
        "Among those mobilized were 2,400 teachers and about 900 doctors.",
        {"count": 2400},
        {"count": 900, "bound": "approximate"},
    ),
    example(
        "The autumn call-ups of 2021 and 2020 brought in 127,000 and 128,000 conscripts respectively.",
        {"count": 127000, "subject": "conscription"},
        {"count": 128000, "subject": "conscription"},
    ),
    example(
        "Under the plan, 6,000 volunteers are to join the army in Bashkortostan, and 4,000 in Tatarstan.",
        {"count": 6000, "subject": "recruitment"},
        {"count": 4000, "subject": "recruitment"},
    ),
    nothing("The regions of 2021 and 2022 reported 20 and 30 percent respectively."),
    nothing("The plant, and 4,000 in Tatarstan, closed."),
    # --- verbs of going, joining, sending ---
    example(
        "Some 7,000 men came forward as volunteers in the first week.",
        {"count": 7000, "bound": "approximate", "subject": "recruitment"},
    ),
    example(
        "The ministry wants to add 60,000 contract soldiers to the army this year.",
        {"count": 60000, "subject": "recruitment"},
    ),
    example(
        "So far 25,000 mobilized soldiers have been sent to the front line.",
        {"count": 25000, "subject": "deployment"},
    ),
    example(
        "Of these, 30,000 are now fighting in frontline units, the general said.",
        {"count": 30000, "subject": "deployment"},
    ),
    example(
        "Another 50,000 recruits are still undergoing training at ranges in Belarus.",
        {"count": 50000},
    ),
    nothing("The company plans to add 400 workers to its staff."),
    nothing("In 2022, 1,500 were serving as the mayor's guards."),
    nothing("He said the factory will join 2 other plants in the programme."),
    # --- status (v1.1): plans and possibilities keep their figure ---
    example(
        "The General Staff plans to recruit 150,000 contract soldiers next year.",
        {"count": 150000, "subject": "recruitment", "status": "planned"},
    ),
    example(
        "The Kremlin could call up another 200,000 reservists, analysts said.",
        {"count": 200000, "status": "possible"},
    ),
    example(
        "Moscow rejected as false reports that 500,000 reservists would be mobilized.",
        {"count": 500000, "status": "denied"},
    ),
    # a plain negation still cancels
    nothing("The ministry has no plans to call up 300,000 more men."),
    # --- round 3: reserve troops of any arm are mobilized; activated troops are deployed ---
    example(
        "The cabinet approved calling up as many as 40,000 reserve combat troops.",
        {"count": 40000, "bound": "at_most", "subject": "mobilization"},
    ),
    example(
        "The army will call up 5,000 reserve infantry soldiers next month.",
        {"count": 5000, "subject": "mobilization"},
    ),
    example(
        "Over 1,000 more soldiers and airmen were activated on Sunday.",
        {"count": 1000, "bound": "at_least", "subject": "deployment"},
    ),
    example(
        "The governor activated 500 National Guard troops to help with flood relief.",
        {"count": 500, "subject": "deployment"},
    ),
    nothing("The governor activated 500 emergency sirens across the state."),
    # "add N soldiers to the army": the kind of people, or the sentence, names the service
    example(
        "The decree on the spring draft will add 150,000 soldiers to the army.",
        {"count": 150000, "subject": "conscription"},
    ),
    example(
        "The order will add 20,000 reservists to the ranks of the National Guard.",
        {"count": 20000, "subject": "mobilization"},
    ),
    # a campaign that gathered its men
    example(
        "Last year's partial mobilisation gathered at least 300,000 men.",
        {"count": 300000, "bound": "at_least", "subject": "mobilization"},
    ),
    example(
        "The autumn draft brought in 120,000 conscripts.",
        {"count": 120000, "subject": "conscription"},
    ),
    nothing("The mobilization gathered pace in 38 regions."),
    # a quota's shares, after the total
    example(
        "In all, 752 people are to be conscripted: 600 to the armed forces, 80 to the Border Service and 72 to the National Guard.",
        {"count": 752, "subject": "conscription"},
        {"count": 600, "subject": "conscription"},
        {"count": 80, "subject": "conscription"},
        {"count": 72, "subject": "conscription"},
    ),
    example(
        "The decree calls up 1,500 reservists this year. Of the total, 1,200 will serve in the army and 300 in the border service.",
        {"count": 1500, "subject": "mobilization"},
        {"count": 1200, "subject": "mobilization"},
        {"count": 300, "subject": "mobilization"},
    ),
    nothing("Kyiv sent 300 tons of aid: 200 to Kharkiv and 100 to the Donbas."),
    nothing("Shelling damaged 40 homes, 25 in Kherson and 15 in the suburbs."),
    # adverbs between the auxiliary and the participle; students are people
    example("Last year 3,554 were actually conscripted.", {"count": 3554, "subject": "conscription"}),
    example(
        "To end their exemption from military service, the attorney general told the army to draft 3,000 yeshiva students.",
        {"count": 3000, "subject": "conscription"},
    ),
    # a request or a preparation is a plan
    example(
        "Barak asked the cabinet to approve the call-up of 75,000 reservists.",
        {"count": 75000, "subject": "mobilization", "status": "planned"},
    ),
    example(
        "The authorities are preparing a drive to recruit about 400,000 contract soldiers.",
        {"count": 400000, "bound": "approximate", "subject": "recruitment", "status": "planned"},
    ),
    # --- round 4 ---
    # the ages of the people between the count and its participle
    example(
        "Under the autumn conscription decree, 120,000 citizens from 18 to 27 years old who are not in the reserve are to be drafted.",
        {"count": 120000, "subject": "conscription"},
    ),
    # people who reported for service
    example(
        "By Friday more than 50,000 men had already reported for service under the mobilisation.",
        {"count": 50000, "bound": "at_least", "subject": "mobilization"},
    ),
    nothing("More than 2,000 people reported for work at the plant."),
    # a pronoun for the campaign
    example(
        "The president declared a partial mobilisation; it affects some 150,000 people.",
        {"count": 150000, "bound": "approximate", "subject": "mobilization"},
    ),
    # the number called up
    example(
        "The number of reservists mobilised in the next wave could reach 250,000.",
        {"count": 250000, "subject": "mobilization", "status": "possible"},
    ),
]
