"""Who may do what to an article: the editorial roles, in one place.

Reporteros create and edit their own drafts; Editores edit everything and
publish, unpublish and schedule; superusers administer. The admin, actions
and any future write API all ask these functions.
"""

from django.db.models import QuerySet
from django.utils import timezone

from articles.models import Article, ArticleAuthor
from people.models import Author
from people.naming import unique_slug

PUBLISH_PERMISSION = "articles.publish_article"


def can_publish(user) -> bool:
    return user.is_active and user.has_perm(PUBLISH_PERMISSION)


def can_view(user, article: Article) -> bool:
    """Editors see every article (and its revisions); reporters only their own."""
    return can_publish(user) or (user.is_active and article.created_by_id == user.pk)


def can_edit(user, article: Article) -> bool:
    if can_publish(user):
        return True
    return article.created_by_id == user.pk and article.status == Article.Status.DRAFT


def editable_by(user, queryset: QuerySet) -> QuerySet:
    """The articles ``user`` works on: all for editors, their own for reporters."""
    if can_publish(user):
        return queryset
    return queryset.filter(created_by=user)


def viewable_by(user, queryset: QuerySet) -> QuerySet:
    """The articles ``user`` may read in the admin and preview on the site."""
    if can_publish(user):
        return queryset
    return queryset.filter(created_by=user) if user.is_active else queryset.none()


def _set_status(queryset: QuerySet, status: str, *, user, reason: str) -> int:
    """Change status one article at a time, so each change is a revision."""
    if not can_publish(user):
        raise PermissionError("changing publication needs the publish_article permission")
    count = 0
    for article in queryset.exclude(status=status):
        article.status = status
        if status == Article.Status.PUBLISHED and article.published_at is None:
            # An undated article would be missing from the home page and feeds.
            article.published_at = timezone.now()
        article._change_reason = reason
        article.save()
        count += 1
    return count


def publish(queryset: QuerySet, *, user) -> int:
    return _set_status(queryset, Article.Status.PUBLISHED, user=user, reason="Publicada")


def unpublish(queryset: QuerySet, *, user) -> int:
    return _set_status(queryset, Article.Status.DRAFT, user=user, reason="Despublicada")


def sign_new_article(article: Article, *, user) -> None:
    """A new article nobody signed gets its writer as first author.

    The Author whose name is the user's full name (or user name) is reused,
    or created; articles that already have authors are left alone.
    """
    if article.article_authors.exists():
        return
    name = user.get_full_name().strip() or user.get_username()
    author = Author.objects.filter(name__iexact=name).order_by("pk").first()
    if author is None:
        author = Author.objects.create(name=name, slug=unique_slug(Author, name))
    ArticleAuthor.objects.create(article=article, author=author, position=0)
