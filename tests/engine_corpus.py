"""Small articles written for the engine tests: one story told by several outlets, with
planted disagreements (a figure, a spelling, a quote's wording, a date), so that every
phase of the engine has items, groups and findings to work on."""

from __future__ import annotations

import quotecli

_TOWNS = ["Riverton", "Ashford", "Millbrook", "Eastwick", "Harrowgate", "Lindenfeld"]
_MAYORS = ["Anna Kowalczyk", "Tomas Vereecken", "Marguerite Okonkwo", "Jaroslav Dvorak",
           "Ingrid Halvorsen", "Rafael Quintanilla"]


def story(town: int, outlet: int) -> str:
    """One outlet's report of the flood in one town; outlets 1 and 3 get some facts wrong."""
    mayor = _MAYORS[town]
    if outlet == 1:
        mayor = mayor.replace("a", "e", 1)       # a misspelt name
    killed = 40 + town + (5 if outlet == 3 else 0)
    day = 3 if outlet != 3 else 4
    words = "We are heartbroken and we will rebuild" if outlet != 1 else "We are heartbroken and we shall rebuild"
    return (
        f"Flood kills {killed} in {_TOWNS[town]}\n\n"
        f"At least {killed} people were killed when the river burst its banks in {_TOWNS[town]} "
        f"on Monday, March {day}, 2025, officials said. About {1200 + 100 * town} homes were flooded.\n\n"
        f"\u201c{words},\u201d said Mayor {mayor}. \u201cEvery family will get help.\u201d\n\n"
        f"{mayor.split()[-1]} said the regional government had promised {3 + town} million euros "
        f"in emergency aid. Rescue teams from {_TOWNS[(town + 1) % len(_TOWNS)]} arrived on Tuesday.\n"
    )


def documents(towns: int = 6, outlets: int = 4) -> list:
    return [
        quotecli.from_text(story(t, o), id=f"outlet{o}/town{t}.txt", date="2025-03-05")
        for t in range(towns) for o in range(outlets)
    ]
