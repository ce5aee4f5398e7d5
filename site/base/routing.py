"""Routing to a child page in one query, for the busiest index pages (home, protocols,
courses, modules), instead of Wagtail's lookup of the child followed by `.specific`."""

from django.apps import apps


class ChildRouteMixin:
    """Set `child_model` to the child page model (or its "app.Model" label)."""

    child_model = None

    def route(self, request, path_components):
        model = self.child_model
        if isinstance(model, str):
            model = apps.get_model(model)
        if path_components and model is not None:
            child = model.objects.child_of(self).filter(slug=path_components[0]).first()
            if child is not None:
                return child.route(request, path_components[1:])
        return super().route(request, path_components)


class ReaderLanguageUrlMixin:
    """Pages of a course (the course, its modules, lessons and quizzes) that have no
    translation in the reader's language are served under the reader's language prefix
    from the source language (see `untranslated_serve`). While that is so for a request
    (`request.academy_fallback_language`), their links keep the reader's prefix, so that
    the interface stays in their language from page to page."""

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        language = getattr(request, "academy_fallback_language", None)
        if parts is None or not language or language == self.locale.language_code:
            return parts
        site_id, root_url, path = parts
        prefix = f"/{self.locale.language_code}/"
        if path and path.startswith(prefix):
            path = f"/{language}/{path[len(prefix):]}"
        return site_id, root_url, path


def untranslated_find(*, model, index_page, slug):
    """The live `model` page with `slug` under a translation of `index_page`, when it has
    no translation in the index page's language yet; None otherwise."""
    for candidate in model.objects.live().public().filter(slug=slug).select_related("locale"):
        parent = candidate.get_parent()
        if parent.translation_key == index_page.translation_key and not model.objects.filter(
                translation_key=candidate.translation_key,
                locale=index_page.locale).live().exists():
            return candidate
    return None
