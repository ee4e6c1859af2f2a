"""Regenerate b1, b2 and b3 from scratch: python3 _generator/run_all.py"""

import os
import runpy
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
for batch in ("b1", "b2", "b3"):
    shutil.rmtree(os.path.join(os.path.dirname(HERE), batch), ignore_errors=True)
    runpy.run_path(os.path.join(HERE, batch + ".py"))
