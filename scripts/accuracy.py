#!/usr/bin/env python3
"""Score vanban's output against the hand-verified key fields of a corpus.

usage: scripts/accuracy.py [--vanban PATH] [--verbose] [--min PCT] [DIR ...]

Every X.txt with an X.expected.json beside it (format: shared/corpus/EXPECTED-FORMAT.md) is parsed
by ONE `vanban parse --format ndjson` run; output lines are mapped back by `source.name`. Default DIR:
the repo's Corpus/, or ../shared/corpus/dev/ when Corpus/ has no *.expected.json.

Key fields (expected key -> our JSON path), each scored right/wrong per document:
  kind -> kind                           documentType -> header.documentType.name
  typeCode -> header.number.typeCode     number -> header.number.canonical
  date -> header.date.value              place -> header.place.text
  parentAuthority -> header.parentAuthority.text    issuer -> header.issuer.text
  subject -> header.subject.text
  recipientsCount -> len(closing.recipients); 0 -> null unless closing.recipientsLabel is printed
  topLevelMarkers -> `marker` of the top-level body[] nodes, in order, as one list. Bullets
      ('-', '+', '*', '•', type "item") are not outline markers and are skipped; markers are
      normalised by stripping whitespace and a trailing '.'.
  appendixTableRows -> [len(rows) for appendices[].tables[]], as one list
  signatures -> closing.signatures[] as (mode, title, name): max(#expected, #ours) fields; each
      expected signature is right when an unused one of ours has all three equal (in any order);
      the rest (unmatched expected, and extra ones of ours) are wrong.
  references -> references[] as canonical -> date.value: each expected reference is one field,
      right when we cite that number with the same date (null = no date); numbers we cite beyond
      the expected are listed as "references+" (not fields). Over the whole corpus we
      also report number precision (ours that are expected) and recall (expected that we found),
      and date accuracy over the numbers found.
Texts compare after NFC and whitespace collapsing, otherwise exactly (case-sensitive); numbers also
drop every space. An expected null matches a null or absent value of ours. A document missing from
the output scores all its fields wrong. Overall % = right fields / all fields.

Each wrong field is followed by "why:": the diagnostic vanban raised that accounts for it (a broken text
layer, an unreadable table, a date that cannot exist …), or a plain statement that none does.

Exit status: 0; 1 with --min PCT when overall < PCT; 2 when the binary cannot be run.
"""
import argparse, collections, json, os, re, subprocess, sys, time, unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCALARS = ["kind", "documentType", "typeCode", "number", "date", "place", "parentAuthority",
           "issuer", "subject", "recipientsCount", "topLevelMarkers", "appendixTableRows"]
FIELDS = SCALARS[:9] + ["signatures", "recipientsCount", "references",
                        "topLevelMarkers", "appendixTableRows"]
BULLETS = {"-", "+", "*", "•", "–", "—"}


def norm(v):
    """NFC + collapsed whitespace for strings, recursively for lists; other values unchanged."""
    if isinstance(v, str):
        return re.sub(r"\s+", " ", unicodedata.normalize("NFC", v)).strip()
    if isinstance(v, (list, tuple)):
        return [norm(x) for x in v]
    return v


def num(v):
    return None if v is None else re.sub(r"\s+", "", unicodedata.normalize("NFC", v))


def get(d, *path):
    for k in path:
        if not isinstance(d, dict):
            return None
        d = d.get(k)
    return d


def date_value(d):
    return d.get("value") if isinstance(d, dict) else d


def marker(m):
    return re.sub(r"\.$", "", norm(m)).strip()


def ours(doc):
    """Our key fields, in the expected-file format."""
    h = doc.get("header") or {}
    closing = doc.get("closing") or {}
    top = [n for n in doc.get("body") or [] if n.get("marker") and n.get("type") != "item"
           and marker(n["marker"]) not in BULLETS]
    refs = {}
    for r in doc.get("references") or []:
        refs.setdefault(num(r.get("canonical")), date_value(r.get("date")))
    return {
        "kind": doc.get("kind"),
        "documentType": get(h, "documentType", "name"),
        "typeCode": get(h, "number", "typeCode"),
        "number": num(get(h, "number", "canonical")),
        "date": get(h, "date", "value"),
        "place": get(h, "place", "text"),
        "parentAuthority": get(h, "parentAuthority", "text"),
        "issuer": get(h, "issuer", "text"),
        "subject": get(h, "subject", "text"),
        "recipientsCount": len(closing.get("recipients") or []) or (0 if closing.get("recipientsLabel") else None),
        "topLevelMarkers": [marker(n["marker"]) for n in top],
        "appendixTableRows": [len(t.get("rows") or []) for a in doc.get("appendices") or []
                              for t in a.get("tables") or []],
        "signatures": [(s.get("mode"), s.get("title"), s.get("name"))
                       for s in closing.get("signatures") or []],
        "references": refs,
    }


def score(exp, got, stats, wrong, stem):
    """Adds right/total per field to stats and (stem, field, expected, got) to wrong."""
    def mark(field, ok, e, g):
        stats[field][1] += 1
        if ok:
            stats[field][0] += 1
        else:
            wrong.append((stem, field, e, g))

    for f in SCALARS:
        e, g = exp.get(f), (got or {}).get(f)
        if f == "number":
            e = num(e)
        elif f == "topLevelMarkers":
            e = [marker(m) for m in e or []]
        mark(f, got is not None and norm(e) == norm(g), e, g)
    exp_s = [tuple(norm([s.get("mode"), s.get("title"), s.get("name")]))
             for s in exp.get("signatures") or []]
    left = [tuple(norm(list(s))) for s in (got or {}).get("signatures", [])]
    missed = []
    for t in exp_s:
        if t in left:
            left.remove(t)
            mark("signatures", True, t, t)
        else:
            missed.append(t)
    for i in range(max(len(missed), len(left))):   # unmatched, paired in reading order
        e, g = (missed[i:i + 1] or [None])[0], (left[i:i + 1] or [None])[0]
        mark("signatures", False, e and list(e), g and list(g))
    g_refs = (got or {}).get("references", {})
    e_refs = {num(r["number"]): r.get("date") for r in exp.get("references") or []}
    refs = stats["_refs"]   # [found, ours, expected, dates right among found]
    refs[0] += len(set(e_refs) & set(g_refs))
    refs[1] += len(g_refs)
    refs[2] += len(e_refs)
    for n, d in e_refs.items():
        refs[3] += n in g_refs and g_refs[n] == d
        mark("references", n in g_refs and g_refs[n] == d, [n, d],
             [n, g_refs[n]] if n in g_refs else None)
    extra = sorted(set(g_refs) - set(e_refs))
    if extra and (got is not None):
        wrong.append((stem, "references+", None, extra))


# The rules that can explain a wrong field; a broken text layer explains any.
EXPLAINED_BY = {"date": ("date.invalid", "date.format"), "number": ("number.",), "typeCode": ("number.",),
                "appendixTableRows": ("table.",), "signatures": ("structure.missing-component",),
                "recipientsCount": ("structure.missing-component",), "topLevelMarkers": ("structure.",)}


def why(diags, field):
    """The diagnostics vanban raised that account for a wrong field, or a plain statement that none does."""
    families = ("text.broken-layer",) + EXPLAINED_BY.get(field, ("structure.missing-component",))
    found = [d for d in diags if str(d.get("rule", "")).startswith(families)]
    if not found:
        return "no diagnostic flags it (a miss vanban does not know about)"
    d = found[0]
    line = get(d, "span", "start", "line")
    more = f" (+{len(found) - 1} more)" if len(found) > 1 else ""
    return f"vanban flagged it: {d['rule']} at line {line}: {d.get('message', '')[:140]}{more}"


def run_vanban(binary, paths):
    for _ in range(10):     # the binary may be mid-rebuild: wait up to 30 s for it
        if os.access(binary, os.X_OK):
            break
        print(f"accuracy: waiting for {binary}", file=sys.stderr)
        time.sleep(3)
    try:
        p = subprocess.run([binary, "parse", "--format", "ndjson", *paths],
                           capture_output=True, text=True)
    except OSError as e:
        print(f"accuracy: cannot run {binary}: {e}", file=sys.stderr)
        sys.exit(2)
    if p.returncode not in (0, 3):
        print(f"accuracy: {binary} exited {p.returncode}:\n{p.stderr}", file=sys.stderr)
        sys.exit(2)
    if p.returncode == 3:
        print(p.stderr.rstrip(), file=sys.stderr)
    out = {}
    for line in p.stdout.splitlines():
        if line.strip():
            doc = json.loads(line)
            out[get(doc, "source", "name")] = doc
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="*", metavar="DIR")
    ap.add_argument("--vanban", default=os.path.join(REPO, ".build", "debug", "vanban"))
    ap.add_argument("--verbose", "-v", action="store_true", help="always list the wrong fields")
    ap.add_argument("--min", type=float, metavar="PCT", help="exit 1 when overall %% < PCT")
    args = ap.parse_args()
    dirs = args.dirs or [os.path.join(REPO, "Corpus")]
    corpus = dirs[0]
    if not args.dirs and not (os.path.isdir(corpus) and any(
            f.endswith(".expected.json") for f in os.listdir(corpus))):
        dirs = [os.path.normpath(os.path.join(REPO, "..", "shared", "corpus", "dev"))]
    cases = []   # (stem, txt path, expected)
    for d in dirs:
        for f in sorted(os.listdir(d)):
            stem = f[:-len(".expected.json")] if f.endswith(".expected.json") else None
            if stem and os.path.exists(os.path.join(d, stem + ".txt")):
                with open(os.path.join(d, f), encoding="utf-8") as fh:
                    cases.append((stem, os.path.join(d, stem + ".txt"), json.load(fh)))
    if not cases:
        print(f"accuracy: no X.txt with X.expected.json in {', '.join(dirs)}", file=sys.stderr)
        return 0
    out = run_vanban(args.vanban, [c[1] for c in cases])
    by_base = {os.path.basename(k): v for k, v in out.items() if k}
    stats = collections.defaultdict(lambda: [0, 0])
    stats["_refs"] = [0, 0, 0, 0]
    wrong = []
    diagnostics = {}   # stem -> the document's diagnostics, to say why a field is wrong
    for stem, path, exp in cases:
        doc = out.get(path) or by_base.get(os.path.basename(path))
        diagnostics[stem] = (doc or {}).get("diagnostics") or []
        if doc is None:
            wrong.append((stem, "(document)", "output", "missing"))
        score(exp, ours(doc) if doc else None, stats, wrong, stem)

    pct = lambda a, b: 100.0 * a / b if b else 100.0
    print(f"{len(cases)} documents from {', '.join(dirs)}\n")
    print(f"{'field':<20}{'right':>7}{'total':>7}{'%':>8}")
    for f in FIELDS:
        r, t = stats[f]
        print(f"{f:<20}{r:>7}{t:>7}{pct(r, t):>7.1f}%")
    right = sum(stats[f][0] for f in FIELDS)
    total = sum(stats[f][1] for f in FIELDS)
    overall = pct(right, total)
    print(f"{'OVERALL':<20}{right:>7}{total:>7}{overall:>7.1f}%\n")
    found, n_ours, n_exp, dates = stats["_refs"]
    print(f"references: precision {pct(found, n_ours):.1f}% ({found}/{n_ours})  "
          f"recall {pct(found, n_exp):.1f}% ({found}/{n_exp})  "
          f"date accuracy {pct(dates, found):.1f}% ({dates}/{found})")

    show = lambda v: json.dumps(v, ensure_ascii=False)
    n = sum(1 for w in wrong if w[1] != "references+")
    if args.verbose or len(wrong) <= 40:
        print(f"\nwrong fields ({n}), and extra references (references+):")
        for stem, f, e, g in wrong:
            print(f"{stem}  {f}  expected={show(e)}  got={show(g)}")
            if f != "references+":
                print(f"    why: {why(diagnostics.get(stem, []), f)}")
    else:
        print(f"\n{n} wrong fields; --verbose lists them")
    return 1 if args.min is not None and overall < args.min else 0


if __name__ == "__main__":
    sys.exit(main())
