"""Work in progress: replaced by the real extractor."""
def extract_numbers(document, *args):
    return []
