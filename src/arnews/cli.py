"""The command line: ``arnews extract FILE… | -``.

Prints one JSON object per input (a JSON array when there are several; ``--jsonl`` for JSON lines), or with
``--pretty`` a readable right-to-left-safe summary. A ``.jsonl`` input holds one record per line with a
"text" field (and optionally "title" and "id"). Errors go to stderr; an unreadable file never stops the others;
the exit status is 1 when any input failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from . import __version__
from .display import summary
from .errors import ArnewsError
from .pipeline import Pipeline
from .serialize import dumps

__all__ = ["main"]


def _read(path: str, stdin: TextIO) -> str:
    if path == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
    else:
        with open(path, "rb") as fh:
            data = fh.read()
    if isinstance(data, bytes):
        # invalid UTF-8 is kept as lone surrogates (escaped in the JSON), never dropped
        return data.decode("utf-8-sig", errors="surrogateescape")
    return data


def _inputs(paths: list[str], stdin: TextIO, errors: list[str]) -> Iterator[tuple[str, Any]]:
    for path in paths:
        try:
            text = _read(path, stdin)
        except OSError as exc:
            errors.append(f"arnews: cannot read {path}: {exc.strerror or exc}")
            print(errors[-1], file=sys.stderr)
            continue
        if path.endswith(".jsonl"):
            for n, line in enumerate(text.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                        raise ValueError("a record needs a string 'text' field")
                except ValueError as exc:
                    errors.append(f"arnews: {path}:{n}: skipped: {exc}")
                    print(errors[-1], file=sys.stderr)
                    continue
                yield f"{path}:{n}", record
        else:
            yield path, text


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="arnews", description="Entities, quotes and claims from Arabic news.")
    ap.add_argument("--version", action="version", version=f"arnews {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="analyse articles and print JSON (or a summary with --pretty)")
    ex.add_argument("files", nargs="+", metavar="FILE", help="text files, .jsonl record files, or - for stdin")
    out = ex.add_mutually_exclusive_group()
    out.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    out.add_argument("--pretty", action="store_true", help="a readable summary for a person at a terminal")
    ex.add_argument("--indent", type=int, default=None, help="indent JSON by N spaces")
    ex.add_argument("--tokens", action="store_true", help="include the token list in the JSON")
    ex.add_argument("--pipeline", default=None,
                    help="comma-separated extractor names (default: the default pipeline)")
    return ap


def main(argv: list[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    try:
        pipeline = Pipeline.default() if args.pipeline is None else \
            Pipeline.from_names([n.strip() for n in args.pipeline.split(",") if n.strip()])
    except ArnewsError as exc:
        print(f"arnews: {exc}", file=sys.stderr)
        return 2
    errors: list[str] = []
    items = list(_inputs(args.files, stdin, errors))
    as_array = not args.jsonl and not args.pretty and len(items) > 1
    if as_array:
        stdout.write("[\n")
    first = True
    for name, item in items:
        try:
            article = pipeline(item)
        except Exception as exc:  # one bad input never stops the others
            errors.append(f"arnews: {name}: {type(exc).__name__}: {exc}")
            print(errors[-1], file=sys.stderr)
            continue
        if args.pretty:
            stdout.write(f"== {name}\n{summary(article)}\n\n")
            continue
        data = article.to_dict(tokens=args.tokens)
        data["meta"].setdefault("source", name)
        text = dumps(data, indent=None if args.jsonl else args.indent)
        if as_array:
            stdout.write(("" if first else ",\n") + text)
        else:
            stdout.write(text + "\n")
        first = False
    if as_array:
        stdout.write("\n]\n")
    stdout.flush()
    return 1 if errors else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
