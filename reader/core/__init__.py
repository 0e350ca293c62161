"""Pure-Python heart of reader: documents, offsets, anchors, errors. No Qt, no database."""
