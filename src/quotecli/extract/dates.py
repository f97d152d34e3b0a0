"""Work in progress: replaced by the real extractor."""
def extract_dates(document, *args):
    return []
