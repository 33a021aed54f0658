#!/usr/bin/env python3
"""profile_report.py: inclusive time per function from `perf script` output (call graphs), demangled.

A sampling profile's flat list is flat for vanban (the runtime's retain/release lead it); what a change can move
is the time *under* a function. This reads every sample's stack once and counts each function on it once:
  perf script -i perf.data | python3 scripts/profile_report.py [--under NAME] [--top N]
--under NAME: only samples with NAME on their stack, split by the function NAME calls directly (a stage's parts).
Samples inside PCRE2's JIT code have no symbols (their stacks stop there): they show as "[unknown]".
"""
import argparse, collections, re, shutil, subprocess, sys

def stacks(lines):
    stack = []
    for line in lines:
        if not line.strip():
            if stack: yield stack
            stack = []
        elif line[0] in " \t":
            parts = line.split(None, 2)
            if len(parts) >= 2: stack.append(parts[1].split("+")[0])
    if stack: yield stack

def demangled(symbols):
    if not shutil.which("swift-demangle"): return {s: s for s in symbols}
    out = subprocess.run(["swift-demangle", "--simplified", "--compact"], input="\n".join(symbols),
                         capture_output=True, text=True).stdout.split("\n")
    return {s: re.sub(r"\(.*", "", d) for s, d in zip(symbols, out)}

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--under", help="a function's name (part of its symbol): split its time by what it calls")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    counts, total, within = collections.Counter(), 0, 0
    for stack in stacks(sys.stdin):          # stack[0] is the leaf
        total += 1
        if args.under:
            hits = [i for i, s in enumerate(stack) if args.under in s]
            if not hits: continue
            within += 1
            outer = max(hits)
            counts[stack[outer - 1] if outer > 0 else "(itself)"] += 1
        else:
            for symbol in set(stack): counts[symbol] += 1
    if not total: sys.exit("no samples with call graphs (record with perf record -g)")
    ours = ("$s6VanBan", "$s4JSON", "$s10JSONSchema", "$s5PCRE2", "$s6vanban", "$s13VanBanRegister")
    rows = [(s, n) for s, n in counts.most_common() if args.under or s.startswith(ours) or s == "[unknown]"][: args.top]
    names = demangled([s for s, _ in rows])
    if args.under: print(f"{100 * within / total:6.2f}%  under {args.under}, by what it calls:")
    for symbol, n in rows: print(f"{100 * n / total:6.2f}%  {names.get(symbol, symbol)[:120]}")

if __name__ == "__main__":
    main()
