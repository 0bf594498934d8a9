"""Inputs for the robustness tests: realistic articles that survive cleaning, each unique."""
from __future__ import annotations

import random

_WHO = ["The city council", "The water authority", "The regional government", "A group of engineers",
        "The transport ministry", "Local farmers", "The school board", "Hospital managers", "The port company",
        "Pemerintah daerah", "Para petani", "Dinas perhubungan", "Warga desa", "Pengurus sekolah"]
_DID = ["approved a plan to rebuild", "finished repairs on", "asked for more money for", "opened an inquiry into",
        "announced new rules for", "postponed work on", "mengumumkan rencana untuk", "menolak usulan tentang",
        "menyelesaikan perbaikan", "meminta anggaran untuk"]
_WHAT = ["the northern dam", "twelve kilometres of bus lanes", "the old market hall", "the river bridge",
         "three village schools", "the flood barriers", "jalan lingkar utara", "pasar tradisional",
         "jembatan sungai", "saluran irigasi", "the night train service", "the coastal road"]
_WHEN = ["on Monday", "on Tuesday", "last week", "this spring", "before the rainy season", "pada hari Senin",
         "pekan lalu", "awal bulan ini", "after months of talks", "ahead of the holiday"]
_SAID = ["officials said", "the mayor told reporters", "according to a statement", "kata juru bicara",
         "menurut laporan resmi", "residents said", "the report found"]


def article(tag: str, *, seed: int | None = None, language: str = "en") -> str:
    """A three-paragraph news text; `tag` (or `seed`) picks it. Texts of different tags share few
    word sequences, so they are neither exact nor near duplicates of each other."""
    rng = random.Random(seed if seed is not None else tag.encode("utf-8", "surrogatepass"))

    def sentence() -> str:
        return (f"{rng.choice(_WHO)} {rng.choice(_DID)} {rng.choice(_WHAT)} {rng.choice(_WHEN)}, "
                f"{rng.choice(_SAID)}, and the work will cost {rng.randint(2, 900)} million "
                f"in the {rng.choice(['first', 'second', 'third', 'last'])} phase.")

    paragraphs = [" ".join(sentence() for _ in range(3)) for _ in range(3)]
    paragraphs[1] = f"{paragraphs[1][:-1]}, reported the {tag} desk of the newspaper today."
    return "\n\n".join(paragraphs) + "\n"
