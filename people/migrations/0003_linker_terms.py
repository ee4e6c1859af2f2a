# Placeholder in a fixed chain so parallel work never creates conflicting leaves;
# its operations are filled in by the change that needs them.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("people", "0002_position_evidence_and_registry_dates")]

    operations = []
