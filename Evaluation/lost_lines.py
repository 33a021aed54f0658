#!/usr/bin/env python3
"""Lines of a text that no field of vanban's output points at: the brief's "nothing is lost", measured.

    python3 Evaluation/lost_lines.py [--vanban BINARY] [--show N] FILE...

For each file it runs `vanban parse`, gathers the line ranges of every `span` in the JSON (diagnostics aside), and
lists the lines with three letters or digits in a row that none of them covers. What is left on real texts is mostly
page furniture (running heads, page marks), converters' front matter, stamps' debris and rules; a paragraph of prose
in the list is text the output dropped. The last line gives the total.
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(os.path.dirname(HERE), ".build", "release", "vanban")
WORDY = re.compile(r"\w{3}")


def covered_lines(node, acc):
    """Adds to `acc` every line a span under `node` covers; diagnostics point at text, they do not hold it."""
    if isinstance(node, dict):
        span = node.get("span")
        if isinstance(span, dict) and "start" in span and "end" in span:
            acc.update(range(span["start"]["line"], span["end"]["line"] + 1))
        for key, value in node.items():
            if key != "diagnostics":
                covered_lines(value, acc)
    elif isinstance(node, list):
        for value in node:
            covered_lines(value, acc)


def lost(binary, path):
    """(line number, text) of the lines with words that no output span covers."""
    run = subprocess.run([binary, "parse", path], capture_output=True, text=True)
    if not run.stdout.strip():
        return None
    covered = set()
    covered_lines(json.loads(run.stdout), covered)
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [(i, l.strip()) for i, l in enumerate(lines, 1) if l.strip() and i not in covered and WORDY.search(l)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vanban", default=DEFAULT)
    parser.add_argument("--show", type=int, default=3, help="lines to print per file")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    total = 0
    for path in args.files:
        found = lost(args.vanban, path)
        if found is None:
            print(f"{path}: no output", file=sys.stderr)
            continue
        total += len(found)
        if found:
            print(f"{os.path.basename(path)}\t{len(found)}\t" + " · ".join(f"{n}: {t[:60]}" for n, t in found[:args.show]))
    print(f"total\t{total}")


if __name__ == "__main__":
    main()
