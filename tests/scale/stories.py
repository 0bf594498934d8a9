"""News stories for the scale tests, written for them (not from the sample pages): two unrelated
stories, and a syndicated copy of the first with small edits."""
from __future__ import annotations

FLOOD = [
    "Heavy rain over the weekend pushed the river above its banks in three villages east of the "
    "provincial capital, forcing more than two thousand residents to leave their homes on Sunday night.",
    "Rescue teams used rubber boats to reach families stranded on rooftops, and the regional disaster "
    "agency said no deaths had been reported by Monday morning, although two fishermen were still missing.",
    "The agency opened four temporary shelters in school buildings and a mosque on higher ground, where "
    "volunteers handed out rice, drinking water and blankets to those who had fled the rising water.",
    "Farmers said the flood had destroyed rice fields that were only weeks away from harvest, and the "
    "local agriculture office promised to replace seed for the next planting season free of charge.",
    "Forecasters expect more rain until the end of the week and have asked people living near the river "
    "to stay alert, keep important documents in waterproof bags and follow the instructions of village heads.",
]
# The same story as another site runs it: one sentence reworded, the closing paragraph dropped.
FLOOD_SYNDICATED = [
    FLOOD[0],
    FLOOD[1].replace("by Monday morning", "as of Monday"),
    FLOOD[2],
    FLOOD[3].replace("free of charge", "at no cost"),
]
CHESS = [
    "A fourteen-year-old from the coastal town won the national junior chess championship on Saturday, "
    "beating the defending champion in a final game that lasted almost five hours.",
    "She learned the game from her grandfather at a roadside coffee stall and trained mostly online, "
    "playing blitz games against opponents from a dozen countries after finishing her homework each evening.",
    "The chess federation said the win earns her a place in the Asian youth tournament next spring, "
    "and a local bank has offered to pay for her travel and for a coach to prepare her.",
    "Her school held a small celebration on Monday, where classmates lined the corridor and the head "
    "teacher announced that a chess club would start meeting in the library every Friday afternoon.",
]


def text(paragraphs: list[str], title: str = "") -> str:
    return (f"{title}\n\n" if title else "") + "\n\n".join(paragraphs) + "\n"
