"""The contract every source-format reader follows."""

from typing import Protocol

from articles.importing.records import ParsedArticle


class Reader(Protocol):
    #: The format name stored on the article ("jekyll", "wire", "press_release", "generic").
    name: str

    def score(self, text: str) -> int:
        """How much evidence ``text`` holds of this format; 0 for none.
        ``detect_reader`` picks the highest score."""

    def sniff(self, text: str) -> bool:
        """True when ``text`` looks like this reader's format (``score`` > 0)."""

    def parse(self, text: str, *, source_path: str) -> ParsedArticle:
        """Parse decoded text into a cleaned article, or raise ImportFailure.

        ``source_path`` is for messages and for a date in the file name
        (Jekyll's ``YYYY-MM-DD-`` prefix); readers never open files.
        """
