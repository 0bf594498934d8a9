from pipeline.site_memory import MAX_WORDS, MIN_PAGES, SiteMemory

NAV = "Langganan koran digital mulai Rp50 ribu"
PROSE = ("Paragraf sindikasi yang sama dimuat oleh banyak halaman situs ini karena berasal dari kantor berita "
         "dan panjangnya jauh melebihi batas baris navigasi yang biasa ditemukan di menu.")


def pages(n):
    return [f"Judul berita nomor {i}\n{NAV}\n{PROSE}\nIsi berita khusus halaman {i} saja." for i in range(n)]


def build(n):
    mem = SiteMemory()
    for i, text in enumerate(pages(n)):
        mem.add("warta.id", f"raw/{i}.txt", SiteMemory.observe("warta.id", text))
    return mem


def test_threshold_needs_min_pages():
    assert not build(MIN_PAGES - 1).for_site("warta.id").is_boilerplate(NAV)
    sl = build(MIN_PAGES).for_site("warta.id")
    assert sl.is_boilerplate(NAV)
    assert not sl.is_boilerplate("Isi berita khusus halaman 1 saja.")


def test_length_guard_keeps_syndicated_prose():
    assert len(PROSE.split()) > MAX_WORDS
    assert not build(20).for_site("warta.id").is_boilerplate(PROSE)


def test_readding_a_page_does_not_double_count():
    mem = SiteMemory()
    obs = SiteMemory.observe("warta.id", pages(1)[0])
    for _ in range(10):
        mem.add("warta.id", "raw/0.txt", obs)
    assert mem.n_pages("warta.id") == 1
    assert not mem.for_site("warta.id").is_boilerplate(NAV)


def test_share_threshold():
    mem = build(MIN_PAGES)
    for i in range(100, 120):  # many more pages without the line: share drops under MIN_SHARE
        mem.add("warta.id", f"raw/{i}.txt", SiteMemory.observe("warta.id", "Halaman lain tanpa baris itu"))
    assert not mem.for_site("warta.id").is_boilerplate(NAV)


def test_persist_and_reload(tmp_path):
    build(MIN_PAGES).save(tmp_path)
    assert (tmp_path / "_state" / "site_memory.sqlite").is_file()
    mem = SiteMemory.load(tmp_path)
    assert mem.for_site("warta.id").is_boilerplate(NAV)
    assert not mem.for_site("other.site").is_boilerplate(NAV)
    assert SiteMemory.load(tmp_path / "missing").n_pages("warta.id") == 0


def test_loaded_memory_builds_on_earlier_runs(tmp_path):
    first = SiteMemory.load(tmp_path)
    for i, text in enumerate(pages(MIN_PAGES - 1)):
        first.add("warta.id", f"raw/{i}.txt", SiteMemory.observe("warta.id", text))
    first.close()
    second = SiteMemory.load(tmp_path)  # a later run: one more page crosses the threshold
    assert not second.for_site("warta.id").is_boilerplate(NAV)
    second.add("warta.id", "raw/new.txt", SiteMemory.observe("warta.id", pages(1)[0]))
    assert second.n_pages("warta.id") == MIN_PAGES
    assert second.for_site("warta.id").is_boilerplate(NAV)
