#!/usr/bin/env python3
"""Writes a synthetic corpus of regional-development meeting reports for benchmarks.

    python3 tools/corpus/generate.py --n 1000 --seed 1 --out /tmp/corpus-1k
    python3 tools/corpus/generate.py --n 100 --start 10000 --world 10000 --seed 1 --out /tmp/corpus-10k

Documents are Polish (about two thirds) and English news reports in the genre of seeds/: meetings, forums and
conferences with speakers given by name, role and institution (Polish names and institutions inflected
correctly for case and gender), places, projects in quotation marks with their funding programmes, and signed
letters of intent. Entities come from a seeded world (tools/corpus/world.py) whose size grows with the corpus
and are drawn with a Zipf-like preference, so they recur across documents and the graph grows the way a real
news stream's does. Each document is 2–6 KB.

Determinism: the world depends on (--world, --seed); document i depends on (--seed, i) and the world only, so
`--start 10000 --n 100 --world 10000` writes the 100 documents that follow a 10,000-document corpus.
File names are `NNNNN_<16 hex>.txt`, like the seeds'.
"""

import argparse
import hashlib
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import lexicon as L  # noqa: E402
from truth import Truth  # noqa: E402
from world import World  # noqa: E402

FILLER_PL = [
    "Uczestnicy podkreślali, że współpraca samorządu, nauki i biznesu jest warunkiem skutecznego wdrażania nowych rozwiązań.",
    "Dyskusja dotyczyła przede wszystkim barier, z jakimi mierzą się mniejsze gminy przy wdrażaniu e-usług.",
    "Wskazano na potrzebę lepszej koordynacji działań oraz wymiany dobrych praktyk pomiędzy regionami.",
    "Omówiono także możliwości finansowania przedsięwzięć ze środków unijnych w nowej perspektywie finansowej.",
    "Ważnym wątkiem spotkania była rola uczelni w podnoszeniu kompetencji cyfrowych kadr administracji.",
    "Przedstawiciele przedsiębiorstw zwracali uwagę na niedobór wykwalifikowanych specjalistów IT.",
    "Spotkanie zakończyło się sesją pytań i odpowiedzi oraz rozmowami w kuluarach.",
    "Organizatorzy zapowiedzieli kolejne spotkanie sieci jeszcze w tym roku.",
    "Materiały z wystąpień zostaną udostępnione uczestnikom w formie elektronicznej.",
    "Zwrócono uwagę na znaczenie otwartych danych dla rozwoju innowacyjnych usług publicznych.",
    "Prelegenci zgodzili się, że transformacja cyfrowa wymaga zmiany sposobu zarządzania w urzędach.",
    "W części warsztatowej uczestnicy pracowali w grupach nad rekomendacjami dla regionalnego planu działania.",
    "Podsumowując spotkanie, podkreślono potrzebę dalszego wzmacniania ekosystemu innowacji w regionie.",
    "Wiele uwagi poświęcono cyberbezpieczeństwu systemów informatycznych jednostek samorządu terytorialnego.",
    "Zaprezentowano wyniki badania ankietowego przeprowadzonego wśród lokalnych przedsiębiorców.",
    "Uczestnicy mieli okazję zapoznać się z przykładami wdrożeń z innych krajów europejskich.",
    "Kolejnym tematem była dostępność cyfrowa stron internetowych i aplikacji mobilnych.",
    "Zwieńczeniem spotkania była wizyta studyjna w laboratoriach badawczych.",
]
FILLER_EN = [
    "Participants stressed that cooperation between local government, science and business is key to implementing new solutions.",
    "The discussion focused on the barriers smaller municipalities face when introducing e-services.",
    "Speakers pointed to the need for better coordination and for the exchange of good practices between regions.",
    "Funding opportunities in the new EU financial perspective were also discussed.",
    "An important thread of the meeting was the role of universities in building digital skills in public administration.",
    "Representatives of companies drew attention to the shortage of qualified IT specialists.",
    "The meeting ended with a question and answer session and informal conversations.",
    "The organisers announced another meeting of the network later this year.",
    "Presentations will be made available to participants electronically.",
    "The importance of open data for the development of innovative public services was highlighted.",
    "In the workshop part, participants worked in groups on recommendations for the regional action plan.",
    "Summing up, the need to further strengthen the regional innovation ecosystem was emphasised.",
    "Much attention was paid to the cybersecurity of local government information systems.",
    "The results of a survey of local entrepreneurs were presented.",
]


_CUMULATIVE = {}


def zipf_pick(rng, items, s=0.9):
    """One item, favouring the front of the list (rank r with weight 1/(r+1)^s)."""
    key = (len(items), s)
    cum = _CUMULATIVE.get(key)
    if cum is None:
        cum, total = [], 0.0
        for r in range(len(items)):
            total += 1.0 / (r + 1) ** s
            cum.append(total)
        _CUMULATIVE[key] = cum
    return rng.choices(items, cum_weights=cum, k=1)[0]


class DocWriter:
    def __init__(self, world, rng, popularity, truth):
        self.w = world
        self.rng = rng
        self.pop = popularity
        self.truth = truth
        self.en = False

    # ---- what the text states, for the truth graph --------------------------------------------------------
    def org_ent(self, o):
        eid = self.truth.entity("organization", self.english_org(o) if self.en else o.name, o.sector)
        if o.parent is not None:
            self.truth.relation(eid, self.org_ent(o.parent), "part_of")
        return eid

    def person_ent(self, p, event=None):
        role = self.en_title(p) if self.en else self.title(p, "nom")
        eid = self.truth.entity("person", p.forms["nom"], p.org.sector, role)
        o = p.org
        if o.kind == "city" and ("prezydent" in p.role["nom"] or "Mayor" in p.en_role):
            self.truth.relation(eid, self.truth.entity("place", o.town[0]), "affiliated_with")
        else:
            self.truth.relation(eid, self.org_ent(o), "affiliated_with")
        if event:
            self.truth.relation(eid, event, "participates_in")
        return eid

    def project_ent(self, proj, partner=None):
        pid = self.truth.entity("project", proj["name"])
        self.truth.relation(self.org_ent(proj["lead"]), pid, "organizes")
        if partner is not None:
            self.truth.relation(self.org_ent(partner), pid, "participates_in")
        self.truth.relation(pid, self.truth.entity("project", proj["programme"][0]), "funded_by")
        return pid

    def event_ent(self, ev, name):
        eid = self.truth.entity("event", name)
        self.truth.relation(self.org_ent(ev["organizer"]), eid, "organizes")
        self.truth.relation(eid, self.truth.entity("place", ev["town"][0]), "located_in")
        return eid

    def region_orgs(self, region, kinds=None):
        orgs = self.pop[region]
        if kinds:
            orgs = [o for o in orgs if o.kind in kinds]
        return orgs

    def person_of(self, org):
        if not org.people:
            return None
        return zipf_pick(self.rng, org.people, 1.2)

    def speaker(self, region):
        """A (person, org) from the region, or a national / foreign guest now and then."""
        rng = self.rng
        r = rng.random()
        if r < 0.06:
            org = rng.choice(self.w.national)
        else:
            org = zipf_pick(rng, [o for o in self.region_orgs(region) if o.people])
        return self.person_of(org), org

    # ---- Polish -----------------------------------------------------------------------------------------
    def polish(self):
        """The opening paragraphs and a function that writes one more paragraph of the same report."""
        rng, w = self.rng, self.w
        ev = zipf_pick(rng, w.events, 0.3)
        region, town, year = ev["region"], ev["town"], ev["year"]
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        org = ev["organizer"]
        ef = ev["forms"]
        event = self.event_ent(ev, ef["nom"])
        parts = [rng.choice([f"{ef['nom']} – {rng.choice(L.TOPICS_PL)}",
                             f"Rozmawiali o {rng.choice(L.TOPICS_PL)} w {town[2]}",
                             f"Spotkanie interesariuszy w {town[2]}"])]
        if rng.random() < 0.6:
            parts.append(f"{day:02d}.{month:02d}.{year}")
        parts.append(
            f"{day} {L.MONTHS_PL[month - 1]} {year} r. w {town[2]} odbyło się {ef['nom']}, zorganizowane przez "
            f"{org.forms['acc']}. Tematem przewodnim wydarzenia była kwestia {rng.choice(L.TOPICS_PL)}.")
        opener = org.people[0] if org.people else None
        if opener:
            self.person_ent(opener, event)
            parts.append(
                f"Wydarzenie otworzył{'a' if opener.female else ''} {opener.forms['nom']}, {opener.role['nom']} "
                f"{opener.org.forms['gen']}. {rng.choice(FILLER_PL)}")
        speakers = []
        for _ in range(rng.randint(1, 4)):
            p, _ = self.speaker(region)
            if p and p not in speakers:
                speakers.append(p)
                self.person_ent(p, event)
        if speakers:
            lines = [f"{s.forms['nom']}, {self.title(s, 'nom')}" for s in speakers]
            parts.append("W spotkaniu udział wzięli m.in.: " + "; ".join(lines) + ".")

        def block():
            r = rng.random()
            if r < 0.35:
                # Quotes mostly come from the people already introduced.
                p = rng.choice(speakers) if speakers and rng.random() < 0.7 else self.speaker(region)[0]
                p = p or rng.choice(speakers or [opener])
                self.person_ent(p, event)
                return self.polish_quote(p)
            if r < 0.5:
                proj = zipf_pick(rng, w.projects, 0.4)
                lead = proj["lead"]
                partner = rng.choice(self.region_orgs(region))
                self.project_ent(proj, partner)
                text = (f"Podczas spotkania zaprezentowano projekt „{proj['name']}”, realizowany przez {lead.forms['acc']} "
                        f"we współpracy z {partner.forms['inst']}. "
                        f"Projekt współfinansowany jest ze środków {proj['programme'][1]}.")
                m = self.person_of(lead)
                if m:
                    self.person_ent(m)
                    text += (f" O założeniach projektu opowiedział{'a' if m.female else ''} {m.forms['nom']}, "
                             f"{self.title(m, 'nom')}.")
                return text
            if r < 0.6:
                a, b = rng.sample([o for o in self.region_orgs(region) if o.people], 2)
                pa, pb = self.person_of(a), self.person_of(b)
                self.truth.relation(self.org_ent(a), self.org_ent(b), "partner_of")
                self.person_ent(pa)
                self.person_ent(pb)
                return (f"Częścią spotkania było podpisanie listu intencyjnego o współpracy pomiędzy {a.forms['inst']} "
                        f"a {b.forms['inst']}. Dokument podpisali {pa.forms['nom']}, {self.title(pa, 'nom')}, "
                        f"oraz {pb.forms['nom']}, {self.title(pb, 'nom')}.")
            if r < 0.67:
                g = rng.choice(w.foreign_people)
                self.person_ent(g, event)
                return (f"Gościem spotkania był{'a' if g.female else ''} {g.forms['nom']} z {g.org.forms['gen']}, "
                        f"{'która' if g.female else 'który'} przedstawił{'a' if g.female else ''} doświadczenia partnerów zagranicznych.")
            if r < 0.75:
                p, _ = self.speaker(region)
                if p:
                    self.person_ent(p)
                    return (f"Rozmowę z {p.forms['inst']}, {self.title(p, 'inst')}, "
                            f"można przeczytać w najnowszym numerze biuletynu.")
            if r < 0.82:
                p, _ = self.speaker(region)
                if p:
                    self.person_ent(p, event)
                    return (f"Na zaproszenie organizatorów do {town[1]} przyjechał{'a' if p.female else ''} także "
                            f"{p.forms['nom']}, {self.title(p, 'nom')}. Wystąpienie {p.forms['gen']} "
                            f"dotyczyło {rng.choice(L.TOPICS_PL)}.")
            return " ".join(rng.sample(FILLER_PL, 2))

        return parts, block

    def title(self, p, case):
        """A person's role with the institution in the genitive, as Polish reports write it."""
        o = p.org
        role = p.role[case]
        if o.kind == "city" and "prezydent" in role:
            return f"{role} {o.town[1]}"
        if o.kind == "marshal":
            return f"{role} województwa {o.forms['gen'].split('Województwa ')[1].lower()}"
        if o.kind == "commune":
            return f"{role} gminy {o.forms['nom'][len('Gmina '):]}"
        return f"{role} {o.forms['gen']}"

    def en_title(self, p):
        o = p.org
        if o.kind == "city" and "Mayor" in p.en_role:
            return f"{p.en_role} of {o.town[0]}"
        if o.kind == "marshal":
            return f"{p.en_role} of the {o.en.split('of the ')[1]}"
        return f"{p.en_role} of the {self.english_org(o)}"

    def polish_quote(self, s):
        rng = self.rng
        verb = rng.choice(["mówił", "podkreślał", "zaznaczał", "dodawał"]) + ("a" if s.female else "")
        return (f"– {rng.choice(FILLER_PL)} {rng.choice(FILLER_PL)} – {verb} {s.forms['nom']}, "
                f"{self.title(s, 'nom')}.")

    # ---- English ----------------------------------------------------------------------------------------
    def english_org(self, o):
        return o.en or o.name

    def english(self):
        rng, w = self.rng, self.w
        ev = zipf_pick(rng, w.events, 0.3)
        region, town, org = ev["region"], ev["town"], ev["organizer"]
        event = self.event_ent(ev, ev["en"])
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        parts = [f"{ev['en']}: {rng.choice(L.TOPICS_EN)}"]
        parts.append(
            f"On {L.MONTHS_EN[month - 1]} {day}, {ev['year']}, the {ev['en']} was held in {town[0]}, organised by the "
            f"{self.english_org(org)}. The meeting focused on {rng.choice(L.TOPICS_EN)}.")

        def block():
            r = rng.random()
            if r < 0.5:
                s, _ = self.speaker(region)
                if rng.random() < 0.25:
                    s = rng.choice(w.foreign_people)
                if s:
                    self.person_ent(s, event)
                    return (f"{s.forms['nom']}, {self.en_title(s)}, "
                            f"{rng.choice(['presented', 'spoke about', 'discussed'])} {rng.choice(L.TOPICS_EN)}. "
                            f"{rng.choice(FILLER_EN)}")
            if r < 0.65:
                proj = zipf_pick(rng, w.projects, 0.4)
                self.project_ent(proj)
                return (f"The project \"{proj['name']}\", led by the {self.english_org(proj['lead'])}, was presented "
                        f"as a good practice. It is co-financed by the {proj['programme'][0]} programme.")
            if r < 0.75:
                a, b = rng.sample([o for o in self.region_orgs(region) if o.people], 2)
                self.truth.relation(self.org_ent(a), self.org_ent(b), "partner_of")
                return (f"The {self.english_org(a)} and the {self.english_org(b)} signed a letter of intent on "
                        f"cooperation in {rng.choice(L.TOPICS_EN)}.")
            return " ".join(rng.sample(FILLER_EN, 2))

        return parts, block

    def document(self, polish):
        self.en = not polish
        parts, block = self.polish() if polish else self.english()
        target = self.rng.randint(2000, 6000)
        size = sum(len(p.encode()) + 2 for p in parts)
        while size < target:
            p = block()
            if size + len(p.encode()) > 6000 and size >= 2000:
                break
            parts.append(p)
            size += len(p.encode()) + 2
        return "\n\n".join(parts) + "\n", parts[0]


def popularity(world, seed):
    """Per region, its organizations in a fixed, seeded order: the front of each list is mentioned most."""
    rng = random.Random(seed * 104729 + 3)
    out = {}
    for key, orgs in world.by_region.items():
        lst = list(orgs)
        rng.shuffle(lst)
        out[key] = lst
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, required=True, help="number of documents")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="output folder (created)")
    ap.add_argument("--start", type=int, default=0, help="index of the first document")
    ap.add_argument("--world", type=int, default=None, help="world size (default: start + n)")
    ap.add_argument("--truth", help="also write the graph the documents state (schema JSON) to this file")
    args = ap.parse_args()
    world = World(args.world or (args.start + args.n), args.seed)
    pop = popularity(world, args.seed)
    os.makedirs(args.out, exist_ok=True)
    total = 0
    truth = Truth()
    for i in range(args.start, args.start + args.n):
        rng = random.Random(f"{args.seed}:{i}")
        polish = rng.random() < 0.65
        text, title = DocWriter(world, rng, pop, truth).document(polish)
        digest = hashlib.sha256(text.encode()).hexdigest()[:16]
        name = f"{i:05d}_{digest}.txt"
        truth.finish_document(name, "pl" if polish else "en", title)
        path = os.path.join(args.out, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode())
    if args.truth:
        truth.write(args.truth)
    print(f"wrote {args.n} documents ({total / 1e6:.1f} MB) to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
