"""Peak memory of a command where /usr/bin/time is missing.

    python -m bench.rss OUT_FILE COMMAND [ARGS...]

Runs COMMAND, then writes its peak resident set size in the same line
format as ``/usr/bin/time -v``, and exits with COMMAND's status.
"""

import resource
import subprocess
import sys


def main() -> int:
    out, command = sys.argv[1], sys.argv[2:]
    status = subprocess.call(command)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with open(out, "w") as handle:
        handle.write(f"\tMaximum resident set size (kbytes): {peak_kb}\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
