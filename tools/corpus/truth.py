"""The graph a synthetic corpus states, in the extraction schema's JSON (generate.py --truth FILE).

Entities carry their canonical names (Polish nominative in Polish documents, the English name in English
ones), kinds, sectors and roles; relations carry one evidence entry per document that states them (offsets
and text left empty: the generator does not track spans). Ids follow the tool's EntityID.make: `kind:slug`.
Useful as a benchmark input that skips extraction (`stakeholders bench --graph`) and as a rough gold file.
"""

import json

FOLDS = {"ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z",
         "ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "á": "a", "í": "i", "ú": "u", "ý": "y",
         "č": "c", "š": "s", "ž": "z", "ř": "r", "ě": "e", "å": "a", "ø": "o", "æ": "ae"}


def slug(name):
    """The same slug as the Swift EntityID.slug: ASCII letters and digits, Polish letters folded, hyphens."""
    out, pending = "", False
    for ch in name.lower():
        if ch.isascii():
            folded = ch if (ch.isdigit() or "a" <= ch <= "z") else ""
        elif ch in FOLDS:
            folded = FOLDS[ch]
        elif ch.isalpha() or ch.isnumeric():
            folded = "u%x" % ord(ch)
        else:
            folded = ""
        if not folded:
            pending = bool(out)
            continue
        if pending:
            out += "-"
            pending = False
        out += folded
    return out or "unnamed"


class Truth:
    def __init__(self):
        self.entities = {}
        self.relations = {}
        self.documents = []
        self.doc_entities = []
        self.doc_relations = []

    def entity(self, kind, name, sector=None, role=None):
        eid = f"{kind}:{slug(name)}"
        e = self.entities.setdefault(eid, {"id": eid, "kind": kind, "name": name, "aliases": [], "sector": sector})
        if role and "role" not in e:
            e["role"] = role
        return eid

    def relation(self, source, target, rtype):
        if rtype == "partner_of" and target < source:
            source, target = target, source
        if source != target:
            self.doc_relations.append((source, target, rtype))

    def finish_document(self, doc_id, language, title):
        self.documents.append({"id": doc_id, "language": language, "title": title})
        for key in sorted(set(self.doc_relations)):
            self.relations.setdefault(key, []).append({"document": doc_id, "start": 0, "end": 0, "text": ""})
        self.doc_relations = []

    def write(self, path):
        graph = {
            "documents": sorted(self.documents, key=lambda d: d["id"]),
            "entities": [self.entities[k] for k in sorted(self.entities)],
            "relations": [{"source": s, "target": t, "type": r, "evidence": ev}
                          for (s, t, r), ev in sorted(self.relations.items())],
        }
        with open(path, "w", encoding="utf-8") as f:
            json.dump(graph, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
