# Placeholder in a fixed chain so parallel work never creates conflicting leaves;
# its operations are filled in by the change that needs them.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_import_identity_versions_deletions")]

    operations = []
