"""Every rule entry removes its own example with its own reason; bad rules files fail loudly."""
import json
from pathlib import Path

import pytest

from pipeline.clean import clean_text
from pipeline.rules import RulesError, default_rules, load_rules

RULES = default_rules().rules
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.mark.parametrize("rule", RULES, ids=[r.source for r in RULES])
def test_rule_example_is_removed_with_its_reason(rule):
    hit = default_rules().match(" ".join(rule.rule.example.split()))
    assert hit is not None
    assert hit.reason == rule.reason, f"{rule.source} example matched by {hit.source}"
    # and inside a page: the example between two article paragraphs goes with that reason
    if rule.rule.strength == "weak":
        return  # weak rules drop a line only when it is not prose; shown in test_detectors
    para1 = ("Pemerintah menyatakan bahwa harga beras di pasar tradisional akan tetap stabil hingga akhir tahun "
             "karena stok di gudang Bulog masih mencukupi untuk kebutuhan masyarakat.")
    para2 = ("Menurut kepala dinas, operasi pasar juga akan digelar di sejumlah kecamatan yang mengalami "
             "kenaikan harga paling tinggi dalam dua pekan terakhir.")
    res = clean_text(f"{para1}\n\n{rule.rule.example}\n\n{para2}")
    removed = dict(res.removed)
    assert removed.get(" ".join(rule.rule.example.split())) == rule.reason


def test_examples_do_not_come_from_the_sample_pages():
    samples = SHARED / "raw-samples"
    if not samples.is_dir():
        pytest.skip("no samples")
    text = "\n".join(p.read_text(encoding="utf-8") for p in samples.glob("*.txt"))
    sample_lines = {" ".join(ln.split()).casefold() for ln in text.splitlines() if ln.strip()}
    for r in RULES:
        assert " ".join(r.rule.example.split()).casefold() not in sample_lines, r.source


def _write(tmp_path, body):
    p = tmp_path / "mine.toml"
    p.write_text(body, encoding="utf-8")
    return p


def test_user_rules_file_adds_a_rule(tmp_path):
    p = _write(tmp_path, 'language = "id"\n[[advertisement]]\npattern = \'^promo spesial toko kami$\'\n'
                         'example = "Promo spesial toko kami"\nwhy = "site promo"\n')
    rs = load_rules(extra_paths=[p])
    assert rs.match("PROMO SPESIAL TOKO KAMI").reason == "advertisement"
    assert len(rs) == len(default_rules()) + 1


@pytest.mark.parametrize("body, needle", [
    ('[[spam]]\npattern = "x"\nexample = "x"\nwhy = "y"\n', "language"),
    ('language = "id"\n[[spam]]\npattern = "(unclosed"\nexample = "x"\nwhy = "y"\n', "does not compile"),
    ('language = "id"\n[[spam]]\npattern = "^judi$"\nexample = "bola"\nwhy = "y"\n', "does not match its own example"),
    ('language = "id"\n[[spam]]\npattern = "^judi$"\nexample = "judi"\n', "why"),
    ('language = "id"\n[[Bad-Reason]]\npattern = "^judi$"\nexample = "judi"\nwhy = "y"\n', "not a reason code"),
    ('language = "id"\n[[spam]]\npattern = "^judi$"\nexample = "judi"\nwhy = "y"\ncolour = 1\n', "colour"),
    ('language = "id"\nspam = 3\n', "array of tables"),
    ('language = \n', "not valid TOML"),
])
def test_bad_rules_file_fails_loudly_naming_file_and_entry(tmp_path, body, needle):
    p = _write(tmp_path, body)
    with pytest.raises(RulesError) as ei:
        load_rules(extra_paths=[p])
    assert "mine.toml" in str(ei.value) and needle in str(ei.value)
