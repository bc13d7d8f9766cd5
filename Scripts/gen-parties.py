#!/usr/bin/env python3
"""Writes Sources/KGExtraction/Resources/parties.tsv, the political parties the gazetteer knows, from Party Facts.

Input (not in the repository; MIT licence, see its LICENSE file):
  Party Facts core parties and their Wikidata links, GitHub hdigital/partyfactsdata
  (import/elecglob/partyfacts-core-parties.csv, import/wikipedia/wikidata.csv), as copied to
  ../shared/data/parties/. Cite: Döring, Holger, and Sven Regel. 2019. "Party Facts: A Database of Political
  Parties Worldwide." Party Politics 25(2): 97–109.

Output columns (tab-separated, one name a line):
  name as news writes it, canonical entity, ISO 3166 alpha-3 country, Wikidata id (may be empty).

Which names: the English names and the native (romanised) name of parties that won at least MIN_SHARE % of a
vote and were active after FIRST_YEAR. Abbreviations ("PP", "SD") and names of one word are left out unless
the party won SINGLE_WORD_SHARE % and the word is no common one ("Labour", "Solidarity", "Greens"): they
collide across countries (see the data's README), so news forms like "the Tories" stay in names.tsv. A name several
parties share goes to the party of the first country in NEWS_COUNTRIES that has it (English-language news
means the British Labour Party by "Labour Party"), else to the largest vote share; the others keep it only
qualified by their country ("Labour Party (MUS)").

Usage: python3 Scripts/gen-parties.py [--data DIR] [--out PATH]
"""
import argparse
import csv
import os
import re
import unicodedata
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIN_SHARE = 2.0
FIRST_YEAR = 1990
# Words that make a two-word name too generic to match on its own.
SINGLE_WORD_SHARE = 10.0
# Other countries with a party of a kind ("Communist Party") that make its bare name no one party's.
KIND_COUNTRIES = 3
# Countries whose parties win a name they share with others ("Labour Party" is the British one).
NEWS_COUNTRIES = ["USA", "GBR", "NIR", "IRL", "AUS", "CAN", "NZL", "IND", "ZAF"]
# Single words that are party names somewhere but ordinary words (or several countries' parties) in news.
COMMON_WORDS = {
    "labour", "labor", "conservatives", "liberals", "greens", "unity", "alliance", "solidarity", "renewal",
    "forward", "independents", "nationalists", "whigs", "democrats", "republicans", "socialists", "communists",
    "centre", "center", "union", "freedom", "justice", "progress", "reform", "future", "hope", "homeland",
    "motherland", "fatherland", "together", "change", "movement", "front", "rally", "agrarians", "tories",
    "liberal", "conservative", "radical", "popular", "people", "peoples", "national", "democracy", "republic",
    "independent", "list", "others", "other", "coalition", "bloc", "party", "yes", "no", "forza", "dawn",
}
GENERIC = {"the", "list", "independent", "independents", "others", "other", "alliance", "coalition", "bloc", "front"}


def names_of(field):
    """The alternative names in a field ("A / B", "A | B"), each without what follows a dash or opens a
    parenthesis ("Fianna Fail – The Republican Party" → "Fianna Fail", "Sinn Fein (Provisional)" → "Sinn Fein")."""
    out = []
    for part in re.split(r"\s*/\s*|\s*\|\s*", field or ""):
        part = re.split(r"\s+[–—]\s+|\s+--\s+|\s*[(\[]", part)[0].strip().strip('"')
        if part:
            out.append(part)
    return out


def latin(name):
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def usable(name, share):
    words = name.split()
    if len(name) > 60 or not latin(name):
        return False
    # One word only for a party that won a large share and is no common English word ("Likud", "Fidesz").
    if len(words) < 2 and (share < SINGLE_WORD_SHARE or name.lower() in COMMON_WORDS or not name[:1].isupper()
                           or name.isupper() or len(name) < 4):
        return False
    if any(c in name for c in ':(),[]"'):
        return False
    if not words[0][0].isupper():
        return False
    if all(w.lower() in GENERIC for w in words[1:]) or words[0].lower() in {"list", "independent"}:
        return False
    return True


def country_names():
    """Lower-case names and demonyms of each country (alpha-3), from the gazetteer's countries.tsv and names.tsv."""
    resources = os.path.join(ROOT, "Sources", "KGExtraction", "Resources")
    names, codes = {}, {}
    with open(os.path.join(resources, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            codes[c[0]] = c[2]
            for n in [c[0]] + [x for x in c[4].split("|") if x]:
                names.setdefault(c[2], set()).add(n.lower())
    with open(os.path.join(resources, "names.tsv"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) >= 4 and c[2] == "country" and c[1] in codes:
                names.setdefault(codes[c[1]], set()).update(n.lower() for n in c[3].split("|") if n)
    return names


def party_kind(name, country, countries):
    """A party's name without its country, lower-cased ("Communist Party of China", "Armenian Communist Party",
    "Socialist Party (FRA)" → "communist party", "socialist party"), as Gazetteer.partyKind reads it."""
    words = name.split()
    own = countries.get(country, set())
    if words and words[-1] == f"({country})":
        words = words[:-1]
    if "of" in words[1:]:
        at = len(words) - 1 - words[::-1].index("of")
        rest = words[at + 1:]
        while rest and rest[0] == "the":
            rest = rest[1:]
        if rest and " ".join(rest).lower() in own:
            words = words[:at]
    if len(words) > 1 and words[0].lower() in own:
        words = words[1:]
    return " ".join(words).lower()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "parties"))
    ap.add_argument("--out", default=os.path.join(ROOT, "Sources", "KGExtraction", "Resources", "parties.tsv"))
    args = ap.parse_args()
    core = os.path.join(args.data, "partyfacts-core-parties.csv")
    wiki = os.path.join(args.data, "partyfacts-wikidata.csv")
    if not os.path.exists(core):
        sys.exit(f"error: {core} not found; pass --data with the Party Facts directory")
    wikidata = {}
    if os.path.exists(wiki):
        with open(wiki, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                wikidata.setdefault(row["partyfacts_id"], row["wikidata_id"])
    parties = []
    with open(core, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row.get("technical"):
                continue
            try:
                share = float(row["share"]) if row["share"] else 0.0
            except ValueError:
                share = 0.0
            last = row["year_last"]
            if last and last.isdigit() and int(last) < FIRST_YEAR:
                continue
            pid = row["partyfacts_id"]
            if share < MIN_SHARE:
                continue
            english = [n for n in names_of(row["name_english"]) if usable(n, share)]
            native = [n for n in names_of(row["name"]) if usable(n, share)]
            names = list(dict.fromkeys(english + native))
            if not names:
                continue
            # "CDU/CSU": a joint list of two parties, each its own entity.
            if "/" in row["name_short"] and len(english) > 1:
                for name in english:
                    parties.append((share, row["country"], [name], wikidata.get(pid, "") if name == english[0] else ""))
                continue
            parties.append((share, row["country"], names, wikidata.get(pid, "")))
    # A name several parties share goes to the party of the country English-language news most often means
    # by it (NEWS_COUNTRIES, in order), else to the largest vote share.
    parties.sort(key=lambda p: (NEWS_COUNTRIES.index(p[1]) if p[1] in NEWS_COUNTRIES else len(NEWS_COUNTRIES), -p[0], p[1], p[2][0]))
    taken = {}
    rows = []
    for share, country, names, qid in parties:
        canonical = names[0]
        if canonical in taken:
            canonical = f"{canonical} ({country})"
            if canonical in taken:
                continue
        taken[canonical] = country
        for name in names:
            if name in taken and taken[name] != country or name != canonical and name in taken:
                continue
            if name != canonical:
                taken[name] = country
            rows.append((name, canonical, country, qid))
    # A bare kind of party that several countries have ("Communist Party": of China, of Cuba, Armenian …) names
    # none of them in news unless English-language news means one by it: it stays a party, of no country and
    # with no Wikidata id, and Sweden's Left Party, once its "Communist Party", keeps only its own names. (The
    # country's own party of a kind is found by the gazetteer: "the Chinese Communist Party" is the Communist
    # Party of China.)
    countries = country_names()
    kinds = {}
    for name, canonical, country, _ in rows:
        kinds.setdefault(party_kind(name, country, countries), set()).add(country)
    generic = {r[0] for r in rows if r[2] not in NEWS_COUNTRIES and len(kinds.get(r[0].lower(), set()) - {r[2]}) >= KIND_COUNTRIES}
    # (The party whose name that was is named with its country: "Liberal Democratic Party (JPN)".)
    qualified = lambda name, country: f"{name} ({country})" if name in generic else name
    rows = list(dict.fromkeys((qualified(n, k), qualified(c, k), k, q) for n, c, k, q in rows))
    rows += [(name, name, "", "") for name in generic]
    rows.sort(key=lambda r: (r[2], r[1], r[0]))
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# name\tentity\tcountry\twikidata\n")
        out.write("# Generated by Scripts/gen-parties.py from Party Facts (https://partyfacts.herokuapp.com, MIT licence,\n")
        out.write("# Copyright (c) 2022 Party Facts authors; Döring & Regel 2019, Party Politics 25(2)). Do not edit by hand.\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
    print(f"{len(rows)} names of {len(taken)} parties written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
