"""The packaged app, built once: `.ci/package-check` builds dist/jaklapor-desk/ with PyInstaller and
runs its executable with no Python on PATH (self-check, a map screenshot of the demo, the size).

About seven minutes on two cores (build about 3.5, check about 3, most of it seeding the demo
city on the first start). The script fails when the folder reaches 400 MB; today's build is 383 MB.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT_MB = 400


def test_packaged_app_runs_without_python(tmp_path):
    png = tmp_path / "map.png"
    env = dict(os.environ, LIMIT_MB=str(LIMIT_MB), PYTHON=sys.executable, PACKAGE_CHECK_PNG=str(png))
    done = subprocess.run(["bash", str(ROOT / ".ci" / "package-check")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=40 * 60)
    output = done.stdout + done.stderr
    print(output[-4000:])
    assert done.returncode == 0, output[-4000:]
    assert "self-check: all good" in output and "compiled modules load (7:" in output
    assert png.stat().st_size > 50_000
    size = int(re.search(r"dist/jaklapor-desk is (\d+) MB", output).group(1))
    print(f"dist/jaklapor-desk: {size} MB")
    assert size < LIMIT_MB
