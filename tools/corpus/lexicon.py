"""General Polish and English word lists for the synthetic corpus, with the inflected forms the templates need.

Everything here is general: common Polish first names and surnames (the top of the PESEL registry's lists),
Polish towns and voivodeships, institution head words and department names. None of it is taken from the
seed documents. Forms are written out (or produced by small, regular rules) so the corpus reads as correct
Polish: nominative (nom), genitive (gen), accusative (acc), instrumental (inst) and locative (loc).
"""

# --- first names -------------------------------------------------------------------------------------------
# Male: (nom, gen, inst). Accusative equals genitive for male persons.
MALE_FIRST = [
    ("Piotr", "Piotra", "Piotrem"), ("Andrzej", "Andrzeja", "Andrzejem"), ("Krzysztof", "Krzysztofa", "Krzysztofem"),
    ("Tomasz", "Tomasza", "Tomaszem"), ("Paweł", "Pawła", "Pawłem"), ("Michał", "Michała", "Michałem"),
    ("Marcin", "Marcina", "Marcinem"), ("Jakub", "Jakuba", "Jakubem"), ("Marek", "Marka", "Markiem"),
    ("Łukasz", "Łukasza", "Łukaszem"), ("Jan", "Jana", "Janem"), ("Wojciech", "Wojciecha", "Wojciechem"),
    ("Jerzy", "Jerzego", "Jerzym"), ("Mateusz", "Mateusza", "Mateuszem"), ("Dariusz", "Dariusza", "Dariuszem"),
    ("Rafał", "Rafała", "Rafałem"), ("Zbigniew", "Zbigniewa", "Zbigniewem"), ("Jacek", "Jacka", "Jackiem"),
    ("Maciej", "Macieja", "Maciejem"), ("Kamil", "Kamila", "Kamilem"), ("Sławomir", "Sławomira", "Sławomirem"),
    ("Janusz", "Janusza", "Januszem"), ("Mirosław", "Mirosława", "Mirosławem"), ("Bartosz", "Bartosza", "Bartoszem"),
    ("Przemysław", "Przemysława", "Przemysławem"), ("Stanisław", "Stanisława", "Stanisławem"),
    ("Ryszard", "Ryszarda", "Ryszardem"), ("Henryk", "Henryka", "Henrykiem"), ("Leszek", "Leszka", "Leszkiem"),
    ("Kazimierz", "Kazimierza", "Kazimierzem"), ("Wiesław", "Wiesława", "Wiesławem"), ("Dawid", "Dawida", "Dawidem"),
    ("Szymon", "Szymona", "Szymonem"), ("Józef", "Józefa", "Józefem"), ("Bartłomiej", "Bartłomieja", "Bartłomiejem"),
    ("Antoni", "Antoniego", "Antonim"), ("Karol", "Karola", "Karolem"), ("Sebastian", "Sebastiana", "Sebastianem"),
    ("Waldemar", "Waldemara", "Waldemarem"), ("Artur", "Artura", "Arturem"), ("Grzegorz", "Grzegorza", "Grzegorzem"),
    ("Adam", "Adama", "Adamem"), ("Robert", "Roberta", "Robertem"), ("Damian", "Damiana", "Damianem"),
]

FEMALE_FIRST = [
    "Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta", "Zofia",
    "Joanna", "Magdalena", "Monika", "Teresa", "Danuta", "Aleksandra", "Natalia", "Karolina", "Beata", "Dorota",
    "Justyna", "Marta", "Renata", "Alicja", "Agata", "Ewelina", "Halina", "Kinga", "Paulina", "Sylwia", "Urszula",
    "Jolanta", "Grażyna", "Bożena", "Marzena", "Hanna", "Weronika", "Emilia", "Lucyna", "Edyta",
]


def female_a_forms(nom):
    """(gen, acc, inst) of a feminine noun or name in -a: Anna → Anny, Annę, Anną; Maria → Marii, Marię, Marią."""
    stem = nom[:-1]
    if nom.endswith("ia"):
        return stem + "i", stem + "ę", stem + "ą"
    if nom.endswith(("ja", "ka", "ga", "la", "ca", "cza", "sza", "rza", "ża")):
        gen = stem + ("i" if nom.endswith(("ja", "ka", "ga", "la")) else "y")
        return gen, stem + "ę", stem + "ą"
    return stem + "y", stem + "ę", stem + "ą"


# --- surnames ----------------------------------------------------------------------------------------------
# Adjectival surnames (masculine nominative): declined by rule for both genders.
SKI_SURNAMES = [
    "Kowalski", "Wiśniewski", "Lewandowski", "Zieliński", "Szymański", "Dąbrowski", "Kozłowski", "Jankowski",
    "Wojciechowski", "Kwiatkowski", "Piotrowski", "Grabowski", "Pawłowski", "Michalski", "Jabłoński", "Nowakowski",
    "Majewski", "Olszewski", "Malinowski", "Jaworski", "Nowicki", "Górski", "Witkowski", "Rutkowski", "Ostrowski",
    "Tomaszewski", "Wróblewski", "Zalewski", "Jakubowski", "Jasiński", "Zawadzki", "Sadowski", "Chmielewski",
    "Borkowski", "Czarnecki", "Sawicki", "Sokołowski", "Urbański", "Maciejewski", "Szczepański", "Kucharski",
    "Kalinowski", "Wysocki", "Adamski", "Wasilewski", "Czerwiński", "Andrzejewski", "Głowacki", "Zakrzewski",
    "Sikorski", "Krajewski", "Gajewski", "Baranowski", "Laskowski", "Brzeziński", "Makowski", "Ziółkowski",
    "Przybylski", "Domański", "Nowacki", "Kaczmarski", "Leśniewski", "Pietrzykowski", "Orłowski",
]

# Noun surnames ending in a consonant: (nom, oblique stem). Men decline (gen stem+a, inst stem+em / -iem after k, g);
# women keep the nominative in every case.
CONSONANT_SURNAMES = [
    ("Nowak", "Nowak"), ("Wójcik", "Wójcik"), ("Kowalczyk", "Kowalczyk"), ("Woźniak", "Woźniak"),
    ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"), ("Kaczmarek", "Kaczmark"), ("Zając", "Zając"),
    ("Wieczorek", "Wieczork"), ("Wróbel", "Wróbl"), ("Stępień", "Stępni"), ("Adamczyk", "Adamczyk"),
    ("Dudek", "Dudk"), ("Pawlak", "Pawlak"), ("Walczak", "Walczak"), ("Baran", "Baran"), ("Michalak", "Michalak"),
    ("Szewczyk", "Szewczyk"), ("Pietrzak", "Pietrzak"), ("Marciniak", "Marciniak"), ("Bąk", "Bąk"),
    ("Włodarczyk", "Włodarczyk"), ("Kubiak", "Kubiak"), ("Wilk", "Wilk"), ("Lis", "Lis"), ("Mazurek", "Mazurk"),
    ("Kaźmierczak", "Kaźmierczak"), ("Sobczak", "Sobczak"), ("Cieślak", "Cieślak"), ("Kołodziej", "Kołodziej"),
    ("Szymczak", "Szymczak"), ("Szulc", "Szulc"), ("Jaworek", "Jawork"),
]


def person_forms(first, surname, female):
    """dict case → full name ("nom", "gen", "acc", "inst") for a person."""
    if female:
        f_gen, f_acc, f_inst = female_a_forms(first)
        f = {"nom": first, "gen": f_gen, "acc": f_acc, "inst": f_inst}
    else:
        m = next(x for x in MALE_FIRST if x[0] == first)
        f = {"nom": m[0], "gen": m[1], "acc": m[1], "inst": m[2]}
    kind, nom, stem = surname
    if kind == "ski":
        base = nom[:-1]  # Kowalsk / Zawadzk / Nowick
        if female:
            s = {"nom": base + "a", "gen": base + "iej", "acc": base + "ą", "inst": base + "ą"}
        else:
            s = {"nom": nom, "gen": base + "iego", "acc": base + "iego", "inst": base + "im"}
    elif kind == "cons":
        if female:
            s = {"nom": nom, "gen": nom, "acc": nom, "inst": nom}
        else:
            inst = stem + ("iem" if stem.endswith(("k", "g")) else "em")
            s = {"nom": nom, "gen": stem + "a", "acc": stem + "a", "inst": inst}
    else:  # "a"
        g, a, i = female_a_forms(nom)
        s = {"nom": nom, "gen": g, "acc": a, "inst": i}
    return {c: f[c] + " " + s[c] for c in ("nom", "gen", "acc", "inst")}


# Noun surnames in -a decline like feminine nouns for both genders (Sikora → Sikory, Sikorę, Sikorą).
A_SURNAMES = ["Sikora", "Wrona", "Sowa", "Kostrzewa", "Kuna", "Jagoda", "Zawada", "Kula"]


def surname_list():
    out = [("ski", s, None) for s in SKI_SURNAMES]
    out += [("cons", n, st) for n, st in CONSONANT_SURNAMES if st]
    out += [("a", s, None) for s in A_SURNAMES]
    return out


# --- places ------------------------------------------------------------------------------------------------
# (nom, gen, loc, voivodeship key)
TOWNS = [
    ("Poznań", "Poznania", "Poznaniu", "wlkp"), ("Kalisz", "Kalisza", "Kaliszu", "wlkp"),
    ("Konin", "Konina", "Koninie", "wlkp"), ("Gniezno", "Gniezna", "Gnieźnie", "wlkp"),
    ("Leszno", "Leszna", "Lesznie", "wlkp"), ("Piła", "Piły", "Pile", "wlkp"),
    ("Gdańsk", "Gdańska", "Gdańsku", "pom"), ("Gdynia", "Gdyni", "Gdyni", "pom"), ("Słupsk", "Słupska", "Słupsku", "pom"),
    ("Szczecin", "Szczecina", "Szczecinie", "zpom"), ("Koszalin", "Koszalina", "Koszalinie", "zpom"),
    ("Świnoujście", "Świnoujścia", "Świnoujściu", "zpom"),
    ("Bydgoszcz", "Bydgoszczy", "Bydgoszczy", "kpom"), ("Toruń", "Torunia", "Toruniu", "kpom"),
    ("Włocławek", "Włocławka", "Włocławku", "kpom"), ("Grudziądz", "Grudziądza", "Grudziądzu", "kpom"),
    ("Katowice", "Katowic", "Katowicach", "sl"), ("Sosnowiec", "Sosnowca", "Sosnowcu", "sl"),
    ("Bytom", "Bytomia", "Bytomiu", "sl"), ("Tychy", "Tychów", "Tychach", "sl"),
    ("Częstochowa", "Częstochowy", "Częstochowie", "sl"),
    ("Kielce", "Kielc", "Kielcach", "swk"), ("Ostrowiec Świętokrzyski", "Ostrowca Świętokrzyskiego", "Ostrowcu Świętokrzyskim", "swk"),
    ("Olsztyn", "Olsztyna", "Olsztynie", "wm"), ("Elbląg", "Elbląga", "Elblągu", "wm"), ("Ełk", "Ełku", "Ełku", "wm"),
    ("Rzeszów", "Rzeszowa", "Rzeszowie", "pk"), ("Przemyśl", "Przemyśla", "Przemyślu", "pk"),
    ("Krosno", "Krosna", "Krośnie", "pk"), ("Mielec", "Mielca", "Mielcu", "pk"), ("Sanok", "Sanoka", "Sanoku", "pk"),
    ("Opole", "Opola", "Opolu", "op"), ("Nysa", "Nysy", "Nysie", "op"),
    ("Zielona Góra", "Zielonej Góry", "Zielonej Górze", "lbs"),
    ("Gorzów Wielkopolski", "Gorzowa Wielkopolskiego", "Gorzowie Wielkopolskim", "lbs"),
    ("Łódź", "Łodzi", "Łodzi", "ldz"), ("Piotrków Trybunalski", "Piotrkowa Trybunalskiego", "Piotrkowie Trybunalskim", "ldz"),
    ("Sieradz", "Sieradza", "Sieradzu", "ldz"), ("Skierniewice", "Skierniewic", "Skierniewicach", "ldz"),
    ("Radom", "Radomia", "Radomiu", "maz"), ("Płock", "Płocka", "Płocku", "maz"), ("Siedlce", "Siedlec", "Siedlcach", "maz"),
    ("Ostrołęka", "Ostrołęki", "Ostrołęce", "maz"), ("Warszawa", "Warszawy", "Warszawie", "maz"),
    ("Tarnów", "Tarnowa", "Tarnowie", "mlp"), ("Nowy Sącz", "Nowego Sącza", "Nowym Sączu", "mlp"),
    ("Nowy Targ", "Nowego Targu", "Nowym Targu", "mlp"), ("Oświęcim", "Oświęcimia", "Oświęcimiu", "mlp"),
    ("Legnica", "Legnicy", "Legnicy", "dls"), ("Wałbrzych", "Wałbrzycha", "Wałbrzychu", "dls"),
    ("Jelenia Góra", "Jeleniej Góry", "Jeleniej Górze", "dls"),
    ("Zamość", "Zamościa", "Zamościu", "lub"), ("Chełm", "Chełma", "Chełmie", "lub"), ("Puławy", "Puław", "Puławach", "lub"),
    ("Biała Podlaska", "Białej Podlaskiej", "Białej Podlaskiej", "lub"),
    ("Suwałki", "Suwałk", "Suwałkach", "pdl"), ("Łomża", "Łomży", "Łomży", "pdl"), ("Augustów", "Augustowa", "Augustowie", "pdl"),
]

# Rural communes: (nom, gen) of "gmina X" — the name stays in the nominative after "gminy".
COMMUNES = [
    "Czarna Woda", "Dobra", "Nowa Wieś", "Stare Miasto", "Lipno", "Zbąszyń", "Kórnik", "Dopiewo", "Żukowo",
    "Kolbudy", "Pruszcz", "Wilczyce", "Łubianka", "Zławieś Wielka", "Miedziana Góra", "Sitkówka-Nowiny",
    "Dywity", "Stawiguda", "Trzebownisko", "Krasne", "Dobrzeń Wielki", "Komprachcice", "Zabór", "Nowinka",
    "Ksawerów", "Nowosolna", "Lesznowola", "Jabłonna", "Zielonki", "Wielka Wieś", "Kobierzyce", "Siechnice",
    "Jastków", "Konopnica", "Juchnowiec Kościelny", "Wasilków", "Dobrzyniewo Duże", "Michałowice", "Mszana Dolna",
]

# key: (English name, adjective stem for "Województwo X-skie" etc., region noun gen for "Rozwoju X")
VOIVODESHIPS = {
    "wlkp": ("Wielkopolska", "Wielkopolsk", "Wielkopolski"),
    "pom": ("Pomorskie", "Pomorsk", "Pomorza"),
    "zpom": ("Zachodniopomorskie", "Zachodniopomorsk", "Pomorza Zachodniego"),
    "kpom": ("Kujawsko-Pomorskie", "Kujawsko-Pomorsk", "Kujaw i Pomorza"),
    "sl": ("Śląskie", "Śląsk", "Śląska"),
    "swk": ("Świętokrzyskie", "Świętokrzysk", "Regionu Świętokrzyskiego"),
    "wm": ("Warmińsko-Mazurskie", "Warmińsko-Mazursk", "Warmii i Mazur"),
    "pk": ("Podkarpackie", "Podkarpack", "Podkarpacia"),
    "op": ("Opolskie", "Opolsk", "Opolszczyzny"),
    "lbs": ("Lubuskie", "Lubusk", "Ziemi Lubuskiej"),
    "ldz": ("Łódzkie", "Łódzk", "Regionu Łódzkiego"),
    "maz": ("Mazowieckie", "Mazowieck", "Mazowsza"),
    "mlp": ("Małopolska", "Małopolsk", "Małopolski"),
    "dls": ("Dolnośląskie", "Dolnośląsk", "Dolnego Śląska"),
    "lub": ("Lubelskie", "Lubelsk", "Lubelszczyzny"),
    "pdl": ("Podlaskie", "Podlask", "Podlasia"),
}

# City adjectives for universities and polytechnics: town nom → adjective stem (Poznań → Poznańsk).
CITY_ADJ = {
    "Poznań": "Poznańsk", "Gdańsk": "Gdańsk", "Szczecin": "Szczecińsk", "Bydgoszcz": "Bydgosk", "Toruń": "Toruńsk",
    "Katowice": "Katowick", "Kielce": "Kieleck", "Olsztyn": "Olsztyńsk", "Rzeszów": "Rzeszowsk", "Opole": "Opolsk",
    "Zielona Góra": "Zielonogórsk", "Łódź": "Łódzk", "Radom": "Radomsk", "Częstochowa": "Częstochowsk",
    "Koszalin": "Koszalińsk", "Lublin": "Lubelsk", "Warszawa": "Warszawsk", "Gdynia": "Gdyńsk",
    "Płock": "Płock", "Kalisz": "Kalisk", "Elbląg": "Elbląsk", "Tarnów": "Tarnowsk", "Legnica": "Legnick",
}


def adj(stem, gender, case):
    """Adjective ending on a stem in -sk/-ck/-dzk/-ń sk…: masculine, feminine or neuter, in a case."""
    soft = stem.endswith(("k", "g"))
    i = "i" if soft else "y"
    table = {
        ("m", "nom"): i, ("m", "gen"): i + "ego", ("m", "inst"): i + "m", ("m", "loc"): i + "m",
        ("f", "nom"): "a", ("f", "gen"): i + "ej", ("f", "inst"): "ą", ("f", "loc"): i + "ej",
        ("n", "nom"): "ie" if soft else "e", ("n", "gen"): i + "ego", ("n", "inst"): i + "m", ("n", "loc"): i + "m",
    }
    return stem + table[(gender, case)]


DEPARTMENTS = [
    "Rozwoju Regionalnego", "Polityki Regionalnej", "Innowacji i Rozwoju", "Społeczeństwa Informacyjnego",
    "Funduszy Europejskich", "Gospodarki i Infrastruktury", "Strategii i Planowania", "Cyfryzacji",
    "Edukacji i Nauki", "Promocji i Turystyki", "Programów Rozwojowych", "Współpracy Międzynarodowej",
]
CITY_UNITS = [
    "Strategii i Rozwoju", "Inwestycji i Rozwoju", "Obsługi Inwestorów", "Przedsiębiorczości i Innowacji",
    "Informatyki", "Edukacji", "Promocji Miasta", "Funduszy Zewnętrznych", "Smart City",
]
CLUSTER_TOPICS = [
    "Technologii Informacyjnych", "Gospodarki Cyfrowej", "Energii Odnawialnej", "Obróbki Metali",
    "Technologii Medycznych", "Budownictwa Energooszczędnego", "Przemysłu Spożywczego", "Logistyki",
    "Lotnictwa", "Mebli", "Gier Komputerowych", "Zielonej Chemii",
]
INSTITUTE_TOPICS = [
    "Technologii Informatycznych", "Rozwoju Terytorialnego", "Badań Regionalnych", "Inżynierii Materiałowej",
    "Gospodarki Przestrzennej", "Ekonomii Społecznej", "Automatyki Przemysłowej", "Energetyki",
]
FOUNDATION_TOPICS = [
    "Rozwoju Przedsiębiorczości", "Inicjatyw Lokalnych", "Edukacji Cyfrowej", "Innowacji Społecznych",
    "Aktywności Obywatelskiej", "Wspierania Inicjatyw Gospodarczych", "Rozwoju Kompetencji", "Otwartej Nauki",
]
ASSOCIATION_TOPICS = [
    "Gmin Wiejskich", "Przedsiębiorców", "Miast Partnerskich", "Inżynierów i Techników", "Młodych Innowatorów",
    "Samorządów Lokalnych", "Liderów Cyfryzacji",
]
BRAND_PARTS_A = ["Nova", "Data", "Info", "Tech", "Medi", "Geo", "Eko", "Smart", "Soft", "Net", "Logi", "Bio",
                 "Agro", "Cyber", "Meta", "Vita", "Terra", "Opti", "Digi", "Elektro"]
BRAND_PARTS_B = ["Sys", "Lab", "Soft", "Tech", "Med", "Net", "Point", "Line", "Works", "Wave", "Bit", "Core",
                 "Logic", "Vision", "Cloud", "Form", "Mind", "Sense", "Tronic", "Grid"]
BRAND_PARTS_C = ["Polska", "Group", "Solutions", "Systems", "Consulting", "Innovations", "Technologies", "Partners"]
FOREIGN_REGIONS = [
    ("Uusimaa", "Finland"), ("Pirkanmaa", "Finland"), ("Emilia-Romagna", "Italy"), ("Flanders", "Belgium"),
    ("Catalonia", "Spain"), ("Styria", "Austria"), ("Navarre", "Spain"), ("Brittany", "France"),
    ("Saxony", "Germany"), ("Moravia-Silesia", "Czechia"), ("North Brabant", "the Netherlands"),
    ("Lower Austria", "Austria"), ("Västra Götaland", "Sweden"), ("Central Macedonia", "Greece"),
]
FOREIGN_PEOPLE = [
    "Jukka Virtanen", "Mikko Laine", "Sanna Korhonen", "Laura Bianchi", "Marco Ferrari", "Giulia Romano",
    "Pieter Janssens", "Sofie Peeters", "Jordi Puig", "Marta Soler", "Stefan Huber", "Julia Gruber",
    "Iñaki Etxeberria", "Camille Le Gall", "Thomas Schneider", "Katrin Vogel", "Petr Novák", "Jana Dvořáková",
    "Daan de Vries", "Emma Bakker", "Erik Lindqvist", "Anna Karlsson", "Nikos Papadopoulos", "Eleni Georgiou",
]
FOREIGN_WOMEN = {"Sanna", "Laura", "Giulia", "Sofie", "Marta", "Julia", "Camille", "Katrin", "Jana", "Emma", "Anna", "Eleni"}
PROGRAMMES = [
    ("Interreg Europe", "programu Interreg Europe"),
    ("Interreg Central Europe", "programu Interreg Central Europe"),
    ("Horyzont Europa", "programu Horyzont Europa"),
    ("Fundusze Europejskie dla Nowoczesnej Gospodarki", "programu Fundusze Europejskie dla Nowoczesnej Gospodarki"),
    ("Program Operacyjny Inteligentny Rozwój", "Programu Operacyjnego Inteligentny Rozwój"),
    ("Program Operacyjny Polska Cyfrowa", "Programu Operacyjnego Polska Cyfrowa"),
    ("Erasmus+", "programu Erasmus+"),
]
PROJECT_WORDS_PL = ["Cyfrowy", "Inteligentny", "Otwarty", "Zielony", "Nowoczesny", "Aktywny", "Innowacyjny"]
PROJECT_NOUNS_PL = ["Region", "Samorząd", "Urząd", "Przemysł", "Powiat", "Biznes", "Kampus", "Rynek Pracy"]
PROJECT_EN = ["Digital", "Smart", "Green", "Open", "Circular", "Inclusive", "Resilient"]
PROJECT_EN_NOUNS = ["Regions", "Cities", "Industry", "Skills", "Innovation", "Mobility", "Villages", "Data"]
TOPICS_PL = [
    "cyfryzacji usług publicznych", "transformacji cyfrowej przedsiębiorstw", "inteligentnych specjalizacji",
    "współpracy nauki z biznesem", "gospodarki obiegu zamkniętego", "rozwoju kompetencji cyfrowych",
    "transferu technologii", "energetyki odnawialnej", "mobilności miejskiej", "e-usług dla mieszkańców",
]
TOPICS_EN = [
    "digital public services", "the digital transformation of SMEs", "smart specialisation", "technology transfer",
    "the circular economy", "digital skills", "renewable energy", "urban mobility", "open data", "Industry 4.0",
]
MONTHS_PL = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
             "października", "listopada", "grudnia"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
