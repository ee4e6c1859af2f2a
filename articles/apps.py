from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _ensure_roles(sender, using, **kwargs):
    # After `migrate` the editorial groups exist with their permissions, so a
    # production deploy never runs without Reporteros and Editores. Runs after
    # django.contrib.auth has created this app's permissions (auth's handler
    # was connected first, and this app migrates after the ones it uses).
    from articles.roles import setup_roles

    setup_roles(using=using)


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Notas")

    def ready(self):
        post_migrate.connect(_ensure_roles, sender=self, dispatch_uid="articles.ensure_roles")
