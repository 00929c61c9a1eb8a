"""Engine exceptions; each message is a sentence a reader can act on."""


class ArticleError(Exception):
    """A file that cannot be shown as an article. `str(error)` is the sentence to show."""


class UnreadableFile(ArticleError):
    """The file is missing, is a folder, or the system refuses to read it."""


class NotText(ArticleError):
    """The file holds binary data or text in an encoding that cannot be recognised."""


class TooLarge(ArticleError):
    """The file is larger than Précis will open."""


class EmptyArticle(ArticleError):
    """The file holds no readable text."""


class NoSuchChapter(ArticleError):
    """A chapter was asked for that the file does not have (or a file without chapters)."""
