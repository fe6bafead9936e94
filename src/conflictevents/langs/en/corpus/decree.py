"""English decree examples: acts signed or issued, and near misses that are no act in force.

Read against Saturday, 2 April 2022 unless an example gives its own publication date.
"""

import datetime as _dt

from conflictevents.corpus import example, nothing

EXAMPLES = [
    # --- "X signed a decree ...": signatory with titles, date before or after the verb ---
    example(
        "Russian President Vladimir Putin signed a decree on Thursday (31) ordering the call-up of 134,500 conscripts for military service.",
        {"subject": "conscription", "signatory": "Vladimir Putin", "date": "2022-03-31", "number": None},
    ),
    example(
        "Ukrainian President Volodymyr Zelensky signed a decree on Tuesday extending general mobilization for another 90 days.",
        {"subject": "mobilization", "signatory": "Volodymyr Zelensky", "date": "2022-03-29", "number": None},
    ),
    example(
        "Putin today signed the decree on the autumn draft, the Kremlin said in a statement.",
        {"subject": "conscription", "signatory": "Putin", "date": "2022-04-02"},
    ),
    example(
        "Burkina Faso's junta leader Captain Ibrahim Traore signed a decree on general mobilization on Thursday, giving the state the right to requisition people and goods.",
        {"subject": "mobilization", "signatory": "Ibrahim Traore", "date": "2022-03-31"},
    ),
    example(
        "Belarusian leader Alexander Lukashenko has signed a decree on the discharge of conscripts who have completed their term of service.",
        {"subject": "demobilization", "signatory": "Alexander Lukashenko", "date": None},
    ),
    example(
        "Kazakh President Kassym-Jomart Tokayev signed a decree on Friday on the spring conscription of citizens into the armed forces.",
        {"subject": "conscription", "signatory": "Kassym-Jomart Tokayev", "date": "2022-04-01"},
    ),
    example(
        "Russia's President Vladimir Putin signed a decree granting deferments from mobilization to full-time students.",
        {"subject": "exemption", "signatory": "Vladimir Putin"},
    ),
    example(
        "Putin signed a decree yesterday exempting IT specialists from partial mobilization.",
        {"subject": "exemption", "signatory": "Putin", "date": "2022-04-01"},
    ),
    example(
        "Moldovan President Maia Sandu issued a decree declaring a state of emergency across the country.",
        {"subject": "other", "signatory": "Maia Sandu"},
    ),
    example(
        "French President Emmanuel Macron signed a decree on Friday dissolving the National Assembly.",
        {"subject": "other", "signatory": "Emmanuel Macron", "date": "2022-04-01"},
    ),
    example(
        "On Wednesday, Putin signed a decree on the demobilization of students who had been called up by mistake.",
        {"subject": "demobilization", "signatory": "Putin", "date": "2022-03-30"},
    ),
    example(
        "Serbian President Aleksandar Vucic signed a decree on Thursday restoring compulsory military service from next year.",
        {"subject": "conscription", "signatory": "Aleksandar Vucic", "date": "2022-03-31"},
    ),
    example(
        "Sudan's army chief General Abdel Fattah al-Burhan issued a decree on Sunday announcing a general mobilization.",
        {"subject": "mobilization", "signatory": "Abdel Fattah al-Burhan", "date": "2022-03-27"},
    ),
    example(
        "Zelensky on Thursday issued a decree calling up reservists aged 18 to 60.",
        {"subject": "mobilization", "signatory": "Zelensky", "date": "2022-03-31"},
    ),
    example(
        "Yesterday Lukashenko signed the decree on the autumn call-up of conscripts.",
        {"subject": "conscription", "signatory": "Lukashenko", "date": "2022-04-01"},
    ),
    example(
        "In March Tokayev signed a decree on the discharge of soldiers whose term has ended.",
        {"subject": "demobilization", "signatory": "Tokayev", "date": None},
    ),
    example(
        "Putin signs decree on autumn conscription",
        {"subject": "conscription", "signatory": "Putin", "date": None},
    ),
    example(
        "Earlier today, Prime Minister Denys Shmyhal signed a resolution of the Cabinet on exemptions for railway workers.",
        {"subject": "exemption", "signatory": "Denys Shmyhal", "date": "2022-04-02"},
    ),
    # --- orders and executive orders ---
    example(
        "US President Joe Biden issued an executive order on Monday imposing new sanctions on Russian banks.",
        {"subject": "other", "signatory": "Joe Biden", "date": "2022-03-28"},
    ),
    example(
        "Russian Defence Minister Sergei Shoigu signed an order on the demobilization of reservists older than 50.",
        {"subject": "demobilization", "signatory": "Sergei Shoigu"},
    ),
    example(
        "Azerbaijani President Ilham Aliyev signed an order on Tuesday declaring partial mobilization.",
        {"subject": "mobilization", "signatory": "Ilham Aliyev", "date": "2022-03-29"},
    ),
    example(
        "Shoigu on Friday issued an order to discharge all reservists over the age of 50.",
        {"subject": "demobilization", "signatory": "Shoigu", "date": "2022-04-01"},
    ),
    example(
        "The order on the discharge of mobilized servicemen was signed by Defence Minister Andrei Belousov on Monday.",
        {"subject": "demobilization", "signatory": "Andrei Belousov", "date": "2022-03-28"},
    ),
    example(
        "The executive order, which the governor signed late on Thursday, suspends all evictions.",
        {"subject": "other", "signatory": None, "date": "2022-03-31"},
    ),
    # --- "the decree, signed by X on DATE" and other passives ---
    example(
        "The decree, signed by President Vladimir Putin on March 30, grants deferments to students of state universities.",
        {"subject": "exemption", "signatory": "Vladimir Putin", "date": "2022-03-30"},
    ),
    example(
        "The mobilization decree, signed by Putin on 21 September 2022, remains in force, the Kremlin said.",
        {"subject": "mobilization", "signatory": "Putin", "date": "2022-09-21"},
        published=_dt.date(2022, 10, 5),
    ),
    example(
        "A decree signed on March 31 by Putin sets the number of conscripts to be called up this spring at 134,500.",
        {"subject": "conscription", "signatory": "Putin", "date": "2022-03-31"},
    ),
    example(
        "The Kremlin published the text of the decree, which was signed by Vladimir Putin earlier this week and orders the call-up of 120,000 conscripts.",
        {"subject": "conscription", "signatory": "Vladimir Putin", "date": None},
    ),
    example(
        "The decree on demobilization, which Putin signed on Friday, frees all reservists aged 55 and older.",
        {"subject": "demobilization", "signatory": "Putin", "date": "2022-04-01"},
    ),
    example(
        "The autumn draft decree that Tokayev signed yesterday applies to men aged 18 to 27.",
        {"subject": "conscription", "signatory": "Tokayev", "date": "2022-04-01"},
    ),
    example(
        "A presidential edict issued on Monday orders the demobilization of conscripts who have served two years.",
        {"subject": "demobilization", "date": "2022-03-28"},
    ),
    # --- numbered acts ---
    example(
        "Decree No. 647 on partial mobilization was published on the government's legal portal.",
        {"subject": "mobilization", "number": "647", "signatory": None},
    ),
    example(
        "Zelensky signed decree No 254/2024, which extends martial law in Ukraine for 90 days from May 14.",
        {"subject": "other", "signatory": "Zelensky", "number": "254/2024", "date": None},
    ),
    example(
        "Russian President Vladimir Putin signed decree No. 580 on the spring call-up, the Kremlin's website showed.",
        {"subject": "conscription", "signatory": "Vladimir Putin", "number": "580"},
    ),
    example(
        "Decree #254 of the President of Ukraine extends general mobilization until August 23.",
        {"subject": "mobilization", "number": "254", "date": None},
    ),
    example(
        "Zelensky on Saturday signed decree No. 69/2022 'On general mobilization'.",
        {"subject": "mobilization", "signatory": "Zelensky", "number": "69/2022", "date": "2022-04-02"},
    ),
    example(
        "On 24 February, Zelensky signed Decree No. 64/2022 introducing martial law.",
        {"subject": "other", "signatory": "Zelensky", "number": "64/2022", "date": "2022-02-24"},
    ),
    example(
        "Decree No. 757, signed by Putin on 19 October 2022, introduced martial law in four annexed regions.",
        {"subject": "other", "signatory": "Putin", "number": "757", "date": "2022-10-19"},
        published=_dt.date(2022, 10, 20),
    ),
    example(
        "Ukraine's Cabinet of Ministers adopted resolution No. 76 on the reservation of employees of critical enterprises.",
        {"subject": "exemption", "number": "76", "signatory": None},
    ),
    # --- bare mentions of an act in force ---
    example(
        "Many Russians fled the country after the mobilization decree.",
        {"subject": "mobilization", "signatory": None, "number": None},
    ),
    example(
        "Lawyers say the wording of the decree on partial mobilization is vague.",
        {"subject": "mobilization"},
    ),
    example(
        "The presidential decree of March 24 on the autumn draft takes effect immediately.",
        {"subject": "conscription", "date": "2022-03-24"},
    ),
    example(
        "Mobilization order signed: the Kremlin calls up 300,000 reservists",
        {"subject": "mobilization"},
    ),
    example(
        "Vladimir Putin's decree on partial mobilization has left thousands of families without breadwinners.",
        {"subject": "mobilization", "signatory": "Vladimir Putin"},
    ),
    # --- government resolutions ---
    example(
        "The Cabinet of Ministers adopted a resolution on Wednesday that allows men with three or more children to obtain a deferment.",
        {"subject": "exemption", "signatory": None, "date": "2022-03-30"},
    ),
    example(
        "The Government on Friday approved a resolution that grants a six-month deferment to postgraduate students.",
        {"subject": "exemption", "signatory": None, "date": "2022-04-01"},
    ),
    example(
        "The resolution, adopted by the government on Wednesday, extends deferments for teachers.",
        {"subject": "exemption", "signatory": None, "date": "2022-03-30"},
    ),
    # --- laws signed into force ---
    example(
        "Zelensky signed into law a bill that lowers the mobilization age from 27 to 25.",
        {"subject": "mobilization", "signatory": "Zelensky", "number": None},
    ),
    example(
        "Putin signed the bill into law on Thursday, making it a criminal offence to evade mobilization.",
        {"subject": "mobilization", "signatory": "Putin", "date": "2022-03-31"},
    ),
    example(
        "Kyrgyz President Sadyr Japarov signed a law on Monday abolishing alternative service for conscripts.",
        {"subject": "conscription", "signatory": "Sadyr Japarov", "date": "2022-03-28"},
    ),
    example(
        "Law No. 3633-IX, signed by Zelensky on Tuesday, tightens the rules of mobilization.",
        {"subject": "mobilization", "signatory": "Zelensky", "number": "3633-IX", "date": "2022-03-29"},
    ),
    example(
        "Zelensky signed the law on mobilization, military registration and military service on April 16.",
        {"subject": "mobilization", "signatory": "Zelensky", "date": "2024-04-16"},
        published=_dt.date(2024, 4, 17),
    ),
    example(
        "Latvia's parliament voted in July to reinstate conscription, and President Egils Levits signed it into law on Friday.",
        {"subject": "conscription", "signatory": "Egils Levits", "date": "2022-07-08"},
        published=_dt.date(2022, 7, 9),
    ),
    # --- two acts in one text ---
    example(
        "Putin signed a decree on the autumn draft on Friday. On the same day, he also signed a decree on the discharge of conscripts whose service has ended.",
        {"subject": "conscription", "signatory": "Putin", "date": "2022-04-01"},
        # "the same day": the date stated in the sentence before carries (the document model)
        {"subject": "demobilization", "signatory": None, "date": "2022-04-01"},
    ),
    example(
        "US President Joe Biden signed Executive Order 14068 on Friday, banning imports of Russian vodka and diamonds.",
        {"subject": "other", "signatory": "Joe Biden", "number": "14068", "date": "2022-04-01"},
    ),
    example(
        "Lukashenko signed a package of decrees on Monday, including one on the spring call-up.",
        {"subject": "conscription", "signatory": "Lukashenko", "date": "2022-03-28"},
    ),
    example(
        "Tokayev signed the decree on the autumn draft, which takes effect on May 1.",
        {"subject": "conscription", "signatory": "Tokayev", "date": None},
    ),
    example(
        "Under Zelensky's decree, men aged 18 to 60 may not leave the country.",
        {"subject": "other", "signatory": "Zelensky"},
    ),
    example(
        "Putin has now signed a decree on the autumn draft, the TASS news agency reported.",
        {"subject": "conscription", "signatory": "Putin"},
    ),
    # --- without a publication date, relative dates stay unresolved ---
    example(
        "Putin signed the decree on partial mobilization on Wednesday.",
        {"subject": "mobilization", "signatory": "Putin", "date": None},
        published=None,
    ),
    example(
        "Zelensky signed decree No. 69/2022 on 24 February 2022.",
        {"signatory": "Zelensky", "number": "69/2022", "date": "2022-02-24"},
        published=None,
    ),
    example(
        "Tokayev signed the decree yesterday, his press office said.",
        {"signatory": "Tokayev", "date": None},
        published=None,
    ),
    # === near misses: no act signed or issued ===
    # bills, drafts and laws only passed by parliament
    nothing("Lawmakers passed a bill on Thursday that would lower the mobilization age to 25."),
    nothing("The Verkhovna Rada adopted the law on mobilization in the second reading."),
    nothing("Parliament approved the law on conscription by 280 votes to 40."),
    nothing("The Defence Ministry has published a draft law on mobilization for public comment."),
    nothing("The draft decree on the autumn call-up has been submitted to the president."),
    nothing("The Rada registered bill No. 10449 on mobilization on Tuesday."),
    nothing("A bill signed by 50 deputies proposes to exempt students from mobilization."),
    nothing("Deputies in the Duma voted 400 to 0 in favour of the mobilization law."),
    nothing("The new rules will take effect once the president signs the bill."),
    # demands
    nothing("Protesters outside the Kremlin demanded a decree ending the partial mobilization."),
    nothing("Soldiers' wives have called for a decree on the demobilization of men who have served a year."),
    # not signed, or not yet
    nothing("However, Putin has refrained from signing a decree on the end of mobilization."),
    nothing("Zelensky did not sign the new decree on demobilization, his office said."),
    nothing("The president has yet to sign the law on demobilization."),
    nothing("The president refused to sign the law on mobilization."),
    nothing("The Kremlin said there was no decree on a new mobilization wave."),
    nothing("The decree has not been signed yet, Peskov told reporters."),
    # hypothetical or future
    nothing("Putin could sign a decree on a second wave of mobilization as early as next week."),
    nothing("Zelensky is expected to sign the decree on demobilization next week."),
    nothing("Putin may issue a decree on demobilization after the war ends."),
    nothing("Putin promised to sign a decree ending the mobilization but never did."),
    nothing("If Putin signs a mobilization decree, thousands more will flee."),
    nothing("The bill now goes to Zelensky, who is expected to sign it into law within two weeks."),
    # other senses of "order" and "law"
    nothing("Commanders ordered troops to withdraw from the city in order to avoid encirclement."),
    nothing("Police were deployed to restore order after the protests against mobilization."),
    nothing("In order to mobilize more men, the army lowered its fitness standards."),
    nothing("He received a mobilization order at work and was told to report within 24 hours."),
    nothing("Law enforcement officers detained 40 men who were trying to evade the draft."),
    nothing("Martial law remains in force across Ukraine, and men aged 18 to 60 may not leave the country."),
    nothing("Peskov denied that Putin had signed a new mobilization decree."),
    nothing("It is unclear whether Tokayev signed the decree on demobilization."),
    nothing("Putin signed the ceasefire agreement in order to halt the mobilization of more reservists."),
    nothing("The UN General Assembly adopted a resolution on Wednesday demanding that Russia withdraw its troops."),
    nothing("Zelensky signed a law enforcement cooperation agreement with Poland on Friday."),
    # numbers that are no act's number
    nothing("Article 23 of the law on mobilization lists 17 grounds for a deferment."),
    nothing("Unit No. 3057 was sent to the front two weeks after the call-up began."),
    nothing("The Defence Ministry will order 200 new tanks under the state armament programme."),
    nothing(
        "The government was preparing a resolution on deferments for 12,000 teachers, Prime Minister Denys Shmyhal said."
    ),
    # --- passives and participle phrases: "a law lowering the age ... has been signed by" ---
    example(
        "A law raising fines for draft dodgers from 3,000 to 30,000 rubles has been signed by President Vladimir Putin.",
        {"subject": "conscription", "signatory": "Vladimir Putin"},
    ),
    example(
        "General mobilization was decreed by President Volodymyr Zelensky on 24 February.",
        {"subject": "mobilization", "signatory": "Volodymyr Zelensky"},
    ),
    nothing("A law lowering the mobilization age to 25 has been passed by parliament."),
    nothing("A law extending the call-up period has not been signed by the president."),
    # --- round 3 ---
    # a call-up decree titled "on discharge ..., conscription and ...": the call-up is its subject
    example(
        "Lukashenko signed Decree No. 227 on discharge from active duty, conscription and recruitment to the reserve force.",
        {"subject": "conscription", "signatory": "Lukashenko", "number": "227"},
    ),
    example(
        "Putin signed a decree on the discharge of conscripts who have served their term.",
        {"subject": "demobilization", "signatory": "Putin"},
    ),
    # a law put in force by an order
    example(
        "The conscription law was brought into force on Saturday by order of Senior General Min Aung Hlaing.",
        {"subject": "conscription", "signatory": "Min Aung Hlaing"},
    ),
    example(
        "Junta chief Min Aung Hlaing activated the conscription law on February 10.",
        {"subject": "conscription", "signatory": "Min Aung Hlaing"},
    ),
    nothing("Parliament voted to bring the conscription law into force next year."),
    nothing("Engineers activated the new air-raid sirens on February 10."),
    # --- round 4: an act on reserving workers is about exemptions ---
    example(
        "Under Resolution No. 812, workers of critical enterprises can be reserved.",
        {"subject": "exemption", "number": "812"},
    ),
    # an inflected verb of the subject fills it
    example(
        "President Volodymyr Zelensky has signed a law that lowers the age at which men can be mobilized.",
        {"subject": "mobilization", "signatory": "Volodymyr Zelensky"},
    ),
]
