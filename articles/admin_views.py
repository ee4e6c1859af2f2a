"""The article editor's helpers in the admin: the reader's preview and presence.

Both are small views ArticleAdmin.get_urls() wraps in admin_site.admin_view
(staff login, CSRF on POST); the permission checks mirror the change form's.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.views.decorators.http import require_POST

from articles import presence
from articles.rendering import render_markdown
from media.pictures import expand_library_images


def _article_or_404(model_admin, request, object_id):
    article = model_admin.get_object(request, unquote(object_id))
    if article is None:
        raise Http404
    return article


@require_POST
def preview(request, object_id=None, *, model_admin):
    """The posted Markdown as readers will see it: a page for the "Vista previa" frame.

    The same rendering and sanitizer as the article page, in the public
    stylesheet. Needs view permission on the article, or add permission for
    a new one.
    """
    if object_id is None:
        allowed = model_admin.has_add_permission(request)
    else:
        allowed = model_admin.has_view_permission(
            request, _article_or_404(model_admin, request, object_id)
        )
    if not allowed:
        raise PermissionDenied
    body = request.POST.get("body", "").replace("\r\n", "\n").replace("\r", "\n")
    body_html = expand_library_images(render_markdown(body))
    html = render_to_string(
        "admin/articles/article/preview.html",
        {"title": request.POST.get("title", ""), "body_html": body_html},
        request=request,
    )
    response = HttpResponse(html)
    response["Cache-Control"] = "private, no-store"
    return response


def session_key(request) -> str:
    """Who is who for presence: one entry per browser session."""
    return request.session.session_key or f"user-{request.user.pk}"


@require_POST
def heartbeat(request, object_id, *, model_admin):
    """Note that this editor has the article open; answer with who else has."""
    article = _article_or_404(model_admin, request, object_id)
    if not model_admin.has_view_permission(request, article):
        raise PermissionDenied
    others = presence.heartbeat(article.pk, user=request.user, session_key=session_key(request))
    response = JsonResponse(
        {"others": [{"name": other.name, "seconds": other.seconds} for other in others]}
    )
    response["Cache-Control"] = "private, no-store"
    return response
