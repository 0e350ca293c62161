"""Language and named entities: langdetect, spaCy pipelines and rules."""
