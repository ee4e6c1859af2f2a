import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import write_batch

ROOT = Path(__file__).resolve().parent.parent
for b in sys.argv[1:] or ["b1", "b2", "b3"]:
    mod = __import__(b)
    write_batch(ROOT / b, mod.FILES)
