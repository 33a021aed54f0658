#!/usr/bin/env python3
"""Per-table scoring of the tables7 set: runs vanban once per pipeline (ndjson), compares every
appendix table's row count with truth.json, and writes tables.json (all per-table results) for
SUMMARY.md.

usage: score_tables.py [--vanban PATH] [--dir DIR]   (DIR: gen.py's --out)

A document's tables are compared in order when vanban reports as many tables as expected;
otherwise expected and reported counts are aligned by longest common subsequence (a table is right
when it is matched to an equal count in that alignment).
"""
import argparse, collections, json, os, subprocess

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PIPELINES = ["pdftotext-raw", "pdftotext-layout", "pdftotext", "pypdf", "pdfminer", "pymupdf",
             "docx-pandoc", "docx-lotxt", "antiword"]


def lcs_match(e, g):
    """Indices of e matched to equal values of g by an order-preserving longest alignment."""
    n, m = len(e), len(g)
    L = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            L[i][j] = L[i + 1][j + 1] + 1 if e[i] == g[j] else max(L[i + 1][j], L[i][j + 1])
    i = j = 0
    hit = set()
    while i < n and j < m:
        if e[i] == g[j]:
            hit.add(i); i += 1; j += 1
        elif L[i + 1][j] >= L[i][j + 1]:
            i += 1
        else:
            j += 1
    return hit


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vanban", default=os.path.join(REPO, ".build", "release", "vanban"))
    ap.add_argument("--dir", default=os.path.join(REPO, ".build-eval", "synthetic-tables"))
    args = ap.parse_args()
    HERE = args.dir
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    results = []
    for p in PIPELINES:
        files = [os.path.join(HERE, p, f"{i}_{p}.txt") for i in sorted(truth)]
        out = subprocess.run([args.vanban, "parse", "--format", "ndjson", *files], capture_output=True,
                             text=True).stdout
        got = {}
        for line in out.splitlines():
            if line.strip():
                doc = json.loads(line)
                got[os.path.basename(doc["source"]["name"])[:2]] = [
                    len(t.get("rows") or []) for a in doc.get("appendices") or [] for t in a.get("tables") or []]
        for i in sorted(truth):
            e = [t["rows"] for t in truth[i]["tables"]]
            g = got.get(i)
            hit = ({k for k in range(len(e)) if e[k] == g[k]} if g is not None and len(g) == len(e)
                   else lcs_match(e, g or []))
            for k, t in enumerate(truth[i]["tables"]):
                results.append({"doc": i, "pipeline": p, "table": k + 1, "shape": t["shape"],
                                "shapeName": t["shapeName"], "variant": t["variant"],
                                "expected": e, "got": g, "expectedRows": t["rows"], "right": k in hit,
                                "docRight": g == e})
    json.dump(results, open(os.path.join(HERE, "tables.json"), "w", encoding="utf-8"), ensure_ascii=False,
              indent=0)
    by_shape = collections.defaultdict(lambda: [0, 0])
    by_pipe = collections.defaultdict(lambda: [0, 0])
    for r in results:
        by_shape[r["shape"]][0] += r["right"]; by_shape[r["shape"]][1] += 1
        by_pipe[r["pipeline"]][0] += r["right"]; by_pipe[r["pipeline"]][1] += 1
    for s in sorted(by_shape):
        print("shape", s, by_shape[s])
    for p in PIPELINES:
        print(p, by_pipe[p])


if __name__ == "__main__":
    main()
