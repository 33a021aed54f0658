#!/usr/bin/env python3
"""Appendix table row counts against a held-out folder's SOURCES.tsv (column rows_per_table, "15;36", "?"
where the counter was unsure), per document and in all.

usage: score_table_rows.py [--vanban PATH] DIR

A document's tables are matched to the expected counts in order by longest common subsequence; a table
expected with 0 rows is right when no rows are made of it.
"""
import argparse, csv, glob, json, os, subprocess

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def lcs(e, g):
    L = [[0] * (len(g) + 1) for _ in range(len(e) + 1)]
    for i in range(len(e) - 1, -1, -1):
        for j in range(len(g) - 1, -1, -1):
            L[i][j] = L[i + 1][j + 1] + 1 if e[i] == g[j] else max(L[i + 1][j], L[i][j + 1])
    return L[0][0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vanban", default=os.path.join(REPO, ".build", "release", "vanban"))
    ap.add_argument("dir")
    args = ap.parse_args()
    truth = {r["file"]: r for r in csv.DictReader(open(os.path.join(args.dir, "SOURCES.tsv"), encoding="utf-8"), delimiter="\t")}
    files = sorted(os.path.join(args.dir, f) for f in truth)
    out = subprocess.run([args.vanban, "parse", "--format", "ndjson", *files], capture_output=True, text=True).stdout
    right = total = 0
    for line in out.splitlines():
        doc = json.loads(line)
        name = os.path.basename(doc["source"]["name"])
        written = truth[name]["rows_per_table"].strip()
        # No table expected (an appendix in prose, a table in the body only): right when none is made.
        expected = [int(x) if x.strip().isdigit() else None for x in written.split(";")] if written else [0]
        got = [len(t["rows"]) for a in doc.get("appendices") or [] for t in a["tables"]]
        counted = [x for x in expected if x]
        hit = lcs(counted, got) + sum(1 for x in expected if x == 0)
        right += hit; total += len(expected)
        print(f"{name[:48]:48} expected {truth[name]['rows_per_table']:>18}  got {';'.join(map(str, got)) or '-':>18}  {hit}/{len(expected)}")
    print(f"tables right: {right} of {total}")


if __name__ == "__main__":
    main()
