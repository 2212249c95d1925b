#!/usr/bin/env python3
"""Run `newsfacts check` on each story folder under a directory and print every conflict it reports, with each
claim's sentence and the figure marked [[like this]], for reading conflicts by hand on data without conflict gold
(for instance the ECB+ dev topics: a precision estimate where no scorer can give one).

usage: python3 tools/pile-conflicts.py CLI STORIES_DIR [--count]
"""
import json
import subprocess
import sys
from pathlib import Path


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    cli, root = sys.argv[1], Path(sys.argv[2])
    count_only = "--count" in sys.argv[3:]
    total = 0
    for story in sorted(p for p in root.iterdir() if p.is_dir()):
        run = subprocess.run([cli, "check", str(story)], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"{story.name}: check failed: {run.stderr.strip()[:300]}", file=sys.stderr)
            continue
        conflicts = json.loads(run.stdout).get("conflicts", [])
        total += len(conflicts)
        if count_only:
            continue
        for c in conflicts:
            print(f"=== {story.name} {c['kind']} | {c['summary']}")
            for claim in c["claims"]:
                text, h = claim["text"], claim.get("highlight")
                marked = text[: h["start"]] + "[[" + text[h["start"]: h["end"]] + "]]" + text[h["end"]:] if h else text
                print(f"    {claim['source']} side {claim.get('side')}: {marked}")
    print(f"conflicts reported: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
