"""With DATABASE_REPLICA_URL, public reads use the replica and writers the primary.

The replica here is a second connection to the same database (what a
streaming replica looks like to the app); the test counts the queries each
connection ran, in a subprocess configured like production.
"""

import json

import pytest

from tests.conftest import SOURCES, manage

pytestmark = pytest.mark.slow

SCRIPT = """
import json
from django.contrib.auth.models import User
from django.db import connections
from django.test import Client
from django.test.utils import CaptureQueriesContext
from articles.importing.pipeline import import_paths

def counted(action):
    with CaptureQueriesContext(connections["default"]) as primary, \\
         CaptureQueriesContext(connections["replica"]) as replica:
        action()
    return {"primary": len(primary), "replica": len(replica)}

User.objects.create_superuser("jefa", password="x-clave-larga-123")
client = Client()
staff = Client()
staff.force_login(User.objects.get(username="jefa"))
result = {
    "import": counted(lambda: import_paths([SOURCES], workers=0)),
    "home": counted(lambda: client.get("/")),
    "api": counted(lambda: client.get("/api/articles/")),
    "admin": counted(lambda: staff.get("/admin/articles/article/")),
    "admin_post": counted(lambda: staff.post("/admin/logout/")),
}
print(json.dumps(result))
"""


def test_public_reads_go_to_the_replica_and_writers_to_the_primary(scratch_env):
    env = dict(scratch_env)
    if "DATABASE_URL" in env:
        env["DATABASE_REPLICA_URL"] = env["DATABASE_URL"]
    else:
        database = f"{env['NEWSROOM_VAR_DIR']}/newsroom.sqlite3"
        env["DATABASE_URL"] = env["DATABASE_REPLICA_URL"] = f"sqlite:///{database}"
    script = SCRIPT.replace("[SOURCES]", repr([str(SOURCES)]))
    output = manage(env, "shell", "-c", script).stdout.strip().splitlines()[-1]
    counts = json.loads(output)

    assert counts["import"]["primary"] > 0 and counts["import"]["replica"] == 0
    for page in ("home", "api"):
        assert counts[page]["replica"] > 0, counts
        assert counts[page]["primary"] == 0, counts
    for page in ("admin", "admin_post"):
        assert counts[page]["primary"] > 0, counts
        assert counts[page]["replica"] == 0, counts
