"""English age brackets: the age range of a population, with its sex and what it is for."""

from conflictevents.corpus import example, nothing

M, F = "male", "female"

EXAMPLES = [
    # "between the ages of 18 and 27"
    example(
        "The spring call-up covers men between the ages of 18 and 27, the General Staff said on Friday.",
        {"min_age": 18, "max_age": 27, "sex": M, "subject": "conscription"},
    ),
    example(
        "The draft will cover young men between the ages of eighteen and twenty-seven.",
        {"min_age": 18, "max_age": 27, "sex": M, "subject": "conscription"},
    ),
    example(
        "Women between the age of 20 and 45 with nursing qualifications may be mobilised, the order says.",
        {"min_age": 20, "max_age": 45, "sex": F, "subject": "mobilization"},
    ),
    # "aged 18 to 30", "aged 18-60", "ages 18 to 24", "aged between 18 and 55"
    example(
        "Kyiv has barred male citizens aged 18 to 60 from leaving the country under martial law.",
        {"min_age": 18, "max_age": 60, "sex": M, "subject": "other"},
    ),
    example(
        "Under the new rules, reservists aged 18-60 must update their records within 60 days.",
        {"min_age": 18, "max_age": 60, "sex": None, "subject": "reserve"},
    ),
    example(
        "Thousands of men aged 18–60 have tried to cross the border illegally since the invasion began.",
        {"min_age": 18, "max_age": 60, "sex": M},
    ),
    example(
        "The conscription order applies to male citizens aged 18 through 27.",
        {"min_age": 18, "max_age": 27, "sex": M, "subject": "conscription"},
    ),
    example(
        "The one-year contract is open to Ukrainians ages 18 to 24, the defence ministry said.",
        {"min_age": 18, "max_age": 24, "subject": "recruitment"},
    ),
    example(
        "Men aged 18 to 60 and women aged 18 to 55 with medical training must register with the military.",
        {"min_age": 18, "max_age": 60, "sex": M},
        {"min_age": 18, "max_age": 55, "sex": F},
    ),
    example(
        "Men aged 18 to 27 who have not served will be called up in October.",
        {"min_age": 18, "max_age": 27, "sex": M, "subject": "conscription"},
    ),
    example(
        "Volunteers aged between 21 and 50 can sign a contract at any recruiting office.",
        {"min_age": 21, "max_age": 50, "subject": "recruitment"},
    ),
    example(
        "Among the dead were 14 children aged between two and 16.",
        {"min_age": 2, "max_age": 16, "subject": "victims"},
    ),
    example(
        "Rescuers recovered the bodies of 12 people aged 3 to 71 from the rubble.",
        {"min_age": 3, "max_age": 71, "subject": "victims"},
    ),
    example(
        "Men of mobilization age (25-60) were told to update their data within two months.",
        {"min_age": 25, "max_age": 60, "sex": M, "subject": "mobilization"},
    ),
    # "18 to 27 years old", "between 18 and 30 years of age", "18-27-year-olds"
    example(
        "Putin signed the decree that affects 130,000 Russians between 18 and 27 years old.",
        {"min_age": 18, "max_age": 27},
    ),
    example(
        "The decree applies to conscripts 18 to 27 years old who have passed a medical examination.",
        {"min_age": 18, "max_age": 27, "subject": "conscription"},
    ),
    example(
        "All men between 18 and 30 years of age will have to register for military service.",
        {"min_age": 18, "max_age": 30, "sex": M, "subject": "conscription"},
    ),
    example(
        "Recruitment drives are targeting 18-27-year-olds at regional universities, the ministry said.",
        {"min_age": 18, "max_age": 27, "subject": "recruitment"},
    ),
    example(
        "Officials said 18- to 27-year-old men would be called up in two waves.",
        {"min_age": 18, "max_age": 27, "sex": M, "subject": "conscription"},
    ),
    example(
        "The ministry wants volunteers eighteen to twenty-seven years old to sign contracts.",
        {"min_age": 18, "max_age": 27, "subject": "recruitment"},
    ),
    example(
        "The mobilisation targets reservists 25 to 60 years of age.",
        {"min_age": 25, "max_age": 60, "subject": "reserve"},
    ),
    example(
        "Conscripts from 18 to 30 years old will serve for one year instead of two.",
        {"min_age": 18, "max_age": 30, "subject": "conscription"},
    ),
    example(
        "Those killed were between 19 and 64 years old, the prosecutor's office said.",
        {"min_age": 19, "max_age": 64, "subject": "victims"},
    ),
    example(
        "The call-up covers all men from 18 up to 60 years old.",
        {"min_age": 18, "max_age": 60, "sex": M, "subject": "conscription"},
    ),
    example(
        "The draft applies to men in the 18-27 age group.",
        {"min_age": 18, "max_age": 27, "sex": M, "subject": "conscription"},
    ),
    example(
        "The ministry said 18 to 24 year olds could sign a one-year contract.",
        {"min_age": 18, "max_age": 24, "subject": "recruitment"},
    ),
    # "men from 18 to 60", "men between 18 and 45", "men 18-60"
    example(
        "Men 25-60 years are subject to mobilization under the new law.",
        {"min_age": 25, "max_age": 60, "sex": M, "subject": "mobilization"},
    ),
    example(
        "Authorities in the region said the mobilization would affect men from 18 to 60.",
        {"min_age": 18, "max_age": 60, "sex": M, "subject": "mobilization"},
    ),
    example(
        "The army is recruiting men between 18 and 45 on one-year contracts.",
        {"min_age": 18, "max_age": 45, "sex": M, "subject": "recruitment"},
    ),
    example(
        "Border guards turned back dozens of men 18-60 trying to leave on Sunday.",
        {"min_age": 18, "max_age": 60, "sex": M, "subject": "other"},
    ),
    example(
        "Men from the age of 18 to 60 are considered liable for military service.",
        {"min_age": 18, "max_age": 60, "sex": M, "subject": "conscription"},
    ),
    example(
        "The call-up targets men from the age of 20 until the age of 35.",
        {"min_age": 20, "max_age": 35, "sex": M, "subject": "conscription"},
    ),
    # victims: "ranging in age from 4 to 82"
    example(
        "The victims, ranging in age from 4 to 82, were buried in a mass grave near the village.",
        {"min_age": 4, "max_age": 82, "subject": "victims"},
    ),
    example(
        "The dead ranged in age from 17 to 78, local officials said.",
        {"min_age": 17, "max_age": 78, "subject": "victims"},
    ),
    # open ends: under / up to / younger than
    example(
        "Women under the age of 27 with medical training may be called up, the order says.",
        {"min_age": None, "max_age": 27, "sex": F, "subject": "conscription"},
    ),
    example(
        "Contract soldiers must be up to 35 years old, according to the updated rules.",
        {"min_age": None, "max_age": 35, "subject": "recruitment"},
    ),
    example(
        "Only volunteers younger than 25 will be accepted into the new assault brigades.",
        {"min_age": None, "max_age": 25, "subject": "recruitment"},
    ),
    example(
        "Mobilization applies to reservists up to the age of 60.",
        {"min_age": None, "max_age": 60, "subject": "reserve"},
    ),
    example(
        "Boys under the age of 16 were among the 45 civilians killed in the strike.",
        {"min_age": None, "max_age": 16, "sex": M, "subject": "victims"},
    ),
    example(
        "Reservists under 40 will be called up first, a General Staff spokesman said.",
        {"min_age": None, "max_age": 40, "subject": "reserve"},
    ),
    example(
        "Anyone younger than 18 is barred from signing a contract with the ministry.",
        {"min_age": None, "max_age": 18, "subject": "recruitment"},
    ),
    # open ends: over / older than / and older / from the age of
    example(
        "Men over the age of 50 are no longer subject to mobilization, the defence ministry clarified.",
        {"min_age": 50, "max_age": None, "sex": M, "subject": "mobilization"},
    ),
    example(
        "Reservists aged 25 and older will receive summonses first, officials said.",
        {"min_age": 25, "max_age": None, "subject": "reserve"},
    ),
    example(
        "Men 50 and over will be allowed to leave the country, the border service said.",
        {"min_age": 50, "max_age": None, "sex": M, "subject": "other"},
    ),
    example(
        "The bill would make men liable for mobilization from the age of 25.",
        {"min_age": 25, "max_age": None, "sex": M, "subject": "mobilization"},
    ),
    example(
        "Only women aged over 50 years were allowed to leave the besieged town.",
        {"min_age": 50, "max_age": None, "sex": F, "subject": "other"},
    ),
    example(
        "Citizens over 60 are exempt from the call-up.",
        {"min_age": 60, "max_age": None, "subject": "conscription"},
    ),
    example(
        "Women older than 50 have also been mobilised, local media reported.",
        {"min_age": 50, "max_age": None, "sex": F, "subject": "mobilization"},
    ),
    example(
        "The army accepts volunteers aged 18 and up, the recruiting office said.",
        {"min_age": 18, "max_age": None, "subject": "recruitment"},
    ),
    example(
        "Applicants must be not younger than 18 years of age, the recruitment notice said.",
        {"min_age": 18, "max_age": None, "subject": "recruitment"},
    ),
    example(
        "The Ukrainian army is recruiting women over 18 for its drone units.",
        {"min_age": 18, "max_age": None, "sex": F, "subject": "recruitment"},
    ),
    example(
        "Volunteers aged 18 and over are paid 195,000 to 204,000 rubles a month.",
        {"min_age": 18, "max_age": None, "subject": "recruitment"},
    ),
    example(
        "Authorities evacuated people over 60 and children under 14 from the frontline town.",
        {"min_age": 60, "max_age": None},
        {"min_age": None, "max_age": 14},
    ),
    # a changed age limit
    example(
        "Mobilization in Ukraine widened after parliament lowered the mobilization age from 27 to 25.",
        {"min_age": 25, "max_age": None, "subject": "mobilization"},
    ),
    example(
        "Zelensky signed a law lowering the mobilization age to 25.",
        {"min_age": 25, "max_age": None, "subject": "mobilization"},
    ),
    example(
        "Russia raised the upper age limit for conscription from 27 to 30 last year.",
        {"min_age": None, "max_age": 30, "subject": "conscription"},
    ),
    example(
        "The Duma voted to raise the conscription age from 27 to 30.",
        {"min_age": None, "max_age": 30, "subject": "conscription"},
    ),
    example(
        "The maximum age for reservists was raised from 60 to 65.",
        {"min_age": None, "max_age": 65, "subject": "reserve"},
    ),
    example(
        "Lawmakers had proposed to raise the minimum conscription age from 18 to 21.",
        {"min_age": 21, "max_age": None, "subject": "conscription"},
    ),
    # the subject from elsewhere in the document
    example(
        "The mobilization drive began on Monday. Men between 25 and 60 must report within ten days.",
        {"min_age": 25, "max_age": 60, "sex": M, "subject": "mobilization"},
    ),
    # --- nothing ---
    # durations, single ages, counts, percentages, years, times, distances, money
    nothing("Most military personnel will undergo training for 3 to 5 months, two years after the reform."),
    nothing("A 59-year-old man was killed when a shell hit his house, the governor said."),
    nothing("Over two years of fighting, the brigade lost 18 to 27 tanks, analysts estimate."),
    nothing("Between 18 and 27 percent of men of military age have left the country, a survey found."),
    nothing("A man aged 30 was detained at the border on Tuesday."),
    nothing("Two sisters aged 5 and 7 were pulled alive from the rubble."),
    nothing("Men who served from 2018 to 2022 will be exempt, regardless of age."),
    nothing("Enlistment offices will receive men from 9 to 11 a.m. on weekdays, regardless of age."),
    nothing("Reservists from 18 to 27 km behind the front line were put on alert."),
    nothing("Pay offered to recruits from 50 to 70 thousand rubles a month, twice the level of two years ago."),
    nothing("The court sentenced the two men to between 8 and 10 years in prison."),
    nothing("Police detained dozens of men over 3 days of protests against mobilization."),
    nothing("The toll rose to 18 and over 30 people were injured, in the worst attack in two years."),
    nothing("Many of the tanks sent to the front are older than 50 years."),
    nothing("Russia has pulled T-62 and older tanks out of storage, the ministry said."),
    nothing("Many of the Tu-22M3 bombers are 30 to 40 years old, analysts say."),
    nothing("The army still fields tanks over 50 years old in some units."),
    nothing("Troops of the 18th to 27th brigades, some with years of combat experience, took part."),
    nothing("The average age of mobilized soldiers increased from 35 to 37, the study found."),
    nothing("The government raised the retirement age from 60 to 65 in 2018."),
    nothing("A reservist aged 45 and his son, 19, were detained at a checkpoint."),
    nothing("Men of all ages queued at the border crossing for hours."),
    # negations
    example("The defence minister denied that men aged 18 to 25 would be mobilized.", {"min_age": 18, "max_age": 25, "status": "denied"}),
    nothing("The government has not lowered the mobilization age to 25, a spokesman said."),
    nothing("Putin said he would never send men between the ages of 18 and 27 to the front."),
    nothing("Putin said he would never send men between the ages of 18 to 27 to the front."),
    nothing("The ministry said it would not send men aged from 18 to 27 years old to the front."),
    # --- a population of two ages: "men aged 25 and 26" ---
    example(
        "The new rules bring men aged 23 and 24 into the mobilization pool.",
        {"min_age": 23, "max_age": 24, "sex": "male", "subject": "mobilization"},
    ),
    nothing("Three women aged 31, 45 and 52 were injured."),
    nothing("Two men aged 25 and 26 were detained at the border."),
    # --- round 3: a second upper bound with its words elided ---
    example(
        "Doctors can be called up to the age of 45 for men and 35 for women.",
        {"min_age": None, "max_age": 45, "sex": M, "subject": "conscription"},
        {"min_age": None, "max_age": 35, "sex": F, "subject": "conscription"},
    ),
    example(
        "Candidates for the reserve officer call-up must be up to 29 years old, or up to 32 for medical officers.",
        {"min_age": None, "max_age": 29},
        {"min_age": None, "max_age": 32},
    ),
    example(
        "Officers can serve in the reserve up to the age of 60 and sergeants and soldiers up to 50.",
        {"min_age": None, "max_age": 60, "subject": "reserve"},
        {"min_age": None, "max_age": 50, "subject": "reserve"},
    ),
    example(
        "Reservists up to the age of 60 and 40 of their officers were called up.",
        {"min_age": None, "max_age": 60},
    ),
    # the age of dependants is no bracket of the people the text is about
    nothing("Men with three or more children under 18 will not be called up."),
    nothing("Mothers of children under 16 may leave the country."),
]
