#!/usr/bin/env python3
"""Counts attribution and membership errors by class (issue 19, item 4), from the files the two scorers read.

    tools/error_classes.py crossoutlet RESDIR [--set DIR]     # RESDIR = OUTDIR/res of tools/score_crossoutlet.sh
    tools/error_classes.py polnear SCOREDIR [--split dev]     # SCOREDIR = --out of `newskg score` (target/score)
    ... [--shared DIR] [--examples N] [--json]

It imports the shared scorers (../shared/eval/check_crossoutlet.py and score_attribution.py) and matches quotes with
their own rules, so its counts add up to theirs. The classes are those of issue 19:

  quote not found       a gold quote no system quote overlaps (cross-outlet: overlap/union > 0, as the checker;
                        PolNeAR: the scorer's matching, direct quotes of person speakers only, as its
                        --restrict-person run that gives the headline figures; --all-speakers counts all)
  speaker choice        the quote is found, the speaker is wrong, and the system's speaker is someone who speaks or
                        is a known person in the story (cross-outlet: the gold person list; PolNeAR: a gold speaker
                        of the same article): the right kind of mention, the wrong one chosen
  mention typing        the quote is found with a speaker that is no person of the story: a place, a demonym, a
                        party or a title read as a person ("Punjab", "Canadians", "PM"), or a person the gold
                        never names
  no speaker            found, but with an empty speaker
  spurious quote        PolNeAR only: a system direct quote with no gold quote (a precision error)
  membership missed     cross-outlet: a stated or implied gold membership the system does not give
  membership wrong      cross-outlet: a system membership not in the gold (stated, implied, discourse or world
                        knowledge), its person a person of the story: a construction read wrongly
  membership typing     cross-outlet: a system membership whose "person" is no person of the story

Nothing is written into the project: the script reads the scorer inputs and prints counts (and with --examples N,
N examples per class with ids and offsets only).
"""
import argparse
import collections
import importlib.util
import json
import os
import sys


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def crossoutlet(args):
    co = load(os.path.join(args.shared, "eval", "check_crossoutlet.py"), "check_crossoutlet")
    set_dir = args.set or os.path.join(args.shared, "eval", "crossoutlet-dev")
    gold = json.load(open(os.path.join(set_dir, "gold.json"), encoding="utf-8"))
    gold = co.restrict(gold, co.present_articles(set_dir, gold))
    att = co.rows(os.path.join(args.results, "attributions.json"))
    mem = co.rows(os.path.join(args.results, "memberships.json"))
    for r in att:
        r["article"] = co.local(r.get("article", ""))
        try:
            r["_s"], r["_e"] = int(r["start"]), int(r["end"])
        except (KeyError, ValueError):
            r["_s"] = r["_e"] = -1
    by_art = collections.defaultdict(list)
    for r in att:
        by_art[r["article"]].append(r)
    story_of = {a: s for s, st in gold["stories"].items() for a in st["articles"]}
    people = collections.defaultdict(list)      # story -> every name and variant of its persons
    for story, persons in gold.get("persons", {}).items():
        for p in persons:
            people[story].extend([p["canonical"]] + p.get("variants", []))
    for q in gold["quotes"]:
        people[q["story"]].append(q["speaker"])
    for m in gold["memberships"]:
        people[story_of.get(m["article"], "")].append(m["person"])

    def known(story, name):
        return any(co.same_person(name, n) for n in people.get(story, []))

    def find(article, start, end):      # the checker's rule: the best overlap/union
        best, bscore = None, 0.0
        for r in by_art.get(article, []):
            ov = co.overlap(start, end, r["_s"], r["_e"])
            score = ov / (max(end, r["_e"]) - min(start, r["_s"])) if ov else 0.0
            if score > bscore:
                best, bscore = r, score
        return best

    counts, examples = collections.Counter(), collections.defaultdict(list)

    def note(cls, example):
        counts[cls] += 1
        if len(examples[cls]) < args.examples:
            examples[cls].append(example)

    for q in gold["quotes"]:
        counts["gold quotes"] += 1
        r = find(q["article"], q["start"], q["end"])
        if not r:
            note("quote not found", q["id"])
            continue
        sp = r.get("speaker", "") or ""
        if co.same_person(sp, q["speaker"]):
            counts["right"] += 1
        elif not sp.strip():
            note("no speaker", q["id"])
        elif known(q["story"], sp):
            note("speaker choice", "%s: %s for %s" % (q["id"], sp, q["speaker"]))
        else:
            note("mention typing", "%s: %s for %s" % (q["id"], sp, q["speaker"]))
    truth = {(p["person"], co.party_key(p["party"])) for p in gold["memberships"] + gold["memberships_world_knowledge"]}
    need = [(m["person"], co.party_key(m["party"]), m["article"]) for m in gold["memberships"]
            if m["strength"] in ("stated", "implied")]
    sys_rows = [(r.get("personName") or co.local(r.get("person", "")),
                 co.party_key(r.get("partyName") or co.local(r.get("party", ""))), co.local(r.get("article", "")))
                for r in mem]
    counts["system memberships"] = len(sys_rows)
    counts["needed memberships"] = len(need)
    for p, k, a in sys_rows:
        if any(co.same_person(p, tp) and k == tk for tp, tk in truth):
            continue
        note("membership wrong" if known(story_of.get(a, ""), p) else "membership typing", "%s: %s / %s" % (a, p, k))
    for p, k, a in need:
        if not any(co.same_person(sp, p) and sk == k and sa == a for sp, sk, sa in sys_rows):
            note("membership missed", "%s: %s / %s" % (a, p, k))
    order = ["gold quotes", "right", "quote not found", "speaker choice", "mention typing", "no speaker",
             "system memberships", "membership wrong", "membership typing", "needed memberships", "membership missed"]
    return order, counts, examples


def polnear(args):
    sa = load(os.path.join(args.shared, "eval", "score_attribution.py"), "score_attribution")
    split_dir = os.path.join(args.shared, "polnear", args.split)
    gold = sa.load_gold(os.path.join(split_dir, "gold.jsonl"))
    system = sa.load_system(os.path.join(args.results, "attributions-%s.json" % args.split))
    text_dir = os.path.join(split_dir, "text")
    articles = {n[:-4] for n in os.listdir(text_dir) if n.endswith(".txt")} | {g["article"] for g in gold}
    speakers = collections.defaultdict(list)
    for g in gold:
        if g["_evaluable"]:
            speakers[g["article"]].append(g["speaker"])
    counts, examples = collections.Counter(), collections.defaultdict(list)

    def note(cls, example):
        counts[cls] += 1
        if len(examples[cls]) < args.examples:
            examples[cls].append(example)

    gold_by, sys_by = collections.defaultdict(list), collections.defaultdict(list)
    for g in gold:
        gold_by[g["article"]].append(g)
    for s in system:
        sys_by[s["article"]].append(s)
    for article in sorted(articles):
        g_items, s_items = gold_by.get(article, []), sys_by.get(article, [])
        pairs = sa.match_article(s_items, g_items, 0.5, "shorter")
        matched_s = {si: gi for si, gi in pairs}
        matched_g = {gi: si for si, gi in pairs}
        for gi, g in enumerate(g_items):
            if not g["direct"] or not args.all_speakers and g["speaker_kind"] != "person":
                continue
            counts["gold direct quotes"] += 1
            if gi not in matched_g:
                note("quote not found", "%s@%d" % (article, g["_spans"][0][0]))
        for si, s in enumerate(s_items):
            if si not in matched_s:
                if s["_direct"]:
                    counts["system direct quotes"] += 1
                    note("spurious quote", "%s@%d" % (article, s["start"]))
                continue
            g = g_items[matched_s[si]]
            if not g["direct"] or not args.all_speakers and g["speaker_kind"] != "person":
                continue
            counts["system direct quotes"] += 1
            if not g["_evaluable"]:
                continue
            counts["attributable"] += 1
            sp = s["speaker"]
            if sa.speakers_agree(sp, g["speaker"]):
                counts["right"] += 1
            elif not sp.strip():
                note("no speaker", "%s@%d" % (article, s["start"]))
            elif any(sa.speakers_agree(sp, o) for o in speakers[article]):
                note("speaker choice", "%s@%d: %s for %s" % (article, s["start"], sp, g["speaker"]))
            else:
                note("mention typing", "%s@%d: %s for %s" % (article, s["start"], sp, g["speaker"]))
    order = ["gold direct quotes", "system direct quotes", "attributable", "right", "quote not found",
             "spurious quote", "speaker choice", "mention typing", "no speaker"]
    return order, counts, examples


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("which", choices=["crossoutlet", "polnear"])
    ap.add_argument("results", help="crossoutlet: OUTDIR/res of score_crossoutlet.sh; polnear: the --out of newskg score")
    ap.add_argument("--shared", default=os.environ.get("NEWSKG_SHARED", os.path.join(here, "..", "..", "shared")))
    ap.add_argument("--set", help="crossoutlet set folder (default: SHARED/eval/crossoutlet-dev)")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--all-speakers", action="store_true",
                    help="polnear: count organization speakers too (the headline figures are the scorer's --restrict-person run)")
    ap.add_argument("--examples", type=int, default=0, help="print up to N examples per class")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    order, counts, examples = (crossoutlet if args.which == "crossoutlet" else polnear)(args)
    if args.json:
        print(json.dumps({k: counts[k] for k in order}, indent=1))
    else:
        for k in order:
            print("%-24s %5d" % (k, counts[k]))
    for k in order:
        for e in examples.get(k, []):
            print("  %s: %s" % (k, e))
    return 0


if __name__ == "__main__":
    sys.exit(main())
