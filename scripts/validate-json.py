#!/usr/bin/env python3
"""Validates `vanban parse` output against Schemas/document.schema.json with Python's jsonschema.

Usage: scripts/validate-json.py [--schema PATH] FILE... ('-' reads standard input)

Each FILE is one JSON document (e.g. `--format json`) or NDJSON, one document a line (`--format ndjson`).
Every problem is printed as `path[:line]: /json/pointer: message` (the pointer is empty for the document
itself); a last line counts the documents. Exit status: 0 all valid, 1 some invalid or unreadable, 2 usage
or a broken schema. `format: "date"` is checked as an assertion (RFC 3339 full-date)."""
import argparse
import json
import pathlib
import sys

try:
    from jsonschema import Draft202012Validator, FormatChecker
    from jsonschema.exceptions import SchemaError
except ImportError:
    sys.exit("validate-json.py: the Python package `jsonschema` is required (pip install jsonschema)")

DEFAULT_SCHEMA = pathlib.Path(__file__).resolve().parent.parent / "Schemas" / "document.schema.json"


def pointer(path):
    """RFC 6901 JSON Pointer of a jsonschema error path ("" for the whole document)."""
    return "".join("/" + str(token).replace("~", "~0").replace("/", "~1") for token in path)


def short(text, limit=160):
    return text if len(text) <= limit else text[:limit] + "…"


def leaves(errors):
    """The innermost failures under anyOf/oneOf/allOf errors, with paths relative to the parent."""
    for error in errors:
        if error.context:
            for inner in leaves(error.context):
                yield list(error.relative_path) + list(inner[0]), inner[1]
        else:
            yield list(error.relative_path), error


def message(error):
    """The error message; an anyOf/oneOf failure lists what each alternative found wrong."""
    if not error.context:
        return short(error.message)
    found = list(leaves(error.context))
    # An alternative of another type altogether ({"type": "null"} beside an object) says nothing useful.
    useful = [(path, inner) for path, inner in found if path or inner.validator != "type"] or found
    parts = sorted({f"{pointer(path) or '(here)'}: {short(inner.message, 100)}" for path, inner in useful})
    return f"matches none of the {error.validator} alternatives ({'; '.join(parts)})"


def documents(name):
    """Yields (label, document or None, parse error or None) for one file or '-'."""
    try:
        if name == "-":
            text = sys.stdin.read()
        else:
            text = pathlib.Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        yield name, None, f"cannot read: {e}"
        return
    try:
        yield name, json.loads(text), None
        return
    except json.JSONDecodeError:
        pass
    seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen = True
        try:
            yield f"{name}:{number}", json.loads(line), None
        except json.JSONDecodeError as e:
            yield f"{name}:{number}", None, f"not JSON: {e.msg} at column {e.colno}"
    if not seen:
        yield name, None, "no JSON document"


def main(argv):
    parser = argparse.ArgumentParser(description="Validate vanban JSON/NDJSON output against the document schema.")
    parser.add_argument("--schema", default=str(DEFAULT_SCHEMA), help="schema file (default: %(default)s)")
    parser.add_argument("files", nargs="+", metavar="FILE", help="JSON or NDJSON file, or - for standard input")
    args = parser.parse_args(argv)

    try:
        schema = json.loads(pathlib.Path(args.schema).read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
    except (OSError, json.JSONDecodeError) as e:
        print(f"{args.schema}: cannot load schema: {e}", file=sys.stderr)
        return 2
    except SchemaError as e:
        print(f"{args.schema}: {pointer(e.absolute_path)}: schema is not valid draft 2020-12: {e.message}", file=sys.stderr)
        return 2
    validator = Draft202012Validator(schema, format_checker=FormatChecker(formats=["date"]))

    total = invalid = 0
    for name in args.files:
        for label, document, problem in documents(name):
            total += 1
            if problem is not None:
                invalid += 1
                print(f"{label}: : {problem}")
                continue
            errors = sorted(validator.iter_errors(document), key=lambda e: (list(map(str, e.absolute_path)), e.message))
            if errors:
                invalid += 1
            for error in errors:
                print(f"{label}: {pointer(error.absolute_path)}: {message(error)}")
    print(f"validated {total} documents, {invalid} invalid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
