#!/usr/bin/env python3
"""Build the Polish proper-name lexicon the Swift lemmatiser loads at run time.

Development-time only; the tool itself never runs Python. See README.md beside this file.

Inputs (PyPI wheels, fetched with `pip download --no-deps`):
  polish-inflection-data  SGJP marisa tries (podaj.marisa: form -> lemma/case/number/gender,
                          odmien.marisa: lemma/case/number -> form, przymiotniki.marisa: adjective lemmas)
  zxcvbn-pl               lower-cased name -> frequency rank (PESEL first/last names, TERYT places by GUS population)
  morfeusz2 (installed)   the category of each proper lemma (imię, nazwisko, nazwa_geograficzna, …)

Outputs (in --out, default Sources/StakeholderExtraction/Resources/pl):
  names.tsv        one line per (lemma, gender): lemma TAB categories TAB gender TAB number TAB ranks TAB forms
                   ranks = comma-separated category letter + frequency rank (F26,S2772), or '-'
                   forms = space-separated `form:cases` (cases: n g d a i l; vocative dropped),
                   the lemma itself is listed as well. Sorted by lemma then gender.
  heads.tsv        institution head nouns: lemma TAB gender TAB forms (same encoding, singular only)
  adjectives.txt   adjective lemmas (masculine nominative singular, lower case), one a line, sorted
  places-multiword.tsv  two-word place names (Bielsk Podlaski) TAB rank, sorted
  LICENSE.sgjp     copied verbatim from polish-inflection-data
"""
import argparse
import collections
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import marisa_trie

CASES = {"nom": "n", "gen": "g", "dat": "d", "acc": "a", "inst": "i", "loc": "l"}
CATEGORY = {
    "imię": "F",
    "nazwisko": "S",
    "nazwa_geograficzna": "P",
    "człon_nazwy_geograficznej": "Q",
    "człon_nazwiska": "S",
    "nazwisko_(odmężowskie)": "S",
    "nazwisko_(odojcowskie)": "S",
    "nazwa_organizacji": "O",
    "nazwa_firmy": "O",
}
# Institution / event / programme head nouns (lower-case lemmas). Generic Polish vocabulary.
HEADS = """
urząd departament wydział biuro izba klaster związek stowarzyszenie fundacja agencja ministerstwo
uniwersytet politechnika instytut park centrum rada gmina miasto powiat województwo metropolia sieć
platforma program strategia forum konferencja akademia szpital spółka starostwo sejmik sejm senat
kancelaria zarząd urząd komisja komitet zespół ośrodek fundusz bank kasa szkoła uczelnia kolegium
wyższa liceum technikum przedszkole żłobek muzeum teatr filharmonia opera biblioteka galeria archiwum
instytucja inspektorat inspekcja komenda straż policja prokuratura sąd trybunał izba kuria parafia
diecezja zgromadzenie konfederacja federacja unia organizacja partnerstwo porozumienie koalicja
inicjatywa projekt przedsięwzięcie konkurs festiwal targi kongres szczyt spotkanie seminarium warsztaty
debata panel sympozjum zjazd obrady sesja posiedzenie gala wystawa strefa inkubator akcelerator
laboratorium obserwatorium ogród zakład przedsiębiorstwo firma grupa holding koncern korporacja
spółdzielnia cech towarzystwo klub koło bractwo liga zrzeszenie wspólnota kapituła sekretariat
biuro oddział filia delegatura placówka punkt regionalny krajowy narodowy wydawnictwo redakcja
telewizja radio portal serwis dziennik gazeta tygodnik agencja dom pałac zamek hala stadion arena
port lotnisko dworzec kolej poczta elektrownia ciepłownia wodociągi oczyszczalnia kopalnia huta
stocznia fabryka zakłady browar cukrownia mleczarnia gospodarstwo nadleśnictwo leśnictwo lasy
regionalna dyrekcja generalna główny inspektor rzecznik ombudsman prezydium senat rektorat dziekanat
katedra zakład pracownia klinika hospicjum przychodnia pogotowie sanatorium uzdrowisko
obszar region subregion aglomeracja związek powiat okręg dzielnica osiedle sołectwo wieś
ministerstwo urząd marszałkowski wojewódzki centrum ośrodek europejski inkubator technopark
technologia innowacja fundusz mechanizm instrument plan program programowanie polityka agenda
misja ambasada konsulat przedstawicielstwo delegacja parlament rząd prezydencja komisja
""".split()


def wheel_dir(name, workdir):
    """Download (if needed) and unpack the wheel of `name`; return the unpacked folder."""
    found = glob.glob(os.path.join(workdir, name.replace("-", "_") + "-*.whl"))
    if not found:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", workdir, name], check=True)
        found = glob.glob(os.path.join(workdir, name.replace("-", "_") + "-*.whl"))
    dest = os.path.join(workdir, name)
    if not os.path.isdir(dest):
        with zipfile.ZipFile(found[0]) as z:
            z.extractall(dest)
    return dest


def lemma_categories(morf, lemma, gender):
    """Categories (letters from CATEGORY) morfeusz2 gives the lemma in this gender."""
    cats = set()
    for _, _, interp in morf.analyse(lemma):
        base, tag, names = interp[1], interp[2], interp[3]
        quals = list(names) + list(interp[4] if len(interp) > 4 else [])
        if base.split(":")[0] != lemma:
            continue
        parts = tag.split(":")
        if parts[0] not in ("subst", "depr"):
            continue
        genders = parts[3].split(".") if len(parts) > 3 else []
        if gender not in genders and not (gender == "m1" and "m2" in genders):
            continue
        for q in quals:
            if q in CATEGORY:
                cats.add(CATEGORY[q])
    return "".join(sorted(cats))


def encode_forms(forms):
    """`form:cases` items, sorted by form, cases in fixed order n g d a i l."""
    order = "ngdail"
    out = []
    for form in sorted(forms):
        cs = "".join(c for c in order if c in forms[form])
        out.append(f"{form}:{cs}")
    return " ".join(out)


def adjective_forms(masculine):
    """Nominative singular forms of an adjective by gender, and the plural (non-personal) form."""
    if masculine.endswith(("ki", "gi")):
        return {"m": masculine, "f": masculine[:-1] + "a", "n": masculine[:-1] + "ie", "p": masculine[:-1] + "ie"}
    if masculine.endswith("i"):
        return {"m": masculine, "f": masculine + "a", "n": masculine + "e", "p": masculine + "e"}
    if masculine.endswith("y"):
        return {"m": masculine, "f": masculine[:-1] + "a", "n": masculine[:-1] + "e", "p": masculine[:-1] + "e"}
    return {}


def multiword_places(rows, adjectives, place_ranks):
    """Two-word place names (noun + adjective or adjective + noun, agreeing) found in the TERYT/GUS list.

    The zxcvbn-pl place list glues multi-word names (`bielskpodlaski`); each key is split at every point and
    kept when one side is the nominative of an SGJP place noun and the other an agreeing adjective.
    Returns (display name, rank) pairs sorted by name.
    """
    nouns = {}
    for row in rows:
        lemma, cats, gender, number = row.split("\t")[:4]
        if not ({"P", "Q"} & set(cats)):
            continue
        g = "p" if number == "p" else ("m" if gender.startswith("m") else gender)
        nouns.setdefault(lemma.lower(), set()).add((g, lemma))
    adj = {}
    for masculine in adjectives:
        for g, form in adjective_forms(masculine).items():
            adj.setdefault(form, set()).add(g)
    found = {}
    for key in place_ranks.keys():
        rank = place_ranks[key][0][0]
        for i in range(3, len(key) - 3):
            left, right = key[:i], key[i:]
            for first, second, noun_first in ((left, right, True), (right, left, False)):
                # "owy" and other 3-letter adjectives only make false splits (stryj + owy)
                if first not in nouns or second not in adj or len(second) < 4:
                    continue
                for g, lemma in nouns[first]:
                    if g in adj[second]:
                        a = second[:1].upper() + second[1:]
                        name = f"{lemma} {a}" if noun_first else f"{a} {lemma}"
                        if name not in found or rank < found[name]:
                            found[name] = rank
    return sorted(found.items())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.abspath(os.path.join(here, "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(repo, "Sources/StakeholderExtraction/Resources/pl"))
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "stakeholders-lexicon"))
    ap.add_argument("--max-surname-rank", type=int, default=60000,
                    help="keep surnames ranked at most this in the PESEL list, or also first names/places (default 60000)")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    os.makedirs(args.out, exist_ok=True)

    import morfeusz2
    morf = morfeusz2.Morfeusz()

    pid = os.path.join(wheel_dir("polish-inflection-data", args.work), "polish_inflection_data", "data")
    zx = os.path.join(wheel_dir("zxcvbn-pl", args.work), "zxcvbn_pl", "data")

    podaj = marisa_trie.BytesTrie()
    podaj.mmap(os.path.join(pid, "podaj.marisa"))
    ranks = {}
    for letter, name in (("F", "pl_first_names"), ("S", "pl_last_names"), ("P", "pl_places")):
        t = marisa_trie.RecordTrie("<I")
        t.mmap(os.path.join(zx, name + ".marisa"))
        ranks[letter] = t

    # (lemma, gender) -> number -> form -> set(case letters)
    table = collections.defaultdict(lambda: {"sg": collections.defaultdict(set), "pl": collections.defaultdict(set)})
    heads = set(HEADS)
    head_table = collections.defaultdict(lambda: collections.defaultdict(set))
    for key, value in podaj.iteritems():
        first = key[:1]
        if not first.isupper() and not first.isalpha():
            continue
        lemma, case, number, gender = value.decode("utf-8").split("\t")
        if case not in CASES:
            continue
        if first.isupper():
            if lemma[:1].isupper():
                table[(lemma, gender)][number][key].add(CASES[case])
        elif lemma in heads and number == "sg":
            head_table[(lemma, gender)][key].add(CASES[case])

    rows = []
    kept = collections.Counter()
    dropped = collections.Counter()
    for (lemma, gender), nums in table.items():
        if nums["sg"]:
            number, forms = "s", nums["sg"]
        else:
            number, forms = "p", nums["pl"]
        if not forms:
            continue
        if gender == "m2" and number == "s" and (lemma, "m1") in table and table[(lemma, "m1")]["sg"]:
            continue
        if number == "p" and any(table[(lemma, g)]["sg"] for g in ("m1", "m2", "m3", "f", "n") if (lemma, g) in table):
            continue
        cats = lemma_categories(morf, lemma, gender)
        low = lemma.lower()
        rank_items = []
        for c in cats:
            t = ranks.get(c)
            if t is not None and low in t:
                rank_items.append(f"{c}{t[low][0][0]}")
        surname_rank = next((int(r[1:]) for r in rank_items if r[0] == "S"), 0)
        rank = ",".join(rank_items) or "-"
        if cats == "S" and (surname_rank == 0 or surname_rank > args.max_surname_rank):
            dropped["surname"] += 1
            continue
        if not cats:
            # proper nouns without a name category (brands, peoples, months …): keep only ranked ones
            dropped["uncategorised"] += 1
            continue
        for c in cats:
            kept[c] += 1
        rows.append(f"{lemma}\t{cats}\t{gender}\t{number}\t{rank}\t{encode_forms(forms)}")
    rows.sort()
    with open(os.path.join(args.out, "names.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")

    hrows = []
    for (lemma, gender), forms in head_table.items():
        if gender == "m2" and (lemma, "m3") in head_table:
            continue
        hrows.append(f"{lemma}\t{gender}\t{encode_forms(forms)}")
    hrows.sort()
    with open(os.path.join(args.out, "heads.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(hrows) + "\n")

    adj = marisa_trie.Trie()
    adj.mmap(os.path.join(pid, "przymiotniki.marisa"))
    words = sorted(w for w in adj.keys() if w.isalpha() and w.islower())
    with open(os.path.join(args.out, "adjectives.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(words) + "\n")

    multi = multiword_places(rows, words, ranks["P"])
    with open(os.path.join(args.out, "places-multiword.tsv"), "w", encoding="utf-8") as f:
        f.write("".join(f"{name}\t{rank}\n" for name, rank in multi))

    shutil.copy(os.path.join(pid, "LICENSE.sgjp"), os.path.join(args.out, "LICENSE.sgjp"))
    missing = sorted(heads - {l for l, _ in head_table})
    print(f"names.tsv: {len(rows)} lemmas; by category {dict(sorted(kept.items()))}; dropped {dict(dropped)}")
    print(f"heads.tsv: {len(hrows)} head nouns; not in SGJP: {' '.join(missing)}")
    print(f"adjectives.txt: {len(words)} adjective lemmas")
    print(f"places-multiword.tsv: {len(multi)} two-word place names")


if __name__ == "__main__":
    main()
