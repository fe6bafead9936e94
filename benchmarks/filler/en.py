"""English filler: ordinary news prose full of numbers that are not events."""

from __future__ import annotations

import random

from . import Slot, amount, clock, grouped

HEADLINES = {
    "politics": [
        "Parliament passes {year} budget after {weekday} night vote",
        "Coalition talks in {city} stall over pension reform",
        "{name} re-elected party leader with {pct} of the vote",
    ],
    "economy": [
        "Inflation slows to {pct} as fuel prices ease",
        "Central bank holds key rate at {pct}",
        "{company} to invest {money} in new plant near {city}",
    ],
    "weather": [
        "Heatwave pushes temperatures to {temp} across the south",
        "Storm brings {mm} of rain to {city} overnight",
    ],
    "sports": [
        "{team} beat {team} {score} to reach the final",
        "{name} wins marathon in {city} in {race_time}",
    ],
    "diplomacy": [
        "Foreign ministers meet in {city} ahead of {month} summit",
        "{country} and {country} sign {money} trade agreement",
    ],
    "military": [
        "Air defence intercepts drones over {city} on {weekday}",
        "{country} pledges new {weapon} batteries and {money} in aid",
    ],
    "society": [
        "New bridge in {city} opens after {small_n} years of work",
        "Schools in {city} return to full-time teaching on {date}",
    ],
}

SENTENCES = {
    "politics": [
        "The bill passed by {votes} votes to {votes}, with {small_n} abstentions.",
        "{name}, {age}, has led the party since {year}.",
        "Turnout in the {city} mayoral race was {pct}, the lowest since {year}.",
        "The opposition needs {small_n} more seats to force a confidence vote.",
        "A poll published on {weekday} put the governing party on {pct} and its main rival on {pct}.",
        "The committee will meet again on {date} at {time} to review {small_n} amendments.",
        "{name} said the reform would be debated in the second reading before {month}.",
        "The new cabinet has {small_n} ministers, down from {small_n}.",
        "Parliament's term ends in {year}, and early elections are not expected.",
        "The speaker adjourned the session at {time} after {duration} of debate.",
    ],
    "economy": [
        "Consumer prices rose {pct} in {month} from a year earlier, the statistics office said.",
        "The central bank left its key rate at {pct} on {weekday}.",
        "The budget deficit is forecast at {pct} of GDP, or about {money}.",
        "{company} reported quarterly revenue of {money}, up {pct} on the year.",
        "The national currency weakened to {rate} per dollar in morning trading.",
        "Grain exports reached {tonnes} in {month}, according to the agriculture ministry.",
        "The plant near {city} will produce {count} tonnes of steel a year from {year}.",
        "Average monthly wages rose to {money}, while pensions were raised by {pct}.",
        "Shares of {company} fell {pct} to {price} after the results on {weekday}.",
        "Unemployment stood at {pct} in the first quarter of {year}.",
        "The government will borrow {money} on the domestic market by {date}.",
        "Petrol now costs {price} a litre, {pct} more than in {month}.",
        "The {weapon_plain} factory signed a {money} contract for spare parts, {company} said.",
        "Freight traffic on the {city}-{city} line grew by {pct} to {tonnes}.",
    ],
    "weather": [
        "Temperatures will reach {temp} on {weekday} before falling to {temp} at night.",
        "Forecasters expect up to {mm} of rain in {city} over the next {small_n} days.",
        "Winds of up to {speed} are expected along the coast on {date}.",
        "Snow cover in the mountains is {cm} deep, the weather service said.",
        "The river at {city} rose {cm} overnight and stands at {cm} above normal.",
        "{month} was the warmest on record, {temp_delta} above the {year}-{year} average.",
        "Power was restored to {count} households by {time} on {weekday}, the utility said.",
    ],
    "sports": [
        "{team} beat {team} {score} on {weekday}, with two goals in the last {small_n} minutes.",
        "{name}, {age}, finished the race in {race_time}, {seconds} ahead of the field.",
        "The match drew a crowd of {count} at the {city} stadium.",
        "{team} are third in the table with {points} points from {small_n} games.",
        "{name} scored {points} points as {team} won {basket_score}.",
        "The transfer fee is reported to be {money}, a club record.",
        "The {age}-year-old striker has scored {small_n} goals in {points} appearances since {year}.",
        "Tickets for the final on {date} cost from {price}.",
        "The marathon course runs {short_km} through the old town of {city}.",
        "{team} have not lost at home since {month} {year}.",
    ],
    "diplomacy": [
        "{name} will travel to {city} on {weekday} for talks with his {country_adj} counterpart.",
        "The summit on {date} is expected to bring together leaders of {small_n} countries.",
        "The agreement, signed in {city} in {year}, runs for {small_n} years.",
        "Trade between the two countries reached {money} last year, up {pct}.",
        "The embassy in {city} will reopen on {date} after {small_n} months.",
        "{country} will host the next round of talks at {time} local time on {weekday}.",
        "The ministers discussed a {money} loan and a {km} pipeline to {city}.",
        "{name} said {country} would cut its tariffs on grain by {pct} from {date}.",
        "The UN General Assembly resolution passed with {votes} votes in favour and {small_n} against.",
    ],
    "military": [
        "Air defence shot down {small_n} of {count} {weapon} drones overnight, the air force said.",
        "The {weapon} has a range of about {km}, according to the manufacturer.",
        "{country} has ordered {small_n} {weapon} systems at a cost of {money}.",
        "The convoy moved {km} north of {city} on {weekday}.",
        "Sirens sounded in {city} from {time} to {time}.",
        "A {weapon} strike hit a fuel depot {km} from the border at about {time}.",
        "The {weapon} battery was delivered on {date}, {small_n} weeks ahead of schedule.",
        "Satellite images from {date} show {small_n} {weapon} launchers near {city}.",
        "The aid package, worth {money}, includes {count} artillery shells and {small_n} {weapon} units.",
        "The front line near {city} has barely moved since {month}, analysts say.",
        "The {weapon}, first used in {year}, flies at up to {speed}.",
    ],
    "society": [
        "The new bridge over the river in {city} is {m_length} long and cost {money}.",
        "{name}, a {age}-year-old teacher from {city}, has run the school choir since {year}.",
        "The museum in {city} had {count} visitors in {month}, {pct} more than a year ago.",
        "Trains between {city} and {city} will run every {small_n} minutes from {date}.",
        "The hospital in {city} has {beds} beds and opened a new wing on {date}.",
        "Rents in {city} rose {pct} in a year, to an average of {price} a month.",
        "The festival runs from {date} to {date} and expects about {count} guests.",
        "{name}, {age}, celebrated a birthday in {city} with {small_n} grandchildren.",
        "A new bus line will link the airport and the centre of {city} in {duration}.",
        "The library in {city}, founded in {year}, holds {count} books and {count} maps.",
    ],
}

# fmt: off
WORDS = {
    "name": [
        "Maria Lindqvist", "Tom Hardwick", "Olena Marchuk", "Pavel Novak", "Anna Keller", "James Okafor",
        "Sofia Brandt", "Daniel Mercer", "Irina Volkova", "Lukas Meier", "Claire Dumont", "Andriy Tkach",
        "Nadia Hassan", "Peter Holm", "Grace Whitaker", "Marek Zielinski", "Elena Costa", "Hugo Laurent",
    ],
    "city": [
        "Kyiv", "Lviv", "Odesa", "Dnipro", "Warsaw", "Berlin", "Vilnius", "Riga", "Tallinn", "Prague",
        "Brussels", "Vienna", "Helsinki", "Chisinau", "Bucharest", "Krakow", "Gdansk", "Geneva", "Istanbul",
    ],
    "country": [
        "Poland", "Germany", "France", "Lithuania", "Finland", "Turkey", "Japan", "Canada", "Norway", "Romania",
        "Moldova", "Estonia", "Italy", "Spain",
    ],
    "country_adj": ["Polish", "German", "French", "Finnish", "Turkish", "Japanese", "Canadian", "Romanian"],
    "company": [
        "Northwind Energy", "Baltic Rail", "Helix Steel", "Danube Foods", "Ostrava Motors", "Kestrel Telecom",
        "Meridian Bank", "Carpathian Timber",
    ],
    "team": [
        "Dynamo", "Shakhtar", "Legia", "Sparta", "Zenit", "Rapid", "Ferencvaros", "Slavia", "Partizan", "Red Star",
    ],
    "weapon": [
        "S-400", "S-300", "Shahed-136", "Shahed-131", "Iskander-M", "Kh-101", "Kalibr", "Patriot PAC-3", "IRIS-T",
        "NASAMS", "HIMARS", "Storm Shadow", "Bayraktar TB2", "Lancet-3", "Kinzhal",
    ],
    "weapon_plain": ["T-72B3", "Leopard 2A6", "M777", "Su-34", "F-16", "Mi-8", "BMP-2", "CV90"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ],
    "duration": ["40 minutes", "two hours", "90 minutes", "half an hour", "25 minutes", "three hours"],
}
# fmt: on


def _pct(rng: random.Random) -> str:
    x = rng.choice([str(rng.randint(1, 60)), f"{rng.uniform(0.1, 25):.1f}"])
    return rng.choice([f"{x}%", f"{x}%", f"{x} percent", f"{x} per cent"])


def _money(rng: random.Random) -> str:
    currency = rng.choice(["$", "€", "£"])
    return rng.choice(
        [
            f"{currency}{amount(rng, 1, 900, '.')} {rng.choice(['million', 'billion'])}",
            f"{currency}{amount(rng, 1, 90, '.')}{rng.choice(['bn', 'm'])}",
            f"{grouped(rng.randint(1_000, 9_000_000), ',')} {rng.choice(['euros', 'dollars', 'hryvnias'])}",
            f"{currency}{grouped(rng.randint(100, 99_999), ',')}",
        ]
    )


def _date(rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.choice(WORDS["month"])
    return rng.choice([f"{day} {month}", f"{month} {day}", f"{rng.choice(WORDS['weekday'])} ({day})"])


NUMBERS: dict[str, Slot] = {
    "pct": _pct,
    "money": _money,
    "date": _date,
    "year": lambda rng: str(rng.randint(1991, 2024)),
    "age": lambda rng: str(rng.randint(19, 88)),
    "small_n": lambda rng: rng.choice([str(rng.randint(2, 40)), rng.choice(["two", "three", "five", "seven"])]),
    "beds": lambda rng: str(rng.randint(40, 1_500)),
    "count": lambda rng: rng.choice([grouped(rng.randint(150, 950_000), ","), f"{amount(rng, 1, 9, '.')} million"]),
    "votes": lambda rng: str(rng.randint(12, 190)),
    "points": lambda rng: str(rng.randint(3, 70)),
    "score": lambda rng: f"{rng.randint(0, 5)}-{rng.randint(0, 4)}",
    "basket_score": lambda rng: f"{rng.randint(70, 120)}-{rng.randint(60, 110)}",
    "time": lambda rng: rng.choice([clock(rng), f"{rng.randint(1, 12)} {rng.choice(['am', 'pm', 'a.m.', 'p.m.'])}"]),
    "race_time": lambda rng: f"2:{rng.randint(4, 30):02d}:{rng.randint(0, 59):02d}",
    "seconds": lambda rng: f"{rng.randint(2, 59)} seconds",
    "temp": lambda rng: rng.choice([f"{rng.randint(-25, 39)}°C", f"{rng.randint(-5, 39)} degrees Celsius"]),
    "temp_delta": lambda rng: f"{rng.uniform(0.3, 3.5):.1f}°C",
    "mm": lambda rng: f"{rng.randint(5, 120)} mm",
    "cm": lambda rng: f"{rng.randint(5, 240)} cm",
    "m_length": lambda rng: f"{grouped(rng.randint(120, 2_400), ',')} metres",
    "short_km": lambda rng: rng.choice([f"{rng.randint(5, 42)} km", f"{rng.randint(5, 26)} miles"]),
    "km": lambda rng: rng.choice([f"{rng.randint(3, 2_500)} km", f"{grouped(rng.randint(3, 4_000), ',')} kilometres"]),
    "speed": lambda rng: rng.choice([f"{rng.randint(40, 140)} km/h", f"Mach {rng.randint(2, 10)}"]),
    "tonnes": lambda rng: rng.choice(
        [f"{amount(rng, 1, 60, '.')} million tonnes", f"{grouped(rng.randint(800, 900_000), ',')} tonnes"]
    ),
    "rate": lambda rng: f"{rng.uniform(26, 42):.2f}",
    "price": lambda rng: f"{rng.choice(['$', '€', '£'])}{rng.uniform(1, 120):.2f}",
}
