"""Certificates drawn with Pillow: A4 landscape PDF, Cyrillic and Kazakh letters, QR code."""

import io
from pathlib import Path

import qrcode
from django.utils import formats, translation
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).resolve().parent / "fonts"
# A4 landscape at 150 dpi.
WIDTH, HEIGHT = 1754, 1240
INK = (27, 31, 36)
ACCENT = (107, 45, 92)
MUTED = (74, 82, 92)


def _font(size, bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), size)


def _centred(draw, y, text, font, fill=INK, max_width=WIDTH - 300):
    """Draw `text` centred at `y`, wrapping words to `max_width`; returns the next y."""
    words, line, lines = text.split(), "", []
    for word in words:
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= max_width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    for text_line in lines:
        width = draw.textlength(text_line, font=font)
        draw.text(((WIDTH - width) / 2, y), text_line, font=font, fill=fill)
        y += int(font.size * 1.35)
    return y


def certificate_render(*, certificate, verify_url):
    """The certificate as PDF bytes, in the certificate's language."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([40, 40, WIDTH - 40, HEIGHT - 40], outline=ACCENT, width=6)
    draw.rectangle([60, 60, WIDTH - 60, HEIGHT - 60], outline=ACCENT, width=2)
    with translation.override(certificate.language):
        y = _centred(draw, 150, _("Protocol Academy"), _font(44, bold=True), fill=ACCENT)
        y = _centred(draw, y + 30, _("Certificate of completion"), _font(64, bold=True))
        y = _centred(draw, y + 40, _("This certifies that"), _font(34), fill=MUTED)
        y = _centred(draw, y + 10, certificate.learner_name, _font(60, bold=True))
        y = _centred(draw, y + 20, _("has completed the course"), _font(34), fill=MUTED)
        y = _centred(draw, y + 10, certificate.course_title, _font(48, bold=True), fill=ACCENT)
        issued = formats.date_format(certificate.issued_at, "j E Y")
        _centred(draw, y + 40, _("Issued on %(date)s") % {"date": issued}, _font(32))
        code_text = _("Verification code: %(code)s") % {"code": certificate.code}
        draw.text((140, HEIGHT - 230), code_text, font=_font(30), fill=INK)
        draw.text((140, HEIGHT - 180), verify_url, font=_font(24), fill=MUTED)
    qr = qrcode.QRCode(border=1, box_size=8)
    qr.add_data(verify_url)
    qr.make(fit=True)
    qr_image = qr.make_image(fill_color="black", back_color="white").convert("RGB")
    qr_image = qr_image.resize((260, 260))
    image.paste(qr_image, (WIDTH - 140 - 260, HEIGHT - 140 - 260))
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=150.0)
    return buffer.getvalue()
