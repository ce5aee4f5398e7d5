"""The CMS image upload form (WAGTAILIMAGES_IMAGE_FORM_BASE).

Wagtail's form decides what a file is from its first bytes. A file that starts
like a GIF and goes on as a web page (`GIF89a<script>…`) got past that check
and then broke Pillow, as a 500; a real picture with HTML appended after its
last frame was stored and served as it was. This form is Wagtail's, with an
image field that decodes the whole picture and refuses web-page code, so every
place Wagtail builds its image form (add, replace, multiple upload, chooser
upload) refuses both with a message beside the file field.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

# Markup a browser would run if it ever took the file for a page: the tags that
# make it sniff HTML, any tag with an event handler, a javascript: URL. Short
# byte patterns also occur by chance in compressed pixels, so each one here is
# long enough not to refuse a real photograph.
_MARKUP = re.compile(
    rb"<(?:script|iframe|object|embed|html|body|!doctype)[\s/>]"
    rb"|<[a-z]+[\s/][^<>]{0,200}?\bon[a-z]+\s*="
    rb"|javascript:",
    re.IGNORECASE,
)


class DecodedImageField(WagtailImageField):
    """Wagtail's image field, which also decodes the picture and looks for web-page code."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.error_messages["image_with_markup"] = _(
            "This image file also contains web-page code (HTML or script), so it cannot be "
            "stored. Save the picture again from an image editor and upload the new file."
        )

    def check_image_pixel_size(self, f):
        # Reading the size is the first time Pillow parses past the signature.
        try:
            super().check_image_pixel_size(f)
        except ValidationError:
            raise
        except Exception as error:
            raise ValidationError(self.error_messages["invalid_image"],
                                  code="invalid_image") from error

    def to_python(self, data):
        f = super().to_python(data)
        if f is not None:
            self.check_image_decodes(f)
            self.check_image_has_no_markup(f)
        return f

    def check_image_decodes(self, f):
        # Renditions are made later, while a page is shown: a picture that cannot
        # be decoded must be refused now rather than break that page.
        f.seek(0)
        try:
            with PILImage.open(f) as image:
                image.load()
        except Exception as error:
            raise ValidationError(self.error_messages["invalid_image"],
                                  code="invalid_image") from error
        finally:
            f.seek(0)

    def check_image_has_no_markup(self, f):
        f.seek(0)
        content = f.read()
        f.seek(0)
        if _MARKUP.search(content):
            raise ValidationError(self.error_messages["image_with_markup"],
                                  code="image_with_markup")


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail builds the file field in a callback a base form cannot replace,
        # and a declared field would come back in the multiple-upload edit form,
        # which excludes it; so the field is swapped here, keeping its widget.
        field = self.fields.get("file")
        if isinstance(field, WagtailImageField) and not isinstance(field, DecodedImageField):
            self.fields["file"] = DecodedImageField(
                label=field.label, required=field.required, widget=field.widget,
                max_length=field.max_length, allow_empty_file=field.allow_empty_file,
            )
