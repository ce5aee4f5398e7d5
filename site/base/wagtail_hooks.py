from wagtail import hooks

from .rich_text import CONTENTSTATE_LINK_RULE, TolerantPageLinkHandler


# order=1: Wagtail registers its own "page" link type and "link" rule at the
# default order 0; ours must come after to replace them.
@hooks.register("register_rich_text_features", order=1)
def register_tolerant_page_links(features):
    features.register_link_type(TolerantPageLinkHandler)
    features.register_converter_rule("contentstate", "link", CONTENTSTATE_LINK_RULE)
