"""Properties of the text cleaner over any text: it never raises, keeps only input lines in
order, gives the same answer twice, and finds nothing more to remove in its own output.

Texts mix random Unicode with realistic article and noise lines (English and Indonesian), so
the rules really fire, not only on garbage."""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_text

EXAMPLES = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ARTICLE_LINES = [
    "JAKARTA, KOMPAS.com - Pemerintah kota mengumumkan rencana pembangunan jalur bus baru di sepanjang sungai.",
    "Menurut wali kota, pekerjaan akan dimulai pada musim hujan dan diharapkan selesai sebelum akhir tahun depan.",
    "Para insinyur menyelesaikan perbaikan bendungan di bagian utara tiga minggu lebih cepat dari jadwal.",
    "The city council voted on Tuesday to build twelve kilometres of bus lanes along the river road.",
    "Work is expected to begin in the spring and to finish before the end of next year, the mayor said.",
    "Engineers finished repairs on the northern dam three weeks ahead of schedule, the authority said.",
    "Dam repairs finished early",
    "Oleh: Andi Pratama",
    "Senin, 12 Februari 2024 10:15 WIB",
]
NOISE_LINES = [
    "Baca juga: Harga cabai naik lagi jelang Lebaran",
    "BACA JUGA:",
    "Related: Ten things to do this weekend",
    "Share on Facebook", "Bagikan", "Tweet", "WhatsApp",
    "Advertisement", "ADVERTISEMENT", "Iklan",
    "Subscribe to our newsletter", "Klik di sini untuk berlangganan",
    "Home | News | Sports | About us",
    "Copyright © 2024 Example Media. All rights reserved.",
    "Foto: ANTARA/Aditya Pradana Putra",
    "Tags: politik, ekonomi, jakarta",
    "Komentar (12)", "Leave a comment", "Most read", "Terpopuler",
    "1. Harga emas hari ini", "2. Jadwal KRL terbaru",
]
_line = st.one_of(
    st.sampled_from(ARTICLE_LINES), st.sampled_from(NOISE_LINES),
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.sampled_from(["", " ", "\t", "\u00a0", "\u2028", "\r", "\x00", "\ufeff"]),
)
_separator = st.sampled_from(["\n", "\n\n", "\r\n", "\r", " \n", "\u2029", "\x0b"])
texts = st.one_of(
    st.text(),
    st.lists(st.tuples(_line, _separator), max_size=30).map(lambda parts: "".join(a + b for a, b in parts)),
)


def _normalised_lines(text: str) -> list[str]:
    return [n for n in (" ".join(line.split()) for line in text.splitlines()) if n]


def _is_subsequence(part: list[str], whole: list[str]) -> bool:
    remaining = iter(whole)
    return all(any(item == candidate for candidate in remaining) for item in part)


@EXAMPLES
@given(texts)
def test_cleaning_never_raises(text):
    result = clean_text(text)
    assert isinstance(result.text, str)


@EXAMPLES
@given(texts)
def test_kept_paragraphs_are_a_subsequence_of_the_input_lines(text):
    assert _is_subsequence(clean_text(text).paragraphs, _normalised_lines(text))


@EXAMPLES
@given(texts)
def test_cleaning_is_deterministic(text):
    first, second = clean_text(text), clean_text(text)
    assert first.lines == second.lines and first.metadata == second.metadata


# Found by this property: one article line twice, with short noise lines between, kept both
# copies; its own output (the two copies alone) then lost both as "caption". Kept as regression
# examples (fixed in pipeline/clean: repeated lines keep their first copy, near-duplicates are
# found page-wide).
_LEAD = "Menurut wali kota, pekerjaan akan dimulai pada musim hujan dan diharapkan selesai sebelum akhir tahun depan."
_IDEMPOTENCE_BUG = [_LEAD + "\n0\n0\n0\n" + _LEAD,
                    "00n0000 0a00 k00a0 .0k000aan akan d0000a0 .ada 00000 000an d.\r0\r0\r0\r"
                    "00n0000 0a00 k00a0 .0k000aan akan d0000a0 .ada 00000 000an d."]


@EXAMPLES
@example(_IDEMPOTENCE_BUG[0])
@example(_IDEMPOTENCE_BUG[1])
@given(texts)
def test_cleaning_clean_text_removes_nothing_more(text):
    result = clean_text(text)
    assert clean_text(result.text).paragraphs == result.paragraphs


def test_subsequence_checker_can_fail():
    # Guard against a property that can never fail.
    assert not _is_subsequence(["b", "a"], ["a", "b"])
    assert _is_subsequence(["a", "c"], ["a", "b", "c"])
