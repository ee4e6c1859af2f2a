from django.apps import AppConfig
from django.db.models.signals import post_delete, pre_delete
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = _("Personas e instituciones")

    def ready(self):
        from people import visibility
        from people.models import Official

        # Deleting an official (the admin, any queryset) takes his mentions, and
        # with them what showed the institutions of his roles.
        pre_delete.connect(visibility.note_roles_of_deleted, sender=Official)
        post_delete.connect(visibility.refresh_roles_of_deleted, sender=Official)
