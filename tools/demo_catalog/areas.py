"""The area tree of gemeente Oosterhout (GM0826): gemeente -> kern -> wijk -> buurt.

Wijken and buurten are the CBS codes of data/geo/GM0826/; their geometry comes from those boundary files. Kernen have
no CBS code and use KN0826_<NAME> (docs/data-model.md §2.3).
"""

from __future__ import annotations

GEMEENTE = ("GM0826", "Oosterhout")

KERNEN = {
    "KN0826_OOSTERHOUT": "Oosterhout",
    "KN0826_DORST": "Dorst",
    "KN0826_DEN_HOUT": "Den Hout",
    "KN0826_OOSTEIND": "Oosteind",
}

#: wijk number -> kern; wijken 11-13 are the kerkdorpen, the rest is the town of Oosterhout
WIJK_KERN = {f"WK0826{n:02d}": "KN0826_OOSTERHOUT" for n in range(0, 11)} | {
    "WK082611": "KN0826_DEN_HOUT",
    "WK082612": "KN0826_OOSTEIND",
    "WK082613": "KN0826_DORST",
}

#: the city name used in postal addresses, per kern
CITY = {
    "KN0826_OOSTERHOUT": "Oosterhout",
    "KN0826_DORST": "Dorst",
    "KN0826_DEN_HOUT": "Den Hout",
    "KN0826_OOSTEIND": "Oosteind",
}

#: a plausible PC4 per wijk (Oosterhout 4900-4907, Dorst 4849, Den Hout 4911, Oosteind 4909). Demo addresses use
#: these digits with the letters "XX", so no demo address is a real one.
WIJK_PC4 = {
    "WK082600": "4901",
    "WK082601": "4902",
    "WK082602": "4903",
    "WK082603": "4904",
    "WK082604": "4905",
    "WK082605": "4906",
    "WK082606": "4907",
    "WK082607": "4904",
    "WK082608": "4906",
    "WK082609": "4903",
    "WK082610": "4907",
    "WK082611": "4911",
    "WK082612": "4909",
    "WK082613": "4849",
}


def wijk_of(buurt_code: str) -> str:
    """CBS buurt BU0826xxyy lies in wijk WK0826xx."""
    return "WK" + buurt_code[2:8]


def kern_of(code: str) -> str | None:
    """The kern of a wijk or buurt code, the code itself for a kern, None for the gemeente."""
    if code.startswith("KN"):
        return code
    if code.startswith("BU"):
        code = wijk_of(code)
    return WIJK_KERN.get(code)
