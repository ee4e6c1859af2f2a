from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import JsonResponse
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from media import library, picker
from media.forms import ImageChangeForm, ImageUploadForm
from media.models import Image, Rendition

CURATOR_PERMISSION = "media.delete_image"


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    """The media library: thumbnails, search, upload; reporters edit only their uploads."""

    list_display = ["thumbnail", "alt_text", "credit", "size", "uploaded_by", "created_at"]
    list_display_links = ["thumbnail", "alt_text"]
    list_select_related = ["uploaded_by"]
    search_fields = ["alt_text", "caption", "credit"]
    date_hierarchy = "created_at"
    list_per_page = 48
    readonly_fields = ["preview", "markdown", "size", "uploaded_by", "created_at"]

    class Media:
        css = {"all": ["media/admin.css"]}

    def get_queryset(self, request):
        smallest = Rendition.objects.filter(format=Rendition.Format.JPEG).order_by("width")
        return (
            super()
            .get_queryset(request)
            .prefetch_related(Prefetch("renditions", queryset=smallest, to_attr="jpegs"))
        )

    def get_form(self, request, obj=None, **kwargs):
        kwargs["form"] = ImageUploadForm if obj is None else ImageChangeForm
        return super().get_form(request, obj, **kwargs)

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [(None, {"fields": ImageUploadForm.Meta.fields})]
        editable = ImageChangeForm.Meta.fields
        return [(None, {"fields": ["preview", "markdown", *editable, "size", "uploaded_by"]})]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
            library.store(obj, form.prepared)
            return
        super().save_model(request, obj, form, change)
        library.image_edited(obj, set(form.changed_data))

    def get_urls(self):
        picker_view = self.admin_site.admin_view(self.picker_view)
        return [
            path("elegir/", picker_view, name="media_image_picker"),
            *super().get_urls(),
        ]

    def picker_view(self, request):
        """The article editor's image picker: JSON of the images matching ?q=."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        entries = picker.search(request.GET.get("q", "")[:200])
        response = JsonResponse({"results": [entry.as_json() for entry in entries]})
        response["Cache-Control"] = "private, no-store"
        return response

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return (
            obj is None
            or request.user.has_perm(CURATOR_PERMISSION)
            or obj.uploaded_by_id == request.user.pk
        )

    @admin.display(description=_("miniatura"))
    def thumbnail(self, image):
        jpegs = getattr(image, "jpegs", None)
        if jpegs is None:
            jpegs = [r for r in image.renditions.all() if r.format == Rendition.Format.JPEG]
        if not jpegs:
            return "—"
        smallest = jpegs[0]
        return format_html(
            '<img class="media-thumb" src="{}" width="{}" height="{}" alt="{}">',
            smallest.url,
            160,
            round(160 * smallest.height / smallest.width),
            image.alt_text,
        )

    @admin.display(description=_("vista previa"))
    def preview(self, image):
        return self.thumbnail(image)

    @admin.display(description=_("para el cuerpo de una nota (Markdown)"))
    def markdown(self, image):
        return format_html("<code>{}</code>", image.markdown)

    @admin.display(description=_("tamaño"))
    def size(self, image):
        return f"{image.width} × {image.height} px · {image.get_format_display()}"
