#!/usr/bin/env python3
"""List the claim pairs newskg's derived layer merges across outlets, and its near misses, for checking by hand.

usage: utterance_devset.py RESULTS_DIR TEXT_DIR... --out DIR [--sample 120] [--seed 7]

RESULTS_DIR holds the SPARQL JSON results of `attributions` and `same-claims` on one store, e.g.
  ./newskg query attributions --db DB --format json > R/attributions.json
  ./newskg query same-claims  --db DB --format json > R/same-claims.json
TEXT_DIR holds the articles as <id>.txt, to print each claim's sentence for the judge (printed to
DIR/*-to-judge.txt, which stays outside the repository: news text is not ours to copy).
Writes DIR/merged-pairs.tsv and DIR/near-misses.tsv with ids and code-point offsets only, plus counts:
cross-outlet utterances found by the layer, and by exact normalized text (Quotebank's way).
"""
import json, os, random, re, sys, unicodedata
from collections import defaultdict
from itertools import combinations

STOP = set("""a about above after again against all am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers herself him
himself his how i if in into is it its itself just me more most my myself now of off on once only or other our ours ourselves
out over own same she should so some such than that the their theirs them themselves then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your yours yourself
yourselves us going get got one also really well yes oh said say says""".split())


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"(\w)-\s*(\w)", r"\1\2", s)
    s = re.sub(r"n't\b", " not", s)
    s = re.sub(r"'(ve|re|ll|m|d|s)\b", " ", s)
    return re.sub(r"[^\w ]+", " ", s).split()


def content(tokens):
    return {t for t in tokens if t not in STOP and len(t) > 1}


def rows(path):
    with open(path, encoding="utf-8") as f:
        return [{k: v["value"] for k, v in b.items()} for b in json.load(f)["results"]["bindings"]]


def main():
    args = sys.argv[1:]
    out = args[args.index("--out") + 1]
    sample = int(args[args.index("--sample") + 1]) if "--sample" in args else 120
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 7
    pos = [a for i, a in enumerate(args) if not a.startswith("--") and (i == 0 or not args[i - 1].startswith("--"))]
    results, text_dirs = pos[0], pos[1:]
    os.makedirs(out, exist_ok=True)
    att = rows(os.path.join(results, "attributions.json"))
    same = rows(os.path.join(results, "same-claims.json"))
    utt = {r["claim"]: r["utterance"] for r in same}
    texts = {}

    def body(aid):
        if aid not in texts:
            for d in text_dirs:
                p = os.path.join(d, aid + ".txt")
                if os.path.exists(p):
                    texts[aid] = open(p, encoding="utf-8").read()
                    break
            else:
                texts[aid] = ""
        return texts[aid]

    def sentence(aid, s, e):
        b = body(aid)
        a = max(b.rfind("\n", 0, s), b.rfind(". ", 0, s) + 1, 0)
        z = min([x for x in (b.find("\n", e), b.find(". ", e)) if x >= 0] or [len(b)])
        return b[a:z + 1].strip()

    items = []
    for r in att:
        items.append(dict(article=r["article"], outlet=r.get("outlet", ""), person=r["person"], speaker=r["speaker"], claim=r["claim"],
                          start=int(r["start"]), end=int(r["end"]), text=r["text"]))
    # Cross-outlet groups by exact normalized text, per speaker.
    exact = defaultdict(set)
    for it in items:
        exact[(it["person"], " ".join(norm(it["text"])))].add(it["outlet"])
    exact_groups = sum(1 for v in exact.values() if len(v) >= 2)
    by_u = defaultdict(list)
    for it in items:
        if it["claim"] in utt:
            by_u[utt[it["claim"]]].append(it)
    layer_groups = sum(1 for v in by_u.values() if len({i["outlet"] for i in v}) >= 2)
    merged = []
    for u, its in sorted(by_u.items()):
        for a, b in combinations(sorted(its, key=lambda i: (i["article"], i["start"])), 2):
            if a["article"] != b["article"]:
                merged.append((u, a, b))
    # Pairs in different words first: identical wording is Quotebank's baseline and needs no judge.
    merged.sort(key=lambda t: (" ".join(norm(t[1]["text"])) == " ".join(norm(t[2]["text"])), t[1]["outlet"] == t[2]["outlet"]))
    rnd = random.Random(seed)
    reworded = [m for m in merged if " ".join(norm(m[1]["text"])) != " ".join(norm(m[2]["text"]))]
    rest = [m for m in merged if m not in reworded]
    picked = rnd.sample(reworded, min(sample, len(reworded)))
    picked += rnd.sample(rest, min(max(0, sample - len(picked)), len(rest)))
    # Near misses: the same speaker, other outlets, not one utterance, but sharing 2+ content words.
    by_person = defaultdict(list)
    for it in items:
        by_person[it["person"]].append(it)
    near = []
    for p, its in by_person.items():
        cw = [(it, content(norm(it["text"]))) for it in its]
        for (a, ca), (b, cb) in combinations(cw, 2):
            if a["outlet"] == b["outlet"] or utt.get(a["claim"]) and utt.get(a["claim"]) == utt.get(b["claim"]):
                continue
            shared = len(ca & cb)
            if shared >= 2 and shared / max(1, min(len(ca), len(cb))) >= 0.5:
                near.append((shared / len(ca | cb), a, b))
    near.sort(key=lambda x: -x[0])
    near_pick = rnd.sample(near[:400], min(60, len(near[:400])))
    for name, pairs in (("merged-pairs", [(u, a, b) for u, a, b in picked]), ("near-misses", [("%.2f" % j, a, b) for j, a, b in near_pick])):
        with open(os.path.join(out, name + ".tsv"), "w", encoding="utf-8") as f:
            f.write("n\tkey\tspeaker\tarticle1\tstart1\tend1\tarticle2\tstart2\tend2\tjudgement\n")
            for n, (k, a, b) in enumerate(pairs, 1):
                f.write("%d\t%s\t%s\t%s\t%d\t%d\t%s\t%d\t%d\t\n" % (n, k, a["speaker"], a["article"], a["start"], a["end"], b["article"], b["start"], b["end"]))
        with open(os.path.join(out, name + "-to-judge.txt"), "w", encoding="utf-8") as f:
            for n, (k, a, b) in enumerate(pairs, 1):
                f.write("#%d %s\n  [%s] %s\n     in: %s\n  [%s] %s\n     in: %s\n\n" % (
                    n, a["speaker"], a["outlet"], a["text"], sentence(a["article"], a["start"], a["end"]),
                    b["outlet"], b["text"], sentence(b["article"], b["start"], b["end"])))
    print("attributions: %d; cross-outlet utterances (layer): %d; cross-outlet groups by exact normalized text: %d; "
          "merged cross-article pairs: %d, %d of them in different words (sampled %d); near misses: %d (sampled %d)"
          % (len(items), layer_groups, exact_groups, len(merged), len(reworded), len(picked), len(near), len(near_pick)))


if __name__ == "__main__":
    main()
