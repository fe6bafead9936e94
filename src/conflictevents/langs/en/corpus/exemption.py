"""English exemption corpus: who is spared from mobilization or conscription, and who is not."""

from conflictevents.corpus import example, nothing

EXAMPLES = [
    # --- it ---
    example(
        "The Defence Ministry exempted employees of accredited IT companies from partial mobilization.",
        {"category": "it", "subject": "mobilization"},
    ),
    example(
        "IT specialists with a university degree will receive deferments, the digital development ministry said on Friday.",
        {"category": "it", "subject": None},
    ),
    example(
        "Programmers and software engineers working for Russian firms are exempt from the call-up.",
        {"category": "it", "subject": "conscription"},
        {"category": "it", "subject": "conscription"},
    ),
    example(
        "Among the exceptions to the mobilization are tech workers employed by accredited firms.",
        {"category": "it", "subject": "mobilization"},
    ),
    example(
        "Workers in the IT sector will not be mobilized, Kremlin spokesman Dmitry Peskov said.",
        {"category": "it", "subject": "mobilization"},
    ),
    example(
        "With the exception of IT specialists, all men of conscription age will be called up.",
        {"category": "it", "subject": "conscription"},
    ),
    # --- banking ---
    example(
        "Bank employees who keep the national payment system running are exempt from mobilization.",
        {"category": "banking", "subject": "mobilization"},
        {"category": "banking", "subject": "mobilization"},
    ),
    example(
        "The order exempts staff of banks and financial market infrastructure operators from mobilisation.",
        {"category": "banking", "subject": "mobilization"},
        {"category": "banking", "subject": "mobilization"},
    ),
    example(
        "Bankers were granted a deferment from the draft.",
        {"category": "banking", "subject": "conscription"},
    ),
    example(
        "Employees of systemically important credit institutions will not be called up.",
        {"category": "banking", "subject": "conscription"},
    ),
    # --- state_media ---
    example(
        "State media journalists are spared from mobilization under the new rules.",
        {"category": "state_media", "subject": "mobilization"},
    ),
    example(
        "Accredited media workers were exempted from the draft, the agency said.",
        {"category": "state_media", "subject": "conscription"},
    ),
    example(
        "Employees of state-run media and news agencies received a deferment.",
        {"category": "state_media", "subject": None},
        {"category": "state_media", "subject": None},
    ),
    # --- defense_industry ---
    example(
        "Workers at defence plants will get deferments from mobilization.",
        {"category": "defense_industry", "subject": "mobilization"},
    ),
    example(
        "Enterprises of the military-industrial complex may reserve their employees under the mobilization rules.",
        {"category": "defense_industry", "subject": "mobilization"},
    ),
    example(
        "Arms makers' staff are exempt from the partial mobilisation.",
        {"category": "defense_industry", "subject": "mobilization"},
    ),
    example(
        "Defence firms have begun issuing certificates that exempt their staff from being drafted.",
        {"category": "defense_industry", "subject": "mobilization"},
    ),
    example(
        "Defence companies said their employees would be exempt from mobilization.",
        {"category": "defense_industry", "subject": "mobilization"},
    ),
    # --- critical_infrastructure ---
    example(
        "The cabinet approved the reservation of employees of critical enterprises.",
        {"category": "critical_infrastructure", "subject": None},
    ),
    example(
        "Energy workers and railway workers were exempted from mobilization.",
        {"category": "critical_infrastructure", "subject": "mobilization"},
        {"category": "critical_infrastructure", "subject": "mobilization"},
    ),
    example(
        "Staff at power plants and telecom operators will receive deferments.",
        {"category": "critical_infrastructure"},
        {"category": "critical_infrastructure"},
    ),
    example(
        "Ukraine extended the booking of employees of critical infrastructure enterprises until the end of the year.",
        {"category": "critical_infrastructure", "subject": None},
    ),
    example(
        "Employees of telecom operators cannot be mobilized under the new rules.",
        {"category": "critical_infrastructure", "subject": "mobilization"},
    ),
    # --- government ---
    example(
        "Civil servants in the annexed regions are exempt from mobilization.",
        {"category": "government", "subject": "mobilization"},
    ),
    example(
        "The new law spares members of parliament from the draft.",
        {"category": "government", "subject": "conscription"},
    ),
    example(
        "Judges and prosecutors will not be subject to mobilization.",
        {"category": "government", "subject": "mobilization"},
        {"category": "government", "subject": "mobilization"},
    ),
    example(
        "Municipal employees were granted deferments from the call-up.",
        {"category": "government", "subject": "conscription"},
    ),
    # --- agriculture ---
    example(
        "Farmers will be exempt from mobilization during the sowing season.",
        {"category": "agriculture", "subject": "mobilization"},
    ),
    example(
        "The ministry granted a deferment to agricultural workers.",
        {"category": "agriculture"},
    ),
    example(
        "The Agriculture Ministry said farm workers would receive deferments from mobilization.",
        {"category": "agriculture", "subject": "mobilization"},
    ),
    # --- health ---
    example(
        "Doctors and nurses are exempt from mobilization.",
        {"category": "health", "subject": "mobilization"},
        {"category": "health", "subject": "mobilization"},
    ),
    example(
        "Medical workers will receive deferments from military service.",
        {"category": "health", "subject": "conscription"},
    ),
    example(
        "Paramedics were excluded from the mobilization lists in several regions.",
        {"category": "health", "subject": "mobilization"},
    ),
    # --- education ---
    example(
        "Teachers and scientists were exempted from partial mobilization.",
        {"category": "education", "subject": "mobilization"},
        {"category": "education", "subject": "mobilization"},
    ),
    example(
        "University lecturers will not be called up, the ministry said.",
        {"category": "education", "subject": "conscription"},
    ),
    example(
        "Researchers at state institutes received a deferment from conscription.",
        {"category": "education", "subject": "conscription"},
    ),
    # --- students ---
    example(
        "Full-time students are exempt from mobilization.",
        {"category": "students", "subject": "mobilization"},
    ),
    example(
        "Postgraduate students will receive a deferment from the autumn draft.",
        {"category": "students", "subject": "conscription"},
    ),
    example(
        "Among the exceptions to the call-up are college students.",
        {"category": "students", "subject": "conscription"},
    ),
    example(
        "All reservists will be mobilized except full-time students.",
        {"category": "students", "subject": "mobilization"},
    ),
    # --- other ---
    example(
        "Fathers of large families were exempted from mobilization.",
        {"category": "other", "subject": "mobilization"},
    ),
    example(
        "Priests and people with disabilities are spared from the draft.",
        {"category": "other", "subject": "conscription"},
        {"category": "other", "subject": "conscription"},
    ),
    example(
        "Single fathers will not be mobilized.",
        {"category": "other", "subject": "mobilization"},
    ),
    example(
        "Clergy are excused from military service.",
        {"category": "other", "subject": "conscription"},
    ),
    # --- several sectors in one sentence ---
    example(
        "The Kremlin exempted bank staff, IT specialists and state media journalists from mobilisation.",
        {"category": "banking", "subject": "mobilization"},
        {"category": "it", "subject": "mobilization"},
        {"category": "state_media", "subject": "mobilization"},
    ),
    example(
        "The new decree grants deferments to teachers, doctors and farmers.",
        {"category": "education"},
        {"category": "health"},
        {"category": "agriculture"},
    ),
    example(
        "Employees of defense companies, energy workers and civil servants are exempt from the call-up.",
        {"category": "defense_industry", "subject": "conscription"},
        {"category": "critical_infrastructure", "subject": "conscription"},
        {"category": "government", "subject": "conscription"},
    ),
    # --- the subject from elsewhere in the document ---
    example(
        "Russia announced a partial mobilization on Wednesday. Programmers will receive deferments, officials said.",
        {"category": "it", "subject": "mobilization"},
    ),
    example(
        "The autumn conscription campaign starts on October 1. Students at state universities will get deferments.",
        {"category": "students", "subject": "conscription"},
    ),
    # --- an exemption beside a non-exempted sector ---
    example(
        "Peskov told journalists that IT workers would not be mobilized.",
        {"category": "it", "subject": "mobilization"},
    ),
    example(
        "According to state media, employees of banks are exempt from mobilization.",
        {"category": "banking", "subject": "mobilization"},
    ),
    example(
        "Doctors are exempt from mobilization, but teachers will not be exempted.",
        {"category": "health", "subject": "mobilization"},
    ),
    example(
        "Students are exempt from the draft, while bankers will be mobilized.",
        {"category": "students"},
    ),
    example(
        "The defence ministry said students, not IT workers, would be exempt from mobilization.",
        {"category": "students", "subject": "mobilization"},
    ),
    example(
        "Employees of IT companies, communications operators and systemic banks will be granted deferments, the ministry said.",
        {"category": "it"},
        {"category": "critical_infrastructure"},
        {"category": "banking"},
    ),
    example(
        "All men aged 18 to 60, except students and IT workers, will be subject to mobilization.",
        {"category": "students", "subject": "mobilization"},
        {"category": "it", "subject": "mobilization"},
    ),
    example(
        "The ministry widened the list of exceptions to include doctors and teachers as the mobilization goes on.",
        {"category": "health", "subject": "mobilization"},
        {"category": "education", "subject": "mobilization"},
    ),
    example(
        "Russia will not mobilize students, teachers or doctors.",
        {"category": "students", "subject": "mobilization"},
        {"category": "education", "subject": "mobilization"},
        {"category": "health", "subject": "mobilization"},
    ),
    example(
        "Students won't be drafted, the governor promised.",
        {"category": "students", "subject": "mobilization"},
    ),
    example(
        "The exemption of IT workers from mobilization remains in force.",
        {"category": "it", "subject": "mobilization"},
    ),
    example(
        "Employees of critical enterprises can be booked from mobilization for six months.",
        {"category": "critical_infrastructure", "subject": "mobilization"},
    ),
    # --- the exemption's sentence does not name the service; the one before does ---
    example(
        "Putin on Wednesday ordered a partial mobilization of reservists. "
        "Among the exceptions are employees of the defence-industrial complex.",
        {"category": "defense_industry", "subject": "mobilization"},
    ),
    example(
        "The spring conscription campaign runs until July 15. The deferment for IT specialists applies only to those under 27.",
        {"category": "it", "subject": "conscription"},
    ),
    # --- sector words with no exemption ---
    nothing("Banks raised interest rates after the mobilization was announced."),
    nothing("Journalists covered the mobilization in Buryatia."),
    nothing("With few exceptions, journalists supported the mobilization."),
    nothing("Journalists were excluded from the briefing on mobilization."),
    nothing("Russian banks were excluded from SWIFT after the mobilization."),
    nothing("Power plants were spared from shelling as the mobilization went on."),
    nothing("State media reported that conscripts will not be mobilized."),
    nothing("Bankers said exemptions from mobilization were unlikely."),
    nothing("It is not yet clear who will be exempt from the mobilization."),
    # --- negated, revoked or only requested exemptions ---
    nothing("Students will not be exempt from mobilization."),
    nothing("There will be no deferments for IT workers, the ministry said."),
    nothing("The mobilization exemption for bankers was scrapped in October."),
    nothing("IT workers lost their exemption from mobilization last month."),
    nothing("The government revoked deferments for students amid the mobilization."),
    nothing("Teachers will not be among the exceptions to the mobilization."),
    nothing("No exemptions from the mobilization will be granted to doctors, nurses or paramedics."),
    nothing("IT workers, bankers and journalists will not be exempted from the draft."),
    nothing("Lawmakers proposed exempting teachers from mobilization."),
    nothing("Students staged protests against the mobilization, demanding deferments."),
    nothing("Journalists asked whether IT workers would be exempt from mobilization."),
    nothing("Teachers' unions said no exemptions had been granted to teachers in the mobilization."),
    # --- exemptions of another kind ---
    nothing("Amid the mobilization, the government extended tax exemptions for IT companies."),
    nothing("As mobilization continued, defence plants were exempted from customs duties."),
    nothing("Banks will grant loan deferments to mobilized reservists."),
    nothing("Volunteers helped mobilized men get deferments on their loan payments."),
    nothing("IT companies will be exempt from income tax until 2024, the Kremlin said as mobilization began."),
    nothing("The draft law exempts IT firms from VAT."),
    nothing("Amid the mobilization, the central bank exempted banks from the new capital rules."),
    nothing("The Kremlin stripped bankers of their exemption from mobilization."),
    nothing("The exemption from mobilization for IT workers, bankers and journalists was lifted."),
    nothing("IT workers' exemption from mobilization was revoked on Monday."),
    nothing("Putin refused to exempt students from mobilization."),
    nothing("The mobilization law offers no deferment to farmers or doctors."),
    nothing("Journalists working for foreign media are not exempt from mobilization."),
    nothing("The Duma rejected a bill that would exempt teachers from mobilization."),
    nothing("The central bank asked the government to exempt bank employees from mobilization."),
    nothing("IT workers will be mobilized despite the promised deferments."),
    nothing("Some doctors received draft notices despite the exemption."),
    nothing("Doctors and nurses except those in military hospitals are being mobilized."),
    nothing("The hotel reserved rooms for journalists covering the mobilization."),
    nothing("Teachers are exempt from the requirement to register at enlistment offices."),
    nothing("Ukraine exempted farmers from land tax while mobilization remains in place."),
    nothing("Banks will offer deferments on mortgage payments to mobilized customers."),
    # "not only" adds, it does not negate
    example(
        "Not only IT workers but also bankers are exempt from mobilization.",
        {"category": "it", "subject": "mobilization"},
        {"category": "banking", "subject": "mobilization"},
    ),
    # --- lists after the cue, on the next lines ---
    example(
        "Some employees will not be mobilized. The deferral covers people who work:\n- at IT firms;\n- in registered media outlets.",
        {"category": "it", "subject": "mobilization"},
        {"category": "state_media", "subject": "mobilization"},
    ),
    example(
        "Students are exempt from mobilization. The list also includes:\n- farmers;\n- teachers.",
        {"category": "students"},
        {"category": "agriculture"},
        {"category": "education"},
    ),
    nothing("IT firms got tax exemptions. The list includes banks and farmers."),
    # --- sector paraphrases ---
    example(
        "Workers at plants that manufacture ammunition will be exempt from the call-up.",
        {"category": "defense_industry", "subject": "conscription"},
    ),
    nothing("The factories that make weapons were bombed overnight."),
    # --- round 3 ---
    example(
        "Members of religious orders are exempt from conscription.",
        {"category": "other", "subject": "conscription"},
    ),
    example(
        "All men must serve, but Olympic medallists and classical musicians can be excused from military service.",
        {"category": "other", "subject": "conscription"},
        {"category": "other", "subject": "conscription"},
    ),
    example(
        "Some 170,000 bank employees were deferred from the partial mobilisation.",
        {"category": "banking", "subject": "mobilization"},
    ),
    example(
        "Men with three or more children will not be mobilized.",
        {"category": "other", "subject": "mobilization"},
    ),
    example(
        "Companies recognised as critically important for the economy may reserve up to 50 percent of their employees liable for mobilization.",
        {"category": "critical_infrastructure", "subject": "mobilization"},
    ),
    nothing("Men with three or more children were among the dead."),
    nothing("Loan repayments were deferred for farmers."),
    nothing("Artists staged an exhibition about the mobilization."),
    # --- round 4 ---
    example(
        "Employees of the defence industrial complex will be able to put off mobilisation.",
        {"category": "defense_industry", "subject": "mobilization"},
    ),
    example(
        "Men who have lost close relatives in the war may put off their call-up.",
        {"category": "other"},
    ),
    example(
        "Staff of enterprises that are critical for the economy can be reserved from mobilisation.",
        {"category": "critical_infrastructure", "subject": "mobilization"},
    ),
    example(
        "Telecoms staff will be exempt from mobilisation.",
        {"category": "critical_infrastructure", "subject": "mobilization"},
    ),
    nothing("Telecoms staff put off the repairs until spring."),
]
