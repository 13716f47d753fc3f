"""The synthetic world a corpus is written about: organizations, people, projects and events that recur.

Every organization carries its Polish forms (nom, gen, acc, inst, loc), an English name, a sector and a
region; every person a name in four cases, a gender, a role (with its case forms) and an institution.
The world is built from a seeded random.Random, so the same seed and size give the same world.
"""

import random

import lexicon as L


class Org:
    def __init__(self, kind, forms, en, sector, region, town=None, parent=None):
        self.kind = kind          # head type: marshal, city, dept, unit, poly, uni, cluster, chamber, agency, park, ...
        self.forms = forms        # case → Polish surface form
        self.en = en              # English name (may equal the Polish nominative)
        self.sector = sector
        self.region = region      # voivodeship key, or "intl" / "pl"
        self.town = town          # town tuple where it sits
        self.parent = parent      # parent Org for departments and units
        self.people = []

    @property
    def name(self):
        return self.forms["nom"]


class Person:
    def __init__(self, forms, female, role, org, en_role):
        self.forms = forms        # case → full name
        self.female = female
        self.role = role          # case → role phrase without the institution ("prezes Zarządu")
        self.org = org
        self.en_role = en_role


def masc_forms(head_gen, head_inst, head_loc, nom, rest=""):
    """Forms of a masculine inanimate head noun phrase (accusative equals nominative)."""
    tail = (" " + rest) if rest else ""
    return {"nom": nom + tail, "gen": head_gen + tail, "acc": nom + tail, "inst": head_inst + tail, "loc": head_loc + tail}


def same_forms(name):
    return {c: name for c in ("nom", "gen", "acc", "inst", "loc")}


# Role words: case → form. Feminine holders keep the (formal) masculine title, which does not decline after
# a feminine name in the nominative apposition the templates use.
ROLES = {
    "marszałek": {"nom": "marszałek", "gen": "marszałka", "acc": "marszałka", "inst": "marszałkiem", "en": "Marshal"},
    "wicemarszałek": {"nom": "wicemarszałek", "gen": "wicemarszałka", "acc": "wicemarszałka", "inst": "wicemarszałkiem", "en": "Deputy Marshal"},
    "prezydent": {"nom": "prezydent", "gen": "prezydenta", "acc": "prezydenta", "inst": "prezydentem", "en": "Mayor"},
    "zastępca prezydenta": {"nom": "zastępca prezydenta", "gen": "zastępcy prezydenta", "acc": "zastępcę prezydenta", "inst": "zastępcą prezydenta", "en": "Deputy Mayor"},
    "wójt": {"nom": "wójt", "gen": "wójta", "acc": "wójta", "inst": "wójtem", "en": "Head"},
    "dyrektor": {"nom": "dyrektor", "gen": "dyrektora", "acc": "dyrektora", "inst": "dyrektorem", "en": "Director"},
    "zastępca dyrektora": {"nom": "zastępca dyrektora", "gen": "zastępcy dyrektora", "acc": "zastępcę dyrektora", "inst": "zastępcą dyrektora", "en": "Deputy Director"},
    "naczelnik": {"nom": "naczelnik", "gen": "naczelnika", "acc": "naczelnika", "inst": "naczelnikiem", "en": "Head"},
    "rektor": {"nom": "rektor", "gen": "rektora", "acc": "rektora", "inst": "rektorem", "en": "Rector"},
    "prorektor ds. nauki": {"nom": "prorektor ds. nauki", "gen": "prorektora ds. nauki", "acc": "prorektora ds. nauki", "inst": "prorektorem ds. nauki", "en": "Vice-Rector for Research"},
    "kierownik projektu": {"nom": "kierownik projektu", "gen": "kierownika projektu", "acc": "kierownika projektu", "inst": "kierownikiem projektu", "en": "project manager"},
    "prezes Zarządu": {"nom": "prezes Zarządu", "gen": "prezesa Zarządu", "acc": "prezesa Zarządu", "inst": "prezesem Zarządu", "en": "CEO"},
    "prezes": {"nom": "prezes", "gen": "prezesa", "acc": "prezesa", "inst": "prezesem", "en": "President"},
    "członek Zarządu": {"nom": "członek Zarządu", "gen": "członka Zarządu", "acc": "członka Zarządu", "inst": "członkiem Zarządu", "en": "Board Member"},
    "koordynator": {"nom": "koordynator", "gen": "koordynatora", "acc": "koordynatora", "inst": "koordynatorem", "en": "coordinator"},
    "ekspert": {"nom": "ekspert", "gen": "eksperta", "acc": "eksperta", "inst": "ekspertem", "en": "expert"},
}


def role_forms(role, female):
    r = dict(ROLES[role])
    if female:
        # A woman's title stays in the nominative form in apposition ("Anną Nowak, prezes Zarządu").
        for c in ("gen", "acc", "inst"):
            r[c] = r["nom"]
    return r


class World:
    def __init__(self, size, seed):
        self.rng = random.Random(seed * 7919 + 17)
        self.size = size
        self.orgs = []
        self.by_region = {k: [] for k in L.VOIVODESHIPS}
        self.people = []
        self.used_names = set()
        self.surnames = L.surname_list()
        self._build_orgs()
        self._build_people()
        self._build_projects()
        self._build_events()

    # ---- organizations --------------------------------------------------------------------------------
    def add(self, org):
        self.orgs.append(org)
        if org.region in self.by_region:
            self.by_region[org.region].append(org)
        return org

    def _build_orgs(self):
        rng = self.rng
        self.towns_by_region = {k: [t for t in L.TOWNS if t[3] == k] for k in L.VOIVODESHIPS}
        self.marshal = {}
        for key, (en, stem, region_gen) in L.VOIVODESHIPS.items():
            woj = "Województwa " + L.adj(stem, "n", "gen")
            um = self.add(Org("marshal", masc_forms("Urzędu Marszałkowskiego", "Urzędem Marszałkowskim",
                                                    "Urzędzie Marszałkowskim", "Urząd Marszałkowski", woj),
                              f"Marshal's Office of the {en} Voivodeship", "local_government", key))
            self.marshal[key] = um
            for d in rng.sample(L.DEPARTMENTS, 3):
                parent_gen = um.forms["gen"]
                self.add(Org("dept", masc_forms("Departamentu", "Departamentem", "Departamencie", "Departament",
                                                d + " " + parent_gen),
                             None, "local_government", key,
                             parent=um))
            rs = region_gen
            self.add(Org("agency", {
                "nom": L.adj(stem, "f", "nom") + " Agencja Rozwoju Regionalnego S.A.",
                "gen": L.adj(stem, "f", "gen") + " Agencji Rozwoju Regionalnego S.A.",
                "acc": L.adj(stem, "f", "inst") + " Agencję Rozwoju Regionalnego S.A.",
                "inst": L.adj(stem, "f", "inst") + " Agencją Rozwoju Regionalnego S.A.",
                "loc": L.adj(stem, "f", "loc") + " Agencji Rozwoju Regionalnego S.A."},
                None, "business", key))
            chamber = rng.choice([("Izba Gospodarcza", "Izby Gospodarczej", "Izbę Gospodarczą", "Izbą Gospodarczą", "Izbie Gospodarczej"),
                                  ("Izba Przemysłowo-Handlowa", "Izby Przemysłowo-Handlowej", "Izbę Przemysłowo-Handlową",
                                   "Izbą Przemysłowo-Handlową", "Izbie Przemysłowo-Handlowej")])
            self.add(Org("chamber", {
                "nom": L.adj(stem, "f", "nom") + " " + chamber[0], "gen": L.adj(stem, "f", "gen") + " " + chamber[1],
                "acc": L.adj(stem, "f", "inst") + " " + chamber[2], "inst": L.adj(stem, "f", "inst") + " " + chamber[3],
                "loc": L.adj(stem, "f", "loc") + " " + chamber[4]}, None, "business", key))
            self.add(Org("park", {
                "nom": L.adj(stem, "m", "nom") + " Park Naukowo-Technologiczny",
                "gen": L.adj(stem, "m", "gen") + " Parku Naukowo-Technologicznego",
                "acc": L.adj(stem, "m", "nom") + " Park Naukowo-Technologiczny",
                "inst": L.adj(stem, "m", "inst") + " Parkiem Naukowo-Technologicznym",
                "loc": L.adj(stem, "m", "loc") + " Parku Naukowo-Technologicznym"}, None, "business", key))
            for topic in rng.sample(L.CLUSTER_TOPICS, 2):
                self.add(Org("cluster", {
                    "nom": L.adj(stem, "m", "nom") + " Klaster " + topic, "gen": L.adj(stem, "m", "gen") + " Klastra " + topic,
                    "acc": L.adj(stem, "m", "nom") + " Klaster " + topic, "inst": L.adj(stem, "m", "inst") + " Klastrem " + topic,
                    "loc": L.adj(stem, "m", "loc") + " Klastrze " + topic}, None, "business", key))
            for topic in rng.sample(L.FOUNDATION_TOPICS, 2):
                self.add(Org("foundation", {
                    "nom": f"Fundacja {topic} {rs}", "gen": f"Fundacji {topic} {rs}", "acc": f"Fundację {topic} {rs}",
                    "inst": f"Fundacją {topic} {rs}", "loc": f"Fundacji {topic} {rs}"}, None, "civil_society", key))
            topic = rng.choice(L.ASSOCIATION_TOPICS)
            self.add(Org("association", {
                "nom": f"Stowarzyszenie {topic} {rs}", "gen": f"Stowarzyszenia {topic} {rs}", "acc": f"Stowarzyszenie {topic} {rs}",
                "inst": f"Stowarzyszeniem {topic} {rs}", "loc": f"Stowarzyszeniu {topic} {rs}"}, None, "civil_society", key))
            for town in self.towns_by_region[key]:
                nom, gen, loc, _ = town
                city = self.add(Org("city", masc_forms("Urzędu Miasta", "Urzędem Miasta", "Urzędzie Miasta", "Urząd Miasta", gen),
                                    f"{nom} City Hall", "local_government", key, town=town))
                for u in rng.sample(L.CITY_UNITS, 2):
                    self.add(Org("unit", masc_forms("Wydziału", "Wydziałem", "Wydziale", "Wydział", u + " " + city.forms["gen"]),
                                 None, "local_government", key, town=town, parent=city))
                if nom in L.CITY_ADJ:
                    cs = L.CITY_ADJ[nom]
                    self.add(Org("poly", {
                        "nom": "Politechnika " + L.adj(cs, "f", "nom"), "gen": "Politechniki " + L.adj(cs, "f", "gen"),
                        "acc": "Politechnikę " + L.adj(cs, "f", "inst"), "inst": "Politechniką " + L.adj(cs, "f", "inst"),
                        "loc": "Politechnice " + L.adj(cs, "f", "loc")}, f"{nom} University of Technology", "science", key, town=town))
                    self.add(Org("uni", {
                        "nom": "Uniwersytet " + L.adj(cs, "m", "nom"), "gen": "Uniwersytetu " + L.adj(cs, "m", "gen"),
                        "acc": "Uniwersytet " + L.adj(cs, "m", "nom"), "inst": "Uniwersytetem " + L.adj(cs, "m", "inst"),
                        "loc": "Uniwersytecie " + L.adj(cs, "m", "loc")}, f"University of {nom}", "science", key, town=town))
            for commune in rng.sample(L.COMMUNES, 3):
                self.add(Org("commune", {"nom": f"Gmina {commune}", "gen": f"Gminy {commune}", "acc": f"Gminę {commune}",
                                         "inst": f"Gminą {commune}", "loc": f"Gminie {commune}"},
                             f"{commune} Commune", "local_government", key))
        # National bodies and institutes.
        for name, gen, inst, loc in [
            ("Ministerstwo Funduszy i Polityki Regionalnej", "Ministerstwa Funduszy i Polityki Regionalnej",
             "Ministerstwem Funduszy i Polityki Regionalnej", "Ministerstwie Funduszy i Polityki Regionalnej"),
            ("Ministerstwo Nauki i Szkolnictwa Wyższego", "Ministerstwa Nauki i Szkolnictwa Wyższego",
             "Ministerstwem Nauki i Szkolnictwa Wyższego", "Ministerstwie Nauki i Szkolnictwa Wyższego"),
            ("Ministerstwo Rozwoju i Technologii", "Ministerstwa Rozwoju i Technologii",
             "Ministerstwem Rozwoju i Technologii", "Ministerstwie Rozwoju i Technologii")]:
            self.national = getattr(self, "national", [])
            self.national.append(self.add(Org("ministry", {"nom": name, "gen": gen, "acc": name, "inst": inst, "loc": loc},
                                              None, "central_government", "pl")))
        for topic in L.INSTITUTE_TOPICS:
            self.national.append(self.add(Org("institute", masc_forms("Instytutu", "Instytutem", "Instytucie", "Instytut", topic),
                                              None, "science", "pl")))
        # Companies: their number grows with the corpus so the graph grows.
        brands = set()
        keys = list(L.VOIVODESHIPS)
        target = 60 + self.size // 4
        attempts = 0
        while len(brands) < target and attempts < target * 50:
            attempts += 1
            a, b = rng.choice(L.BRAND_PARTS_A), rng.choice(L.BRAND_PARTS_B)
            form = rng.choice(["{a}{b} sp. z o.o.", "{a}{b} S.A.", "{a} {b} sp. z o.o.",
                               "{a}{b} {c} sp. z o.o."]).format(a=a, b=b, c=rng.choice(L.BRAND_PARTS_C))
            if a == b or form in brands:
                continue
            brands.add(form)
            key = rng.choice(keys)
            self.add(Org("company", same_forms(form), form, "business", key))
        # Foreign partners (international public authorities; universities keep science).
        self.foreign = []
        for region, country in L.FOREIGN_REGIONS:
            self.foreign.append(self.add(Org("foreign", same_forms(f"Regional Council of {region}"),
                                             f"Regional Council of {region}", "international", "intl")))
            self.foreign.append(self.add(Org("foreign_uni", same_forms(f"University of {region}"),
                                             f"University of {region}", "science", "intl")))

    # ---- people ---------------------------------------------------------------------------------------
    def new_person(self, org, role):
        rng = self.rng
        for _ in range(200):
            female = rng.random() < 0.45
            first = rng.choice(L.FEMALE_FIRST) if female else rng.choice(L.MALE_FIRST)[0]
            surname = rng.choice(self.surnames)
            key = (first, surname[1], female)
            if key not in self.used_names:
                self.used_names.add(key)
                break
        forms = L.person_forms(first, surname, female)
        p = Person(forms, female, role_forms(role, female), org, ROLES[role]["en"])
        org.people.append(p)
        self.people.append(p)
        return p

    def _build_people(self):
        rng = self.rng
        heads = {"marshal": ["marszałek", "wicemarszałek"], "dept": ["dyrektor", "zastępca dyrektora"],
                 "city": ["prezydent", "zastępca prezydenta"], "unit": ["naczelnik"], "poly": ["rektor", "prorektor ds. nauki"],
                 "uni": ["rektor", "prorektor ds. nauki"], "cluster": ["koordynator"], "chamber": ["prezes"],
                 "agency": ["prezes Zarządu"], "park": ["dyrektor"], "foundation": ["prezes Zarządu"],
                 "association": ["prezes"], "ministry": ["dyrektor"], "institute": ["dyrektor"],
                 "company": ["prezes Zarządu"], "commune": ["wójt"]}
        for org in self.orgs:
            if org.kind in ("foreign", "foreign_uni"):
                continue
            for role in heads.get(org.kind, []):
                self.new_person(org, role)
        # Staff that grows with the corpus: project managers, board members and experts.
        extra = self.size // 4
        staffable = [o for o in self.orgs if o.kind in ("dept", "unit", "poly", "uni", "cluster", "agency", "park",
                                                         "company", "foundation", "institute", "chamber")]
        for _ in range(extra):
            org = rng.choice(staffable)
            role = rng.choice(["kierownik projektu", "ekspert", "koordynator", "członek Zarządu"]
                              if org.kind in ("company", "agency", "foundation") else
                              ["kierownik projektu", "ekspert", "koordynator"])
            self.new_person(org, role)
        self.foreign_people = []
        for i, name in enumerate(L.FOREIGN_PEOPLE):
            org = self.foreign[i % len(self.foreign)]
            female = name.split()[0] in L.FOREIGN_WOMEN
            p = Person({c: name for c in ("nom", "gen", "acc", "inst")}, female,
                       role_forms("kierownik projektu", True), org, "project manager")
            org.people.append(p)
            self.foreign_people.append(p)

    # ---- projects and events --------------------------------------------------------------------------
    def _build_projects(self):
        rng = self.rng
        self.projects = []
        names = set()
        target = 30 + self.size // 4
        while len(self.projects) < target:
            if rng.random() < 0.5:
                name = f"{rng.choice(L.PROJECT_WORDS_PL)} {rng.choice(L.PROJECT_NOUNS_PL)}"
                region = rng.choice(list(L.VOIVODESHIPS))
                name += " " + L.VOIVODESHIPS[region][2]
            else:
                acro = "".join(rng.choice("ABCDEFGHIKLMNOPRSTUVZ") for _ in range(rng.randint(3, 6)))
                name = f"{acro} – {rng.choice(L.PROJECT_EN)} {rng.choice(L.PROJECT_EN_NOUNS)}"
                if rng.random() < 0.5:
                    name = f"{acro}{rng.randint(2, 9)}{rng.choice(L.PROJECT_EN_NOUNS)}"
                region = rng.choice(list(L.VOIVODESHIPS))
            if name in names:
                continue
            names.add(name)
            lead = rng.choice(self.by_region[region])
            self.projects.append({"name": name, "region": region, "lead": lead, "programme": rng.choice(L.PROGRAMMES)})

    def _build_events(self):
        rng = self.rng
        self.events = []
        seen = set()
        target = 40 + self.size // 2
        attempts = 0
        while len(self.events) < target and attempts < target * 50:
            attempts += 1
            region = rng.choice(list(L.VOIVODESHIPS))
            town = rng.choice(self.towns_by_region[region])
            edition = rng.choice(L.ROMAN)
            kind = rng.random()
            if kind < 0.35:
                pl = f"{edition} Forum Rozwoju {L.VOIVODESHIPS[region][2]}"
                forms = same_forms(pl)
                en = f"{edition} {L.VOIVODESHIPS[region][0]} Development Forum"
            elif kind < 0.6:
                pl = f"{edition} Forum Gospodarcze {town[1]}"
                forms = {"nom": pl, "acc": pl, "gen": f"{edition} Forum Gospodarczego {town[1]}",
                         "inst": f"{edition} Forum Gospodarczym {town[1]}", "loc": f"{edition} Forum Gospodarczym {town[1]}"}
                en = f"{edition} {town[0]} Economic Forum"
            elif kind < 0.7:
                topic = rng.choice(L.TOPICS_EN)
                topic = topic[0].upper() + topic[1:]
                pl = en = f"Policy Learning Event #{rng.randint(1, 9)} – {topic} in {L.VOIVODESHIPS[region][0]}"
                forms = same_forms(pl)
            elif kind < 0.85:
                year = rng.randint(2016, 2024)
                pl = f"Forum Samorządowe {town[1]} {year}"
                forms = {"nom": pl, "acc": pl, "gen": f"Forum Samorządowego {town[1]} {year}",
                         "inst": f"Forum Samorządowym {town[1]} {year}", "loc": f"Forum Samorządowym {town[1]} {year}"}
                en = f"{town[0]} Local Government Forum {year}"
            else:
                pl = f"{edition} Kongres Innowacji {L.VOIVODESHIPS[region][2]}"
                rest = f"Innowacji {L.VOIVODESHIPS[region][2]}"
                forms = {"nom": pl, "acc": pl, "gen": f"{edition} Kongresu {rest}", "inst": f"{edition} Kongresem {rest}",
                         "loc": f"{edition} Kongresie {rest}"}
                en = f"{edition} {L.VOIVODESHIPS[region][0]} Innovation Congress"
            if pl in seen:
                continue
            seen.add(pl)
            organizer = rng.choice([self.marshal[region]] + [o for o in self.by_region[region]
                                                              if o.kind in ("city", "agency", "park", "chamber", "cluster", "poly", "uni")])
            self.events.append({"pl": pl, "forms": forms, "en": en, "region": region, "town": town, "organizer": organizer,
                                "year": rng.randint(2016, 2024)})
