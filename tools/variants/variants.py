#!/usr/bin/env python3
"""How extraction holds up when the same articles arrive in other forms.

Rewrites every held-out set (Tests/Fixtures/heldout-*: articles and gold) in each form below, runs
`stakeholders evaluate` on the original and on each form, and prints entity F1, canonical-name accuracy and
relation F1 (untyped, typed) side by side. Gold names are rewritten the same way where the form changes how names
are written (quotation marks, dashes), so a difference is the extractor's, not the gold's.

Forms:
  w50 w60 w72 w80 w100  hard-wrapped at that many columns (greedy, as a text editor does)
  hyph                   wrapped at 70 columns with long words divided at the line end ("Euro-" / "pejskie")
  quotes                 straight quotation marks for „…” and “…”
  dashes                 hyphens for dashes ("A - B", "2021-2027")
  tight                  paragraphs one line break apart instead of a blank line
  caps                   the title in capitals
  crlf                   Windows line ends
  html                   a saved web page: <title>, a menu, the title as <h1>, paragraphs as <p>, a footer

Usage (release build recommended):
    python3 tools/variants/variants.py [--bin .build/release/stakeholders] [--forms w60,quotes,...] [--sets a,f,g]
                                       [--folders DIR,...]   (other sets laid out the same way)
Writes only below a temporary folder.
"""
import argparse, glob, html, json, os, re, shutil, subprocess, sys, tempfile, textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FORMS = ["w50", "w60", "w72", "w80", "w100", "hyph", "quotes", "dashes", "tight", "caps", "crlf", "html"]


def wrap(text, width):
    out = []
    for line in text.split("\n"):
        out += textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False) if len(line) > width else [line]
    return "\n".join(out)


def hyphenate(text, width=70):
    lines = []
    for line in text.split("\n"):
        current = ""
        for word in line.split(" "):
            if current and len(current) + 1 + len(word) > width:
                if len(word) >= 8 and word.isalpha() and len(current) + 5 < width:
                    k = max(3, min(len(word) - 3, width - len(current) - 2))
                    lines.append(current + " " + word[:k] + "-")
                    current = word[k:]
                else:
                    lines.append(current)
                    current = word
            else:
                current = word if not current else current + " " + word
        lines.append(current)
    return "\n".join(lines)


def rewrite_text(form, text):
    if form.startswith("w"):
        return wrap(text, int(form[1:]))
    if form == "hyph":
        return hyphenate(text)
    if form == "quotes":
        return re.sub("[„”“]", '"', text)
    if form == "dashes":
        return text.replace("–", "-")
    if form == "tight":
        return re.sub(r"\n{2,}", "\n", text)
    if form == "caps":
        first, _, rest = text.partition("\n")
        return first.upper() + "\n" + rest
    if form == "crlf":
        return text.replace("\n", "\r\n")
    raise SystemExit(f"unknown form {form}")


def rewrite_name(form, name):
    if form == "quotes":
        return re.sub("[„”“]", '"', name)
    if form == "dashes":
        return name.replace("–", "-")
    return name


def web_page(text):
    paragraphs = text.split("\n\n")
    title = html.escape(paragraphs[0])
    body = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paragraphs[1:])
    return (f'<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>{title} - Portal</title></head>\n'
            '<body><nav><ul><li><a href="/">Strona główna</a></li><li><a href="/a">Aktualności</a></li>'
            '<li><a href="/k">Kontakt</a></li></ul></nav>\n'
            f'<main><article><h1>{title}</h1>\n{body}</article></main>\n'
            '<footer><p>Wszelkie prawa zastrzeżone</p></footer></body></html>\n')


def make(form, src, dst):
    os.makedirs(os.path.join(dst, "gold"))
    for path in glob.glob(os.path.join(src, "*.txt")):
        with open(path, encoding="utf-8") as f:
            text = f.read().rstrip("\n")
        stem = os.path.basename(path)[:-4]
        if form == "html":
            with open(os.path.join(dst, stem + ".html"), "w", encoding="utf-8") as f:
                f.write(web_page(text))
            continue
        with open(os.path.join(dst, os.path.basename(path)), "w", encoding="utf-8", newline="") as f:
            f.write(rewrite_text(form, text) + ("\r\n" if form == "crlf" else "\n"))
    for path in glob.glob(os.path.join(src, "gold", "*.json")):
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        if form == "html":
            stem = os.path.basename(path)[:-5]
            gold = json.loads(json.dumps(gold, ensure_ascii=False).replace(stem + ".txt", stem + ".html"))
        for e in gold["entities"]:
            e["name"] = rewrite_name(form, e["name"])
            e["aliases"] = [rewrite_name(form, a) for a in e.get("aliases", [])]
        with open(os.path.join(dst, "gold", os.path.basename(path)), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False)


def score(binary, folder):
    texts = sorted(glob.glob(os.path.join(folder, "*.txt")) + glob.glob(os.path.join(folder, "*.html")))
    out = subprocess.run([binary, "evaluate", "--gold", os.path.join(folder, "gold")] + texts,
                         capture_output=True, text=True, check=True).stdout
    def field(pattern, index):
        m = re.search(pattern, out, re.M)
        return m.group(0).split()[index] if m else "-"
    return (field(r"^  all .*", 3), field(r"^canonical name accuracy .*", 3), field(r"^  untyped .*", 3),
            field(r"^  typed .*", 3))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build/release/stakeholders"))
    parser.add_argument("--forms", default=",".join(FORMS))
    parser.add_argument("--sets", default="")
    parser.add_argument("--folders", default="", help="other sets: folders of articles with a gold/ folder, comma-separated")
    args = parser.parse_args()
    sets = sorted(glob.glob(os.path.join(ROOT, "Tests/Fixtures/heldout-*")))
    if args.sets:
        sets = [s for s in sets if s.rsplit("-", 1)[1] in args.sets.split(",")]
    if args.folders:
        sets = ([] if not args.sets else sets) + [os.path.abspath(f) for f in args.folders.split(",")]
    work = tempfile.mkdtemp(prefix="variants-")
    try:
        print(f"{'set':<4} {'form':<7} {'entity F1':>9} {'names':>6} {'rel':>6} {'typed':>6}")
        for src in sets:
            label = src.rsplit("-", 1)[1] if "heldout-" in src else os.path.basename(src)
            print(f"{label:<4} {'as is':<7} " + " ".join(f"{v:>6}" for v in score(args.bin, src)))
            for form in args.forms.split(","):
                dst = os.path.join(work, label, form)
                make(form, src, dst)
                print(f"{label:<4} {form:<7} " + " ".join(f"{v:>6}" for v in score(args.bin, dst)))
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
