#!/usr/bin/env python3
"""readme-table.py REPORT README: puts the benchmark report (table and machine) into README between
the markers <!-- bench:begin --> and <!-- bench:end -->, so the README always shows the latest run."""
import sys

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def main(report_path, readme_path):
    report = open(report_path, encoding="utf-8").read().strip()
    readme = open(readme_path, encoding="utf-8").read()
    start, end = readme.find(BEGIN), readme.find(END)
    if start < 0 or end < start:
        print(f"readme-table.py: no {BEGIN} … {END} block in {readme_path}; README not changed", file=sys.stderr)
        return 1
    updated = readme[: start + len(BEGIN)] + "\n" + report + "\n" + readme[end:]
    with open(readme_path, "w", encoding="utf-8") as out:
        out.write(updated)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(1)
    sys.exit(main(sys.argv[1], sys.argv[2]))
