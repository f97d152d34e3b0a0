"""Work in progress: replaced by the real extractor."""
def extract_quotes(document, *args):
    return []
