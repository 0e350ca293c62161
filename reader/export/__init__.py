"""Annotated copies: Markdown, highlights list, HTML and W3C Web Annotation JSON."""
