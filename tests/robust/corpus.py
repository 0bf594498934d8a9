"""Inputs for the robustness tests: realistic articles that survive cleaning, each unique."""
from __future__ import annotations

import random

_EN = [
    "The city council voted on Tuesday to build twelve kilometres of bus lanes along the river road, "
    "a plan that commuters have asked for since the bridge closed last year.",
    "Work is expected to begin in the spring and to finish before the end of next year, the mayor said "
    "in a statement to reporters outside the town hall.",
    "Engineers finished repairs on the northern dam three weeks ahead of schedule, the water authority "
    "said on Monday, and the reservoir will be refilled over the coming month.",
    "The repairs cost less than the budget set aside in the spring, according to the authority's report, "
    "which also praised the contractors for working through the heavy rains.",
]
_ID = [
    "Pemerintah kota mengumumkan rencana pembangunan jalur bus baru di sepanjang sungai pada hari Selasa, "
    "sebuah rencana yang sudah lama ditunggu oleh para penumpang.",
    "Menurut wali kota, pekerjaan akan dimulai pada musim hujan dan diharapkan selesai sebelum akhir tahun "
    "depan, meskipun anggaran masih dibahas oleh dewan.",
    "Para insinyur menyelesaikan perbaikan bendungan di bagian utara tiga minggu lebih cepat dari jadwal, "
    "kata otoritas air pada hari Senin.",
]


def article(tag: str, *, seed: int | None = None, language: str = "en") -> str:
    """A three-paragraph news text; `tag` makes it unique (no two tags give duplicate texts)."""
    pool = _EN if language == "en" else _ID
    rng = random.Random(seed if seed is not None else tag.encode("utf-8", "surrogatepass"))
    paragraphs = rng.sample(pool, 3)
    paragraphs[1] = f"{paragraphs[1][:-1]}, reported the {tag} desk of the newspaper today."
    return "\n\n".join(paragraphs) + "\n"
