"""Number slots that Russian and Ukrainian news write alike: a decimal comma, thousands
grouped by a space, "км", "м", "см", "мм", "°C", "%".

The language modules add what differs (currencies, "тыс."/"тис.", "км/ч"/"км/год").
"""

from __future__ import annotations

import random

from . import Slot, amount, clock, grouped, many


def _pct(rng: random.Random) -> str:
    x = rng.choice([str(rng.randint(1, 60)), f"{rng.uniform(0.1, 25):.1f}".replace(".", ",")])
    return f"{x}%"


NUMBERS: dict[str, Slot] = {
    "pct": _pct,
    "year": lambda rng: str(rng.randint(1991, 2024)),
    "age": lambda rng: str(rng.randint(19, 88)),
    "small_n": lambda rng: str(many(rng, 5, 40)),
    "votes": lambda rng: str(many(rng, 12, 190)),
    "beds": lambda rng: str(many(rng, 40, 1_500)),
    "points": lambda rng: str(many(rng, 5, 70)),
    "score": lambda rng: f"{rng.randint(0, 5)}:{rng.randint(0, 4)}",
    "basket_score": lambda rng: f"{rng.randint(70, 120)}:{rng.randint(60, 110)}",
    "time": clock,
    "temp": lambda rng: f"{rng.choice(['+', '−', ''])}{rng.randint(0, 39)} °C",
    "temp_delta": lambda rng: f"{rng.uniform(0.3, 3.5):.1f} °C".replace(".", ","),
    "mm": lambda rng: f"{rng.randint(5, 120)} мм",
    "cm": lambda rng: f"{rng.randint(5, 240)} см",
    "m_length": lambda rng: f"{grouped(rng.randint(120, 2_400), ' ')} м",
    "short_km": lambda rng: f"{rng.randint(5, 42)} км",
    "km": lambda rng: f"{grouped(rng.randint(3, 4_000), ' ')} км",
    "tonnes": lambda rng: rng.choice(
        [f"{amount(rng, 1, 60, ',')} млн т", f"{grouped(rng.randint(800, 900_000), ' ')} т"]
    ),
}
